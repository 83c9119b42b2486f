/**
 * What a person decides about a draft, and the annotation that is saved from it. Each proposed
 * relation is accepted or rejected, its type and direction possibly changed; only accepted ones
 * are saved, as reviewed (their review marks removed), with the actors they join. Nothing
 * undecided is saved: a relation no one accepted is left out, and the page says how many.
 *
 * Pure functions, so that the rules of saving are unit-tested apart from the page.
 */

export type Decision = 'undecided' | 'accepted' | 'rejected';

export interface RelationReview {
  /** The relation's place in the draft's list. */
  readonly index: number;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly decision: Decision;
}

type Item = Record<string, unknown>;

export interface Annotation {
  readonly document: Item;
  readonly actors: readonly Item[];
  readonly relations: readonly Item[];
}

export interface DocumentHeader {
  readonly id: string;
  readonly title: string;
  /** Empty for none. */
  readonly date: string;
}

export interface SaveCounts {
  readonly accepted: number;
  readonly rejected: number;
  readonly undecided: number;
}

const REVIEW_MARKS = ['review', 'confidence', 'rule'];

/** Every relation of the draft, undecided, as the rules proposed it. */
export function initialReviews(annotation: Annotation): RelationReview[] {
  return annotation.relations.map((relation, index) => ({
    index,
    type: String(relation.type),
    from: String(relation.from),
    to: String(relation.to),
    decision: 'undecided',
  }));
}

export function decide(reviews: readonly RelationReview[], index: number, decision: Decision): RelationReview[] {
  return reviews.map((review) => (review.index === index ? { ...review, decision } : review));
}

export function changeType(reviews: readonly RelationReview[], index: number, type: string): RelationReview[] {
  return reviews.map((review) => (review.index === index ? { ...review, type } : review));
}

export function swapDirection(reviews: readonly RelationReview[], index: number): RelationReview[] {
  return reviews.map((review) => (review.index === index ? { ...review, from: review.to, to: review.from } : review));
}

export function countDecisions(reviews: readonly RelationReview[]): SaveCounts {
  const count = (decision: Decision): number => reviews.filter((review) => review.decision === decision).length;
  return { accepted: count('accepted'), rejected: count('rejected'), undecided: count('undecided') };
}

/**
 * The annotation to save: the accepted relations as the person left them (a changed type or
 * direction gets a description that says so), the actors they join, every review mark removed.
 * Two accepted relations that became the same statement are saved once with both quotes.
 */
export function reviewedAnnotation(
  annotation: Annotation,
  reviews: readonly RelationReview[],
  header: DocumentHeader,
  symmetricTypes: ReadonlySet<string>,
): Annotation {
  const names = new Map(annotation.actors.map((actor) => [String(actor.id), String(actor.name)]));
  const relations = new Map<string, Item>();
  for (const review of reviews) {
    if (review.decision !== 'accepted') continue;
    const proposed = annotation.relations[review.index];
    const changed = review.type !== proposed.type || review.from !== proposed.from || review.to !== proposed.to;
    const relation: Item = {
      ...withoutMarks(proposed),
      type: review.type,
      from: review.from,
      to: review.to,
      ...(changed ? { description: `${names.get(review.from) ?? review.from} ${words(review.type)} ${names.get(review.to) ?? review.to}.` } : {}),
    };
    const ends = symmetricTypes.has(review.type) ? [review.from, review.to].sort() : [review.from, review.to];
    const key = JSON.stringify([review.type, ...ends, relation.time ?? null]);
    const same = relations.get(key);
    relations.set(key, same ? { ...same, evidence: mergeEvidence(same.evidence, relation.evidence) } : relation);
  }
  const joined = new Set([...relations.values()].flatMap((relation) => [String(relation.from), String(relation.to)]));
  const document: Item = { ...annotation.document, id: header.id, title: header.title };
  if (header.date === '') delete document.date;
  else document.date = header.date;
  return {
    document,
    actors: annotation.actors.filter((actor) => joined.has(String(actor.id))).map(withoutMarks),
    relations: [...relations.values()],
  };
}

function withoutMarks(item: Item): Item {
  return Object.fromEntries(Object.entries(item).filter(([field]) => !REVIEW_MARKS.includes(field)));
}

function words(type: string): string {
  return type.replace(/_/g, ' ').toLowerCase();
}

function mergeEvidence(first: unknown, second: unknown): unknown[] {
  const all = [...(Array.isArray(first) ? first : []), ...(Array.isArray(second) ? second : [])] as unknown[];
  const seen = new Set<string>();
  return all.filter((quote) => {
    const key = JSON.stringify(quote);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
