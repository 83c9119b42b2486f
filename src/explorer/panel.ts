/**
 * The side panel: the facts of the actor or relation clicked, and the evidence behind it, each
 * quote in its sentence with the document it is from.
 */
import { KIND_STYLES } from './graph-style';
import { actorDetails, Quote, relationDetails } from './graphql-client';
import { describeError } from './page';
import { quoteInContext } from './quote-context';

/** Where the panel draws, and how it reports a failure to load. */
export interface PanelHost {
  readonly panel: HTMLElement;
  readonly showError: (text: string) => void;
}

function quoteList(quotes: Quote[]): HTMLElement {
  const list = document.createElement('ol');
  list.className = 'quotes';
  for (const quote of quotes) {
    const context = quoteInContext(quote.document.text, quote.start, quote.end);
    const item = document.createElement('li');
    const sentence = document.createElement('blockquote');
    const mark = document.createElement('mark');
    mark.textContent = context.quote;
    sentence.append(document.createTextNode(context.before), mark, document.createTextNode(context.after));
    const source = document.createElement('cite');
    source.textContent = quote.document.title;
    item.append(sentence, source);
    list.append(item);
  }
  return list;
}

function panelSection(panel: HTMLElement, title: string, rows: [string, string | null][], quotes: Quote[]): void {
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
  evidence.textContent = `Evidence (${quotes.length})`;
  panel.replaceChildren(heading, facts, evidence, quoteList(quotes));
}

export async function showRelation(host: PanelHost, id: string): Promise<void> {
  try {
    const relation = await relationDetails(id);
    if (!relation) return;
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
    );
    host.panel.dataset.relation = relation.type;
  } catch (error) {
    host.showError(`Could not load the relation: ${describeError(error)}`);
  }
}

export async function showActor(host: PanelHost, id: string): Promise<void> {
  try {
    const actor = await actorDetails(id);
    if (!actor) return;
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
    );
    delete host.panel.dataset.relation;
  } catch (error) {
    host.showError(`Could not load the actor: ${describeError(error)}`);
  }
}
