/**
 * One item of the review page as HTML: an actor (accept, reject, kind, name and aliases, link to
 * an actor of the graph with suggestions as the person types, or keep it new) or a relation
 * (accept, reject, type, either end, swap, time and place), each with its quotes, why the rules
 * proposed it, who decided it last, and the line where its errors appear. The page passes what a
 * control does; nothing here calls the service.
 */
import { Decision, ReviewActor, ReviewDraft, ReviewRelation } from './draft-client';
import { words } from './draft-review';
import { KIND_STYLES } from './graph-style';
import { Suggestion } from './graphql-client';
import { resolveActor, offerSuggestions } from './suggestions';

export interface ItemHandlers {
  decideActor(itemId: string, change: Record<string, unknown>): void;
  decideRelation(itemId: string, change: Record<string, unknown>): void;
  /** The error line's text for an item, if it has one. */
  errorOf(itemId: string): string | undefined;
  showError(itemId: string, text: string): void;
}

export interface ItemContext {
  readonly draft: ReviewDraft;
  readonly types: readonly { name: string; description: string }[];
  readonly readOnly: boolean;
  readonly handlers: ItemHandlers;
}

export const ACTOR_KINDS = Object.keys(KIND_STYLES);

function button(label: string, role: string, onClick: () => void, pressed?: boolean): HTMLButtonElement {
  const made = document.createElement('button');
  made.type = 'button';
  made.className = `${role}${role === 'accept' ? '' : ' secondary'}`;
  made.dataset.role = role;
  made.textContent = label;
  if (pressed !== undefined) made.setAttribute('aria-pressed', String(pressed));
  made.addEventListener('click', onClick);
  return made;
}

function select(role: string, label: string, options: readonly { value: string; text: string; title?: string }[], value: string, onChange: (value: string) => void): HTMLSelectElement {
  const made = document.createElement('select');
  made.className = role;
  made.dataset.role = role;
  made.setAttribute('aria-label', label);
  for (const option of options) {
    const element = document.createElement('option');
    element.value = option.value;
    element.textContent = option.text;
    if (option.title) element.title = option.title;
    made.append(element);
  }
  made.value = value;
  made.addEventListener('change', () => onChange(made.value));
  return made;
}

function input(role: string, label: string, value: string, placeholder = ''): HTMLInputElement {
  const made = document.createElement('input');
  made.type = 'text';
  made.dataset.role = role;
  made.setAttribute('aria-label', label);
  made.value = value;
  made.placeholder = placeholder;
  return made;
}

/** Accept and Reject, each undoing itself when pressed again. */
function decisionButtons(decision: Decision, decide: (decision: Decision) => void): HTMLButtonElement[] {
  const toggle = (target: Decision) => (): void => decide(decision === target ? 'UNDECIDED' : target);
  return [button('Accept', 'accept', toggle('ACCEPTED'), decision === 'ACCEPTED'), button('Reject', 'reject', toggle('REJECTED'), decision === 'REJECTED')];
}

function shell(itemId: string, kind: 'actor' | 'relation', item: ReviewActor | ReviewRelation, context: ItemContext): HTMLLIElement {
  const li = document.createElement('li');
  li.className = `item ${kind}`;
  li.tabIndex = 0;
  li.dataset.item = itemId;
  li.dataset.decision = item.decision;
  li.dataset.version = String(item.version);
  li.setAttribute('aria-label', `${kind} ${itemId}, ${item.decision.toLowerCase()}`);
  if (context.readOnly) li.classList.add('read-only');
  return li;
}

function facts(item: ReviewActor | ReviewRelation, extra: (string | null)[]): HTMLParagraphElement {
  const why = document.createElement('p');
  why.className = 'why';
  const decided = item.decidedBy === null ? null : `${item.decision.toLowerCase()} by ${item.decidedBy}, ${item.decidedAt?.replace('T', ' ').slice(0, 16)}`;
  const source = item.added ? 'added by a reviewer' : item.proposal ? `rule ${item.proposal.rule}, confidence ${item.proposal.confidence.toFixed(2)}` : null;
  why.textContent = [source, ...extra, decided].filter((fact) => fact !== null).join(' · ');
  return why;
}

function errorLine(itemId: string, context: ItemContext): HTMLParagraphElement {
  const line = document.createElement('p');
  line.className = 'item-error';
  line.dataset.role = 'error';
  const error = context.handlers.errorOf(itemId);
  line.hidden = error === undefined;
  if (error !== undefined) {
    line.textContent = error;
    line.setAttribute('role', 'alert');
  }
  return line;
}

function quotes(item: ReviewActor | ReviewRelation): HTMLUListElement {
  const list = document.createElement('ul');
  list.className = 'quotes';
  for (const quote of item.evidence) {
    const line = document.createElement('li');
    const block = document.createElement('blockquote');
    block.textContent = quote.quote;
    line.append(block);
    list.append(line);
  }
  return list;
}

