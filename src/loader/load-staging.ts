/**
 * How a load's batches commit. Up to `stagedAbove` relations are written in one transaction, which
 * a killed or failed load leaves as it was (Neo4j rolls back a transaction whose client is gone);
 * one that does not fit in Neo4j's transaction memory is refused with LOAD_TOO_LARGE. Larger
 * loads are staged: each batch commits, with a journal from which a failed load undoes itself at
 * once and a killed one is undone by the next load (see load-guard.ts).
 */
import { Neo4jError } from 'neo4j-driver';
import { forgetCompletedLoads, heartbeat, setLoadStatus, undoLoad } from '../graph/load-journal.repository';
import { Database, QueryRunner } from '../neo4j/database';
import { CodedError } from '../errors/coded-error';
import { ERROR_CODES } from '../errors/error-codes';
import { errorMessage } from '../errors/error-message';
import { beginStagedLoad, GuardOptions, lockForLoad, undoAbandonedLoads } from './load-guard';
import { LoadLeftChangesError } from './load-errors';
import { WriteTotals, WrittenLoad } from './load-summary';

/** Runs one batch's statements; in a one-transaction load, all batches share the transaction. */
export type BatchRunner = <T>(work: (runner: QueryRunner) => Promise<T>) => Promise<T>;

/** Writes every batch of the load, under the journal id of a staged load (null in one transaction). */
export type WriteBatches = (loadId: string | null, batch: BatchRunner) => Promise<WriteTotals>;

/** Reads what the graph holds once the batches are written. */
export type ReadWritten = (runner: QueryRunner, totals: WriteTotals) => Promise<WrittenLoad>;

/**
 * Writes the load and reads its summary in one transaction, holding the load lock to its commit;
 * `within` runs in the transaction first, so what it writes commits with the load or not at all.
 */
export async function writeInOneTransaction(
  database: Database,
  guard: GuardOptions,
  transactionTimeoutMs: number | undefined,
  write: WriteBatches,
  read: ReadWritten,
  within?: (runner: QueryRunner) => Promise<void>,
): Promise<WrittenLoad> {
  await undoAbandonedLoads(database, guard);
  return explainOversizedLoad(() =>
    database.writeOnce(async (runner) => {
      await lockForLoad(runner, guard.abandonedAfterMs);
      await within?.(runner);
      const totals = await write(null, (work) => work(runner));
      return read(runner, totals);
    }, transactionTimeoutMs),
  );
}

/**
 * Writes the load batch by batch under a journal, undoing it when it fails; a failure that leaves
 * part or all of it in the graph is a `LoadLeftChangesError` that says so.
 */
export async function writeStaged(
  database: Database,
  relations: number,
  guard: GuardOptions,
  transactionTimeoutMs: number | undefined,
  write: WriteBatches,
  read: ReadWritten,
): Promise<{ readonly loadId: string; readonly written: WrittenLoad }> {
  const { log } = guard;
  const loadId = await beginStagedLoad(database, relations, guard);
  log(`staged load ${loadId}: ${relations} relations are written in batches that commit one by one, and undone if the load fails`);
  const batch: BatchRunner = (work) =>
    database.write(async (runner) => {
      await heartbeat(runner, loadId);
      return work(runner);
    }, transactionTimeoutMs);
  let totals: WriteTotals;
  try {
    totals = await write(loadId, batch);
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
  const written = await database.read((runner) => read(runner, totals)).catch((error: unknown) => {
    throw new LoadLeftChangesError(
      ERROR_CODES.LOAD_SUMMARY_FAILED,
      `load ${loadId} is committed in full, but its summary could not be read (${errorMessage(error).split('\n')[0]})`,
      error,
    );
  });
  return { loadId, written };
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
