/** Turns review drafts and their items into the GraphQL types' objects. */
import { isSymmetric } from '../graph/vocabulary';
import { DecisionResult, DraftWithItems } from '../review/review.service';
import { ActorItem, DecisionCounts as Counts, DraftHeader, RelationItem, ReviewItem } from '../review/review-draft.types';
import { ReviewActor, ReviewChange, ReviewDraft, ReviewDraftSummary, ReviewRelation } from './review.type';

function itemFields(item: ReviewItem): Pick<ReviewActor, 'itemId' | 'version' | 'decision' | 'proposal' | 'added' | 'decidedBy' | 'decidedAt'> {
  const { itemId, version, decision, proposal, added, decidedBy, decidedAt } = item;
  return { itemId, version, decision, proposal, added, decidedBy, decidedAt };
}

export function toReviewActor(item: ActorItem): ReviewActor {
  const { id, name, kind, aliases, roles, linkedTo, evidence } = item.state;
  return { ...itemFields(item), id, name, kind, aliases: [...aliases], roles: [...roles], linkedTo, evidence: [...evidence] };
}

export function toReviewRelation(item: RelationItem): ReviewRelation {
  const { type, from, to, time, place, description, evidence } = item.state;
  return { ...itemFields(item), type, symmetric: isSymmetric(type), from, to, time, place, description, evidence: [...evidence] };
}

export function countsOf(items: readonly ReviewItem[]): Counts {
  const count = (test: (item: ReviewItem) => boolean): number => items.filter(test).length;
  return {
    actors: count((item) => item.kind === 'actor'),
    relations: count((item) => item.kind === 'relation'),
    accepted: count((item) => item.decision === 'ACCEPTED'),
    rejected: count((item) => item.decision === 'REJECTED'),
    undecided: count((item) => item.decision === 'UNDECIDED'),
  };
}

export function toReviewDraftSummary(header: DraftHeader, counts: Counts): ReviewDraftSummary {
  const { id, status, source, documentId, title, date, createdBy, createdAt, updatedAt, finishedBy, finishedAt } = header;
  return { id, status, source, documentId, title, date, createdBy, createdAt, updatedAt, finishedBy, finishedAt, counts };
}

export function toReviewDraft({ draft, items }: DraftWithItems): ReviewDraft {
  return {
    ...toReviewDraftSummary(draft, countsOf(items)),
    text: draft.text,
    warnings: [...draft.warnings],
    mentions: draft.mentions.map((mention) => ({ ...mention })),
    actors: items.filter((item): item is ActorItem => item.kind === 'actor').map(toReviewActor),
    relations: items.filter((item): item is RelationItem => item.kind === 'relation').map(toReviewRelation),
  };
}

/** The items a decision changed, or the item alone when it changed nothing. */
export function toReviewChange(result: DecisionResult): ReviewChange {
  const items = result.changed.length > 0 ? result.changed : [result.item];
  return {
    draftId: result.draftId,
    changed: result.changed.length > 0,
    actors: items.filter((item): item is ActorItem => item.kind === 'actor').map(toReviewActor),
    relations: items.filter((item): item is RelationItem => item.kind === 'relation').map(toReviewRelation),
  };
}
