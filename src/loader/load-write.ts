/**
 * The write pass: streams the validated sources a second time and sends batches of `batchSize`
 * records through the repository, in one transaction or staged (load-staging.ts), then reports
 * what the load wrote and triggers the centrality recomputation.
 */
import { DEFAULT_MAX_DOCUMENT_CHARS } from '../config/annotation-limits';
import { actorRedirects } from '../graph/actor-merge.repository';
import { ActorRedirects, redirectActor, redirectRelation } from '../graph/actor-redirect';
import { ActorRecord, DocumentRecord, RelationRecord, ReviewStamp } from '../graph/domain';
import { refreshDegrees } from '../graph/degree.repository';
import { ActorFactConflictError, ActorWriteCounts, DegreeRefresh, DocumentTextChangedError, StoredListLimitError, upsertActors, upsertDocument, upsertRelations } from '../graph/ingest.repository';
import { Database } from '../neo4j/database';
import { loadRelationsWritten, loadsRunning } from '../metrics/metrics';
import { AnnotationSource, isObject } from './annotation-source';
import { Problem, readActor, readDocument, readRelation } from './annotation.validate';
import { refreshCentrality } from './centrality-refresh';
import { conflictProblems, storedLimitProblems } from './load-errors';
import { DEFAULT_ABANDONED_AFTER_MS, DEFAULT_BATCH_SIZE, DEFAULT_STAGED_ABOVE, LoadOptions } from './load-options';
import { BatchRunner, ReadWritten, WriteBatches, writeInOneTransaction, writeStaged } from './load-staging';
import { describeSummary, LoadSummary, loadSummary, readGraphCounts, readWrittenLoad, WriteTotals, WrittenLoad } from './load-summary';
import { progressReporter } from './progress';
import { ValidationReport } from './load-validation';
import { eventLoopTurns } from '../runtime/event-loop-turns';

/** Writes validated sources: in one transaction, or staged when there are more than `stagedAbove` relations. */
export async function writeSources(
  database: Database,
  sources: readonly AnnotationSource[],
  report: ValidationReport,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  loadsRunning.inc();
  try {
    return await writeValidated(database, sources, report, options);
  } finally {
    loadsRunning.dec();
  }
}

async function writeValidated(database: Database, sources: readonly AnnotationSource[], report: ValidationReport, options: LoadOptions): Promise<LoadSummary> {
  const started = Date.now();
  const log = options.log ?? ((): void => undefined);
  const guard = { abandonedAfterMs: options.abandonedAfterMs ?? DEFAULT_ABANDONED_AFTER_MS, log };
  const loadedActorIds = new Set<string>();
  const write: WriteBatches = (loadId, batch) => writeAll(sources, report, options, loadedActorIds, loadId, batch);
  const read: ReadWritten = (runner, totals) => readWrittenLoad(runner, totals, loadedActorIds);

  let stagedLoadId: string | null = null;
  let written: WrittenLoad;
  if (options.withinTransaction !== undefined || report.relations <= (options.stagedAbove ?? DEFAULT_STAGED_ABOVE)) {
    written = await writeInOneTransaction(database, guard, options.transactionTimeoutMs, write, read, options.withinTransaction);
  } else {
    ({ loadId: stagedLoadId, written } = await writeStaged(database, report.relations, guard, options.transactionTimeoutMs, write, read));
  }

  const result = loadSummary(written, await readGraphCounts(database), sources.length, Date.now() - started, stagedLoadId);
  for (const line of describeSummary(result)) log(line);
  // The one place where loads trigger the recomputation; it logs its own failure and never throws.
  if (options.centrality) await refreshCentrality(database, options.centrality, log);
  return result;
}

async function writeAll(
  sources: readonly AnnotationSource[],
  report: ValidationReport,
  options: LoadOptions,
  loadedActorIds: Set<string>,
  loadId: string | null,
  batch: BatchRunner,
): Promise<WriteTotals> {
  const baseDir = options.baseDir ?? ((): null => null);
  const progress = progressReporter(report.relations, 'relations', 'wrote', options.log ?? ((): void => undefined));
  const totals: WriteTotals = { documents: 0, actorsCreated: 0, actorsTotal: 0, relationsCreated: 0, relationsTotal: 0, evidence: 0, keptDescriptions: [] };
  // Read once: merges are made through the API, and a load holds the load lock while it writes.
  const redirects = await batch(actorRedirects);
  // In one transaction the degrees are recounted once, before the commit; a staged load's batches
  // commit one by one, and each leaves the degrees right.
  const degrees: DegreeRefresh = loadId === null ? new Set<string>() : 'now';
  for (const source of sources) {
    const reading = { baseDir: baseDir(source), maxDocumentChars: options.maxDocumentChars ?? DEFAULT_MAX_DOCUMENT_CHARS, reviewer: options.reviewer ?? null, redirects, degrees };
    await writeSource(batch, loadId, source, reading, options.batchSize ?? DEFAULT_BATCH_SIZE, {
      document: () => (totals.documents += 1),
      actors: (counts, actors) => {
        totals.actorsCreated += counts.created;
        totals.actorsTotal += counts.total;
        totals.keptDescriptions.push(...counts.keptDescriptions);
        totals.evidence += actors.reduce((sum, actor) => sum + actor.evidence.length, 0);
        for (const actor of actors) loadedActorIds.add(actor.id);
      },
      relations: (counts, relations) => {
        totals.relationsCreated += counts.created;
        totals.relationsTotal += counts.total;
        loadRelationsWritten.inc(counts.total);
        totals.evidence += relations.reduce((sum, relation) => sum + relation.evidence.length, 0);
        progress(totals.relationsTotal);
      },
    });
  }
  if (degrees !== 'now') await batch((runner) => refreshDegrees(runner, degrees));
  return totals;
}

