/**
 * Traversals over native relationships: the k-hop neighbourhood of an actor, shortest paths and
 * simple paths between two actors.
 *
 * Without a direction they use plain variable-length patterns; with one, quantified path patterns,
 * `((x)-[r]-(y) WHERE <direction>){1,n}`, so that the direction applies hop by hop while symmetric
 * relations are followed either way. The hop bound cannot be a parameter; `hopBound` lets only a
 * checked whole number into the text.
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

export interface TraversalRequest {
  readonly types: readonly RelationType[] | null;
  readonly direction: Direction;
  readonly depth: number;
  /** The configured maximum the depth is checked against. */
  readonly maxDepth: number;
  /** True follows reviewed relations only, false only those still proposed, null all. */
  readonly reviewed: boolean | null;
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
 * The pattern from `from` to `to` within the hops. Both ways, a plain variable-length pattern,
 * which Neo4j expands breadth-first and prunes (and solves shortest paths bidirectionally); with a
 * direction, a quantified path whose every hop checks it.
 */
export function reach(request: TraversalRequest, from: string, to: string): string {
  const types = relationTypePattern(request.types ?? []);
  const bound = hopBound(request.depth, request.maxDepth);
  if (plainReach(request)) return `(${from})-[${types}*1..${request.depth}]-(${to})`;
  return `(${from})((x)-[r${types}]-(y:Actor) WHERE ${DIRECTION_PREDICATE[request.direction]}${reviewedFilter(request, 'r')})${bound}(${to})`;
}

/** A plain variable-length pattern serves a traversal only when no hop has a condition. */
function plainReach(request: TraversalRequest): boolean {
  return request.direction === 'BOTH' && request.reviewed === null;
}

/** The review condition on a hop, when the request has one. */
function reviewedFilter(request: TraversalRequest, relationship: string): string {
  return request.reviewed === null ? '' : ` AND ${reviewedCondition(relationship)}`;
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
  WHERE b IN members${reviewedFilter(request, 'rel')}
  // Streams too: a hub's neighbours can share more relations than a drawing can show.
  WITH a, rel, b LIMIT $edgeLimit + 1
  RETURN collect(${subgraphEdgeTuple(fields, 'rel')}) AS relations
}
RETURN [a IN members | ${subgraphNodeTuple(fields)}] AS actors, relations[0..$edgeLimit] AS relations, truncated,
       size(relations) > $edgeLimit AS edgesTruncated`,
    params: { actorId, limit: limits.actors, edgeLimit: limits.edges, symmetricTypes: SYMMETRIC_TYPES, reviewed: request.reviewed },
  };
}

/** Up to $limit paths from $from to $to, shortest first, chosen by the selector. */
export function pathsQuery(from: string, to: string, request: TraversalRequest, selector: PathSelector, limit: number, fields: RowFields = WHOLE_ROWS): CypherQuery {
  // A simple path visits no actor twice; variable-length patterns only forbid repeated relationships.
  const simple = 'WHERE all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[(i + 1)..])';
  let match: string;
  if (selector === 'SIMPLE') match = `MATCH p = ${reach(request, 'a', 'b')}\n${simple}`;
  else if (plainReach(request)) match = `MATCH p = ${selector === 'SHORTEST 1' ? 'shortestPath' : 'allShortestPaths'}(${reach(request, 'a', 'b')})`;
  else match = `MATCH p = ${selector} ${reach(request, 'a', 'b')}`;
  return {
    cypher: `
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
${match}
WITH p ORDER BY length(p) LIMIT $limit
RETURN [node IN nodes(p) | ${actorProjection('node', fields.actors)}] AS actors, [rel IN relationships(p) | ${relationProjection('rel', fields.relations)}] AS relations`,
    params: { from, to, limit, symmetricTypes: SYMMETRIC_TYPES, reviewed: request.reviewed },
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

export function shortestPaths(runner: QueryRunner, from: string, to: string, request: TraversalRequest, all: boolean, limit: number, fields: RowFields): Promise<PathRow[]> {
  return runQuery<PathRow>(runner, pathsQuery(from, to, request, all ? 'ALL SHORTEST' : 'SHORTEST 1', limit, fields));
}

export function simplePaths(runner: QueryRunner, from: string, to: string, request: TraversalRequest, limit: number, fields: RowFields): Promise<PathRow[]> {
  return runQuery<PathRow>(runner, pathsQuery(from, to, request, 'SIMPLE', limit, fields));
}
