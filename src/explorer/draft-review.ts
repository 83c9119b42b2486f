/**
 * The review page's state, as pure functions, so that its rules are unit-tested apart from the
 * page: a decision's answer merged into the draft (the items it changed replace theirs, the
 * counts follow), and the stretches of the text to highlight: every mention of an actor, and the
 * quotes of the item the reviewer is on.
 */
import { DecisionCounts, ReviewChange, ReviewDraft, ReviewQuote } from './draft-client';
import { Segment, segments } from './text-highlight';

/** The draft with what a decision changed. */
export function mergeChange(draft: ReviewDraft, change: ReviewChange): ReviewDraft {
  const actors = new Map(change.actors.map((actor) => [actor.itemId, actor]));
  const relations = new Map(change.relations.map((relation) => [relation.itemId, relation]));
  const merged = {
    ...draft,
    status: draft.status === 'NEW' && change.changed ? ('IN_REVIEW' as const) : draft.status,
    actors: [...draft.actors.map((actor) => actors.get(actor.itemId) ?? actor), ...change.actors.filter((actor) => !draft.actors.some((known) => known.itemId === actor.itemId))],
    relations: [
      ...draft.relations.map((relation) => relations.get(relation.itemId) ?? relation),
      ...change.relations.filter((relation) => !draft.relations.some((known) => known.itemId === relation.itemId)),
    ],
  };
  return { ...merged, counts: countsOf(merged) };
}

export function countsOf(draft: Pick<ReviewDraft, 'actors' | 'relations'>): DecisionCounts {
  const items = [...draft.actors, ...draft.relations];
  const count = (decision: string): number => items.filter((item) => item.decision === decision).length;
  return { actors: draft.actors.length, relations: draft.relations.length, accepted: count('ACCEPTED'), rejected: count('REJECTED'), undecided: count('UNDECIDED') };
}

/** A highlighted stretch: an actor's mention, or a quote of the item in focus. */
export interface Highlight {
  readonly start: number;
  readonly end: number;
  readonly kind: 'mention' | 'quote';
  /** The actor named (mentions), or the item quoted. */
  readonly itemId: string;
}

/** The text cut for display: the focused item's quotes first, the mentions where no quote is. */
export function highlighted(text: string, mentions: readonly { itemId: string; start: number; end: number }[], focused: { itemId: string; evidence: readonly ReviewQuote[] } | null): Segment<Highlight>[] {
  const quotes: Highlight[] = (focused?.evidence ?? []).map((quote) => ({ start: quote.start, end: quote.end, kind: 'quote', itemId: focused!.itemId }));
  const overlaps = (mention: { start: number; end: number }): boolean => quotes.some((quote) => mention.start < quote.end && quote.start < mention.end);
  const marks: Highlight[] = [...quotes, ...mentions.filter((mention) => !overlaps(mention)).map((mention) => ({ ...mention, kind: 'mention' as const }))];
  return segments(text, marks);
}

/** Words for a relation type: FIGHTS → fights, KILLED_BY → killed by. */
export function words(type: string): string {
  return type.replace(/_/g, ' ').toLowerCase();
}
