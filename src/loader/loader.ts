/**
 * Loads annotated documents into the graph: validate everything, then write everything, or write
 * nothing.
 *
 * Files are streamed twice: a validation pass that keeps only ids (so a file of a million
 * relations never sits in memory), then a writing pass that sends batches of `batchSize` records
 * through the repository. Up to `stagedAbove` relations are written in one transaction, which a
 * killed or failed load leaves as it was (Neo4j rolls back a transaction whose client is gone).
 * Larger loads would not fit in Neo4j's transaction memory; they are staged: each batch commits,
 * with a journal from which a failed load undoes itself at once and a killed one is undone by the
 * next load (see load-guard.ts).
 */
import { DEFAULT_MAX_DOCUMENT_CHARS, LIST_ENTRIES } from '../config/annotation-limits';
import { ActorRecord, DocumentRecord, RelationRecord } from '../graph/domain';
import {
  ActorFactConflictError,
  ActorWriteCounts,
  countGraph,
  DocumentTextChangedError,
  findPossibleDuplicates,
  GraphCounts,
  KeptDescription,
  PossibleDuplicate,
  upsertActors,
  upsertDocument,
  upsertRelations,
} from '../graph/ingest.repository';
import { heartbeat, setLoadStatus, undoLoad, forgetCompletedLoads } from '../graph/load-journal.repository';
import { Neo4jError } from 'neo4j-driver';
import { Database, QueryRunner } from '../neo4j/database';
import { AnnotationSource, findAnnotationFiles, isObject, openSource } from './annotation-source';
import { documentBaseDir, Problem, proposedItem, readActor, readDocument, readRelation } from './annotation.validate';
import { errorMessage } from '../errors/error-message';
import { CodedError } from '../errors/coded-error';
import { ERROR_CODES, ErrorCode } from '../errors/error-codes';
import { loadRelationsWritten, loadsRunning } from '../metrics/metrics';
import { Config } from '../config/config';
import { progressReporter } from './progress';
import { beginStagedLoad, lockForLoad, undoAbandonedLoads } from './load-guard';
import { CentralityOptions, refreshCentrality } from './centrality-refresh';

export interface LoadOptions {
  readonly batchSize?: number;
  readonly transactionTimeoutMs?: number;
  /** Loads of more relations than this are staged (committed batch by batch, with a journal). */
  readonly stagedAbove?: number;
  /** A staged load without progress for this long is taken for dead and undone. */
  readonly abandonedAfterMs?: number;
  /** Progress and summary lines; silent when absent. */
  readonly log?: (line: string) => void;
  /** Recompute the whole-graph centrality once the load has committed; absent: do not. */
  readonly centrality?: CentralityOptions;
  /** Where a `textFile` is resolved from; null refuses `textFile` (documents from the API). */
  readonly baseDir?: (source: AnnotationSource) => string | null;
  /** The longest document text accepted, in UTF-16 code units (MAX_DOCUMENT_CHARS). */
  readonly maxDocumentChars?: number;
  /**
   * Loads items still marked `"review": "proposed"` (drafts of the extraction rules), as
   * unreviewed; without it a file holding any is refused, each named.
   */
  readonly acceptProposed?: boolean;
}

export interface LoadSummary {
  readonly files: number;
  readonly documents: number;
  readonly actors: { readonly created: number; readonly updated: number };
  readonly relations: { readonly created: number; readonly updated: number };
  readonly evidence: number;
  /** Names or aliases that actors of this load share with other actors. */
  readonly possibleDuplicates: readonly PossibleDuplicate[];
  /** Descriptions this load gave actors that already had another: not stored (see ingest.repository.ts). */
  readonly keptDescriptions: readonly KeptDescription[];
  readonly graph: GraphCounts;
  readonly durationMs: number;
  /** The journal id of a staged load; null for a load in one transaction. */
  readonly stagedLoadId: string | null;
}

/** The load was refused; `problems` lists every one as `file: path: expected ..., found ...`. */
export class LoadValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`nothing was loaded: ${problems.length} problem${problems.length === 1 ? '' : 's'} found\n${problems.join('\n')}`);
    this.name = 'LoadValidationError';
  }
}

