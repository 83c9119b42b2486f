/**
 * What the read side of the repository returns, and the Cypher projections that produce it, so
 * that every query returns actors, relations and quotes in one shape.
 */
import { ActorKind, Direction, RELATION_TYPE_NAMES, RELATION_TYPES, RelationType, relationTypePattern } from './vocabulary';

export interface ActorRow {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: string[];
  readonly description: string | null;
  readonly roles: string[];
  /** False while the actor is a proposal of the extraction rules that no person has reviewed. */
  readonly reviewed: boolean;
  /** The name of the key whose write last reviewed the actor; null when not recorded. */
  readonly reviewedBy: string | null;
  /** When, as an ISO-8601 string; null when not recorded. */
  readonly reviewedAt: string | null;
  readonly wikidataId: string | null;
}

export interface RelationRow {
  readonly id: string;
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly timeText: string | null;
  readonly timeStart: string | null;
  readonly timeEnd: string | null;
  readonly place: string | null;
  readonly description: string;
  readonly documentIds: string[];
  /** False while the relation is a proposal of the extraction rules that no person has reviewed. */
  readonly reviewed: boolean;
  /** The name of the key whose write last reviewed the relation; null when not recorded. */
  readonly reviewedBy: string | null;
  /** When, as an ISO-8601 string; null when not recorded. */
  readonly reviewedAt: string | null;
}

export interface EvidenceRow {
  readonly id: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly documentId: string;
  readonly relationId: string | null;
  readonly actorId: string | null;
}

export interface DocumentRow {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly dateText: string | null;
  readonly dateStart: string | null;
  readonly dateEnd: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly language: string | null;
}

/**
 * What a drawing needs of an actor and of a relation (the API's subgraph nodes and edges): the
 * degree and the time only when the client asked for them, so that large neighbourhoods transfer
 * and decode no more than is shown.
 */
export interface SubgraphFields {
  readonly degree: boolean;
  readonly time: boolean;
  readonly evidenceCount: boolean;
  readonly documentCount: boolean;
}

export interface SubgraphNodeRow extends Pick<ActorRow, 'id' | 'name' | 'kind'> {
  /** Null when not asked for. */
  readonly degree: number | null;
}

/** The time fields and the counts are null when not asked for. */
export interface SubgraphEdgeRow extends Pick<RelationRow, 'id' | 'type' | 'from' | 'to' | 'timeText' | 'timeStart' | 'timeEnd' | 'reviewed'> {
  readonly evidenceCount: number | null;
  readonly documentCount: number | null;
}

/** A path's actors and relations, with the fields a read asked for (see RowFields). */
export interface PathRow {
  readonly actors: PartialActorRow[];
  readonly relations: PartialRelationRow[];
}

/** The values a row of a keyset-paginated list is ordered by, ending with its id (the tie-break). */
export type SortKey = readonly (string | number)[];

/** A page of a keyset-paginated list: one more row than asked for tells whether more follow. */
export interface PageRequest {
  readonly first: number;
  /** The sort key of the last row of the previous page. */
  readonly after: SortKey | null;
}

