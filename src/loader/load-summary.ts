/**
 * What a load reports when it has committed: what it wrote, what the graph holds now, the actors
 * of this load that share a name or alias with another actor, and the descriptions it gave actors
 * that already had another (kept out, see ingest.repository.ts).
 */
import { countGraph, findPossibleDuplicates, GraphCounts, KeptDescription, PossibleDuplicate } from '../graph/ingest.repository';
import { Database, QueryRunner } from '../neo4j/database';

export interface LoadSummary {
  readonly files: number;
  readonly documents: number;
  readonly actors: { readonly created: number; readonly updated: number };
  readonly relations: { readonly created: number; readonly updated: number };
  readonly evidence: number;
  /** Names or aliases that actors of this load share with other actors. */
  readonly possibleDuplicates: readonly PossibleDuplicate[];
  /** Descriptions this load gave actors that already had another: not stored. */
  readonly keptDescriptions: readonly KeptDescription[];
  readonly graph: GraphCounts;
  readonly durationMs: number;
  /** The journal id of a staged load; null for a load in one transaction. */
  readonly stagedLoadId: string | null;
}

/** What the write pass counted. */
export interface WriteTotals {
  documents: number;
  actorsCreated: number;
  actorsTotal: number;
  relationsCreated: number;
  relationsTotal: number;
  evidence: number;
  keptDescriptions: KeptDescription[];
}

/** The write pass's counts and the possible duplicates it made. */
export interface WrittenLoad {
  readonly totals: WriteTotals;
  readonly duplicates: PossibleDuplicate[];
}

/** Reads the possible duplicates that involve an actor of this load, in the load's transaction. */
export async function readWrittenLoad(runner: QueryRunner, totals: WriteTotals, loadedActorIds: ReadonlySet<string>): Promise<WrittenLoad> {
  const duplicates = (await findPossibleDuplicates(runner)).filter((duplicate) => duplicate.actorIds.some((id) => loadedActorIds.has(id)));
  return { totals, duplicates };
}

/**
 * What the graph holds once the load has committed: read after the commit, when each count is a
 * lookup (see ingest.repository.ts); in the load's transaction each also walked what the load wrote.
 */
export function readGraphCounts(database: Database): Promise<GraphCounts> {
  return database.read(countGraph);
}

export function loadSummary(written: WrittenLoad, graph: GraphCounts, files: number, durationMs: number, stagedLoadId: string | null): LoadSummary {
  const { totals } = written;
  return {
    files,
    documents: totals.documents,
    actors: { created: totals.actorsCreated, updated: totals.actorsTotal - totals.actorsCreated },
    relations: { created: totals.relationsCreated, updated: totals.relationsTotal - totals.relationsCreated },
    evidence: totals.evidence,
    possibleDuplicates: written.duplicates,
    keptDescriptions: totals.keptDescriptions,
    graph,
    durationMs,
    stagedLoadId,
  };
}

export function describeSummary(summary: LoadSummary): string[] {
  const lines = [
    `loaded ${summary.documents} document(s) from ${summary.files} file(s) in ${(summary.durationMs / 1000).toFixed(1)} s: ` +
      `actors ${summary.actors.created} created, ${summary.actors.updated} updated; ` +
      `relations ${summary.relations.created} created, ${summary.relations.updated} updated; ${summary.evidence} quotes`,
    `the graph now holds ${summary.graph.documents} document(s), ${summary.graph.actors} actor(s), ` +
      `${summary.graph.relations} relation(s), ${summary.graph.evidence} quote(s)`,
  ];
  for (const duplicate of summary.possibleDuplicates) {
    lines.push(`possible duplicate: actors ${duplicate.actorIds.join(', ')} share the name or alias '${duplicate.name}'`);
  }
  for (const kept of summary.keptDescriptions) {
    const shown = kept.given.length > 80 ? `${kept.given.slice(0, 80)}...` : kept.given;
    lines.push(`description kept: actor '${kept.actorId}' keeps its first description; this load's was not stored: ${JSON.stringify(shown)}`);
  }
  return lines;
}
