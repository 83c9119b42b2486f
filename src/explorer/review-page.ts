/**
 * The review page of one draft (`/review/draft?id=...`): the text with the actors' mentions
 * highlighted (and the quotes of the item in focus), the actors and relations to decide, a
 * selection of the text to make an actor or a relation from, and Finish. Every decision is sent
 * at once, one mutation each, and kept by the service: the tab can be closed and the review goes
 * on from where it was, by this reviewer or another. Decisions are sent one after another, each
 * naming the version it was made on; when another reviewer changed the item first, the page
 * shows the item as it now is and says so beside it. The common path needs no mouse (see
 * review-keys.ts).
 */
import {
  addReviewActor,
  addReviewRelation,
  finishReviewDraft,
  ReviewActor,
  ReviewChange,
  ReviewDraft,
  reviewActor,
  reviewDraft,
  ReviewRelation,
  reviewRelation,
} from './draft-client';
import { highlighted, mergeChange, words } from './draft-review';
import { ERROR_CODES } from '../errors/error-codes';
import { ApiError, relationTypes } from './graphql-client';
import { describeError, element } from './page';
import { clearError, showError } from './review-errors';
import { ACTOR_KINDS, actorItem, ItemContext, relationItem } from './review-items';
import { adoptKeyFromLink, hasKey } from './review-key';
import { KEY_TABLE, keyAction, KeyAction } from './review-keys';
import { KIND_STYLES } from './graph-style';
import './explorer.css';
import './review-draft.css';

const ui = {
  title: element<HTMLElement>('draft-title'),
  status: element<HTMLElement>('draft-status'),
  pageError: element<HTMLParagraphElement>('page-error'),
  review: element<HTMLElement>('review'),
  text: element<HTMLDivElement>('draft-text'),
  actors: element<HTMLUListElement>('draft-actors'),
  relations: element<HTMLOListElement>('draft-relations'),
  warnings: element<HTMLUListElement>('draft-warnings'),
  selection: element<HTMLFormElement>('selection-tools'),
  selectionQuote: element<HTMLQuoteElement>('selection-quote'),
  newName: element<HTMLInputElement>('new-actor-name'),
  newKind: element<HTMLSelectElement>('new-actor-kind'),
  addActor: element<HTMLButtonElement>('add-actor'),
  newFrom: element<HTMLSelectElement>('new-relation-from'),
  newType: element<HTMLSelectElement>('new-relation-type'),
  newTo: element<HTMLSelectElement>('new-relation-to'),
  newTime: element<HTMLInputElement>('new-relation-time'),
  newPlace: element<HTMLInputElement>('new-relation-place'),
  addRelation: element<HTMLButtonElement>('add-relation'),
  selectionError: element<HTMLParagraphElement>('selection-error'),
  finishForm: element<HTMLFormElement>('finish-form'),
  documentId: element<HTMLInputElement>('document-id'),
  documentTitle: element<HTMLInputElement>('document-title'),
  documentDate: element<HTMLInputElement>('document-date'),
  finishButton: element<HTMLButtonElement>('finish-button'),
  finishSummary: element<HTMLParagraphElement>('finish-summary'),
  finishError: element<HTMLParagraphElement>('finish-error'),
  finished: element<HTMLParagraphElement>('finished'),
  help: element<HTMLDialogElement>('keys-help'),
  helpList: element<HTMLDListElement>('keys-list'),
};

const draftId = new URLSearchParams(window.location.search).get('id') ?? '';
let draft: ReviewDraft | null = null;
let types: { name: string; description: string }[] = [];
/** The item whose quotes the text shows. */
let focused: string | null = null;
const errors = new Map<string, string>();
/** The selected stretch of the text, in offsets. */
let selected: { start: number; end: number } | null = null;
/** Decisions go one after another, so that each names the version the one before left. */
let queue: Promise<void> = Promise.resolve();

function actorOf(itemId: string): ReviewActor | undefined {
  return draft?.actors.find((actor) => actor.itemId === itemId);
}

function relationOf(itemId: string): ReviewRelation | undefined {
  return draft?.relations.find((relation) => relation.itemId === itemId);
}

function nameOf(itemId: string): string {
  return actorOf(itemId)?.name ?? itemId;
}

