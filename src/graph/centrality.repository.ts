/**
 * Whole-graph centrality and communities, computed where they scale: by Neo4j Graph Data Science
 * (GDS) on the database's side, over an in-memory projection of the actors and their relations,
 * and written back as actor properties (`pageRank`, `betweenness`, `community`) that an index
 * orders. A query then reads the top of an index; it never computes a measure.
 *
 * The projection is undirected, like the subgraph measures (see subgraph-measures.ts): a relation
 * counts for both its actors whatever its direction, and parallel relations count once each.
 * Betweenness is estimated from a sample of source actors (GDS's `samplingSize`): exact
 * betweenness costs one traversal of the whole graph per actor.
 *
 * One `(:Analytics {id: 'centrality'})` node says when the measures were computed and whether they
 * are stale (the graph changed since, or the last computation failed, with why).
 */
import { QueryRunner } from '../neo4j/database';
import { CypherQuery, runQuery } from './cypher-query';
import { ACTOR_FIELDS, ActorField, actorProjection, DEGREE_PROPERTY, PartialActorRow } from './read-models';
import { RELATION_TYPE_NAMES } from './vocabulary';

export type CentralityMeasure = 'DEGREE' | 'PAGERANK' | 'BETWEENNESS';

export interface CentralActorRow {
  /** With the fields the ranking was asked for. */
  readonly actor: PartialActorRow;
  readonly score: number;
}

export interface CentralityStatusRow {
  /** ISO 8601; null when the measures were never computed. */
  readonly computedAt: string | null;
  readonly stale: boolean;
  /** Why the last computation did not happen or failed; null when it succeeded. */
  readonly failure: string | null;
  readonly durationMs: number | null;
}

/**
 * The actor property each measure is read from: PageRank and betweenness as the last recomputation
 * wrote them, the degree as every write keeps it (see degree.repository.ts).
 */
export const MEASURE_PROPERTIES = { PAGERANK: 'pageRank', BETWEENNESS: 'betweenness', DEGREE: DEGREE_PROPERTY } as const;
export const COMMUNITY_PROPERTY = 'community';

/** The GDS procedures a computation calls; a Neo4j without them gets ANALYTICS_UNAVAILABLE. */
export const GDS_PROCEDURES = ['gds.graph.project', 'gds.graph.drop', 'gds.pageRank.write', 'gds.betweenness.write', 'gds.louvain.write'];

const STATUS_ID = 'centrality';
/** PageRank's damping factor, as in NetworkX and the subgraph measures. */
const DAMPING = 0.85;
/** Fixed so that the sampled betweenness is the same for the same graph. */
const SAMPLING_SEED = 42;

/** How many of the procedures GDS needs this Neo4j has. */
const GDS_PROCEDURE_COUNT = 'SHOW PROCEDURES YIELD name WHERE name IN $names RETURN count(name) AS found';

/** The vocabulary's relation types that occur in the graph: GDS refuses to project an absent type. */
const PRESENT_RELATION_TYPES = `
CALL db.relationshipTypes() YIELD relationshipType
WITH relationshipType WHERE relationshipType IN $vocabulary
RETURN collect(relationshipType) AS types`;

const COUNT_ACTORS = 'MATCH (a:Actor) RETURN count(a) AS actors';

/** Actors and the given relation types, every relation both ways, in GDS's memory under $graphName. */
const PROJECT = `
CALL gds.graph.project($graphName, 'Actor', $relationships)
YIELD nodeCount, relationshipCount
RETURN nodeCount, relationshipCount`;

/** GDS stops after 20 iterations by default, short of convergence; 100 costs little more. */
const PAGERANK = `
CALL gds.pageRank.write($graphName, { writeProperty: '${MEASURE_PROPERTIES.PAGERANK}', dampingFactor: ${DAMPING}, maxIterations: 100, tolerance: 1e-7, scaler: 'L1Norm', concurrency: $concurrency })
YIELD nodePropertiesWritten
RETURN nodePropertiesWritten`;

const BETWEENNESS = `
CALL gds.betweenness.write($graphName, { writeProperty: '${MEASURE_PROPERTIES.BETWEENNESS}', samplingSize: $samplingSize, samplingSeed: ${SAMPLING_SEED}, concurrency: $concurrency })
YIELD nodePropertiesWritten
RETURN nodePropertiesWritten`;

const LOUVAIN = `
CALL gds.louvain.write($graphName, { writeProperty: '${COMMUNITY_PROPERTY}', concurrency: $concurrency })
YIELD communityCount
RETURN communityCount`;

/** Frees the projection's memory; false: no error when it is already gone. */
const DROP = 'CALL gds.graph.drop($graphName, false) YIELD graphName RETURN graphName';

const MARK_STALE = `
MERGE (m:Analytics {id: $id})
SET m.stale = true, m.failure = $failure`;

const MARK_COMPUTED = `
MERGE (m:Analytics {id: $id})
SET m.computedAt = datetime(), m.stale = false, m.failure = null, m.durationMs = $durationMs`;

const STATUS = `
OPTIONAL MATCH (m:Analytics {id: $id})
RETURN toString(m.computedAt) AS computedAt, coalesce(m.stale, true) AS stale, m.failure AS failure, m.durationMs AS durationMs`;

/**
 * The actors with the highest score of `measure`, highest first, ties by id: the top of the index
 * on the measure's property (the IS NOT NULL lets the index give the order). The property name comes
 * from a closed map, never from the request.
 */
