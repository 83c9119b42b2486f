/**
 * The side panel: the facts of the actor or relation clicked, what can be done with it in the
 * scene (expand, hide, pin), and the evidence behind it: each sentence quoted once, with every
 * quote taken from it highlighted, and the document it is from.
 */
import { KIND_STYLES } from './graph-style';
import { actorDetails, Quote, relationDetails } from './graphql-client';
import { describeError } from './page';
import { quotePassages } from './quote-context';
import { countOf } from './scene-steps';

/** Where the panel draws, and how it reports a failure to load. */
export interface PanelHost {
  readonly panel: HTMLElement;
  readonly showError: (text: string) => void;
}

/** A button of the panel: what it says, and what it does to the scene. */
export interface PanelAction {
  readonly name: string;
  readonly label: string;
  readonly run: () => void;
}

function passageList(quotes: Quote[]): HTMLElement {
  const list = document.createElement('ol');
  list.className = 'quotes';
  for (const passage of quotePassages(quotes)) {
    const item = document.createElement('li');
    const sentence = document.createElement('blockquote');
    let at = 0;
    for (const mark of passage.marks) {
      const highlighted = document.createElement('mark');
      highlighted.textContent = passage.text.slice(mark.start, mark.end);
      sentence.append(document.createTextNode(passage.text.slice(at, mark.start)), highlighted);
      at = mark.end;
    }
    sentence.append(document.createTextNode(passage.text.slice(at)));
    const source = document.createElement('cite');
    source.textContent = passage.quotes > 1 ? `${passage.title} (${passage.quotes} quotes in this passage)` : passage.title;
    item.append(sentence, source);
    list.append(item);
  }
  return list;
}

function actionBar(actions: readonly PanelAction[]): HTMLElement {
  const bar = document.createElement('div');
  bar.className = 'panel-actions';
  for (const action of actions) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary';
    button.dataset.action = action.name;
    button.textContent = action.label;
    button.addEventListener('click', action.run);
    bar.append(button);
  }
  return bar;
}

function panelSection(panel: HTMLElement, title: string, rows: [string, string | null][], quotes: Quote[], actions: readonly PanelAction[]): void {
  const heading = document.createElement('h2');
  heading.textContent = title;
  const facts = document.createElement('dl');
  for (const [term, value] of rows) {
    if (!value) continue;
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    facts.append(dt, dd);
  }
  const evidence = document.createElement('h3');
  evidence.textContent = `Evidence (${countOf(quotes.length, 'quote')})`;
  panel.replaceChildren(heading, actionBar(actions), facts, evidence, passageList(quotes));
}

/**
 * The panel shows what was clicked last: details of an earlier click that arrive later are
 * dropped, per panel (two quick clicks otherwise left the first one's details on show).
 */
const latestRequest = new WeakMap<HTMLElement, number>();

/** Makes a request the panel's latest; the function returned tells whether it still is. */
function request(panel: HTMLElement): () => boolean {
  const ticket = (latestRequest.get(panel) ?? 0) + 1;
  latestRequest.set(panel, ticket);
  return () => latestRequest.get(panel) === ticket;
}

export async function showRelation(host: PanelHost, id: string, actions: readonly PanelAction[]): Promise<void> {
  const current = request(host.panel);
  try {
    const relation = await relationDetails(id);
    if (!relation || !current()) return;
    panelSection(
      host.panel,
      `${relation.from.name} ${relation.type.replace(/_/g, ' ').toLowerCase()} ${relation.to.name}`,
      [
        ['Type', relation.type],
        ['Description', relation.description],
        ['Time', relation.time?.text ?? null],
        ['Place', relation.place],
        ['Review', relation.reviewed ? null : 'Proposed by the extraction rules; no person has reviewed it yet'],
      ],
      relation.evidence,
      actions,
    );
    host.panel.dataset.relation = relation.type;
    delete host.panel.dataset.actor;
  } catch (error) {
    if (current()) host.showError(`Could not load the relation: ${describeError(error)}`);
  }
}

/**
 * `more`: a section of the page's own (the actor's possible duplicates), placed before the evidence
 * when it comes: the actor's facts do not wait for it, since looking for duplicates in a large graph
 * can take seconds.
 */
export async function showActor(host: PanelHost, id: string, actions: readonly PanelAction[], more?: (id: string) => Promise<HTMLElement | null>): Promise<void> {
  const current = request(host.panel);
  const extra = more?.(id) ?? Promise.resolve(null);
  try {
    const actor = await actorDetails(id);
    if (!actor || !current()) return;
    panelSection(
      host.panel,
      actor.name,
      [
        ['Kind', KIND_STYLES[actor.kind]?.label ?? actor.kind],
        ['Also called', actor.aliases.join(', ') || null],
        ['Roles', actor.roles.join('; ') || null],
        ['Description', actor.description],
        ['Relations', String(actor.degree)],
      ],
      actor.evidence,
      actions,
    );
    delete host.panel.dataset.relation;
    host.panel.dataset.actor = actor.id;
    // Before the evidence, which can run long: a likely duplicate is read first.
    const section = await extra;
    if (section && current()) host.panel.querySelector(':scope > h3')?.before(section);
  } catch (error) {
    if (current()) host.showError(`Could not load the actor: ${describeError(error)}`);
  }
}