export function actorItem(actor: ReviewActor, context: ItemContext): HTMLLIElement {
  const { handlers } = context;
  const li = shell(actor.itemId, 'actor', actor, context);
  li.dataset.kind = actor.kind;
  if (actor.linkedTo !== null) li.dataset.linked = actor.linkedTo;
  const decide = (change: Record<string, unknown>): void => handlers.decideActor(actor.itemId, change);

  const head = document.createElement('p');
  head.className = 'statement';
  const swatch = document.createElement('span');
  swatch.className = 'swatch';
  swatch.style.backgroundColor = KIND_STYLES[actor.kind]?.colour ?? '#444444';
  const name = document.createElement('strong');
  name.textContent = actor.name;
  const kind = select('item-type', 'Kind', ACTOR_KINDS.map((value) => ({ value, text: KIND_STYLES[value].label })), actor.kind, (value) => decide({ kind: value }));
  const where = document.createElement('span');
  where.className = 'linked';
  where.textContent = actor.linkedTo === null ? 'new actor' : `in the graph as ${actor.linkedTo}`;
  head.append(swatch, ' ', name, ' ', kind, ' ', where);

  const actions = document.createElement('p');
  actions.className = 'actions';
  actions.append(...decisionButtons(actor.decision, (decision) => decide({ decision })));

  const edit = document.createElement('details');
  edit.className = 'edit';
  const summary = document.createElement('summary');
  summary.textContent = 'Edit name, aliases, link';
  const names = document.createElement('p');
  const nameInput = input('name', 'Name', actor.name);
  const aliasInput = input('aliases', 'Aliases, separated by |', actor.aliases.join(' | '), 'other names, separated by |');
  names.append(
    nameInput,
    aliasInput,
    button('Save names', 'save-names', () => decide({ name: nameInput.value, aliases: aliasInput.value.split('|').map((alias) => alias.trim()).filter((alias) => alias !== '') })),
  );
  const link = document.createElement('p');
  const listId = `link-suggestions-${actor.itemId}`;
  const search = input('link', 'An actor of the graph', '', 'search the graph, e.g. Iran');
  search.type = 'search';
  search.setAttribute('list', listId);
  search.autocomplete = 'off';
  const list = document.createElement('datalist');
  list.id = listId;
  const offered: Suggestion[] = [];
  offerSuggestions(search, list, offered, 8, (text) => handlers.showError(actor.itemId, text));
  const linkButton = button('Link', 'link-button', () => {
    const typed = search.value.trim();
    if (typed === '') {
      handlers.showError(actor.itemId, 'Type the name of an actor of the graph to link to.');
      return;
    }
    void resolveActor(typed, offered, 8)
      .then((id) => (id === null ? handlers.showError(actor.itemId, `No actor of the graph is called "${typed}".`) : decide({ linkTo: id })))
      .catch((error: unknown) => handlers.showError(actor.itemId, `Search failed: ${String((error as Error).message ?? error)}`));
  });
  link.append(search, list, linkButton);
  if (actor.linkedTo !== null) link.append(button('Keep as new', 'keep-new', () => decide({ keepNew: true })));
  edit.append(summary, names, link);

  li.append(head, actions, facts(actor, [actor.aliases.length > 0 ? `also ${actor.aliases.join(', ')}` : null]), edit, quotes(actor), errorLine(actor.itemId, context));
  return li;
}

export function relationItem(relation: ReviewRelation, context: ItemContext): HTMLLIElement {
  const { handlers, draft } = context;
  const li = shell(relation.itemId, 'relation', relation, context);
  li.dataset.type = relation.type;
  li.dataset.from = relation.from;
  li.dataset.to = relation.to;
  const decide = (change: Record<string, unknown>): void => handlers.decideRelation(relation.itemId, change);
  const actorOptions = draft.actors.map((actor) => ({ value: actor.itemId, text: actor.decision === 'REJECTED' ? `${actor.name} (rejected)` : actor.name }));

  const statement = document.createElement('p');
  statement.className = 'statement';
  statement.append(
    select('from', 'Source actor', actorOptions, relation.from, (value) => decide({ from: value })),
    ' ',
    select('item-type', 'Relation type', context.types.map((type) => ({ value: type.name, text: words(type.name), title: type.description })), relation.type, (value) => decide({ type: value })),
    ' ',
    select('to', 'Target actor', actorOptions, relation.to, (value) => decide({ to: value })),
  );

  const actions = document.createElement('p');
  actions.className = 'actions';
  actions.append(...decisionButtons(relation.decision, (decision) => decide({ decision })), button('Swap direction', 'swap', () => decide({ swap: true })));

  const edit = document.createElement('details');
  edit.className = 'edit';
  const summary = document.createElement('summary');
  summary.textContent = 'Edit time and place';
  const when = document.createElement('p');
  const time = input('time', 'Time', relation.time ?? '', 'YYYY[-MM[-DD]] or START/END');
  const place = input('place', 'Place', relation.place ?? '', 'where');
  when.append(time, place, button('Save time and place', 'save-when', () => decide({ time: time.value, place: place.value })));
  edit.append(summary, when);

  li.append(statement, actions, facts(relation, [relation.time ? `time ${relation.time}` : null, relation.place ? `place ${relation.place}` : null]), edit, quotes(relation), errorLine(relation.itemId, context));
  return li;
}
