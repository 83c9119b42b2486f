/**
 * Reads relations and their quotes: by id, as filtered lists in one of three orders, per actor
 * (batched for many actors at once), as a timeline, their evidence counts; and deletes one
 * relation with its quotes (recounting its actors' degrees, see degree.repository.ts).
 *
 * Relation types enter the query text only through `relationTypePattern`, which accepts nothing
 * outside the vocabulary; directions only through `DIRECTION_PREDICATE`.
 */
import { QueryRunner } from '../neo4j/database';
import { CypherQuery, runQuery } from './cypher-query';
import { refreshDegrees } from './degree.repository';
import { relationIdPrefix, relationTypeOfId } from './ids';
import {
  actorFieldsTuple,
  ActorField,
  actorOfTuple,
  actorProjection,
  ActorRow,
  DIRECTION_PREDICATE,
  EVIDENCE_PROJECTION,
  evidenceCountOf,
  EvidenceRow,
  keysOf,
  Page,
  PageRequest,
  PartialActorRow,
  PartialRelationRow,
  relationProjection,
  RelationRow,
  relationWithEndsOfTuple,
  relationWithEndsTuple,
  reviewedCondition,
  rowFieldParameters,
  SortKey,
  RowFields,
  SYMMETRIC_TYPES,
  TIME_OVERLAP,
  WHOLE_ROWS,
} from './read-models';
import { idPart, sortedRows, SortPart } from './sort-key';
import { chosenRelationTypes, Direction, RelationType, relationTypePattern } from './vocabulary';

/**
 * The orders of a relation list. ID, the default, reads each type's id index in order, so a page
 * costs the same at any graph size; TIME and EVIDENCE_COUNT sort every relation that matches
 * (cheap for one actor's relations, a scan of the graph for all relations).
 */
export type RelationOrder = 'ID' | 'TIME' | 'EVIDENCE_COUNT';

/** Where an open end and a relation without a time sort: after every day key. */
const AFTER_EVERY_DAY = '9999-99-99';

/** Each order's sort key over the relationship `r`. */
export const RELATION_ORDERS: Readonly<Record<RelationOrder, readonly SortPart[]>> = {
  ID: [idPart('r')],
  // Earliest first, as a timeline: an open start before every date, relations without a time last.
  TIME: [
    { expression: `coalesce(r.timeStart, CASE WHEN r.timeEnd IS NULL THEN '${AFTER_EVERY_DAY}' ELSE '' END)`, descending: false, kind: 'string' },
    { expression: `coalesce(r.timeEnd, '${AFTER_EVERY_DAY}')`, descending: false, kind: 'string' },
    idPart('r'),
  ],
  // The best supported first.
  EVIDENCE_COUNT: [{ expression: evidenceCountOf('r.id'), descending: true, kind: 'number' }, idPart('r')],
};

export interface RelationFilter {
  readonly types: readonly RelationType[] | null;
  readonly actorId: string | null;
  readonly documentId: string | null;
  /** Day keys, inclusive. */
  readonly since: string | null;
  readonly until: string | null;
  /** True keeps reviewed relations, false those still proposed, null all. */
  readonly reviewed: boolean | null;
}

/** A relation with its source and target actors, in that order, each with the fields a list read (see RowFields), and its key in the list's order. */
export interface RelationWithEnds {
  readonly relation: PartialRelationRow;
  readonly ends: [PartialActorRow, PartialActorRow];
  readonly key: SortKey;
}

/** A page of a relation list in an order, after the key of the previous page's last relation. */
export interface RelationPageRequest extends PageRequest {
  readonly order: RelationOrder;
}

export interface ActorRelationsRequest {
  readonly direction: Direction;
  /** False skips counting all of an actor's relations, when the client did not ask for the count. */
  readonly countTotal: boolean;
  readonly types: readonly RelationType[] | null;
  readonly first: number;
  readonly after: SortKey | null;
  readonly order: RelationOrder;
  /** True keeps reviewed relations, false those still proposed, null all. */
  readonly reviewed: boolean | null;
  /** What to read of each relation and its actors. */
  readonly fields: RowFields;
}

export interface TimelineFilter {
  readonly types: readonly RelationType[] | null;
  /** Day keys, inclusive. */
  readonly since: string | null;
  readonly until: string | null;
}