function renderText(): void {
  if (!draft) return;
  const item = focused === null ? undefined : (actorOf(focused) ?? relationOf(focused));
  const pieces = highlighted(draft.text, draft.mentions, item ? { itemId: item.itemId, evidence: item.evidence } : null).map((segment) => {
    if (segment.mark === null) return document.createTextNode(segment.text);
    const mark = document.createElement('mark');
    if (segment.mark.kind === 'quote') {
      mark.className = 'quote';
      mark.dataset.item = segment.mark.itemId;
    } else {
      const actor = actorOf(segment.mark.itemId);
      mark.className = `mention ${actor?.linkedTo ? 'known' : 'new'}${actor?.decision === 'REJECTED' ? ' rejected' : ''}`;
      mark.dataset.actor = segment.mark.itemId;
      mark.title = `${nameOf(segment.mark.itemId)}${actor?.linkedTo ? ' (in the graph)' : ' (new actor)'}`;
    }
    mark.textContent = segment.text;
    return mark;
  });
  ui.text.replaceChildren(...pieces);
}

/** Re-renders the lists, giving the focus back to the control (or item) that had it. */
function render(): void {
  if (!draft) return;
  const active = document.activeElement as HTMLElement | null;
  const activeItem = active?.closest<HTMLElement>('li.item')?.dataset.item;
  const activeRole = active?.dataset.role;
  const readOnly = draft.status === 'DONE';
  const context: ItemContext = { draft, types, readOnly, handlers: { decideActor, decideRelation, errorOf: (itemId) => errors.get(itemId), showError: showItemError } };
  ui.actors.replaceChildren(...draft.actors.map((actor) => actorItem(actor, context)));
  ui.relations.replaceChildren(...draft.relations.map((relation) => relationItem(relation, context)));
  ui.review.dataset.status = draft.status;
  for (const control of ui.review.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>('li.item button, li.item input, li.item select, #selection-tools button, #finish-form button')) {
    control.disabled = readOnly;
  }
  renderText();
  renderHeader();
  fillActorChoices();
  if (activeItem !== undefined) {
    const item = itemElement(activeItem);
    const control = activeRole === undefined ? null : item?.querySelector<HTMLElement>(`[data-role="${activeRole}"]`);
    (control ?? item)?.focus();
  }
}

function renderHeader(): void {
  if (!draft) return;
  const { counts } = draft;
  ui.title.textContent = draft.title;
  document.title = `actorgraph: review ${draft.title}`;
  ui.status.textContent = `${draft.status.replace('_', ' ').toLowerCase()} · ${counts.accepted} accepted, ${counts.rejected} rejected, ${counts.undecided} undecided`;
  ui.status.dataset.status = draft.status;
  const actors = draft.actors.filter((actor) => actor.decision === 'ACCEPTED').length;
  const relations = draft.relations.filter((relation) => relation.decision === 'ACCEPTED').length;
  ui.finishSummary.textContent =
    `Finishing writes ${actors} accepted actor${actors === 1 ? '' : 's'} and ${relations} accepted relation${relations === 1 ? '' : 's'} into the graph, ` +
    `each as reviewed by whoever decided it; ${counts.undecided} undecided and ${counts.rejected} rejected are left out.`;
  ui.finishSummary.dataset.accepted = String(actors + relations);
  ui.finished.hidden = draft.status !== 'DONE';
  if (draft.status === 'DONE') ui.finished.textContent = `Finished by ${draft.finishedBy} at ${draft.finishedAt?.replace('T', ' ').slice(0, 16)}: its accepted items are in the graph as document ${draft.documentId}.`;
}

function fillActorChoices(): void {
  if (!draft) return;
  const options = (): HTMLOptionElement[] =>
    draft!.actors
      .filter((actor) => actor.decision !== 'REJECTED')
      .map((actor) => {
        const option = document.createElement('option');
        option.value = actor.itemId;
        option.textContent = actor.name;
        return option;
      });
  const keep = [ui.newFrom.value, ui.newTo.value];
  ui.newFrom.replaceChildren(...options());
  ui.newTo.replaceChildren(...options());
  [ui.newFrom.value, ui.newTo.value] = keep;
}

function itemElement(itemId: string): HTMLElement | null {
  return ui.review.querySelector<HTMLElement>(`li.item[data-item="${CSS.escape(itemId)}"]`);
}

function showItemError(itemId: string, text: string): void {
  errors.set(itemId, text);
  const line = itemElement(itemId)?.querySelector<HTMLElement>('[data-role="error"]');
  if (line) showError(line, text);
}

