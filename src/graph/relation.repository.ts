/**
 * Reads relations and their quotes: by id, as filtered lists, per actor (batched for many actors
 * at once), as a timeline; and deletes one relation with its quotes.
 *
 * Relation types enter the query text only through `relationTypePattern`, which accepts nothing
 * outside the vocabulary; directions only through `DIRECTION_PREDICATE`.
 */
import { QueryRunner } from '../neo4j/database';
import { CypherQuery, runQuery } from './cypher-query';
import { relationTypeOfId } from './ids';
import {
  actorProjection,
  ActorRow,
  DIRECTION_PREDICATE,
  EVIDENCE_PROJECTION,
  EvidenceRow,
  Page,
  PageRequest,
  relationProjection,
  RelationRow,
  reviewedCondition,
  SYMMETRIC_TYPES,
  TIME_OVERLAP,
} from './read-models';
import { chosenRelationTypes, Direction, RelationType, relationTypePattern } from './vocabulary';

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

/** A relation with its source and target actors, in that order. */
export interface RelationWithEnds {
  readonly relation: RelationRow;
  readonly ends: [ActorRow, ActorRow];
}

export interface ActorRelationsRequest {
  readonly direction: Direction;
  /** False skips counting all of an actor's relations, when the client did not ask for the count. */
  readonly countTotal: boolean;
  readonly types: readonly RelationType[] | null;
  readonly first: number;
  readonly after: string | null;
  /** True keeps reviewed relations, false those still proposed, null all. */
  readonly reviewed: boolean | null;
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
 * The page part of a relation list: each relation with its two actors, so that a request for
 * both ends needs no second query; and, when asked for, the count of all that match.
 */
export function pageOfRelations(match: string, filter: string, countTotal: boolean, scope: string, firstRows = firstByIdQuery(match, filter)): string {
  const total = countTotal ? `CALL (${scope}) { MATCH ${match} WHERE ${filter} RETURN count(r) AS totalCount }` : `WITH ${scope === '' ? '' : '*, '}-1 AS totalCount`;
  return `${total}
CALL (${scope}) {
  ${firstRows}
  WITH r, startNode(r) AS f, endNode(r) AS t
  RETURN collect({ relation: ${relationProjection()}, ends: [${actorProjection('f')}, ${actorProjection('t')}] }) AS relations
}`;
}

/** The first $limit relations of the pattern after $after, by id (a fragment of `pageOfRelations`). */
export function firstByIdQuery(match: string, filter: string): string {
  return `MATCH ${match}
  WHERE ${filter} AND ($after IS NULL OR r.id > $after)
  WITH r ORDER BY r.id LIMIT $limit`;
}

/**
 * The first $limit relations of the whole graph after $after, by id: one ordered seek of each
 * type's id index, at most $limit rows from each, so a page costs the same at any graph size
 * (sorting every relationship to find the first twenty grew with the graph). A fragment of
 * `pageOfRelations`; `chosenRelationTypes` never gives it an empty list (an empty UNION).
 */
export function firstOfAllByIdQuery(types: readonly RelationType[], filter: string): string {
  const seeks = types.map((type) => `MATCH ()-[r:${type}]->() WHERE r.id > coalesce($after, '') AND ${filter} RETURN r ORDER BY r.id LIMIT $limit`);
  return `CALL () {
    ${seeks.join('\n    UNION ALL\n    ')}
  }
  WITH r ORDER BY r.id LIMIT $limit`;
}

/** One page of relations ordered by id, from all relations or from one actor's. */
export function findRelationsQuery(filter: RelationFilter, page: PageRequest, countTotal: boolean): CypherQuery {
  const { types } = filter;
  const fromActor = filter.actorId !== null;
  const pattern = fromActor ? `(:Actor {id: $actorId})-[r${relationTypePattern(types ?? [])}]-(:Actor)` : `(:Actor)-[r${relationTypePattern(types ?? [])}]->(:Actor)`;
  const condition = `($documentId IS NULL OR $documentId IN r.documentIds) AND ${TIME_OVERLAP} AND ${reviewedCondition()}`;
  const firstRows = fromActor ? undefined : firstOfAllByIdQuery(chosenRelationTypes(types), condition);
  return {
    cypher: `${pageOfRelations(pattern, condition, countTotal, '', firstRows)}
RETURN totalCount, relations`,
    params: {
      actorId: filter.actorId,
      documentId: filter.documentId,
      since: filter.since,
      until: filter.until,
      reviewed: filter.reviewed,
      after: page.after?.[0] ?? null,
      limit: page.first + 1,
    },
  };
}

/** For each actor, one page of its relations in a direction, and (when asked) how many in all. */
export function relationsOfActorsQuery(actorIds: readonly string[], request: ActorRelationsRequest): CypherQuery {
  const { types, direction, countTotal } = request;
  return {
    cypher: `
UNWIND $actorIds AS actorId
MATCH (x:Actor {id: actorId})
${pageOfRelations(`(x)-[r${relationTypePattern(types ?? [])}]-(y:Actor)`, `${DIRECTION_PREDICATE[direction]} AND ${reviewedCondition()}`, countTotal, 'x')}
RETURN actorId, totalCount, relations`,
    params: { actorIds, after: request.after, limit: request.first + 1, symmetricTypes: SYMMETRIC_TYPES, reviewed: request.reviewed },
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

/** Deletes one relation of a type by id, then its quotes; returns how many relations went. */
export function deleteRelationQuery(type: RelationType, id: string): CypherQuery {
  return {
    cypher: `
MATCH (:Actor)-[r:${type} {id: $id}]->(:Actor)
DELETE r
WITH count(*) AS deleted
CALL (deleted) { MATCH (e:Evidence {relationId: $id}) WHERE deleted > 0 DETACH DELETE e }
RETURN deleted`,
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

export async function findRelations(runner: QueryRunner, filter: RelationFilter, page: PageRequest, countTotal: boolean): Promise<Page<RelationWithEnds>> {
  const [row] = await runQuery<{ totalCount: number; relations: RelationWithEnds[] }>(runner, findRelationsQuery(filter, page, countTotal));
  return { rows: row.relations.slice(0, page.first), hasNextPage: row.relations.length > page.first, totalCount: row.totalCount };
}

export async function relationsOfActors(
  runner: QueryRunner,
  actorIds: readonly string[],
  request: ActorRelationsRequest,
): Promise<Map<string, Page<RelationWithEnds>>> {
  const rows = await runQuery<{ actorId: string; totalCount: number; relations: RelationWithEnds[] }>(runner, relationsOfActorsQuery(actorIds, request));
  return new Map(
    rows.map((row) => [
      row.actorId,
      { rows: row.relations.slice(0, request.first), hasNextPage: row.relations.length > request.first, totalCount: row.totalCount },
    ]),
  );
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

/** True when a relation with that id existed and is gone, with its quotes. */
export async function deleteRelation(runner: QueryRunner, id: string): Promise<boolean> {
  const type = relationTypeOfId(id);
  if (type === undefined) return false;
  const [row] = await runQuery<{ deleted: number }>(runner, deleteRelationQuery(type, id));
  return row.deleted > 0;
}