/** Relations of one type by id. */
export function relationsByIdQuery(type: RelationType, ids: readonly string[]): CypherQuery {
  return { cypher: `UNWIND $ids AS id MATCH (:Actor)-[r:${type} {id: id}]->(:Actor) RETURN ${relationProjection()} AS relation`, params: { ids } };
}

/**
 * The conditions of a relation filter on `r`, only those whose parameters are given. A condition on
 * a null parameter holds for every row, yet it is evaluated on each one and it lengthens the
 * statement, whose text goes to Neo4j with every request: a page over every type repeated the
 * whole filter once a type, 9 KB sent in seven socket writes, where 2 KB take two.
 */
export function relationConditions(filter: Pick<RelationFilter, 'documentId' | 'since' | 'until' | 'reviewed'>): string[] {
  return [
    ...(filter.documentId === null ? [] : ['$documentId IN r.documentIds']),
    ...(filter.since === null && filter.until === null ? [] : [TIME_OVERLAP]),
    ...(filter.reviewed === null ? [] : [reviewedCondition()]),
  ];
}

/** `WHERE` and the conditions joined, or nothing when there are none. */
function where(conditions: readonly string[]): string {
  return conditions.length === 0 ? '' : ` WHERE ${conditions.join(' AND ')}`;
}

/** How a page is read: for one actor or the whole graph, in which order. */
interface PageShape {
  /** The variable the page is read for (`x`, an actor), or '' for the whole graph. */
  readonly scope: string;
  readonly order: RelationOrder;
}

/** Where a page's relations come from: the lines that give its first $limit rows, and the lines that give all it counts. */
interface RelationSource {
  readonly firstRows: string;
  readonly all: string;
}

/**
 * The page part of a relation list: each relation with its two actors, so that a request for
 * both ends needs no second query, and its sort key, for its cursor; and, when `$countTotal`, the
 * count of all that match (-1 when not). Each row is one flat list (see `relationWithEndsTuple`),
 * the key's values last (none in the id order, whose key is the relation's id). Nothing a
 * selection chooses is part of the text: the fields read are the parameters `$relationKeys` and
 * `$actorKeys`, and the count is always there, run only when `$countTotal` (its guard filters the
 * one row that enters it, before anything is read). So every selection of a page shares one
 * statement and one plan: Neo4j plans a statement on first sight, and a page over every type took
 * half a second to plan, once with `totalCount` and once more without.
 */
export function pageOfRelations(source: RelationSource, page: PageShape): string {
  const { scope, order } = page;
  const guard = scope === '' ? 'WITH $countTotal AS counting WHERE counting' : `WITH ${scope} WHERE $countTotal`;
  const total = `CALL (${scope}) { ${guard} ${source.all} RETURN CASE WHEN $countTotal THEN count(r) ELSE -1 END AS totalCount }`;
  // The id order's rows carry no computed key: theirs is the id, already in the row.
  const [carried, key] = order === 'ID' ? ['r', ''] : ['r, key', ' + key'];
  return `${total}
CALL (${scope}) {
  ${source.firstRows}
  WITH ${carried}, startNode(r) AS f, endNode(r) AS t
  RETURN collect(${relationWithEndsTuple()}${key}) AS relations
}`;
}

/** The relations of a pattern that meet the conditions, their first $limit in the order by id or by another order's key. */
export function patternSource(match: string, conditions: readonly string[], order: RelationOrder): RelationSource {
  const all = `MATCH ${match}${where(conditions)}`;
  if (order !== 'ID') return { all, firstRows: `${all}\n  ${sortedRows(RELATION_ORDERS[order], 'r')}` };
  return { all, firstRows: `MATCH ${match}${where([...conditions, 'r.id > $after'])}\n  WITH r ORDER BY r.id LIMIT $limit` };
}

/**
 * The first $limit relations of the whole graph after $after, by id: one ordered seek of each
 * type's id index, at most $limit rows from each, so a page costs the same at any graph size
 * (sorting every relationship to find the first twenty grew with the graph). A fragment of
 * `pageOfRelations`; `chosenRelationTypes` never gives it an empty list (an empty UNION). The
 * condition on `r.id` stays when there is no $after: it is what lets the index give the order.
 */