/** Sends one decision after those before it; its input is made when it is sent, from the item as it then is. */
function send(itemId: string | null, errorBox: () => HTMLElement | null, work: () => Promise<ReviewChange>): void {
  queue = queue.then(async () => {
    if (itemId !== null) errors.delete(itemId);
    try {
      draft = mergeChange(draft!, await work());
      render();
    } catch (error) {
      const conflict = error instanceof ApiError && (error.code === ERROR_CODES.REVIEW_CONFLICT || error.code === ERROR_CODES.REVIEW_DRAFT_DONE);
      const text = conflict
        ? `Not saved: someone else decided first. ${describeError(error)}. It now shows what they decided; decide again if you disagree.`
        : `Not saved: ${describeError(error)}`;
      // The item as the service now has it, so that the next decision starts from there.
      if (conflict) await reload();
      if (itemId !== null) errors.set(itemId, text);
      render();
      const box = errorBox();
      if (box) showError(box, text);
    }
  });
}

function itemErrorBox(itemId: string): () => HTMLElement | null {
  return () => itemElement(itemId)?.querySelector<HTMLElement>('[data-role="error"]') ?? null;
}

function decideActor(itemId: string, change: Record<string, unknown>): void {
  send(itemId, itemErrorBox(itemId), () => reviewActor({ draftId, itemId, version: actorOf(itemId)!.version, ...change }));
}

function decideRelation(itemId: string, change: Record<string, unknown>): void {
  send(itemId, itemErrorBox(itemId), () => reviewRelation({ draftId, itemId, version: relationOf(itemId)!.version, ...change }));
}

/** The selection inside the text, as offsets into it; null when there is none there. */
function selectionOffsets(): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!ui.text.contains(range.startContainer) || !ui.text.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(ui.text);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

function onSelection(): void {
  if (!draft || draft.status === 'DONE') return;
  const offsets = selectionOffsets();
  if (offsets === null) return;
  // Trailing and leading white space are not part of what was meant.
  const raw = draft.text.slice(offsets.start, offsets.end);
  const start = offsets.start + (raw.length - raw.trimStart().length);
  const end = offsets.end - (raw.length - raw.trimEnd().length);
  if (end <= start) return;
  selected = { start, end };
  const quote = draft.text.slice(start, end);
  ui.selectionQuote.textContent = quote;
  ui.selection.hidden = false;
  ui.selection.dataset.start = String(start);
  ui.selection.dataset.end = String(end);
  ui.newName.value = quote;
  clearError(ui.selectionError);
  // The actors named inside the selection are the likely ends of a relation it states.
  const inside = draft.mentions.filter((mention) => mention.start >= start && mention.end <= end).map((mention) => mention.itemId);
  const ends = [...new Set(inside)];
  if (ends[0] !== undefined) ui.newFrom.value = ends[0];
  if (ends[1] !== undefined) ui.newTo.value = ends[1];
}

function addActorFromSelection(): void {
  if (selected === null) return;
  const span = selected;
  send(null, () => ui.selectionError, () => addReviewActor({ draftId, start: span.start, end: span.end, name: ui.newName.value.trim() || null, kind: ui.newKind.value }));
}

function addRelationFromSelection(): void {
  if (selected === null || !draft) return;
  const quote = { quote: draft.text.slice(selected.start, selected.end), start: selected.start };
  send(null, () => ui.selectionError, () =>
    addReviewRelation({
      draftId,
      type: ui.newType.value,
      from: ui.newFrom.value,
      to: ui.newTo.value,
      evidence: [quote],
      time: ui.newTime.value.trim() || null,
      place: ui.newPlace.value.trim() || null,
    }),
  );
}

function finish(): void {
  queue = queue.then(async () => {
    clearError(ui.finishError);
    try {
      const result = await finishReviewDraft({
        draftId,
        documentId: ui.documentId.value.trim() || null,
        title: ui.documentTitle.value.trim() || null,
        date: ui.documentDate.value.trim(),
      });
      await reload();
      render();
      const { ingest } = result;
      ui.finished.textContent +=
        ` ${ingest.relationsCreated} relations created, ${ingest.relationsUpdated} updated; ${ingest.actorsCreated} actors created, ${ingest.actorsUpdated} updated.`;
      ui.finished.scrollIntoView({ block: 'nearest' });
    } catch (error) {
      if (error instanceof ApiError && error.code === ERROR_CODES.REVIEW_CONFLICT) {
        await reload();
        render();
      }
      showError(ui.finishError, `Not finished, nothing written: ${describeError(error)}`);
    }
  });
}

/** The items in the order the keys walk them: actors, then relations. */
function items(): HTMLElement[] {
  return [...ui.review.querySelectorAll<HTMLElement>('li.item')];
}

