/**
 * Reads relations and their quotes: by id, as filtered lists, per actor (batched for many actors
 * at once), as a timeline; and deletes one relation with its quotes.
 *
 * Relation types enter the query text only through `relationTypePattern`, which accepts nothing
 * outside the vocabulary; directions only through `DIRECTION_PREDICATE`.
 */
import { QueryRunner } from '../neo4j/database';
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

/** Relations of one type by id. */
function relationsByIdQuery(type: RelationType): string {
  return `UNWIND $ids AS id MATCH (:Actor)-[r:${type} {id: id}]->(:Actor) RETURN ${relationProjection()} AS relation`;
}

/**
 * The page part of a relation list: each relation with its two actors, so that a request for
 * both ends needs no second query; and, when asked for, the count of all that match.
 */
function pageOfRelations(match: string, filter: string, countTotal: boolean, scope: string, firstRows = firstByIdQuery(match, filter)): string {
  const total = countTotal ? `CALL (${scope}) { MATCH ${match} WHERE ${filter} RETURN count(r) AS totalCount }` : `WITH ${scope === '' ? '' : '*, '}-1 AS totalCount`;
  return `${total}
CALL (${scope}) {
  ${firstRows}
  WITH r, startNode(r) AS f, endNode(r) AS t
  RETURN collect({ relation: ${relationProjection()}, ends: [${actorProjection('f')}, ${actorProjection('t')}] }) AS relations
}`;
}

/** The first $limit relations of the pattern after $after, by id. */
function firstByIdQuery(match: string, filter: string): string {
  return `MATCH ${match}
  WHERE ${filter} AND ($after IS NULL OR r.id > $after)
  WITH r ORDER BY r.id LIMIT $limit`;
}

/**
 * The first $limit relations of the whole graph after $after, by id: one ordered seek of each
 * type's id index, at most $limit rows from each, so a page costs the same at any graph size
 * (sorting every relationship to find the first twenty grew with the graph).
 */
function firstOfAllByIdQuery(types: readonly RelationType[], filter: string): string {
  const seeks = types.map((type) => `MATCH ()-[r:${type}]->() WHERE r.id > coalesce($after, '') AND ${filter} RETURN r ORDER BY r.id LIMIT $limit`);
  return `CALL () {
    ${seeks.join('\n    UNION ALL\n    ')}
  }
  WITH r ORDER BY r.id LIMIT $limit`;
}

/** One page of relations ordered by id, from all relations or from one actor's. */
function findRelationsQuery(types: readonly RelationType[] | null, fromActor: boolean, countTotal: boolean): string {
  const pattern = fromActor ? `(:Actor {id: $actorId})-[r${relationTypePattern(types ?? [])}]-(:Actor)` : `(:Actor)-[r${relationTypePattern(types ?? [])}]->(:Actor)`;
  const filter = `($documentId IS NULL OR $documentId IN r.documentIds) AND ${TIME_OVERLAP} AND ${reviewedCondition()}`;
  const firstRows = fromActor ? undefined : firstOfAllByIdQuery(chosenRelationTypes(types), filter);
  return `${pageOfRelations(pattern, filter, countTotal, '', firstRows)}
RETURN totalCount, relations`;
}

/** For each actor, one page of its relations in a direction, and (when asked) how many in all. */
function relationsOfActorsQuery(types: readonly RelationType[] | null, direction: Direction, countTotal: boolean): string {
  return `
UNWIND $actorIds AS actorId
MATCH (x:Actor {id: actorId})
${pageOfRelations(`(x)-[r${relationTypePattern(types ?? [])}]-(y:Actor)`, `${DIRECTION_PREDICATE[direction]} AND ${reviewedCondition()}`, countTotal, 'x')}
RETURN actorId, totalCount, relations`;
}

/** For each actor, the distinct actors one relation away in a direction, by name. */
function neighborsOfActorsQuery(types: readonly RelationType[] | null, direction: Direction): string {
  return `
UNWIND $actorIds AS actorId
MATCH (x:Actor {id: actorId})
CALL (x) {
  MATCH (x)-[r${relationTypePattern(types ?? [])}]-(y:Actor)
  WHERE ${DIRECTION_PREDICATE[direction]}
  WITH DISTINCT y ORDER BY y.name, y.id LIMIT $limit
  RETURN collect(${actorProjection('y')}) AS neighbors
}
RETURN actorId, neighbors`;
}

