/**
 * Recomputes the whole-graph centrality and communities after a load (see
 * centrality.repository.ts for how). The loader calls this once, after a load has committed
 * (`writeSources`), so loads from files, the seeds and `ingestDocument` all pass here.
 *
 * A recomputation never fails the load that triggered it: the load's data is committed and is
 * what the caller asked for. A failure is logged and stays visible: the status keeps the old
 * `computedAt`, says `stale`, and records why.
 */
import { randomUUID } from 'node:crypto';
import { errorMessage } from '../errors/error-message';
import {
  countActors,
  dropProjection,
  hasGraphDataScience,
  markComputed,
  markStale,
  presentRelationTypes,
  projectGraph,
  writeBetweenness,
  writeCommunities,
  writePageRank,
} from '../graph/centrality.repository';
import { Database, QueryRunner } from '../neo4j/database';

export interface CentralityOptions {
  /** How many source actors the betweenness estimate starts from (GDS's samplingSize). */
  readonly betweennessSamples: number;
  /** Upper bound on each step (projection, each measure), which at a million relations take a while. */
  readonly timeoutMs: number;
  /**
   * Processors each measure takes in Neo4j; absent: GDS's default of 4. A recomputation after every
   * ingest must leave the reads a processor (CENTRALITY_CONCURRENCY).
   */
  readonly concurrency?: number;
}

/** GDS's own default, and the most its Community edition runs at. */
const GDS_DEFAULT_CONCURRENCY = 4;

export interface CentralityOutcome {
  readonly computed: boolean;
  readonly durationMs: number;
  /** Why nothing was computed; null when the measures were written. */
  readonly failure: string | null;
  readonly actors: number;
  readonly communities: number;
}

export const GDS_MISSING =
  'Neo4j Graph Data Science is not installed in this Neo4j (the local server and docker-compose.yml include it); whole-graph PageRank and betweenness are unavailable';

export async function refreshCentrality(database: Database, options: CentralityOptions, log: (line: string) => void): Promise<CentralityOutcome> {
  const started = Date.now();
  const outcome = (computed: boolean, failure: string | null, actors = 0, communities = 0): CentralityOutcome => ({
    computed,
    durationMs: Date.now() - started,
    failure,
    actors,
    communities,
  });
  try {
    if (!(await database.read(hasGraphDataScience))) {
      await database.write((runner) => markStale(runner, GDS_MISSING));
      log(`centrality: not recomputed: ${GDS_MISSING}`);
      return outcome(false, GDS_MISSING);
    }
    // Stale from now until the new measures are written, so a failure part-way leaves it so.
    await database.write((runner) => markStale(runner, null));
    const { actors, communities } = await computeAll(database, options);
    const durationMs = Date.now() - started;
    await database.write((runner) => markComputed(runner, durationMs));
    log(`centrality: PageRank, betweenness (${options.betweennessSamples} samples) and ${communities} communities of ${actors} actors recomputed in ${durationMs} ms`);
    return outcome(true, null, actors, communities);
  } catch (error) {
    const failure = `the recomputation failed: ${errorMessage(error).split('\n')[0]}`;
    log(`centrality: ${failure}; the measures stay as computed before and are marked stale`);
    try {
      await database.write((runner) => markStale(runner, failure));
    } catch (markError) {
      // The database itself is failing; the status already says stale, set before computing.
      log(`centrality: could not record the failure either: ${errorMessage(markError).split('\n')[0]}`);
    }
    return outcome(false, failure);
  }
}

async function computeAll(database: Database, options: CentralityOptions): Promise<{ actors: number; communities: number }> {
  const step = <T>(work: (runner: QueryRunner) => Promise<T>): Promise<T> => database.write(work, options.timeoutMs);
  const actors = await database.read(countActors);
  const types = await database.read(presentRelationTypes);
  // GDS cannot project a graph without relationship types; no relation means nothing to rank.
  if (actors === 0 || types.length === 0) return { actors, communities: actors };
  // A name of its own: two recomputations at once must not share or drop each other's projection.
  const graphName = `actorgraph-centrality-${randomUUID()}`;
  await step((runner) => projectGraph(runner, graphName, types));
  try {
    const concurrency = options.concurrency ?? GDS_DEFAULT_CONCURRENCY;
    await step((runner) => writePageRank(runner, graphName, concurrency));
    // GDS refuses a sample larger than the graph.
    await step((runner) => writeBetweenness(runner, graphName, Math.min(options.betweennessSamples, actors), concurrency));
    const communities = await step((runner) => writeCommunities(runner, graphName, concurrency));
    return { actors, communities };
  } finally {
    await step((runner) => dropProjection(runner, graphName));
  }
}