interface WriteListener {
  document(): void;
  actors(counts: ActorWriteCounts, actors: readonly ActorRecord[]): void;
  relations(counts: { created: number; total: number }, relations: readonly RelationRecord[]): void;
}

/**
 * Streams one validated source into the graph, batch by batch, in file order. In one transaction
 * (no load id) a batch is written while the next is read, so that the database's work and the
 * reading (parsing, checking, making ids) overlap instead of taking turns: nothing commits before
 * the end, so the overlap cannot change what a failure leaves. A staged load commits each batch,
 * and it still writes a batch to the end before it reads on: a load cut off while reading has then
 * committed exactly the batches before the cut, and its undo never races a batch in flight.
 */
async function writeSource(
  batch: BatchRunner,
  loadId: string | null,
  source: AnnotationSource,
  reading: { readonly baseDir: string | null; readonly maxDocumentChars: number; readonly reviewer: ReviewStamp | null; readonly redirects: ActorRedirects; readonly degrees: DegreeRefresh },
  batchSize: number,
  listener: WriteListener,
): Promise<void> {
  const unexpected = (problem: Problem): never => {
    throw new Error(`${source.file}: ${problem.path}: ${problem.message} (the file changed after validation)`);
  };
  const problems: Problem[] = [];
  let document: DocumentRecord | null = null;
  let actors: ActorRecord[] = [];
  /** Where each actor of the batch being written stands, for conflicts the database reports. */
  let actorPaths = new Map<string, string>();
  let relations: RelationRecord[] = [];
  const actorIds = new Set<string>();
  const overlap = loadId === null;
  /** The batch being written while the next is read; the next one is sent only once it is done, so that they keep their order. */
  let writing: Promise<void> = Promise.resolve();
  const send = async (write: () => Promise<void>): Promise<void> => {
    await writing;
    if (!overlap) return write();
    writing = write();
    // Its failure is thrown where the next batch (or the end of the file) waits for it; until then it is not unhandled.
    writing.catch(() => undefined);
  };
  const flushActors = async (): Promise<void> => {
    if (actors.length === 0) return;
    const written = actors;
    const paths = actorPaths;
    const id = document!.id;
    actors = [];
    actorPaths = new Map();
    await send(async () => listener.actors(await refuseConflicts(batch((runner) => upsertActors(runner, id, written, loadId)), (actorId, field) => `${paths.get(actorId)}.${field}`), written));
  };
  const refuseConflicts = async <T>(write: Promise<T>, pathOf: (id: string, field: string) => string): Promise<T> => {
    try {
      return await write;
    } catch (error) {
      if (error instanceof DocumentTextChangedError || error instanceof ActorFactConflictError) {
        throw conflictProblems(error, (id, field) => `${source.file}: ${pathOf(id, field)}`);
      }
      if (error instanceof StoredListLimitError) throw storedLimitProblems(error, (id, field) => `${source.file}: ${pathOf(id, field)}`);
      throw error;
    }
  };
  const flushRelations = async (): Promise<void> => {
    if (relations.length === 0) return;
    const written = relations;
    const id = document!.id;
    relations = [];
    await send(async () => listener.relations(await batch((runner) => upsertRelations(runner, id, written, loadId, reading.degrees)), written));
  };
  const readAndSend = async (): Promise<void> => {
    const turn = eventLoopTurns();
    for await (const record of source.records(unexpected)) {
      await turn();
      if (record.kind === 'document') {
        document = readDocument(record.value, record.path, reading.baseDir, problems, reading.maxDocumentChars);
        const read = document;
        const textField = isObject(record.value) && record.value.textFile !== undefined ? 'textFile' : 'text';
        const path = `${record.path}.${textField}`;
        if (read) await send(() => refuseConflicts(batch((runner) => upsertDocument(runner, read, loadId)), () => path));
        listener.document();
      } else if (record.kind === 'actor') {
        const read = readActor(record.value, record.path, document!, problems, reading.reviewer);
        if (read) {
          // The document's relations name the id it declares; what is written is the actor that id names now.
          actorIds.add(read.id);
          const actor = redirectActor(read, reading.redirects);
          actors.push(actor);
          actorPaths.set(actor.id, record.path);
        }
        if (actors.length >= batchSize) await flushActors();
      } else {
        await flushActors();
        const read = readRelation(record.value, record.path, document!, (id) => actorIds.has(id), problems, undefined, reading.reviewer);
        const relation = read === null ? null : redirectRelation(read, reading.redirects);
        if (relation) relations.push(relation);
        if (relations.length >= batchSize) await flushRelations();
      }
      if (problems.length > 0) unexpected(problems[0]);
    }
    await flushActors();
    await flushRelations();
  };
  try {
    await readAndSend();
  } catch (error) {
    // The batch being written comes before the failure in file order: it finishes first, and if it
    // fails too, its failure is the one thrown, as when the reading waited for it.
    await writing;
    throw error;
  }
  await writing;
}
