/**
 * Reads actors: by id (batched), as a filtered keyset-paginated list by name or by degree, by
 * full-text search, and the graph's statistics.
 */
import { QueryRunner } from '../neo4j/database';
import { CypherQuery, runQuery } from './cypher-query';
import { SearchQueries, searchQueries, searchWithFallback } from './fulltext-search';
import { ACTOR_FIELDS, ActorField, actorFieldsTuple, actorOfTuple, actorProjection, ActorRow, DEGREE_PROPERTY, keysOf, Page, PageRequest, PartialActorRow, SortKey } from './read-models';
import { idPart, sortedRows, SortPart } from './sort-key';
import { ActorKind, RELATION_TYPE_NAMES } from './vocabulary';

/** The orders of the actor list: by name (the default), or the most connected first. */
export type ActorOrder = 'NAME' | 'DEGREE';

/** Each order's sort key over the actor `a`. */
export const ACTOR_ORDERS: Readonly<Record<ActorOrder, readonly SortPart[]>> = {
  NAME: [{ expression: 'a.name', descending: false, kind: 'string' }, idPart('a')],
  // The stored degree (see degree.repository.ts): every matching actor is read and sorted, nothing counted.
  DEGREE: [{ expression: `a.${DEGREE_PROPERTY}`, descending: true, kind: 'number' }, idPart('a')],
};

export interface ActorPageRequest extends PageRequest {
  readonly order: ActorOrder;
}

/** An actor of a list with its key in the list's order. */
export interface ActorWithKey {
  readonly actor: ActorRow;
  readonly key: SortKey;
}

export interface ActorFilter {
  /** Case-insensitive substring of the name or an alias. */
  readonly search: string | null;
  readonly kinds: readonly ActorKind[] | null;
}

/** An actor as entity linking in the extraction layer needs it: the names it goes by. */
export interface ActorNames {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: readonly string[];
}

export interface SearchHit {
  /** With the fields the search was asked for. */
  readonly actor: PartialActorRow;
  readonly score: number;
}

export interface GraphStats {
  readonly actorKinds: { kind: ActorKind; count: number }[];
  readonly relationTypes: { type: string; count: number }[];
  readonly mostConnected: ActorRow[];
}

/** Actors by id, for the per-request loader; missing ids are simply absent. */
const ACTORS_BY_ID = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN ${actorProjection()} AS actor`;

const ACTOR_FILTER = `($kinds IS NULL OR a.kind IN $kinds)
  AND ($search IS NULL OR any(name IN a.lowerNames WHERE name CONTAINS $search))`;

/** One page of actors ordered by name then id, with the count of all that match. */
const FIND_ACTORS = `
CALL () { MATCH (a:Actor) WHERE ${ACTOR_FILTER} RETURN count(a) AS totalCount }
CALL () {
  MATCH (a:Actor)
  WHERE ${ACTOR_FILTER}
    AND ($afterName IS NULL OR a.name > $afterName OR (a.name = $afterName AND a.id > $afterId))
  WITH a ORDER BY a.name, a.id LIMIT $limit
  RETURN collect({ actor: ${actorProjection()}, key: [a.name, a.id] }) AS actors
}
RETURN totalCount, actors`;

/** One page of actors, the most connected first, ties by id, with the count of all that match. */
const FIND_ACTORS_BY_DEGREE = `
CALL () { MATCH (a:Actor) WHERE ${ACTOR_FILTER} RETURN count(a) AS totalCount }
CALL () {
  MATCH (a:Actor)
  WHERE ${ACTOR_FILTER}
  ${sortedRows(ACTOR_ORDERS.DEGREE, 'a')}
  RETURN collect({ actor: ${actorProjection()}, key: key }) AS actors
}
RETURN totalCount, actors`;

/** One page of every actor's names, in id order after `$afterId` (keyset, so a page costs the same at any depth). */
const ACTOR_NAMES_PAGE = `
MATCH (a:Actor)
WHERE $afterId IS NULL OR a.id > $afterId
WITH a ORDER BY a.id LIMIT $limit
RETURN a.id AS id, a.name AS name, a.kind AS kind, coalesce(a.aliases, []) AS aliases`;

const DEGREES = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN id, a.${DEGREE_PROPERTY} AS degree`;