export function firstOfAllByIdQuery(types: readonly RelationType[], conditions: readonly string[]): string {
  const seeks = types.map((type) => `MATCH ()-[r:${type}]->()${where(['r.id > $after', ...conditions])} RETURN r ORDER BY r.id LIMIT $limit`);
  return `CALL () {
    ${seeks.join('\n    UNION ALL\n    ')}
  }
  WITH r ORDER BY r.id LIMIT $limit`;
}

/**
 * The relations one document ($documentId) gives quotes for, found through the quotes' document
 * index and each relation's id index, so that they cost what the document holds at any graph size
 * (a condition on every relation's document list scanned each type's whole index). The id names
 * its type (see ids.ts), so each id is looked up under that type alone. By id, the ids after
 * $after are sorted first, then looked up in that order until the page is full: a page of twenty
 * looks up about twenty relations, where sorting the relations looked up every one the document
 * holds (a thousand, for a page of twenty).
 */
export function documentSource(types: readonly RelationType[], conditions: readonly string[], order: RelationOrder): RelationSource {
  const lookups = types.map((type) => `WITH id WHERE id STARTS WITH '${relationIdPrefix(type)}' MATCH (:Actor)-[r:${type} {id: id}]->(:Actor) RETURN r`);
  const relationsOf = (after: string, ordered: boolean): string => `MATCH (e:Evidence {documentId: $documentId}) WHERE ${after}
  WITH DISTINCT e.relationId AS id${ordered ? ' ORDER BY id' : ''}
  CALL (id) {
    ${lookups.join('\n    UNION ALL\n    ')}
  }
  WITH ${ordered ? 'id, ' : ''}r${where(conditions)}`;
  const all = relationsOf('e.relationId IS NOT NULL', false);
  if (order !== 'ID') return { all, firstRows: `${all}\n  ${sortedRows(RELATION_ORDERS[order], 'r')}` };
  // Ordered by id again after the lookups: Neo4j knows the order it already has and sorts nothing,
  // so the limit stops the lookups once the page is full.
  return { all, firstRows: `${relationsOf('e.relationId > $after', true)}\n  WITH r ORDER BY id LIMIT $limit` };
}

/** One page of relations in an order: from all relations, from one actor's, or from one document's. */
export function findRelationsQuery(filter: RelationFilter, page: RelationPageRequest, countTotal: boolean, fields: RowFields = WHOLE_ROWS): CypherQuery {
  const { types } = filter;
  let source: RelationSource;
  if (filter.actorId !== null) {
    source = patternSource(`(:Actor {id: $actorId})-[r${relationTypePattern(types ?? [])}]-(:Actor)`, relationConditions(filter), page.order);
  } else if (filter.documentId !== null) {
    source = documentSource(chosenRelationTypes(types), relationConditions({ ...filter, documentId: null }), page.order);
  } else {
    const conditions = relationConditions(filter);
    const pattern = patternSource(`(:Actor)-[r${relationTypePattern(types ?? [])}]->(:Actor)`, conditions, page.order);
    source = page.order === 'ID' ? { ...pattern, firstRows: firstOfAllByIdQuery(chosenRelationTypes(types), conditions) } : pattern;
  }
  return {
    cypher: `${pageOfRelations(source, { scope: '', order: page.order })}
RETURN totalCount, relations`,
    params: {
      actorId: filter.actorId,
      documentId: filter.documentId,
      since: filter.since,
      until: filter.until,
      reviewed: filter.reviewed,
      ...afterParameters(page.order, page.after),
      limit: page.first + 1,
      countTotal,
      ...rowFieldParameters(fields),
    },
  };
}

/**
 * The id order continues after `$after`, an id, or '' for the first page (every id is after it, so
 * one condition serves both, and lets each type's index give the order); the others after `$afterKey`.
 */
function afterParameters(order: RelationOrder, after: SortKey | null): { after: string | number } | { afterKey: SortKey | null } {
  return order === 'ID' ? { after: after?.[0] ?? '' } : { afterKey: after };
}

/**
 * For each actor, one page of its relations in a direction, and (when asked) how many in all; with
 * `actorFields`, the actor too (those fields, as a list: see `actorFieldsTuple`), so that a request
 * for an actor and its relations is one statement.
 */