/** A load that failed after some or all of it was committed; the message says what the graph holds. */
export class LoadLeftChangesError extends CodedError {
  constructor(code: ErrorCode, message: string, cause: unknown) {
    super(code, message, { cause });
    this.name = 'LoadLeftChangesError';
  }
}

/**
 * The load was refused because it contradicts what the graph holds (a document's text, an actor's
 * kind); found while writing, in the write's own transaction, so nothing of the load is kept.
 */
export class LoadConflictError extends LoadValidationError {
  constructor(
    readonly code: typeof ERROR_CODES.DOCUMENT_TEXT_CHANGED | typeof ERROR_CODES.ACTOR_FACT_CONFLICT,
    problems: readonly string[],
  ) {
    super(problems);
    this.name = 'LoadConflictError';
  }
}

/** The conflict a repository reported, as problems that name the input's file (or argument) and fields. */
export function conflictProblems(error: DocumentTextChangedError | ActorFactConflictError, pathOf: (id: string, field: string) => string): LoadConflictError {
  if (error instanceof DocumentTextChangedError) {
    return new LoadConflictError(ERROR_CODES.DOCUMENT_TEXT_CHANGED, [
      `${pathOf(error.documentId, 'text')}: expected the text already loaded for document '${error.documentId}' (${error.storedText.length} characters), ` +
        `found a different text (${error.newText.length} characters, the first difference at character ${error.firstDifference}); ` +
        'its quotes would no longer match: load it under a new id',
    ]);
  }
  return new LoadConflictError(
    ERROR_CODES.ACTOR_FACT_CONFLICT,
    error.conflicts.map(
      (conflict) =>
        `${pathOf(conflict.actorId, conflict.field)}: expected ${conflict.stored}, the ${conflict.field === 'kind' ? 'kind' : 'Wikidata id'} actor '${conflict.actorId}' already has, found ${conflict.given}`,
    ),
  );
}

export interface ValidationReport {
  readonly problems: string[];
  readonly documents: number;
  readonly actors: number;
  readonly relations: number;
}

/** The load settings of the configuration. */
export function loadOptionsFrom(
  config: Pick<Config, 'loadTransactionTimeoutMs' | 'loadBatchSize' | 'loadStagedAbove' | 'loadAbandonedAfterMs' | 'limits' | 'centrality'>,
  log?: (line: string) => void,
): LoadOptions {
  return {
    log,
    transactionTimeoutMs: config.loadTransactionTimeoutMs,
    batchSize: config.loadBatchSize,
    stagedAbove: config.loadStagedAbove,
    abandonedAfterMs: config.loadAbandonedAfterMs,
    maxDocumentChars: config.limits.maxDocumentChars,
    ...(config.centrality.afterLoad ? { centrality: config.centrality } : {}),
  };
}

const DEFAULT_BATCH_SIZE = 1_000;
const DEFAULT_STAGED_ABOVE = 200_000;
const DEFAULT_ABANDONED_AFTER_MS = 120_000;

/** Loads files and folders (each folder's `.json` and `.jsonl` files). */
export function loadPaths(database: Database, paths: readonly string[], options: LoadOptions = {}): Promise<LoadSummary> {
  return loadSources(database, findAnnotationFiles(paths).map(openSource), { baseDir: (source) => documentBaseDir(source.file), ...options });
}

export async function loadSources(database: Database, sources: readonly AnnotationSource[], options: LoadOptions = {}): Promise<LoadSummary> {
  const report = await validateSources(sources, options);
  return writeSources(database, sources, report, options);
}

/**
 * Reads every source once, keeping ids only; throws a `LoadValidationError` with every problem
 * found, or returns the counts that the writing pass reports progress against.
 */
export async function validateSources(sources: readonly AnnotationSource[], options: LoadOptions = {}): Promise<ValidationReport> {
  if (sources.length === 0) throw new LoadValidationError(['(input): expected at least one .json or .jsonl annotation file, found none']);
  const report = await collectProblems(
    sources,
    options.baseDir ?? ((): null => null),
    options.maxDocumentChars ?? DEFAULT_MAX_DOCUMENT_CHARS,
    options.acceptProposed ?? false,
  );
  if (report.problems.length > 0) throw new LoadValidationError(report.problems);
  options.log?.(`validated ${sources.length} file(s): ${report.documents} document(s), ${report.actors} actor(s), ${report.relations} relation(s)`);
  return report;
}

