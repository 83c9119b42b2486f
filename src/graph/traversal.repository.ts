/**
 * Traversals over native relationships: the k-hop neighbourhood of an actor, shortest paths and
 * simple paths between two actors, optionally within a time window and, for paths, respecting time.
 *
 * Without a condition on the hops they use plain variable-length patterns; with one (a direction,
 * the review filter, a time window), quantified path patterns, `((x)-[r]-(y) WHERE <hop>){1,n}`,
 * so that the condition applies hop by hop while symmetric relations are followed either way. The
 * hop bound cannot be a parameter; `hopBound` lets only a checked whole number into the text.
 *
 * Time. A relation's time is two day keys (see partial-time.ts): `timeStart`, the earliest day it
 * can mean, and `timeEnd`, the latest; null for an open side, both null for an undated relation.
 * A partial date thus counts as its whole span: `2020` runs from 2020-01-01 to 2020-12-31.
 */
import { QueryRunner } from '../neo4j/database';
import { CypherQuery, runQuery } from './cypher-query';
import {
  actorProjection,
  DIRECTION_PREDICATE,
  hopBound,
  PathRow,
  relationProjection,
  reviewedCondition,
  RowFields,
  SubgraphEdgeRow,
  subgraphEdgeRow,
  subgraphEdgeTuple,
  SubgraphFields,
  SubgraphNodeRow,
  subgraphNodeRow,
  subgraphNodeTuple,
  SYMMETRIC_TYPES,
  WHOLE_ROWS,
} from './read-models';
import { Direction, RelationType, relationTypePattern } from './vocabulary';

/** Which relations a traversal may follow by their time. */
export interface TraversalTime {
  /** Day keys, inclusive: a relation takes part when its time overlaps them (null: unbounded). */
  readonly since: string | null;
  readonly until: string | null;
  /** True leaves undated relations out; false keeps them, since nothing says they fall outside. */
  readonly datedOnly: boolean;
}

/** Every relation, dated or not. */
export const ANY_TIME: TraversalTime = { since: null, until: null, datedOnly: false };

export interface TraversalRequest {
  readonly types: readonly RelationType[] | null;
  readonly direction: Direction;
  readonly depth: number;
  /** The configured maximum the depth is checked against. */
  readonly maxDepth: number;
  /** True follows reviewed relations only, false only those still proposed, null all. */
  readonly reviewed: boolean | null;
  readonly time: TraversalTime;
}

export interface PathRequest extends TraversalRequest {
  /** True returns only paths whose relations do not go back in time (see `TIME_RESPECTING`). */
  readonly timeRespecting: boolean;
}

/** The most actors besides the centre, and the most relations among them, that a neighbourhood returns. */
export interface NeighborhoodLimits {
  readonly actors: number;
  readonly edges: number;
}

/** How the path queries choose paths: Cypher's path selectors. */
export type PathSelector = 'SHORTEST 1' | 'ALL SHORTEST' | 'SIMPLE';

export interface Neighborhood {
  readonly actors: SubgraphNodeRow[];
  readonly relations: SubgraphEdgeRow[];
  /** True when more actors were reached than the limit let in. */
  readonly truncated: boolean;
  /** True when the actors share more relations than the edge limit let in. */
  readonly edgesTruncated: boolean;
}

/**
 * The time condition of a traversal's hop on the relationship `r`: its time overlaps
 * [$since, $until], an open side reaching any bound, and an undated relation is kept unless
 * $datedOnly. Unlike `TIME_OVERLAP` of the relation lists, which leaves undated relations out
 * once a bound is given: a list asks "what happened then", a traversal "who could be connected
 * then", and an undated tie (a membership, a command) may well hold in the window.
 */
export function timeWindowOrUndated(r: string): string {
  return (
    `($since IS NULL OR ${r}.timeEnd IS NULL OR ${r}.timeEnd >= $since) AND ($until IS NULL OR ${r}.timeStart IS NULL OR ${r}.timeStart <= $until)` +
    ` AND (NOT $datedOnly OR ${r}.timeStart IS NOT NULL OR ${r}.timeEnd IS NOT NULL)`
  );
}