/**
 * One full-text query (a Lucene query from `actorSearchQueries`) for the `limit` best matches, each
 * actor with `fields` (the parameter `$actorKeys`), as one row: a list of flat lists `[score, id,
 * ...fields]`, which the driver decodes faster than a record of maps a hit (see `searchHitOfTuple`).
 */
export function searchActorsQuery(luceneQuery: string, limit: number, fields: readonly ActorField[] = ACTOR_FIELDS): CypherQuery {
  return {
    cypher: `
CALL db.index.fulltext.queryNodes('actor_names', $query, {limit: $limit}) YIELD node AS a, score
WITH a, score ORDER BY score DESC, a.name
RETURN collect([score] + ${actorFieldsTuple('a', 'actorKeys')}) AS hits`,
    params: { query: luceneQuery, limit, actorKeys: keysOf(fields) },
  };
}

/** A list of `searchActorsQuery`'s as a hit with the actor's `fields`. */
export function searchHitOfTuple(tuple: readonly unknown[], fields: readonly ActorField[]): SearchHit {
  return { actor: actorOfTuple(tuple[1] as string, tuple, fields, 1), score: tuple[0] as number };
}

const COUNT_BY_KIND = 'MATCH (a:Actor) RETURN a.kind AS kind, count(a) AS count ORDER BY kind';
/** One count-store lookup per type (relations only join actors), where matching them walked every relation. */
const COUNT_BY_TYPE = `CALL {
${RELATION_TYPE_NAMES.map((type) => `  MATCH ()-[r:${type}]->() WITH count(r) AS count RETURN '${type}' AS type, count`).join('\n  UNION ALL\n')}
}
WITH type, count WHERE count > 0
RETURN type, count ORDER BY type`;
/** The top of the degree index, as mostCentral(DEGREE) reads it. */
const MOST_CONNECTED = `
MATCH (a:Actor) WHERE a.${DEGREE_PROPERTY} IS NOT NULL
WITH a ORDER BY a.${DEGREE_PROPERTY} DESC, a.id LIMIT $limit
RETURN ${actorProjection()} AS actor`;

export function actorsByIdsQuery(ids: readonly string[]): CypherQuery {
  return { cypher: ACTORS_BY_ID, params: { ids } };
}

export async function actorsByIds(runner: QueryRunner, ids: readonly string[]): Promise<ActorRow[]> {
  const rows = await runQuery<{ actor: ActorRow }>(runner, actorsByIdsQuery(ids));
  return rows.map((row) => row.actor);
}

/** Asks for one actor more than the page, to know whether there is a next page. */
export function findActorsQuery(filter: ActorFilter, page: ActorPageRequest): CypherQuery {
  const common = { kinds: filter.kinds, search: filter.search?.toLowerCase() ?? null, limit: page.first + 1 };
  if (page.order === 'DEGREE') return { cypher: FIND_ACTORS_BY_DEGREE, params: { ...common, afterKey: page.after } };
  return { cypher: FIND_ACTORS, params: { ...common, afterName: page.after?.[0] ?? null, afterId: page.after?.[1] ?? null } };
}

export async function findActors(runner: QueryRunner, filter: ActorFilter, page: ActorPageRequest): Promise<Page<ActorWithKey>> {
  const [row] = await runQuery<{ totalCount: number; actors: ActorWithKey[] }>(runner, findActorsQuery(filter, page));
  return { rows: row.actors.slice(0, page.first), hasNextPage: row.actors.length > page.first, totalCount: row.totalCount };
}

export function actorNamesPageQuery(afterId: string | null, limit: number): CypherQuery {
  return { cypher: ACTOR_NAMES_PAGE, params: { afterId, limit } };
}