/** An actor's dated relations in time order: earliest start first, open starts first of all. */
function timelineQuery(types: readonly RelationType[] | null): string {
  return `
MATCH (:Actor {id: $actorId})-[r${relationTypePattern(types ?? [])}]-(:Actor)
WHERE (r.timeStart IS NOT NULL OR r.timeEnd IS NOT NULL) AND ${TIME_OVERLAP}
RETURN ${relationProjection()} AS relation
ORDER BY coalesce(r.timeStart, ''), coalesce(r.timeEnd, '9999-99-99'), r.id
LIMIT $limit`;
}

const EVIDENCE_OF_RELATIONS = `
UNWIND $ids AS id
MATCH (e:Evidence {relationId: id})
RETURN ${EVIDENCE_PROJECTION} AS evidence ORDER BY e.documentId, e.start`;

const EVIDENCE_OF_ACTORS = `
UNWIND $ids AS id
MATCH (e:Evidence {actorId: id})
RETURN ${EVIDENCE_PROJECTION} AS evidence ORDER BY e.documentId, e.start`;

/** Deletes one relation of a type by id, then its quotes; returns how many relations went. */
function deleteRelationQuery(type: RelationType): string {
  return `
MATCH (:Actor)-[r:${type} {id: $id}]->(:Actor)
DELETE r
WITH count(*) AS deleted
CALL (deleted) { MATCH (e:Evidence {relationId: $id}) WHERE deleted > 0 DETACH DELETE e }
RETURN deleted`;
}

export async function relationsByIds(runner: QueryRunner, ids: readonly string[]): Promise<RelationRow[]> {
  const byType = new Map<RelationType, string[]>();
  for (const id of ids) {
    const type = relationTypeOfId(id);
    if (type !== undefined) byType.set(type, [...(byType.get(type) ?? []), id]);
  }
  const rows: RelationRow[] = [];
  for (const [type, typeIds] of byType) {
    const found = await runner.run<{ relation: RelationRow }>(relationsByIdQuery(type), { ids: typeIds });
    rows.push(...found.map((row) => row.relation));
  }
  return rows;
}

export async function findRelations(runner: QueryRunner, filter: RelationFilter, page: PageRequest, countTotal: boolean): Promise<Page<RelationWithEnds>> {
  const [row] = await runner.run<{ totalCount: number; relations: RelationWithEnds[] }>(findRelationsQuery(filter.types, filter.actorId !== null, countTotal), {
    actorId: filter.actorId,
    documentId: filter.documentId,
    since: filter.since,
    until: filter.until,
    reviewed: filter.reviewed,
    after: page.after?.[0] ?? null,
    limit: page.first + 1,
  });
  return { rows: row.relations.slice(0, page.first), hasNextPage: row.relations.length > page.first, totalCount: row.totalCount };
}

export async function relationsOfActors(
  runner: QueryRunner,
  actorIds: readonly string[],
  request: ActorRelationsRequest,
): Promise<Map<string, Page<RelationWithEnds>>> {
  const rows = await runner.run<{ actorId: string; totalCount: number; relations: RelationWithEnds[] }>(
    relationsOfActorsQuery(request.types, request.direction, request.countTotal),
    { actorIds, after: request.after, limit: request.first + 1, symmetricTypes: SYMMETRIC_TYPES, reviewed: request.reviewed },
  );
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
  const rows = await runner.run<{ actorId: string; neighbors: ActorRow[] }>(neighborsOfActorsQuery(types, direction), {
    actorIds,
    limit,
    symmetricTypes: SYMMETRIC_TYPES,
  });
  return new Map(rows.map((row) => [row.actorId, row.neighbors]));
}

export async function timeline(
  runner: QueryRunner,
  actorId: string,
  filter: { types: readonly RelationType[] | null; since: string | null; until: string | null },
  limit: number,
): Promise<RelationRow[]> {
  const rows = await runner.run<{ relation: RelationRow }>(timelineQuery(filter.types), {
    actorId,
    since: filter.since,
    until: filter.until,
    limit,
  });
  return rows.map((row) => row.relation);
}

export async function evidenceForRelations(runner: QueryRunner, ids: readonly string[]): Promise<EvidenceRow[]> {
  return (await runner.run<{ evidence: EvidenceRow }>(EVIDENCE_OF_RELATIONS, { ids })).map((row) => row.evidence);
}

export async function evidenceForActors(runner: QueryRunner, ids: readonly string[]): Promise<EvidenceRow[]> {
  return (await runner.run<{ evidence: EvidenceRow }>(EVIDENCE_OF_ACTORS, { ids })).map((row) => row.evidence);
}

/** True when a relation with that id existed and is gone, with its quotes. */
export async function deleteRelation(runner: QueryRunner, id: string): Promise<boolean> {
  const type = relationTypeOfId(id);
  if (type === undefined) return false;
  const [row] = await runner.run<{ deleted: number }>(deleteRelationQuery(type), { id });
  return row.deleted > 0;
}