export function relationsOfActorsQuery(actorIds: readonly string[], request: ActorRelationsRequest, actorFields: readonly ActorField[] | null = null): CypherQuery {
  const { types, direction, order } = request;
  const conditions = [...(direction === 'BOTH' ? [] : [DIRECTION_PREDICATE[direction]]), ...relationConditions({ documentId: null, since: null, until: null, reviewed: request.reviewed })];
  return {
    cypher: `
UNWIND $actorIds AS actorId
MATCH (x:Actor {id: actorId})
${pageOfRelations(patternSource(`(x)-[r${relationTypePattern(types ?? [])}]-(y:Actor)`, conditions, order), { scope: 'x', order })}
RETURN actorId, ${actorFields === null ? '' : `${actorFieldsTuple('x', 'rootActorKeys')} AS actor, `}totalCount, relations`,
    params: {
      actorIds,
      ...afterParameters(order, request.after),
      limit: request.first + 1,
      countTotal: request.countTotal,
      symmetricTypes: SYMMETRIC_TYPES,
      reviewed: request.reviewed,
      ...rowFieldParameters(request.fields),
      ...(actorFields === null ? {} : { rootActorKeys: keysOf(actorFields) }),
    },
  };
}

/** For each actor, the distinct actors one relation away in a direction, by name. */
export function neighborsOfActorsQuery(actorIds: readonly string[], types: readonly RelationType[] | null, direction: Direction, limit: number): CypherQuery {
  return {
    cypher: `
UNWIND $actorIds AS actorId
MATCH (x:Actor {id: actorId})
CALL (x) {
  MATCH (x)-[r${relationTypePattern(types ?? [])}]-(y:Actor)
  WHERE ${DIRECTION_PREDICATE[direction]}
  WITH DISTINCT y ORDER BY y.name, y.id LIMIT $limit
  RETURN collect(${actorProjection('y')}) AS neighbors
}
RETURN actorId, neighbors`,
    params: { actorIds, limit, symmetricTypes: SYMMETRIC_TYPES },
  };
}

/** An actor's dated relations in time order: earliest start first, open starts first of all. */
export function timelineQuery(actorId: string, filter: TimelineFilter, limit: number): CypherQuery {
  const { types } = filter;
  return {
    cypher: `
MATCH (:Actor {id: $actorId})-[r${relationTypePattern(types ?? [])}]-(:Actor)
WHERE (r.timeStart IS NOT NULL OR r.timeEnd IS NOT NULL) AND ${TIME_OVERLAP}
RETURN ${relationProjection()} AS relation
ORDER BY coalesce(r.timeStart, ''), coalesce(r.timeEnd, '9999-99-99'), r.id
LIMIT $limit`,
    params: { actorId, since: filter.since, until: filter.until, limit },
  };
}

/** The quotes of relations (`relationId`) or of actors (`actorId`), by document and position. */
export function evidenceQuery(key: 'relationId' | 'actorId', ids: readonly string[]): CypherQuery {
  return {
    cypher: `
UNWIND $ids AS id
MATCH (e:Evidence {${key}: id})
RETURN ${EVIDENCE_PROJECTION} AS evidence ORDER BY e.documentId, e.start`,
    params: { ids },
  };
}

/** Each relation's number of quotes, by id. */
export function evidenceCountsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `
UNWIND $ids AS id
RETURN id, ${evidenceCountOf('id')} AS evidenceCount`,
    params: { ids },
  };
}

/** Deletes one relation of a type by id, then its quotes; returns the ids of its two actors (none when there was no such relation). */
export function deleteRelationQuery(type: RelationType, id: string): CypherQuery {
  return {
    cypher: `
OPTIONAL MATCH (a:Actor)-[r:${type} {id: $id}]->(b:Actor)
WITH [x IN [a.id, b.id] WHERE x IS NOT NULL] AS ends, r
DELETE r
WITH ends
CALL (ends) { MATCH (e:Evidence {relationId: $id}) WHERE size(ends) > 0 DETACH DELETE e }
RETURN ends`,
    params: { id },
  };
}

export async function relationsByIds(runner: QueryRunner, ids: readonly string[]): Promise<RelationRow[]> {
  const byType = new Map<RelationType, string[]>();
  for (const id of ids) {
    const type = relationTypeOfId(id);
    if (type !== undefined) byType.set(type, [...(byType.get(type) ?? []), id]);
  }
  const rows: RelationRow[] = [];
  for (const [type, typeIds] of byType) {
    const found = await runQuery<{ relation: RelationRow }>(runner, relationsByIdQuery(type, typeIds));
    rows.push(...found.map((row) => row.relation));
  }
  return rows;
}