/** Runs one batch's statements; in a one-transaction load, all batches share the transaction. */
type BatchRunner = <T>(work: (runner: QueryRunner) => Promise<T>) => Promise<T>;

interface Totals {
  documents: number;
  actorsCreated: number;
  actorsTotal: number;
  relationsCreated: number;
  relationsTotal: number;
  evidence: number;
  keptDescriptions: KeptDescription[];
}

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
  let stagedLoadId: string | null = null;
  let summary: { totals: Totals; duplicates: PossibleDuplicate[]; graph: GraphCounts };
  const finish = async (runner: QueryRunner, totals: Totals): Promise<typeof summary> => {
    const duplicates = (await findPossibleDuplicates(runner)).filter((duplicate) => duplicate.actorIds.some((id) => loadedActorIds.has(id)));
    return { totals, duplicates, graph: await countGraph(runner) };
  };

  if (report.relations <= (options.stagedAbove ?? DEFAULT_STAGED_ABOVE)) {
    await undoAbandonedLoads(database, guard);
    summary = await explainOversizedLoad(() =>
      database.writeOnce(async (runner) => {
        await lockForLoad(runner, guard.abandonedAfterMs);
        const totals = await writeAll(sources, report, options, loadedActorIds, null, (work) => work(runner));
        return finish(runner, totals);
      }, options.transactionTimeoutMs),
    );
  } else {
    const loadId = await beginStagedLoad(database, report.relations, guard);
    stagedLoadId = loadId;
    log(`staged load ${loadId}: ${report.relations} relations are written in batches that commit one by one, and undone if the load fails`);
    const batch: BatchRunner = (work) =>
      database.write(async (runner) => {
        await heartbeat(runner, loadId);
        return work(runner);
      }, options.transactionTimeoutMs);
    let totals: Totals;
    try {
      totals = await writeAll(sources, report, options, loadedActorIds, loadId, batch);
      await setLoadStatus(database, loadId, 'done');
    } catch (error) {
      log(`the load failed; undoing what it wrote (${errorMessage(error).split('\n')[0]})`);
      try {
        await undoLoad(database, loadId);
        log(`load ${loadId} undone: the graph is as it was before`);
      } catch (undoError) {
        // The caller must see the load's own failure, and that part of the load is still in the graph.
        log(`could not finish undoing load ${loadId} (${errorMessage(undoError).split('\n')[0]}); a load started after LOAD_ABANDONED_AFTER_MS undoes the rest`);
        throw new LoadLeftChangesError(
          ERROR_CODES.LOAD_INCOMPLETE,
          `load ${loadId} failed (${errorMessage(error).split('\n')[0]}) and could not undo what it had committed (${errorMessage(undoError).split('\n')[0]}): ` +
            'the graph holds part of it until a load started after LOAD_ABANDONED_AFTER_MS undoes it',
          error,
        );
      }
      throw error;
    }
    // Committed: from here on, a failure must not read as if nothing was written.
    await forgetCompletedLoads(database).catch((error: unknown) => log(`could not forget the journal of finished loads (${errorMessage(error)}); the next staged load does`));
    summary = await database.read((runner) => finish(runner, totals)).catch((error: unknown) => {
      throw new LoadLeftChangesError(
        ERROR_CODES.LOAD_SUMMARY_FAILED,
        `load ${loadId} is committed in full, but its summary could not be read (${errorMessage(error).split('\n')[0]})`,
        error,
      );
    });
  }

  const { totals } = summary;
  const result: LoadSummary = {
    files: sources.length,
    documents: totals.documents,
    actors: { created: totals.actorsCreated, updated: totals.actorsTotal - totals.actorsCreated },
    relations: { created: totals.relationsCreated, updated: totals.relationsTotal - totals.relationsCreated },
    evidence: totals.evidence,
    possibleDuplicates: summary.duplicates,
    keptDescriptions: totals.keptDescriptions,
    graph: summary.graph,
    durationMs: Date.now() - started,
    stagedLoadId,
  };
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
): Promise<Totals> {
  const baseDir = options.baseDir ?? ((): null => null);
  const progress = progressReporter(report.relations, 'relations', 'wrote', options.log ?? ((): void => undefined));
  const totals: Totals = { documents: 0, actorsCreated: 0, actorsTotal: 0, relationsCreated: 0, relationsTotal: 0, evidence: 0, keptDescriptions: [] };
  for (const source of sources) {
    await writeSource(batch, loadId, source, { baseDir: baseDir(source), maxDocumentChars: options.maxDocumentChars ?? DEFAULT_MAX_DOCUMENT_CHARS }, options.batchSize ?? DEFAULT_BATCH_SIZE, {
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
  return totals;
}

async function collectProblems(
  sources: readonly AnnotationSource[],
  baseDir: (source: AnnotationSource) => string | null,
  maxDocumentChars: number,
  acceptProposed: boolean,
): Promise<ValidationReport> {
  const problems: string[] = [];
  const documentFiles = new Map<string, string>();
  let documents = 0;
  let actors = 0;
  let relations = 0;
  for (const source of sources) {
    const fileProblems: Problem[] = [];
    const report = (problem: Problem): void => void fileProblems.push(problem);
    let document: DocumentRecord | null = null;
    let documentSeen = false;
    let relationSeen = false;
    const actorPaths = new Map<string, string>();
    const relationPaths = new Map<string, string>();
    const seen = { document: 0, actor: 0, relation: 0 };
    for await (const record of source.records(report)) {
      seen[record.kind] += 1;
      // Past its limit a list is reported once, and its further records are not checked one by one.
      if (record.kind !== 'document' && seen[record.kind] > LIST_ENTRIES[`${record.kind}s`]) {
        if (seen[record.kind] === LIST_ENTRIES[`${record.kind}s`] + 1) {
          report({ path: record.path, message: `expected at most ${LIST_ENTRIES[`${record.kind}s`]} ${record.kind}s in one document, found more` });
        }
        continue;
      }
      if (record.kind === 'document') {
        if (documentSeen) {
          report({ path: record.path, message: 'expected one document per file, found a second' });
          continue;
        }
        documentSeen = true;
        document = readDocument(record.value, record.path, baseDir(source), fileProblems, maxDocumentChars);
        if (document) {
          const other = documentFiles.get(document.id);
          if (other !== undefined) {
            report({ path: `${record.path}.id`, message: `expected a document id not used by another file of this load, found '${document.id}' (also in ${other})` });
          }
          documentFiles.set(document.id, source.file);
          documents += 1;
        }
        continue;
      }
      if (!documentSeen) {
        report({ path: record.path, message: `expected the document record before any ${record.kind}, found ${record.kind}` });
        documentSeen = true;
      }
      if (!acceptProposed) refuseProposed(record.kind, record.value, record.path, report);
      // Without a valid document the quotes cannot be checked; its own problems are reported.
      if (document === null) continue;
      if (record.kind === 'actor') {
        if (relationSeen) report({ path: record.path, message: 'expected every actor before the first relation, found an actor after a relation' });
        const actor = readActor(record.value, record.path, document, fileProblems);
        // An actor with other problems is still declared: its relations are not reported too.
        const id = actor?.id ?? declaredId(record.value);
        if (id === undefined) continue;
        const other = actorPaths.get(id);
        if (other !== undefined) {
          report({ path: `${record.path}.id`, message: `expected an id not used by another actor of this document, found '${id}' (also at ${other})` });
        }
        actorPaths.set(id, record.path);
        if (actor) actors += 1;
      } else {
        relationSeen = true;
        const relation = readRelation(record.value, record.path, document, (id) => actorPaths.has(id), fileProblems);
        if (!relation) continue;
        const other = relationPaths.get(relation.id);
        if (other !== undefined) {
          report({ path: record.path, message: `expected each relation once, found the same type, actors and time as ${other}` });
        }
        relationPaths.set(relation.id, record.path);
        relations += 1;
      }
    }
    if (!documentSeen && fileProblems.length === 0) fileProblems.push({ path: 'document', message: 'expected a document record, found none' });
    problems.push(...fileProblems.map((problem) => `${source.file}: ${problem.path}: ${problem.message}`));
  }
  return { problems, documents, actors, relations };
}

/** An item still marked as proposed by the extraction rules is a problem unless proposed items are accepted. */
function refuseProposed(kind: 'actor' | 'relation', value: unknown, path: string, report: (problem: Problem) => void): void {
  const proposed = proposedItem(value, kind);
  if (proposed === null) return;
  report({
    path,
    message: `expected a reviewed ${kind} (remove its "review" field once a person has checked it, or accept proposed items: --accept-proposed, acceptProposed in the API), found ${proposed}`,
  });
}

/** A transaction over Neo4j's memory limit gets an error that says what to change. */
async function explainOversizedLoad<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Neo4jError && /MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError|memory\.transaction/.test(`${error.code} ${error.message}`)) {
      throw new CodedError(
        ERROR_CODES.LOAD_TOO_LARGE,
        `the load does not fit in Neo4j's transaction memory (${error.message.split('\n')[0]}); ` +
          'stage it (set LOAD_STAGED_ABOVE below its number of relations), or give Neo4j a larger heap (LOCAL_NEO4J_HEAP_MB for the local server)',
        { cause: error },
      );
    }
    throw error;
  }
}