function currentItem(): HTMLElement | null {
  return (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('li.item') ?? null;
}

function act(action: KeyAction): boolean {
  const item = currentItem();
  const itemId = item?.dataset.item;
  const all = items();
  switch (action) {
    case 'next':
    case 'previous': {
      const at = item === null ? -1 : all.indexOf(item);
      const next = action === 'next' ? all[Math.min(at + 1, all.length - 1)] : all[Math.max(at - 1, 0)];
      next?.focus();
      next?.scrollIntoView({ block: 'nearest' });
      return next !== undefined;
    }
    case 'help':
      if (ui.help.open) ui.help.close();
      else ui.help.showModal();
      return true;
    case 'finish':
      ui.finishButton.focus();
      return true;
    case 'back':
      (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('li.item')?.focus();
      return true;
    default:
      break;
  }
  if (itemId === undefined || draft?.status === 'DONE') return false;
  const relation = relationOf(itemId);
  const decision = (relation ?? actorOf(itemId))?.decision;
  const decide = (change: Record<string, unknown>): void => (relation ? decideRelation(itemId, change) : decideActor(itemId, change));
  if (action === 'accept') decide({ decision: decision === 'ACCEPTED' ? 'UNDECIDED' : 'ACCEPTED' });
  else if (action === 'reject') decide({ decision: decision === 'REJECTED' ? 'UNDECIDED' : 'REJECTED' });
  else if (action === 'undecide') decide({ decision: 'UNDECIDED' });
  else if (action === 'swap' && relation) decide({ swap: true });
  else if (action === 'type') item?.querySelector<HTMLSelectElement>('[data-role="item-type"]')?.focus();
  else if (action === 'edit') {
    const details = item?.querySelector('details');
    if (details) details.open = true;
    details?.querySelector<HTMLInputElement>('input')?.focus();
  } else return false;
  return true;
}

function onKey(event: KeyboardEvent): void {
  const target = event.target as HTMLElement;
  const inField = target.matches('input, select, textarea, [contenteditable]');
  // Enter in a menu chooses what it shows, and goes back to the item, as Escape does.
  const key = inField && target.matches('select') && event.key === 'Enter' ? 'Escape' : event.key;
  const action = keyAction(key, { ctrl: event.ctrlKey, alt: event.altKey, meta: event.metaKey }, inField);
  if (action === null || (action === 'back' && !target.closest('li.item'))) return;
  if (act(action)) event.preventDefault();
}

async function reload(): Promise<void> {
  const found = await reviewDraft(draftId);
  if (found === null) throw new Error(`there is no review draft '${draftId}'`);
  draft = found;
}

function fillStaticChoices(): void {
  ui.newKind.replaceChildren(
    ...ACTOR_KINDS.map((kind) => {
      const option = document.createElement('option');
      option.value = kind;
      option.textContent = KIND_STYLES[kind].label;
      return option;
    }),
  );
  ui.newType.replaceChildren(
    ...types.map((type) => {
      const option = document.createElement('option');
      option.value = type.name;
      option.textContent = words(type.name);
      option.title = type.description;
      return option;
    }),
  );
  ui.helpList.replaceChildren(
    ...KEY_TABLE.flatMap((entry) => {
      const term = document.createElement('dt');
      term.textContent = entry.keys.join(' or ');
      const meaning = document.createElement('dd');
      meaning.textContent = entry.says;
      return [term, meaning];
    }),
  );
}

function wire(): void {
  document.addEventListener('keydown', onKey);
  ui.text.addEventListener('mouseup', onSelection);
  ui.text.addEventListener('keyup', onSelection);
  ui.review.addEventListener('focusin', (event) => {
    const itemId = (event.target as HTMLElement).closest<HTMLElement>('li.item')?.dataset.item ?? null;
    if (itemId !== null && itemId !== focused) {
      focused = itemId;
      renderText();
    }
  });
  ui.addActor.addEventListener('click', addActorFromSelection);
  ui.addRelation.addEventListener('click', addRelationFromSelection);
  ui.finishForm.addEventListener('submit', (event) => {
    event.preventDefault();
    finish();
  });
}

async function start(): Promise<void> {
  adoptKeyFromLink();
  wire();
  if (!hasKey()) {
    showError(ui.pageError, 'This page needs an API key: open the link npm start printed, or give the key on the review queue page.');
    return;
  }
  try {
    [types] = await Promise.all([relationTypes(), reload()]);
  } catch (error) {
    showError(ui.pageError, `Could not open the draft: ${describeError(error)}`);
    return;
  }
  fillStaticChoices();
  ui.documentId.value = draft!.documentId;
  ui.documentTitle.value = draft!.title;
  ui.documentDate.value = draft!.date ?? '';
  ui.warnings.replaceChildren(
    ...draft!.warnings.map((warning) => {
      const line = document.createElement('li');
      line.textContent = warning;
      return line;
    }),
  );
  ui.review.hidden = false;
  render();
  document.body.dataset.ready = 'true';
}

void start();
