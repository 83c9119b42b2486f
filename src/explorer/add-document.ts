/**
 * The "Add a document" page: paste a news text, let the extraction rules draft its annotation
 * (`extractDocument`, which writes nothing), read the actors it found highlighted in the text and
 * each proposed relation with its quotes, confidence and rule; accept or reject each, change its
 * type or direction, and save the accepted ones through `ingestDocument` with the API key. Saved
 * relations are reviewed ones: nothing the person did not accept is saved.
 */
import { DocumentDraft, DraftRelation, extractDocument, ingestDocument } from './draft-client';
import { Annotation, changeType, countDecisions, decide, Decision, initialReviews, RelationReview, reviewedAnnotation, swapDirection } from './draft-review';
import { KIND_STYLES } from './graph-style';
import { relationTypes } from './graphql-client';
import { describeError, element, messageBox } from './page';
import { segments } from './text-highlight';
import './explorer.css';
import './add-document.css';

const ui = {
  draftForm: element<HTMLFormElement>('draft-form'),
  title: element<HTMLInputElement>('title'),
  date: element<HTMLInputElement>('date'),
  text: element<HTMLTextAreaElement>('text'),
  message: element<HTMLDivElement>('message'),
  review: element<HTMLElement>('review'),
  highlighted: element<HTMLDivElement>('draft-text'),
  actors: element<HTMLUListElement>('draft-actors'),
  relations: element<HTMLOListElement>('draft-relations'),
  warnings: element<HTMLUListElement>('draft-warnings'),
  saveForm: element<HTMLFormElement>('save-form'),
  documentId: element<HTMLInputElement>('document-id'),
  apiKey: element<HTMLInputElement>('api-key'),
  saveSummary: element<HTMLParagraphElement>('save-summary'),
};

let draft: DocumentDraft | null = null;
let annotation: Annotation | null = null;
let reviews: RelationReview[] = [];
let types: { name: string; description: string }[] = [];
const symmetric = new Set<string>();

const showMessage = messageBox<'info' | 'error' | 'done'>(ui.message);

function named(id: string): string {
  return draft?.actors.find((actor) => actor.id === id)?.name ?? id;
}

function words(type: string): string {
  return type.replace(/_/g, ' ').toLowerCase();
}

function renderText(current: DocumentDraft, text: string): void {
  const pieces = segments(text, current.mentions).map((segment) => {
    if (segment.mark === null) return document.createTextNode(segment.text);
    const mark = document.createElement('mark');
    mark.className = `mention ${segment.mark.known ? 'known' : 'new'}`;
    mark.dataset.actor = segment.mark.actorId;
    mark.title = `${named(segment.mark.actorId)}${segment.mark.known ? ' (in the graph)' : ' (new actor)'}`;
    mark.textContent = segment.text;
    return mark;
  });
  ui.highlighted.replaceChildren(...pieces);
}

function renderActors(current: DocumentDraft): void {
  ui.actors.replaceChildren(
    ...current.actors.map((actor) => {
      const item = document.createElement('li');
      item.dataset.actor = actor.id;
      item.className = actor.known ? 'known' : 'new';
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.backgroundColor = KIND_STYLES[actor.kind]?.colour ?? '#444444';
      const status = actor.known ? 'in the graph' : `new${actor.proposal ? `, ${actor.proposal.rule} ${actor.proposal.confidence.toFixed(2)}` : ''}`;
      item.append(swatch, document.createTextNode(` ${actor.name} (${KIND_STYLES[actor.kind]?.label ?? actor.kind}; ${status})`));
      return item;
    }),
  );
}

function typeSelect(review: RelationReview): HTMLSelectElement {
  const select = document.createElement('select');
  select.className = 'relation-type';
  select.setAttribute('aria-label', 'Relation type');
  for (const type of types) {
    const option = document.createElement('option');
    option.value = type.name;
    option.textContent = words(type.name);
    option.title = type.description;
    select.append(option);
  }
  select.value = review.type;
  select.addEventListener('change', () => {
    reviews = changeType(reviews, review.index, select.value);
    renderRelations();
  });
  return select;
}

function button(label: string, className: string, onClick: () => void, pressed?: boolean): HTMLButtonElement {
  const made = document.createElement('button');
  made.type = 'button';
  made.className = className;
  made.textContent = label;
  if (pressed !== undefined) made.setAttribute('aria-pressed', String(pressed));
  made.addEventListener('click', onClick);
  return made;
}