function declaredId(value: unknown): string | undefined {
  return isObject(value) && typeof value.id === 'string' ? value.id : undefined;
}

interface WriteListener {
  document(): void;
  actors(counts: ActorWriteCounts, actors: readonly ActorRecord[]): void;
  relations(counts: { created: number; total: number }, relations: readonly RelationRecord[]): void;
}

/** Streams one validated source into the graph, batch by batch. */
async function writeSource(
  batch: BatchRunner,
  loadId: string | null,
  source: AnnotationSource,
  reading: { readonly baseDir: string | null; readonly maxDocumentChars: number },
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
  const flushActors = async (): Promise<void> => {
    if (actors.length === 0) return;
    const written = actors;
    const paths = actorPaths;
    listener.actors(await refuseConflicts(batch((runner) => upsertActors(runner, document!.id, written, loadId)), (id, field) => `${paths.get(id)}.${field}`), written);
    actors = [];
    actorPaths = new Map();
  };
  const refuseConflicts = async <T>(write: Promise<T>, pathOf: (id: string, field: string) => string): Promise<T> => {
    try {
      return await write;
    } catch (error) {
      if (error instanceof DocumentTextChangedError || error instanceof ActorFactConflictError) {
        throw conflictProblems(error, (id, field) => `${source.file}: ${pathOf(id, field)}`);
      }
      throw error;
    }
  };
  const flushRelations = async (): Promise<void> => {
    if (relations.length === 0) return;
    const written = relations;
    listener.relations(await batch((runner) => upsertRelations(runner, document!.id, written, loadId)), written);
    relations = [];
  };
  for await (const record of source.records(unexpected)) {
    if (record.kind === 'document') {
      document = readDocument(record.value, record.path, reading.baseDir, problems, reading.maxDocumentChars);
      const read = document;
      const textField = isObject(record.value) && record.value.textFile !== undefined ? 'textFile' : 'text';
      if (read) await refuseConflicts(batch((runner) => upsertDocument(runner, read, loadId)), () => `${record.path}.${textField}`);
      listener.document();
    } else if (record.kind === 'actor') {
      const actor = readActor(record.value, record.path, document!, problems);
      if (actor) {
        actors.push(actor);
        actorIds.add(actor.id);
        actorPaths.set(actor.id, record.path);
      }
      if (actors.length >= batchSize) await flushActors();
    } else {
      await flushActors();
      const relation = readRelation(record.value, record.path, document!, (id) => actorIds.has(id), problems);
      if (relation) relations.push(relation);
      if (relations.length >= batchSize) await flushRelations();
    }
    if (problems.length > 0) unexpected(problems[0]);
  }
  await flushActors();
  await flushRelations();
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

/** Loads the seed folder when the graph has no document yet; returns null when it did nothing. */
export async function loadSeedsIntoEmptyGraph(database: Database, seedsDir: string, options: LoadOptions = {}): Promise<LoadSummary | null> {
  const { documents } = await database.read((runner) => countGraph(runner));
  if (documents > 0) return null;
  return loadPaths(database, [seedsDir], options);
}