/** What a statement of `pageOfRelations` returns a page in: each relation as one list, its key last. */
interface PageRow {
  readonly totalCount: number;
  readonly relations: unknown[][];
}

export async function findRelations(runner: QueryRunner, filter: RelationFilter, page: RelationPageRequest, countTotal: boolean, fields: RowFields): Promise<Page<RelationWithEnds>> {
  const [row] = await runQuery<PageRow>(runner, findRelationsQuery(filter, page, countTotal, fields));
  return pageOf(row, page.first, fields);
}

/** A page from the rows of its first $limit + 1 (one more tells whether more follow), the others not decoded. */
function pageOf(row: PageRow, first: number, fields: RowFields): Page<RelationWithEnds> {
  const rows = row.relations.slice(0, first).map((tuple) => relationWithEndsOfTuple(tuple, fields));
  return { rows, hasNextPage: row.relations.length > first, totalCount: row.totalCount };
}

export async function relationsOfActors(
  runner: QueryRunner,
  actorIds: readonly string[],
  request: ActorRelationsRequest,
): Promise<Map<string, Page<RelationWithEnds>>> {
  const rows = await runQuery<PageRow & { actorId: string }>(runner, relationsOfActorsQuery(actorIds, request));
  return new Map(rows.map((row) => [row.actorId, pageOf(row, request.first, request.fields)]));
}

/** Actors by id with `actorFields`, each with a page of its relations; unknown ids are left out. */
export async function actorsWithRelations(
  runner: QueryRunner,
  actorIds: readonly string[],
  request: ActorRelationsRequest,
  actorFields: readonly ActorField[],
): Promise<Map<string, { actor: PartialActorRow; relations: Page<RelationWithEnds> }>> {
  type Row = PageRow & { actorId: string; actor: unknown[] };
  const rows = await runQuery<Row>(runner, relationsOfActorsQuery(actorIds, request, actorFields));
  return new Map(rows.map((row) => [row.actorId, { actor: actorOfTuple(row.actorId, row.actor, actorFields), relations: pageOf(row, request.first, request.fields) }]));
}

export async function neighborsOfActors(
  runner: QueryRunner,
  actorIds: readonly string[],
  types: readonly RelationType[] | null,
  direction: Direction,
  limit: number,
): Promise<Map<string, ActorRow[]>> {
  const rows = await runQuery<{ actorId: string; neighbors: ActorRow[] }>(runner, neighborsOfActorsQuery(actorIds, types, direction, limit));
  return new Map(rows.map((row) => [row.actorId, row.neighbors]));
}

export async function timeline(runner: QueryRunner, actorId: string, filter: TimelineFilter, limit: number): Promise<RelationRow[]> {
  const rows = await runQuery<{ relation: RelationRow }>(runner, timelineQuery(actorId, filter, limit));
  return rows.map((row) => row.relation);
}

export async function evidenceForRelations(runner: QueryRunner, ids: readonly string[]): Promise<EvidenceRow[]> {
  return (await runQuery<{ evidence: EvidenceRow }>(runner, evidenceQuery('relationId', ids))).map((row) => row.evidence);
}

export async function evidenceForActors(runner: QueryRunner, ids: readonly string[]): Promise<EvidenceRow[]> {
  return (await runQuery<{ evidence: EvidenceRow }>(runner, evidenceQuery('actorId', ids))).map((row) => row.evidence);
}

/** Each relation's number of quotes, by id. */
export async function evidenceCounts(runner: QueryRunner, ids: readonly string[]): Promise<Map<string, number>> {
  const rows = await runQuery<{ id: string; evidenceCount: number }>(runner, evidenceCountsQuery(ids));
  return new Map(rows.map((row) => [row.id, row.evidenceCount]));
}

/** True when a relation with that id existed and is gone, with its quotes; its actors' degrees are recounted. */
export async function deleteRelation(runner: QueryRunner, id: string): Promise<boolean> {
  const type = relationTypeOfId(id);
  if (type === undefined) return false;
  const [row] = await runQuery<{ ends: string[] }>(runner, deleteRelationQuery(type, id));
  await refreshDegrees(runner, row.ends);
  return row.ends.length > 0;
}