export interface Page<T> {
  readonly rows: T[];
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

const ALL_TYPES = relationTypePattern();

/** The fields of an actor a read may leave out; its id is always read. */
export type ActorField = Exclude<keyof ActorRow, 'id'>;

/** The fields of a relation a read may leave out; its id, type and two actors' ids are always read. */
export type RelationField = Exclude<keyof RelationRow, 'id' | 'type' | 'from' | 'to'>;

/**
 * What each stored field of an actor reads as when the node lacks it (written before the field
 * existed): null for most; in the order of the whole row.
 */
const ACTOR_FIELD_WHEN_ABSENT: Readonly<Record<ActorField, unknown>> = {
  name: null,
  kind: null,
  aliases: [],
  description: null,
  roles: [],
  // Items written before review existed were reviewed.
  reviewed: true,
  reviewedBy: null,
  reviewedAt: null,
  wikidataId: null,
};

/** What each stored field of a relation reads as when the relationship lacks it; in the order of the whole row. */
const RELATION_FIELD_WHEN_ABSENT: Readonly<Record<RelationField, unknown>> = {
  timeText: null,
  timeStart: null,
  timeEnd: null,
  place: null,
  description: null,
  documentIds: [],
  reviewed: true,
  reviewedBy: null,
  reviewedAt: null,
};

/** The stored `field` of the node or relationship bound to `x`, as an expression that reads an absent one as `whenAbsent`. */
function storedValue(x: string, field: string, whenAbsent: unknown): string {
  return whenAbsent === null ? `${x}.${field}` : `coalesce(${x}.${field}, ${JSON.stringify(whenAbsent)})`;
}

export const ACTOR_FIELDS = Object.keys(ACTOR_FIELD_WHEN_ABSENT) as ActorField[];
export const RELATION_FIELDS = Object.keys(RELATION_FIELD_WHEN_ABSENT) as RelationField[];

/**
 * What a read returns of each relation and of each actor (a list's relations and their two ends, a
 * path's relations and actors): the fields the client's selection needs, so that Neo4j sends, and
 * the service decodes, no field that nobody reads (a page of twenty relations with both actors'
 * names is a fifth of the whole rows).
 */
export interface RowFields {
  readonly relations: readonly RelationField[];
  readonly actors: readonly ActorField[];
}

export const WHOLE_ROWS: RowFields = { relations: RELATION_FIELDS, actors: ACTOR_FIELDS };

/** An actor row read with only some of its fields (see RowFields); the others are absent. */
export type PartialActorRow = Pick<ActorRow, 'id'> & Partial<ActorRow>;

/** A relation row read with only some of its fields (see RowFields); the others are absent. */
export type PartialRelationRow = Pick<RelationRow, 'id' | 'type' | 'from' | 'to'> & Partial<RelationRow>;

/**
 * The actor node bound to `a` as an ActorRow, or with `fields`, as a PartialActorRow. Its degree
 * is not part of it: few requests ask for it, so it has a batched read of its own.
 */
export function actorProjection(a = 'a', fields: readonly ActorField[] = ACTOR_FIELDS): string {
  const entry = (field: ActorField): string => {
    const value = storedValue(a, field, ACTOR_FIELD_WHEN_ABSENT[field]);
    return value === `${a}.${field}` ? `.${field}` : `${field}: ${value}`;
  };
  return `${a} { ${['.id', ...ACTOR_FIELDS.filter((field) => fields.includes(field)).map(entry)].join(', ')} }`;
}

/**
 * Relations of the vocabulary, either direction, of the actor `a`. Vocabulary relationships only
 * join actors, so the count needs no label check on the far end, which lets Neo4j read it from the
 * node's degree counts instead of walking every relationship of a hub. Only the writes that keep
 * the stored degree count it (see degree.repository.ts); reads read `DEGREE_PROPERTY`.
 */
export function degreeOf(a: string): string {
  return `COUNT { (${a})-[${ALL_TYPES}]-() }`;
}

/** The actor property that holds `degreeOf`, kept by every write (see degree.repository.ts) and ordered by an index (see migrations.ts). */
export const DEGREE_PROPERTY = 'degree';

/**
 * The actor `a` as a list `[id, name, kind, degree]`: lists, unlike maps, do not repeat their
 * keys in every row, which matters for hundreds of nodes. See `subgraphNodeRow`.
 */
export function subgraphNodeTuple(fields: SubgraphFields, a = 'a'): string {
  return `[${a}.id, ${a}.name, ${a}.kind, ${fields.degree ? `${a}.${DEGREE_PROPERTY}` : 'null'}]`;
}

/**
 * The relationship `r` from `a` to `b` as
 * `[id, type, from, to, timeText, timeStart, timeEnd, reviewed, evidenceCount, documentCount]`.
 */
export function subgraphEdgeTuple(fields: SubgraphFields, r = 'r', a = 'a', b = 'b'): string {
  const time = fields.time ? `${r}.timeText, ${r}.timeStart, ${r}.timeEnd` : 'null, null, null';
  const evidence = fields.evidenceCount ? evidenceCountOf(`${r}.id`) : 'null';
  const documents = fields.documentCount ? documentCountOf(r) : 'null';
  return `[${r}.id, type(${r}), ${a}.id, ${b}.id, ${time}, ${isReviewed(r)}, ${evidence}, ${documents}]`;
}

export function subgraphNodeRow([id, name, kind, degreeValue]: [string, string, ActorKind, number | null]): SubgraphNodeRow {
  return { id, name, kind, degree: degreeValue };
}

export function subgraphEdgeRow([id, type, from, to, timeText, timeStart, timeEnd, reviewed, evidenceCount, documentCount]: [
  string,
  RelationType,
  string,
  string,
  string | null,
  string | null,
  string | null,
  boolean,
  number | null,
  number | null,
]): SubgraphEdgeRow {
  return { id, type, from, to, timeText, timeStart, timeEnd, reviewed, evidenceCount, documentCount };
}

/**
 * How many quotes support the relation whose id is `relationId` (an expression), over all
 * documents: one seek of the Evidence `relationId` index. The one definition of a relation's
 * evidence count (API, ordering, exports).
 */
export function evidenceCountOf(relationId: string): string {
  return `COUNT { (:Evidence {relationId: ${relationId}}) }`;
}

/** How many documents support the relationship `r`: the size of its stored list of document ids. */
export function documentCountOf(r: string): string {
  return `size(coalesce(${r}.documentIds, []))`;
}

/** The relationship bound to `r` as a RelationRow, or with `fields`, as a PartialRelationRow. */
export function relationProjection(r = 'r', fields: readonly RelationField[] = RELATION_FIELDS): string {
  const always = [`id: ${r}.id`, `type: type(${r})`, `from: startNode(${r}).id`, `to: endNode(${r}).id`];
  return `{ ${[...always, ...RELATION_FIELDS.filter((field) => fields.includes(field)).map((field) => `${field}: ${storedValue(r, field, RELATION_FIELD_WHEN_ABSENT[field])}`)].join(', ')} }`;
}

/**
 * The relationship `r` from the actor `f` to the actor `t` as one flat list: `[id, type, f's id,
 * t's id, ...the relation's fields, ...f's fields, ...t's fields]`, the fields those named by the
 * parameters `$relationKeys` and `$actorKeys`, in that order. A flat list of plain values is the
 * cheapest row the driver decodes: a map repeats its keys in every row, and each nested list is
 * one more object to decode and to walk. The fields a selection reads travel as parameters, so
 * that one short statement text serves every selection and Neo4j plans it once (its text is sent
 * with every request, 1,400 bytes a socket write). A page's sort key may follow (see
 * `relationWithEndsOfTuple` and `rowFieldParameters`).
 */
export function relationWithEndsTuple(r = 'r', f = 'f', t = 't'): string {
  return `[${r}.id, type(${r}), ${f}.id, ${t}.id] + [k IN $relationKeys | ${r}[k]] + ${actorFieldsTuple(f, 'actorKeys')} + ${actorFieldsTuple(t, 'actorKeys')}`;
}

/**
 * The parameters `relationWithEndsTuple` reads: the names of the fields to read, each list
 * beginning with `id`. Neo4j keys its plan cache by the statement and its parameters' types, and
 * a list's type holds its size in buckets (one; two to ten; ...): a list of the id alone repeats
 * it, so that every selection's lists (two to ten names) share one plan, where a selection that
 * read no field of the relations or of the actors planned the statement again.
 */
export function rowFieldParameters(fields: RowFields): { relationKeys: readonly ('id' | RelationField)[]; actorKeys: readonly ('id' | ActorField)[] } {
  return { relationKeys: keysOf(fields.relations), actorKeys: keysOf(fields.actors) };
}

/**
 * The names a list of fields is read by (the parameter of `actorFieldsTuple` and of the relation's
 * list): the id first, and never fewer than two names (see `rowFieldParameters`).
 */
export function keysOf<Field extends string>(fields: readonly Field[]): ('id' | Field)[] {
  return fields.length === 0 ? ['id', 'id'] : ['id', ...fields];
}

/** How many values a list read by `keysOf(fields)` holds, without making the list (rows are decoded one by one). */
function keyCount(fields: readonly string[]): number {
  return Math.max(2, fields.length + 1);
}

/** Where the relation's list of values begins in `relationWithEndsTuple`: after its id, type and ends' ids. */
const RELATION_VALUES_AT = 4;

/**
 * A list of `relationWithEndsTuple` as the relation and its two actors, with the fields read (an
 * absent stored field as it reads), and what follows them in the list: a page's sort key, or, when
 * nothing follows (the id order, whose key is the id), the relation's id.
 */
export function relationWithEndsOfTuple(tuple: readonly unknown[], fields: RowFields): { relation: PartialRelationRow; ends: [PartialActorRow, PartialActorRow]; key: SortKey } {
  const [id, type, fromId, toId] = tuple as [string, RelationType, string, string];
  const relation: Record<string, unknown> = { id, type, from: fromId, to: toId };
  // Each list of values begins with the id (see rowFieldParameters): the fields follow it.
  fields.relations.forEach((field, index) => (relation[field] = tuple[RELATION_VALUES_AT + 1 + index] ?? RELATION_FIELD_WHEN_ABSENT[field]));
  const fromAt = RELATION_VALUES_AT + keyCount(fields.relations);
  const toAt = fromAt + keyCount(fields.actors);
  const keyAt = toAt + keyCount(fields.actors);
  return {
    relation: relation as PartialRelationRow,
    ends: [actorOfTuple(fromId, tuple, fields.actors, fromAt), actorOfTuple(toId, tuple, fields.actors, toAt)],
    key: tuple.length > keyAt ? (tuple.slice(keyAt) as SortKey) : [id],
  };
}

/**
 * The actor `a`'s fields named by the parameter `keys` (a list of `keysOf`) as a list, in that
 * order, the id first: one row of a read that returns actors with only some fields. See `actorOfTuple`.
 */
export function actorFieldsTuple(a: string, keys: string): string {
  return `[k IN $${keys} | ${a}[k]]`;
}

/** The actor `id` with `fields` read from the list of `keysOf(fields)` that begins at `from` in `values` (an absent stored field as it reads). */
export function actorOfTuple(id: string, values: readonly unknown[], fields: readonly ActorField[], from = 0): PartialActorRow {
  const actor: Record<string, unknown> = { id };
  // The list begins with the id (see keysOf): the fields follow it.
  fields.forEach((field, index) => (actor[field] = values[from + 1 + index] ?? ACTOR_FIELD_WHEN_ABSENT[field]));
  return actor as PartialActorRow;
}

/** `e` as an EvidenceRow. */
export const EVIDENCE_PROJECTION = 'e { .id, .quote, .start, .end, .documentId, .relationId, .actorId }';

/** `d` as a DocumentRow. */
export const DOCUMENT_PROJECTION = 'd { .id, .title, .text, .dateText, .dateStart, .dateEnd, .publisher, .url, .language }';

/**
 * Keeps relations whose time overlaps [$since, $until] (day keys, either may be null); when a
 * bound is given, relations without a time are left out, since nothing says they overlap.
 * Traversals keep them (see `timeWindowOrUndated` in traversal.repository.ts).
 */
export const TIME_OVERLAP = `(($since IS NULL AND $until IS NULL) OR (
  (r.timeStart IS NOT NULL OR r.timeEnd IS NOT NULL)
  AND ($since IS NULL OR r.timeEnd IS NULL OR r.timeEnd >= $since)
  AND ($until IS NULL OR r.timeStart IS NULL OR r.timeStart <= $until)))`;

/** Whether the actor or relation bound to `x` was reviewed; items written before review existed were. */
export function isReviewed(x: string): string {
  return `coalesce(${x}.reviewed, true)`;
}

/**
 * Keeps the relationship bound to `r` when its review state is $reviewed (null keeps all). Every
 * query that takes the `reviewed` filter adds this one condition and the parameter.
 */
export function reviewedCondition(r = 'r'): string {
  return `($reviewed IS NULL OR ${isReviewed(r)} = $reviewed)`;
}

export const SYMMETRIC_TYPES = RELATION_TYPE_NAMES.filter((type) => RELATION_TYPES[type].symmetric);

/**
 * The predicate that makes an undirected match `(x)-[r]-(y)` follow a direction from `x`; a
 * symmetric relation goes both ways whatever the direction. Needs the parameter `$symmetricTypes`.
 */
export const DIRECTION_PREDICATE: Readonly<Record<Direction, string>> = {
  OUT: '(startNode(r) = x OR type(r) IN $symmetricTypes)',
  IN: '(endNode(r) = x OR type(r) IN $symmetricTypes)',
  BOTH: 'true',
};

/** The `{1,n}` of a quantified path; only a checked whole number reaches the query text. */
export function hopBound(depth: number, max: number): string {
  if (!Number.isInteger(depth) || depth < 1 || depth > max) throw new Error(`depth must be a whole number from 1 to ${max}, found ${depth}`);
  return `{1,${depth}}`;
}