export function mostCentralQuery(measure: CentralityMeasure, limit: number, fields: readonly ActorField[] = ACTOR_FIELDS): CypherQuery {
  const property = MEASURE_PROPERTIES[measure];
  return {
    cypher: `
MATCH (a:Actor) WHERE a.${property} IS NOT NULL
WITH a ORDER BY a.${property} DESC, a.id LIMIT $limit
RETURN ${actorProjection('a', fields)} AS actor, a.${property} AS score`,
    params: { limit },
  };
}

/** The relationship projection of GDS for the given types: each one undirected. */
export function relationshipProjection(types: readonly string[]): Record<string, { type: string; orientation: 'UNDIRECTED' }> {
  return Object.fromEntries(types.map((type) => [type, { type, orientation: 'UNDIRECTED' }]));
}

export async function mostCentral(runner: QueryRunner, measure: CentralityMeasure, limit: number, fields: readonly ActorField[]): Promise<CentralActorRow[]> {
  const rows = await runQuery<{ actor: PartialActorRow; score: number }>(runner, mostCentralQuery(measure, limit, fields));
  return rows.map((row) => ({ actor: row.actor, score: Number(row.score) }));
}

export function gdsProcedureCountQuery(): CypherQuery {
  return { cypher: GDS_PROCEDURE_COUNT, params: { names: GDS_PROCEDURES } };
}

export async function hasGraphDataScience(runner: QueryRunner): Promise<boolean> {
  const [row] = await runQuery<{ found: number }>(runner, gdsProcedureCountQuery());
  return Number(row.found) === GDS_PROCEDURES.length;
}

export function presentRelationTypesQuery(): CypherQuery {
  return { cypher: PRESENT_RELATION_TYPES, params: { vocabulary: RELATION_TYPE_NAMES } };
}

export async function presentRelationTypes(runner: QueryRunner): Promise<string[]> {
  const [row] = await runQuery<{ types: string[] }>(runner, presentRelationTypesQuery());
  return row.types;
}

export function countActorsQuery(): CypherQuery {
  return { cypher: COUNT_ACTORS, params: {} };
}

export async function countActors(runner: QueryRunner): Promise<number> {
  const [row] = await runQuery<{ actors: number }>(runner, countActorsQuery());
  return Number(row.actors);
}

export function projectGraphQuery(graphName: string, types: readonly string[]): CypherQuery {
  return { cypher: PROJECT, params: { graphName, relationships: relationshipProjection(types) } };
}

export async function projectGraph(runner: QueryRunner, graphName: string, types: readonly string[]): Promise<{ nodes: number; relationships: number }> {
  const [row] = await runQuery<{ nodeCount: number; relationshipCount: number }>(runner, projectGraphQuery(graphName, types));
  return { nodes: Number(row.nodeCount), relationships: Number(row.relationshipCount) };
}

/** `concurrency`: the processors each measure takes in Neo4j (see CENTRALITY_CONCURRENCY). */
export function pageRankQuery(graphName: string, concurrency: number): CypherQuery {
  return { cypher: PAGERANK, params: { graphName, concurrency } };
}

export async function writePageRank(runner: QueryRunner, graphName: string, concurrency: number): Promise<void> {
  await runQuery(runner, pageRankQuery(graphName, concurrency));
}

export function betweennessQuery(graphName: string, samplingSize: number, concurrency: number): CypherQuery {
  return { cypher: BETWEENNESS, params: { graphName, samplingSize, concurrency } };
}

export async function writeBetweenness(runner: QueryRunner, graphName: string, samplingSize: number, concurrency: number): Promise<void> {
  await runQuery(runner, betweennessQuery(graphName, samplingSize, concurrency));
}

export function louvainQuery(graphName: string, concurrency: number): CypherQuery {
  return { cypher: LOUVAIN, params: { graphName, concurrency } };
}

export async function writeCommunities(runner: QueryRunner, graphName: string, concurrency: number): Promise<number> {
  const [row] = await runQuery<{ communityCount: number }>(runner, louvainQuery(graphName, concurrency));
  return Number(row.communityCount);
}

export function dropProjectionQuery(graphName: string): CypherQuery {
  return { cypher: DROP, params: { graphName } };
}

export async function dropProjection(runner: QueryRunner, graphName: string): Promise<void> {
  await runQuery(runner, dropProjectionQuery(graphName));
}

export function markStaleQuery(failure: string | null): CypherQuery {
  return { cypher: MARK_STALE, params: { id: STATUS_ID, failure } };
}

export async function markStale(runner: QueryRunner, failure: string | null): Promise<void> {
  await runQuery(runner, markStaleQuery(failure));
}

export function markComputedQuery(durationMs: number): CypherQuery {
  return { cypher: MARK_COMPUTED, params: { id: STATUS_ID, durationMs } };
}

export async function markComputed(runner: QueryRunner, durationMs: number): Promise<void> {
  await runQuery(runner, markComputedQuery(durationMs));
}

export function centralityStatusQuery(): CypherQuery {
  return { cypher: STATUS, params: { id: STATUS_ID } };
}

export async function centralityStatus(runner: QueryRunner): Promise<CentralityStatusRow> {
  const [row] = await runQuery<{ computedAt: string | null; stale: boolean; failure: string | null; durationMs: number | null }>(runner, centralityStatusQuery());
  return { ...row, durationMs: row.durationMs === null ? null : Number(row.durationMs) };
}