/**
 * The pattern from `from` to `to` within the hops. Without hop conditions, a plain variable-length
 * pattern, which Neo4j expands breadth-first and prunes (and solves shortest paths
 * bidirectionally); with them, a quantified path whose every hop checks them.
 */
export function reach(request: TraversalRequest, from: string, to: string): string {
  const types = relationTypePattern(request.types ?? []);
  const bound = hopBound(request.depth, request.maxDepth);
  if (plainReach(request)) return `(${from})-[${types}*1..${request.depth}]-(${to})`;
  const conditions = hopConditions(request, 'r');
  const direction = request.direction === 'BOTH' ? [] : [DIRECTION_PREDICATE[request.direction]];
  return `(${from})((x)-[r${types}]-(y:Actor) WHERE ${[...direction, ...conditions].join(' AND ')})${bound}(${to})`;
}

/** A plain variable-length pattern serves a traversal only when no hop has a condition. */
function plainReach(request: TraversalRequest): boolean {
  return request.direction === 'BOTH' && hopConditions(request, 'r').length === 0;
}

/** What the request asks of each relationship `r` it follows besides its type and direction. */
function hopConditions(request: TraversalRequest, r: string): string[] {
  const { since, until, datedOnly } = request.time;
  return [
    ...(request.reviewed === null ? [] : [reviewedCondition(r)]),
    ...(since === null && until === null && !datedOnly ? [] : [timeWindowOrUndated(r)]),
  ];
}

/** The parameters the hop conditions read. */
function hopParameters(request: TraversalRequest): Record<string, unknown> {
  return { symmetricTypes: SYMMETRIC_TYPES, reviewed: request.reviewed, ...request.time };
}

/** The start actor, up to $limit others within the hops, and the relations among them, up to $edgeLimit. */
export function neighborhoodQuery(actorId: string, request: TraversalRequest, limits: NeighborhoodLimits, fields: SubgraphFields): CypherQuery {
  return {
    cypher: `
MATCH (s:Actor {id: $actorId})
CALL (s) {
  // DISTINCT then LIMIT streams: the expansion stops once one more actor than the limit is found,
  // instead of reaching the whole graph from a hub first.
  OPTIONAL MATCH ${reach(request, 's', 'n:Actor')}
  WHERE n <> s
  WITH DISTINCT n LIMIT $limit + 1
  RETURN collect(n) AS others
}
WITH [s] + others[0..$limit] AS members, size(others) > $limit AS truncated
CALL (members) {
  // Each relation is found once, from its start node; members holds each actor once.
  UNWIND members AS a
  MATCH (a)-[rel${relationTypePattern(request.types ?? [])}]->(b:Actor)
  WHERE ${['b IN members', ...hopConditions(request, 'rel')].join(' AND ')}
  // Streams too: a hub's neighbours can share more relations than a drawing can show.
  WITH a, rel, b LIMIT $edgeLimit + 1
  RETURN collect(${subgraphEdgeTuple(fields, 'rel')}) AS relations
}
RETURN [a IN members | ${subgraphNodeTuple(fields)}] AS actors, relations[0..$edgeLimit] AS relations, truncated,
       size(relations) > $edgeLimit AS edgesTruncated`,
    params: { actorId, limit: limits.actors, edgeLimit: limits.edges, ...hopParameters(request) },
  };
}

/**
 * A time-respecting path, over the relationships `r` of its quantified pattern in path order: no
 * relation starts later than any relation after it ends, so the events can have happened in path
 * order ("could have", not "did"): there is a day in each relation's span with the days in order.
 * This includes the rule "each relation's start is not later than the next one's end", which alone
 * would let a long relation bridge back in time (2024, then an open `2003/..`, then 2011). Day keys
 * compare as strings; a partial date counts as its whole span, so relations whose spans overlap
 * may follow each other either way (one of `2021` and one of 2021-06-01); an open start counts as
 * before everything, an open end as after everything. Undated relations never get here (see
 * `pathsQuery`). A path has at most MAX_TRAVERSAL_DEPTH relations, so the pairs are few.
 */
export const TIME_RESPECTING =
  "all(i IN range(0, size(r) - 2) WHERE all(j IN range(i + 1, size(r) - 1) WHERE coalesce(r[i].timeStart, '') <= coalesce(r[j].timeEnd, '9999-12-31')))";