function relationItem(review: RelationReview, proposed: DraftRelation): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset.index = String(review.index);
  item.dataset.decision = review.decision;
  item.dataset.from = review.from;
  item.dataset.to = review.to;
  item.dataset.type = review.type;
  const statement = document.createElement('p');
  statement.className = 'statement';
  const from = document.createElement('strong');
  from.textContent = named(review.from);
  const to = document.createElement('strong');
  to.textContent = named(review.to);
  statement.append(from, ' ', typeSelect(review), ' ', to);
  const set = (decision: Decision) => (): void => {
    reviews = decide(reviews, review.index, review.decision === decision ? 'undecided' : decision);
    renderRelations();
  };
  const actions = document.createElement('p');
  actions.className = 'actions';
  actions.append(
    button('Accept', 'accept', set('accepted'), review.decision === 'accepted'),
    button('Reject', 'reject secondary', set('rejected'), review.decision === 'rejected'),
    button('Swap direction', 'swap secondary', () => {
      reviews = swapDirection(reviews, review.index);
      renderRelations();
    }),
  );
  const why = document.createElement('p');
  why.className = 'why';
  const facts = [
    proposed.proposal ? `confidence ${proposed.proposal.confidence.toFixed(2)}` : 'not proposed by a rule',
    proposed.proposal ? `rule ${proposed.proposal.rule}` : null,
    proposed.time ? `time ${proposed.time}` : null,
    proposed.place ? `place ${proposed.place}` : null,
  ];
  why.textContent = facts.filter((fact) => fact !== null).join(' · ');
  const quotes = document.createElement('ul');
  quotes.className = 'quotes';
  for (const quote of proposed.evidence) {
    const line = document.createElement('li');
    const block = document.createElement('blockquote');
    block.textContent = quote.quote;
    line.append(block);
    quotes.append(line);
  }
  item.append(statement, actions, why, quotes);
  return item;
}

function renderRelations(): void {
  if (!draft) return;
  const current = draft;
  ui.relations.replaceChildren(...reviews.map((review) => relationItem(review, current.relations[review.index])));
  const counts = countDecisions(reviews);
  ui.saveSummary.textContent =
    `${counts.accepted} accepted, ${counts.rejected} rejected, ${counts.undecided} undecided. ` +
    'Only accepted relations are saved (as reviewed), with the actors they join.';
  ui.saveSummary.dataset.accepted = String(counts.accepted);
}

function show(current: DocumentDraft, text: string): void {
  draft = current;
  annotation = JSON.parse(current.annotation) as Annotation;
  reviews = initialReviews(annotation);
  ui.documentId.value = current.document.id;
  if (!ui.title.value.trim()) ui.title.value = current.document.title;
  renderText(current, text);
  renderActors(current);
  renderRelations();
  ui.warnings.replaceChildren(
    ...current.warnings.map((warning) => {
      const item = document.createElement('li');
      item.textContent = warning;
      return item;
    }),
  );
  ui.review.hidden = false;
  ui.review.dataset.relations = String(current.relations.length);
  ui.review.dataset.mentions = String(current.mentions.length);
}

async function draftText(): Promise<void> {
  const text = ui.text.value;
  if (!text.trim()) {
    showMessage('error', 'Paste the text of a document first.');
    return;
  }
  showMessage('info', 'Drafting...');
  try {
    const current = await extractDocument(text, ui.title.value.trim() || null, ui.date.value.trim() || null);
    show(current, text);
    showMessage('info', `The rules found ${current.actors.length} actors and propose ${current.relations.length} relations. Accept or reject each, then save.`);
  } catch (error) {
    showMessage('error', `Could not draft the text: ${describeError(error)}`);
  }
}

async function save(): Promise<void> {
  if (!annotation) return;
  const counts = countDecisions(reviews);
  if (counts.accepted === 0) {
    showMessage('error', 'Accept at least one relation: only accepted relations are saved.');
    return;
  }
  const apiKey = ui.apiKey.value.trim();
  if (!apiKey) {
    showMessage('error', 'Saving needs the API key.');
    return;
  }
  const header = { id: ui.documentId.value.trim(), title: ui.title.value.trim(), date: ui.date.value.trim() };
  try {
    const result = await ingestDocument(reviewedAnnotation(annotation, reviews, header, symmetric), apiKey);
    const skipped = counts.undecided > 0 ? ` ${counts.undecided} undecided relations were not saved.` : '';
    showMessage(
      'done',
      `Saved document ${header.id}: ${result.relationsCreated} relations created, ${result.relationsUpdated} updated; ` +
        `${result.actorsCreated} actors created, ${result.actorsUpdated} updated.${skipped}`,
    );
    ui.saveForm.dataset.saved = header.id;
  } catch (error) {
    showMessage('error', `Could not save: ${describeError(error)}`);
  }
}

function wire(): void {
  ui.draftForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void draftText();
  });
  ui.saveForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
}

wire();
void relationTypes()
  .then((found) => {
    types = found;
    for (const type of found) if (/ Symmetric\.$/.test(type.description)) symmetric.add(type.name);
  })
  .catch((error: unknown) => showMessage('error', `Could not load the relation types: ${describeError(error)}`));
