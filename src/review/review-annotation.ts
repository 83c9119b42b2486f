/**
 * What finishing a draft writes: its accepted items as an annotated document in the loader's own
 * format (text inline), each item with its reviewer and the time of its last decision
 * (`reviewedBy`, `reviewedAt`) and no review marks, so that it goes through the same validation
 * and the same writes as any file or `ingestDocument`. Nothing undecided or rejected is in it.
 *
 * Actors linked to the same actor of the graph become one; relations that became the same
 * statement (type, ends and time) are written once, with every quote.
 */
import { relationId } from '../graph/ids';
import { ActorItem, RelationItem, ReviewItem, StoredDraft } from './review-draft.types';
import { ReviewInputError } from './review-errors';
import { occurrenceOf } from './review-quotes';

export interface FinishHeader {
  readonly documentId: string;
  readonly title: string;
  /** A partial date; null for none. */
  readonly date: string | null;
}

type Item = Record<string, unknown>;

export interface ReviewedAnnotation {
  readonly document: Item;
  readonly actors: Item[];
  readonly relations: Item[];
}

export function reviewedAnnotation(draft: StoredDraft, items: readonly ReviewItem[], header: FinishHeader): ReviewedAnnotation {
  const accepted = items.filter((item) => item.decision === 'ACCEPTED').sort((a, b) => a.position - b.position);
  if (accepted.length === 0) throw new ReviewInputError('draftId', `expected at least one accepted actor or relation in review draft '${draft.id}', found none`);
  const actors = accepted.filter((item): item is ActorItem => item.kind === 'actor');
  const written = new Map(actors.map((actor) => [actor.itemId, actor.state.id]));
  const quotes = (evidence: ActorItem['state']['evidence']): Item[] =>
    [...new Map(evidence.map((quote) => [`${quote.start}:${quote.end}`, quote])).values()].map((quote) => {
      const occurrence = occurrenceOf(draft.text, quote);
      return occurrence === 1 ? { quote: quote.quote } : { quote: quote.quote, occurrence };
    });

  const actorRecords = new Map<string, { item: ActorItem; aliases: Set<string>; evidence: ActorItem['state']['evidence'][number][] }>();
  for (const actor of actors) {
    const same = actorRecords.get(actor.state.id);
    if (same === undefined) {
      actorRecords.set(actor.state.id, { item: actor, aliases: new Set(actor.state.aliases), evidence: [...actor.state.evidence] });
      continue;
    }
    if (same.item.state.kind !== actor.state.kind) {
      throw new ReviewInputError(
        'items',
        `expected one kind for the actors written as '${actor.state.id}', found ${same.item.state.kind} ('${same.item.itemId}') and ${actor.state.kind} ('${actor.itemId}')`,
      );
    }
    for (const alias of [actor.state.name, ...actor.state.aliases]) same.aliases.add(alias);
    same.evidence.push(...actor.state.evidence);
    if (later(actor, same.item)) same.item = { ...same.item, decidedBy: actor.decidedBy, decidedAt: actor.decidedAt };
  }

  const relations = new Map<string, { item: RelationItem; record: Item; evidence: RelationItem['state']['evidence'][number][] }>();
  for (const relation of accepted.filter((item): item is RelationItem => item.kind === 'relation')) {
    const { state } = relation;
    const from = written.get(state.from);
    const to = written.get(state.to);
    if (from === undefined || to === undefined) {
      throw new ReviewInputError('items', `expected both actors of relation '${relation.itemId}' accepted, found '${from === undefined ? state.from : state.to}' not accepted`);
    }
    if (from === to) throw new ReviewInputError('items', `expected relation '${relation.itemId}' between two actors, found both ends written as '${from}' (linked to one actor)`);
    const id = relationId(state.type, from, to, state.time);
    const same = relations.get(id);
    if (same !== undefined) {
      same.evidence.push(...state.evidence);
      if (later(relation, same.item)) same.item = relation;
      continue;
    }
    const record: Item = { type: state.type, from, to, description: state.description };
    if (state.time !== null) record.time = state.time;
    if (state.place !== null) record.place = state.place;
    relations.set(id, { item: relation, record, evidence: [...state.evidence] });
  }

  const document: Item = { id: header.documentId, title: header.title, text: draft.text };
  if (header.date !== null) document.date = header.date;
  return {
    document,
    actors: [...actorRecords.values()].map(({ item, aliases, evidence }) => {
      const { state } = item;
      const record: Item = { id: state.id, name: state.name, kind: state.kind, aliases: [...aliases].filter((alias) => alias !== state.name), roles: [...state.roles] };
      if (state.description !== null) record.description = state.description;
      if (state.wikidataId !== null) record.wikidataId = state.wikidataId;
      return { ...record, evidence: quotes(evidence), ...stampOf(item) };
    }),
    relations: [...relations.values()].map(({ item, record, evidence }) => ({ ...record, evidence: quotes(evidence), ...stampOf(item) })),
  };
}

function later(a: ReviewItem, b: ReviewItem): boolean {
  return (a.decidedAt ?? '') > (b.decidedAt ?? '');
}

function stampOf(item: ReviewItem): Item {
  // An accepted item has been decided on, so it has its reviewer.
  return { reviewedBy: item.decidedBy, reviewedAt: item.decidedAt };
}