/** A simple path visits no actor twice; variable-length patterns only forbid repeated relationships. */
const SIMPLE_PATH = 'all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[(i + 1)..])';

/**
 * Up to $limit paths from $from to $to, shortest first, chosen by the selector.
 *
 * A time-respecting request follows dated relations only: an undated one has no place in a chain
 * of events. Its condition compares consecutive hops, which a quantified pattern's hop cannot see,
 * so it is a predicate over the whole path: for the SHORTEST selectors inside the parenthesised
 * pattern, where Neo4j applies it before choosing (the shortest time-respecting path may be longer
 * than the shortest path; filtering the shortest one afterwards would miss it); for simple paths
 * beside the simple-path check, before ORDER BY and LIMIT. Either way it is evaluated in the
 * database, never after the rows come back. What bounds the cost: a predicate on the whole path
 * keeps the search from dropping a second way to an actor already reached, so when no
 * time-respecting path exists the search may walk every trail of up to maxDepth hops over the
 * relations that pass the hop conditions (of the types, the direction, the window, and dated),
 * as `paths` does; the depth limit, the traversal bulkhead and the transaction timeout cap it.
 */
export function pathsQuery(from: string, to: string, request: PathRequest, selector: PathSelector, limit: number, fields: RowFields = WHOLE_ROWS): CypherQuery {
  const followed: TraversalRequest = request.timeRespecting ? { ...request, time: { ...request.time, datedOnly: true } } : request;
  const pattern = reach(followed, 'a', 'b');
  // One relation is always in time order; Neo4j 5.26 also refuses the parenthesised pattern of
  // ALL SHORTEST when its quantifier is {1,1}, so a one-hop request has no predicate to add.
  const inTimeOrder = request.timeRespecting && request.depth > 1;
  let match: string;
  if (selector === 'SIMPLE') match = `MATCH p = ${pattern}\nWHERE ${[SIMPLE_PATH, ...(inTimeOrder ? [TIME_RESPECTING] : [])].join(' AND ')}`;
  else if (plainReach(followed)) match = `MATCH p = ${selector === 'SHORTEST 1' ? 'shortestPath' : 'allShortestPaths'}(${pattern})`;
  else if (inTimeOrder) match = `MATCH p = ${selector} (${pattern} WHERE ${TIME_RESPECTING})`;
  else match = `MATCH p = ${selector} ${pattern}`;
  return {
    cypher: `
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
${match}
WITH p ORDER BY length(p) LIMIT $limit
RETURN [node IN nodes(p) | ${actorProjection('node', fields.actors)}] AS actors, [rel IN relationships(p) | ${relationProjection('rel', fields.relations)}] AS relations`,
    params: { from, to, limit, ...hopParameters(followed) },
  };
}

export async function neighborhood(
  runner: QueryRunner,
  actorId: string,
  request: TraversalRequest,
  limits: NeighborhoodLimits,
  fields: SubgraphFields,
): Promise<Neighborhood | null> {
  type Row = {
    actors: Parameters<typeof subgraphNodeRow>[0][];
    relations: Parameters<typeof subgraphEdgeRow>[0][];
    truncated: boolean;
    edgesTruncated: boolean;
  };
  const [row] = await runQuery<Row>(runner, neighborhoodQuery(actorId, request, limits, fields));
  return row ? { ...row, actors: row.actors.map(subgraphNodeRow), relations: row.relations.map(subgraphEdgeRow) } : null;
}

export function shortestPaths(runner: QueryRunner, from: string, to: string, request: PathRequest, all: boolean, limit: number, fields: RowFields): Promise<PathRow[]> {
  return runQuery<PathRow>(runner, pathsQuery(from, to, request, all ? 'ALL SHORTEST' : 'SHORTEST 1', limit, fields));
}

export function simplePaths(runner: QueryRunner, from: string, to: string, request: PathRequest, limit: number, fields: RowFields): Promise<PathRow[]> {
  return runQuery<PathRow>(runner, pathsQuery(from, to, request, 'SIMPLE', limit, fields));
}
