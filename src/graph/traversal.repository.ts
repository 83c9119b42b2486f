/**
 * Traversals over native relationships: the k-hop neighbourhood of an actor, shortest paths and
 * simple paths between two actors.
 *
 * They use quantified path patterns, `(x)-[r]-(y) WHERE <direction>){1,n}`, so that a direction
 * applies hop by hop while symmetric relations are followed either way. The hop bound cannot be a
 * parameter; `hopBound` lets only a checked whole number into the text.
 */
import { QueryRunner } from '../neo4j/database';
import { actorProjection, DIRECTION_PREDICATE, hopBound, PathRow, relationProjection, RelationRow, ActorRow, SYMMETRIC_TYPES } from './read-models';
import { Direction, RelationType, relationTypePattern } from './vocabulary';

export interface TraversalRequest {
  readonly types: readonly RelationType[] | null;
  readonly direction: Direction;
  readonly depth: number;
  /** The configured maximum the depth is checked against. */
  readonly maxDepth: number;
}

export interface Neighborhood {
  readonly actors: ActorRow[];
  readonly relations: RelationRow[];
  /** True when more actors were reached than the limit let in. */
  readonly truncated: boolean;
}

function hop(request: TraversalRequest): string {
  return `((x)-[r${relationTypePattern(request.types ?? [])}]-(y:Actor) WHERE ${DIRECTION_PREDICATE[request.direction]})${hopBound(request.depth, request.maxDepth)}`;
}

/** The start actor, up to $limit others within the hops, and every relation among them. */
function neighborhoodQuery(request: TraversalRequest): string {
  return `
MATCH (s:Actor {id: $actorId})
OPTIONAL MATCH (s)${hop(request)}(n:Actor)
WITH s, collect(DISTINCT n) AS reached
WITH s, [n IN reached WHERE n <> s] AS others
WITH [s] + others[0..$limit] AS members, size(others) > $limit AS truncated
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[rel${relationTypePattern(request.types ?? [])}]->(b:Actor)
  WHERE b IN members
  RETURN collect(DISTINCT ${relationProjection('rel')}) AS relations
}
RETURN [a IN members | ${actorProjection('a')}] AS actors, relations, truncated`;
}

function pathsQuery(request: TraversalRequest, selector: 'SHORTEST 1' | 'ALL SHORTEST' | 'SIMPLE'): string {
  const select = selector === 'SIMPLE' ? '' : `${selector} `;
  // A simple path visits no actor twice; quantified paths only forbid repeated relationships.
  const simple =
    selector === 'SIMPLE' ? 'WHERE all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[(i + 1)..])' : '';
  return `
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = ${select}(a)${hop(request)}(b)
${simple}
WITH p ORDER BY length(p) LIMIT $limit
RETURN [node IN nodes(p) | ${actorProjection('node')}] AS actors, [rel IN relationships(p) | ${relationProjection('rel')}] AS relations`;
}

export async function neighborhood(runner: QueryRunner, actorId: string, request: TraversalRequest, limit: number): Promise<Neighborhood | null> {
  const [row] = await runner.run<{ actors: ActorRow[]; relations: RelationRow[]; truncated: boolean }>(neighborhoodQuery(request), {
    actorId,
    limit,
    symmetricTypes: SYMMETRIC_TYPES,
  });
  return row ?? null;
}

export async function shortestPaths(
  runner: QueryRunner,
  from: string,
  to: string,
  request: TraversalRequest,
  all: boolean,
  limit: number,
): Promise<PathRow[]> {
  return runner.run<{ actors: ActorRow[]; relations: RelationRow[] }>(pathsQuery(request, all ? 'ALL SHORTEST' : 'SHORTEST 1'), {
    from,
    to,
    limit,
    symmetricTypes: SYMMETRIC_TYPES,
  });
}

export async function simplePaths(runner: QueryRunner, from: string, to: string, request: TraversalRequest, limit: number): Promise<PathRow[]> {
  return runner.run<{ actors: ActorRow[]; relations: RelationRow[] }>(pathsQuery(request, 'SIMPLE'), {
    from,
    to,
    limit,
    symmetricTypes: SYMMETRIC_TYPES,
  });
}
