/**
 * The review queue (`/review`, and `/add`): add a document (paste a text; the service drafts it
 * and keeps the draft), list the drafts with their status and how far their review has come, and
 * open one, or the next still to review. Drafts made by `npm run annotate --submit` wait here too.
 * Every error is shown beside the control that caused it, and scrolled into view.
 */
import { createReviewDraft, DraftStatus, DraftSummary, reviewQueue } from './draft-client';
import { describeError, element } from './page';
import { adoptKeyFromLink, forgetKey, hasKey, rememberKey } from './review-key';
import { showError } from './review-errors';
import './explorer.css';
import './add-document.css';

const ui = {
  keyForm: element<HTMLFormElement>('key-form'),
  keyInput: element<HTMLInputElement>('api-key'),
  keyError: element<HTMLParagraphElement>('key-error'),
  forget: element<HTMLButtonElement>('forget-key'),
  draftForm: element<HTMLFormElement>('draft-form'),
  title: element<HTMLInputElement>('title'),
  date: element<HTMLInputElement>('date'),
  text: element<HTMLTextAreaElement>('text'),
  draftButton: element<HTMLButtonElement>('draft-button'),
  draftError: element<HTMLParagraphElement>('draft-error'),
  filter: element<HTMLSelectElement>('queue-filter'),
  openNext: element<HTMLButtonElement>('open-next'),
  queueError: element<HTMLParagraphElement>('queue-error'),
  queue: element<HTMLTableSectionElement>('queue-rows'),
  summary: element<HTMLParagraphElement>('queue-summary'),
  more: element<HTMLButtonElement>('queue-more'),
};

const FILTERS: Record<string, DraftStatus[] | null> = { open: ['NEW', 'IN_REVIEW'], done: ['DONE'], all: null };
const PAGE = 50;
let endCursor: string | null = null;

function draftLink(id: string): string {
  return `/review/draft?id=${encodeURIComponent(id)}`;
}

function cell(text: string, className?: string): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function row(draft: DraftSummary): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.dataset.draft = draft.id;
  tr.dataset.status = draft.status;
  const title = document.createElement('td');
  const link = document.createElement('a');
  link.href = draftLink(draft.id);
  link.textContent = draft.title;
  title.append(link);
  const { counts } = draft;
  const when = (iso: string): string => iso.replace('T', ' ').slice(0, 16);
  tr.append(
    title,
    cell(draft.status.replace('_', ' ').toLowerCase(), `status ${draft.status.toLowerCase()}`),
    cell(`${counts.actors} actors, ${counts.relations} relations`),
    cell(`${counts.accepted} accepted, ${counts.rejected} rejected, ${counts.undecided} undecided`, 'counts'),
    cell(`${draft.createdBy}, ${when(draft.createdAt)}`),
    cell(draft.finishedBy === null ? when(draft.updatedAt) : `done by ${draft.finishedBy}, ${when(draft.finishedAt ?? draft.updatedAt)}`),
  );
  return tr;
}

async function loadQueue(more = false): Promise<void> {
  if (!hasKey()) return;
  try {
    const page = await reviewQueue(FILTERS[ui.filter.value] ?? null, PAGE, more ? endCursor : null);
    const rows = page.drafts.map(row);
    if (more) ui.queue.append(...rows);
    else ui.queue.replaceChildren(...rows);
    endCursor = page.endCursor;
    ui.more.hidden = !page.hasNextPage;
    ui.summary.textContent = `${page.totalCount} draft${page.totalCount === 1 ? '' : 's'}${ui.filter.value === 'open' ? ' to review' : ''}.`;
    ui.queueError.hidden = true;
  } catch (error) {
    showError(ui.queueError, `Could not read the queue: ${describeError(error)}`);
  }
}

async function openNext(): Promise<void> {
  try {
    const [next] = (await reviewQueue(FILTERS.open, 1, null)).drafts;
    if (next === undefined) showError(ui.queueError, 'Nothing is left to review.');
    else window.location.href = draftLink(next.id);
  } catch (error) {
    showError(ui.queueError, `Could not find the next draft: ${describeError(error)}`);
  }
}

async function draftText(): Promise<void> {
  const text = ui.text.value;
  if (!text.trim()) {
    showError(ui.draftError, 'Paste the text of a document first.');
    ui.text.focus();
    return;
  }
  ui.draftButton.disabled = true;
  ui.draftError.hidden = true;
  try {
    const id = await createReviewDraft(text, ui.title.value.trim() || null, ui.date.value.trim() || null);
    window.location.href = draftLink(id);
  } catch (error) {
    showError(ui.draftError, `Could not draft the text: ${describeError(error)}`);
  } finally {
    ui.draftButton.disabled = false;
  }
}

function showKeyState(): void {
  const authorised = hasKey();
  document.body.dataset.authorised = String(authorised);
  ui.keyForm.hidden = authorised;
  ui.forget.hidden = !authorised;
}

function wire(): void {
  ui.keyForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!ui.keyInput.value.trim()) {
      showError(ui.keyError, 'Paste an API key first.');
      return;
    }
    rememberKey(ui.keyInput.value);
    ui.keyInput.value = '';
    showKeyState();
    void loadQueue();
  });
  ui.forget.addEventListener('click', () => {
    forgetKey();
    showKeyState();
    ui.queue.replaceChildren();
  });
  ui.draftForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void draftText();
  });
  ui.filter.addEventListener('change', () => void loadQueue());
  ui.openNext.addEventListener('click', () => void openNext());
  ui.more.addEventListener('click', () => void loadQueue(true));
}

adoptKeyFromLink();
wire();
showKeyState();
void loadQueue();
