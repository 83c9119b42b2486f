/**
 * One load writes at a time, and no load leaves half of itself behind.
 *
 * Every load takes the load lock when it starts: a one-transaction load holds it to its commit, a
 * staged load holds its `writing` journal entry instead (see load-journal.repository.ts). A load
 * that finds a staged load writing is refused with `LoadInProgressError`; one that starts while a
 * one-transaction load holds the lock waits for it (and may time out waiting). A staged load whose
 * process died (no heartbeat for `abandonedAfterMs`) is undone first, so the next load starts
 * from the graph as it was before it. Single actor and relation mutations take no part in this.
 */
import { randomUUID } from 'node:crypto';
import { CodedError } from '../errors/coded-error';
import { ERROR_CODES } from '../errors/error-codes';
import { beginLoad, LoadRow, lockAndListUnfinished, undoLoad } from '../graph/load-journal.repository';
import { Database, QueryRunner } from '../neo4j/database';

export class LoadInProgressError extends CodedError {
  constructor(load: LoadRow, abandonedAfterMs: number) {
    super(
      ERROR_CODES.LOAD_IN_PROGRESS,
      `another load (${load.id}, started ${new Date(load.startedAt).toISOString()}) is ${load.status}; ` +
        `try again once it has finished (a load whose process died is undone after ${Math.round(abandonedAfterMs / 1000)} s without progress)`,
    );
    this.name = 'LoadInProgressError';
  }
}

export interface GuardOptions {
  readonly abandonedAfterMs: number;
  readonly log: (line: string) => void;
}

const isAbandoned = (load: LoadRow, abandonedAfterMs: number): boolean => load.silentForMs > abandonedAfterMs;

/** Undoes every staged load whose process stopped giving signs of life. */
export async function undoAbandonedLoads(database: Database, options: GuardOptions): Promise<void> {
  const unfinished = await database.write((runner) => lockAndListUnfinished(runner));
  for (const load of unfinished.filter((candidate) => isAbandoned(candidate, options.abandonedAfterMs))) {
    options.log(`undoing load ${load.id} (started ${new Date(load.startedAt).toISOString()}), which did not finish`);
    await undoLoad(database, load.id);
    options.log(`load ${load.id} undone`);
  }
}

/** In a one-transaction load's transaction: takes the lock, or refuses while a staged load writes. */
export async function lockForLoad(runner: QueryRunner, abandonedAfterMs: number): Promise<void> {
  const [other] = await lockAndListUnfinished(runner);
  if (other) throw new LoadInProgressError(other, abandonedAfterMs);
}

/** Opens the journal of a staged load and returns its id. */
export async function beginStagedLoad(database: Database, relations: number, options: GuardOptions): Promise<string> {
  await undoAbandonedLoads(database, options);
  const loadId = `load-${new Date().toISOString().slice(0, 10)}-${randomUUID().slice(0, 8)}`;
  await database.write(async (runner) => {
    await lockForLoad(runner, options.abandonedAfterMs);
    await beginLoad(runner, loadId, relations);
  });
  return loadId;
}
