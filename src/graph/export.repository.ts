/**
 * Reads the graph for exports: actors and relations with everything a file carries of them, in
 * pages ordered by id (keyset pagination: each page seeks past the last id of the one before, so
 * a page costs the same at the start and at the end of a million relations, where SKIP would read
 * and throw away everything before it), or by id for the members of a neighbourhood.
 *
 * Each query builder is a pure function returning `{ cypher, params }`; relation types enter the
 * text only after `chosenRelationTypes` checked them against the vocabulary.
 */
import { QueryRunner } from '../neo4j/database';
import { CypherQuery, runQuery } from './cypher-query';
import { degreeOf, RelationRow, TIME_OVERLAP } from './read-models';
import { ActorKind, chosenRelationTypes, RelationType } from './vocabulary';

export interface ExportActorRow {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: string[];
  readonly wikidataId: string | null;
  /** Relations of the vocabulary the actor takes part in, either direction (the API's `degree`). */
  readonly degree: number;
}

/** A relation as the API reads it, less what no export format carries, plus its count of quotes. */
export interface ExportRelationRow extends Omit<RelationRow, 'description' | 'reviewed'> {
  /** Quotes behind the relation, over all documents. */
  readonly evidenceCount: number;
}

/** Day keys (`YYYY-MM-DD`), inclusive; a relation is kept when its time overlaps the window. */
export interface ExportTimeWindow {
  readonly since: string | null;
  readonly until: string | null;
}

const ACTOR_FIELDS = `{ id: a.id, name: a.name, kind: a.kind, aliases: coalesce(a.aliases, []), wikidataId: a.wikidataId, degree: ${degreeOf('a')} }`;

// Evidence is found through its relationId index, one seek per relation.
const RELATION_FIELDS = `{ id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, timeText: r.timeText, timeStart: r.timeStart,
  timeEnd: r.timeEnd, place: r.place, documentIds: coalesce(r.documentIds, []), evidenceCount: COUNT { (e:Evidence {relationId: r.id}) } }`;

/** The next `limit` actors after the id `after` ('' for the first page), with their degrees. */
export function actorPageQuery(after: string, limit: number): CypherQuery {
  return {
    cypher: `MATCH (a:Actor) WHERE a.id > $after
WITH a ORDER BY a.id LIMIT $limit
RETURN ${ACTOR_FIELDS} AS row`,
    params: { after, limit },
  };
}

/**
 * The next `limit` relations of one type after the id `after`, whose time overlaps the window: an
 * ordered seek of the type's id index. Vocabulary relationships only join actors, so the ends need
 * no label check.
 */
export function relationPageQuery(type: RelationType, window: ExportTimeWindow, after: string, limit: number): CypherQuery {
  const [checked] = chosenRelationTypes([type]);
  return {
    cypher: `MATCH ()-[r:${checked}]->() WHERE r.id > $after AND ${TIME_OVERLAP}
WITH r ORDER BY r.id LIMIT $limit
RETURN ${RELATION_FIELDS} AS row`,
    params: { after, limit, since: window.since, until: window.until },
  };
}

/** Actors by id, ordered by id; unknown ids are left out. */
export function actorsByIdsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (a:Actor {id: id})
WITH a ORDER BY a.id
RETURN ${ACTOR_FIELDS} AS row`,
    params: { ids: [...ids] },
  };
}

/** Relations of one type by id whose time overlaps the window, ordered by id. */
export function relationsByIdsQuery(type: RelationType, ids: readonly string[], window: ExportTimeWindow): CypherQuery {
  const [checked] = chosenRelationTypes([type]);
  return {
    cypher: `UNWIND $ids AS id
MATCH ()-[r:${checked} {id: id}]->() WHERE ${TIME_OVERLAP}
WITH r ORDER BY r.id
RETURN ${RELATION_FIELDS} AS row`,
    params: { ids: [...ids], since: window.since, until: window.until },
  };
}

async function rows<T>(runner: QueryRunner, query: CypherQuery): Promise<T[]> {
  return (await runQuery<{ row: T }>(runner, query)).map((record) => record.row);
}

export function actorPage(runner: QueryRunner, after: string, limit: number): Promise<ExportActorRow[]> {
  return rows(runner, actorPageQuery(after, limit));
}

export function relationPage(runner: QueryRunner, type: RelationType, window: ExportTimeWindow, after: string, limit: number): Promise<ExportRelationRow[]> {
  return rows(runner, relationPageQuery(type, window, after, limit));
}

export function exportActorsByIds(runner: QueryRunner, ids: readonly string[]): Promise<ExportActorRow[]> {
  return rows(runner, actorsByIdsQuery(ids));
}

/** Relations by id, grouped by type (each type has its own id index), ordered by type then id. */
export async function exportRelationsByIds(
  runner: QueryRunner,
  relations: readonly { readonly id: string; readonly type: RelationType }[],
  window: ExportTimeWindow,
): Promise<ExportRelationRow[]> {
  const found: ExportRelationRow[] = [];
  for (const type of chosenRelationTypes()) {
    const ids = relations.filter((relation) => relation.type === type).map((relation) => relation.id);
    if (ids.length > 0) found.push(...(await rows<ExportRelationRow>(runner, relationsByIdsQuery(type, ids, window))));
  }
  return found;
}