/** A page of actors' names and aliases after `afterId` (null for the first page), in id order. */
export async function actorNamesPage(runner: QueryRunner, afterId: string | null, limit: number): Promise<ActorNames[]> {
  return runQuery<{ id: string; name: string; kind: ActorKind; aliases: string[] }>(runner, actorNamesPageQuery(afterId, limit));
}

/** Every actor's names, page by page, for callers that link a whole text against the graph. */
export async function* allActorNames(read: <T>(work: (runner: QueryRunner) => Promise<T>) => Promise<T>, pageSize: number): AsyncGenerator<ActorNames[]> {
  let afterId: string | null = null;
  for (;;) {
    const after: string | null = afterId;
    const page: ActorNames[] = await read((runner) => actorNamesPage(runner, after, pageSize));
    if (page.length === 0) return;
    yield page;
    if (page.length < pageSize) return;
    afterId = page[page.length - 1].id;
  }
}

export function degreesQuery(ids: readonly string[]): CypherQuery {
  return { cypher: DEGREES, params: { ids: [...ids] } };
}

/** Each actor's number of relations, by id; unknown ids are left out. */
export async function degreesOf(runner: QueryRunner, ids: readonly string[]): Promise<Map<string, number>> {
  const rows = await runQuery<{ id: string; degree: number }>(runner, degreesQuery(ids));
  return new Map(rows.map((row) => [row.id, row.degree]));
}

/** The actors best matching `text`: exact and prefix matches, or, when there are none, near misses (see fulltext-search.ts). */
export async function searchActors(runner: QueryRunner, text: string, limit: number, fields: readonly ActorField[] = ACTOR_FIELDS): Promise<SearchHit[]> {
  const queries = actorSearchQueries(text);
  if (queries === null) return [];
  const search = await searchWithFallback(queries, async (query) => {
    const [row] = await runQuery<{ hits: unknown[][] }>(runner, searchActorsQuery(query, limit, fields));
    return row.hits;
  });
  return search.hits.map((tuple) => searchHitOfTuple(tuple, fields));
}

/**
 * The Lucene queries of a search by name: the first sixteen words of the text, each also as a
 * prefix however short, and misspelt (such as "Sulaimani" for "Soleimani"). Null without a word.
 */
export function actorSearchQueries(text: string): SearchQueries | null {
  return searchQueries((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 16), 1);
}

/** What of the statistics to read: each part scans the graph, so only what is asked for is. */
export interface StatsRequest {
  readonly actorKinds: boolean;
  readonly relationTypes: boolean;
  /** How many of the most connected actors; 0 reads none. */
  readonly mostConnected: number;
}

/** The statements of the statistics asked for, by part; a part not asked for has none. */
export function graphStatsQueries(request: StatsRequest): { actorKinds: CypherQuery | null; relationTypes: CypherQuery | null; mostConnected: CypherQuery | null } {
  return {
    actorKinds: request.actorKinds ? { cypher: COUNT_BY_KIND, params: {} } : null,
    relationTypes: request.relationTypes ? { cypher: COUNT_BY_TYPE, params: {} } : null,
    mostConnected: request.mostConnected > 0 ? { cypher: MOST_CONNECTED, params: { limit: request.mostConnected } } : null,
  };
}

export async function graphStats(runner: QueryRunner, request: StatsRequest): Promise<GraphStats> {
  const queries = graphStatsQueries(request);
  const actorKinds = queries.actorKinds ? await runQuery<{ kind: ActorKind; count: number }>(runner, queries.actorKinds) : [];
  const relationTypes = queries.relationTypes ? await runQuery<{ type: string; count: number }>(runner, queries.relationTypes) : [];
  const top = queries.mostConnected ? await runQuery<{ actor: ActorRow }>(runner, queries.mostConnected) : [];
  return { actorKinds, relationTypes, mostConnected: top.map((row) => row.actor) };
}
