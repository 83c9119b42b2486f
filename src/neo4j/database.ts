/**
 * Access to the configured database: reads as auto-commit statements in READ sessions, writes
 * through `executeWrite`, each with the configured transaction timeout; a load through one explicit
 * transaction that is not retried, or, staged, through `write` batch by batch and `runInBatches`
 * for its undo. In a cluster, READ sessions are routed to readers.
 *
 * Reads are auto-commit because a managed transaction costs a second round trip (BEGIN with RUN,
 * then COMMIT), which doubled the latency of the API's small queries; transient failures are
 * retried here instead, with backoff, within the same retry time the driver uses for writes.
 *
 * Every call is counted and timed for the metrics (by access mode), retries included.
 *
 * Repositories receive a `QueryRunner` rather than the driver's transaction, so that every query
 * passes one place: observers (the query-count tests, logging) see each query and its parameters.
 */
import { measureDatabaseCall } from '../metrics/metrics';
import { DatabaseBusyError } from './bulkhead';
import { onRequestCancelled, RequestCancelledError, requestSignal } from '../runtime/request-scope';
import neo4j, { BookmarkManager, Driver, isRetryableError, ManagedTransaction, QueryResult, RecordShape, Session, Transaction } from 'neo4j-driver';

/** What a write statement created, as the server counts it. */
export interface CreatedCounts {
  readonly nodes: number;
  readonly relationships: number;
}

export interface QueryRunner {
  run<T extends RecordShape = RecordShape>(query: string, parameters?: Record<string, unknown>): Promise<T[]>;
  /** `run`, with the server's counts of what the statement created: a write learns them without reading anything to tell. */
  runCounted<T extends RecordShape = RecordShape>(query: string, parameters?: Record<string, unknown>): Promise<{ rows: T[]; created: CreatedCounts }>;
}

/** Opens a session whose closing the call's deadline or its client's leaving can force. */
type OpenSession = (mode: 'READ' | 'WRITE') => Session;

export type QueryObserver = (query: string, parameters: Record<string, unknown>) => void;

export interface DatabaseOptions {
  readonly database: string;
  readonly transactionTimeoutMs: number;
  /** How long transient read failures are retried; the driver's `maxTransactionRetryTime` for writes. */
  readonly retryTimeMs?: number;
  /** How long a call may wait for a connection of the pool (the driver's acquisition timeout). */
  readonly acquisitionTimeoutMs?: number;
  /** The driver's pool size: a connection wait that timed out with every connection taken means busy. */
  readonly poolSize?: number;
}

const FIRST_RETRY_DELAY_MS = 50;

/** Added to a call's deadline, so that a server that answers ends a slow query itself (QUERY_TIMEOUT). */
const DEADLINE_GRACE_MS = 1_000;

/**
 * A read or write that got no answer by its deadline: the wait for a connection, the transaction
 * timeout and the retry time (plus a second). A call that waited for a connection under load and
 * then ran long is ended by the server first (QUERY_TIMEOUT), not by this deadline. The server enforces the transaction timeout only while it runs; a server that
 * froze (a stopped process, a network that drops packets) answers nothing, and without this
 * deadline a request would wait as long as the freeze.
 */
export class DatabaseNoAnswerError extends Error {
  constructor(readonly waitedMs: number) {
    super(`Neo4j did not answer within ${waitedMs} ms`);
    this.name = 'DatabaseNoAnswerError';
  }
}

export class Database {
  private readonly observers = new Set<QueryObserver>();
  /**
   * The bookmarks of this process's writes, so that a read follows the writes made before it (in a
   * cluster a reader may lag behind the leader; bookmarks make it wait until it has them).
   */
  private readonly writes = neo4j.bookmarkManager();
  /**
   * What reads carry: the writes' bookmarks, never their own. A read's bookmark can name a write
   * that is committed but still being applied (a large ingest updating its full-text indexes), and
   * Neo4j holds a transaction that carries it until that write is applied: fed back, it made the
   * next read, however small, wait hundreds of milliseconds for a write it has nothing to do with.
   */
  private readonly readsFollowWrites: BookmarkManager = {
    getBookmarks: () => this.writes.getBookmarks(),
    updateBookmarks: async () => undefined,
  };

  constructor(
    readonly driver: Driver,
    private readonly options: DatabaseOptions,
    /** A driver of its own for health checks (see health.ts); the main driver when not given. */
    private readonly probe?: Driver,
  ) {}

  get name(): string {
    return this.options.database;
  }

  get probeDriver(): Driver {
    return this.probe ?? this.driver;
  }

  read<T>(work: (runner: QueryRunner) => Promise<T>): Promise<T> {
    return measureDatabaseCall('read', () => this.answered((open) => this.retriedRead(open, work), this.options.transactionTimeoutMs));
  }

  private async retriedRead<T>(open: OpenSession, work: (runner: QueryRunner) => Promise<T>): Promise<T> {
    const deadline = Date.now() + (this.options.retryTimeMs ?? 5_000);
    for (let delay = FIRST_RETRY_DELAY_MS; ; delay *= 2) {
      const session = open('READ');
      try {
        return await work(this.runner(session));
      } catch (error) {
        if (!isRetryableError(error) || Date.now() + delay > deadline) throw error;
      } finally {
        await session.close();
      }
      await new Promise((resolveWait) => setTimeout(resolveWait, delay * (0.8 + Math.random() * 0.4)));
    }
  }

  write<T>(work: (runner: QueryRunner) => Promise<T>, timeoutMs = this.options.transactionTimeoutMs): Promise<T> {
    return measureDatabaseCall('write', () =>
      this.answered((open) => {
        const session = open('WRITE');
        return session.executeWrite((tx) => work(this.runner(tx)), { timeout: timeoutMs }).finally(() => session.close());
      }, timeoutMs),
    );
  }

  /**
   * `call`, ended early in two cases. Once the connection wait, the transaction timeout and the
   * retry time have passed without an answer: DatabaseNoAnswerError (the server enforces the
   * transaction timeout only while it runs; one that froze answers nothing, and a request would
   * wait as long as the freeze). And when the request's client leaves: RequestCancelledError.
   * Either way the call's sessions are closed, which sends Neo4j a RESET: the server stops the
   * query and rolls back a transaction that has not committed (a frozen server does so when it
   * wakes), and the connection goes back to the pool.
   */
  private answered<T>(call: (open: OpenSession) => Promise<T>, timeoutMs: number): Promise<T> {
    if (requestSignal()?.aborted) return Promise.reject(new RequestCancelledError());
    const waitMs = (this.options.acquisitionTimeoutMs ?? 10_000) + timeoutMs + (this.options.retryTimeMs ?? 5_000) + DEADLINE_GRACE_MS;
    const sessions: Session[] = [];
    const open: OpenSession = (mode) => {
      const session = this.session(mode);
      sessions.push(session);
      return session;
    };
    let timer: NodeJS.Timeout | undefined;
    let stopListening = (): void => undefined;
    const ended = new Promise<never>((_resolve, rejectEarly) => {
      const end = (error: Error): void => {
        for (const session of sessions) session.close().catch(() => undefined);
        rejectEarly(error);
      };
      timer = setTimeout(() => end(new DatabaseNoAnswerError(waitMs)), waitMs);
      stopListening = onRequestCancelled(() => end(new RequestCancelledError()));
    });
    const running = call(open);
    // A call that fails after it was ended has nobody waiting for it; its failure is not news.
    running.catch(() => undefined);
    return Promise.race([running.catch((error: unknown) => this.failedWait(error, waitMs)), ended]).finally(() => {
      clearTimeout(timer);
      stopListening();
    });
  }

  /**
   * The driver says the same ("connection acquisition timed out") when every connection is taken
   * and when a new one cannot be opened (a frozen server accepts the socket and never answers the
   * handshake): the first is a busy service, the second a database that does not answer.
   */
  private failedWait(error: unknown, waitMs: number): never {
    const acquisition = error instanceof Error ? /^Connection acquisition timed out.*Active conn count = (\d+)/.exec(error.message) : null;
    if (acquisition === null) throw error;
    if (Number(acquisition[1]) >= (this.options.poolSize ?? 50)) throw new DatabaseBusyError(`every one of the ${acquisition[1]} connections to Neo4j stayed taken`);
    throw new DatabaseNoAnswerError(waitMs);
  }

  /**
   * One write transaction that is not retried: for loads, where a retry would redo minutes of
   * work, and a failure (a transaction over Neo4j's memory limit) would only repeat.
   */
  writeOnce<T>(work: (runner: QueryRunner) => Promise<T>, timeoutMs = this.options.transactionTimeoutMs): Promise<T> {
    return measureDatabaseCall('write', () => this.answered((open) => this.writeInOneTransaction(open, work, timeoutMs), timeoutMs));
  }

  private async writeInOneTransaction<T>(open: OpenSession, work: (runner: QueryRunner) => Promise<T>, timeoutMs: number): Promise<T> {
    const session = open('WRITE');
    try {
      const tx = session.beginTransaction({ timeout: timeoutMs });
      try {
        const result = await work(this.runner(tx));
        await tx.commit();
        return result;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback();
        throw error;
      }
    } finally {
      await session.close();
    }
  }

  /**
   * One auto-commit statement, for `CALL ... IN TRANSACTIONS`, which commits its own batches and
   * so cannot run inside a transaction of ours.
   */
  runInBatches(query: string, parameters: Record<string, unknown>): Promise<void> {
    for (const observer of this.observers) observer(query, parameters);
    return measureDatabaseCall('write', async () => {
      const session = this.session('WRITE');
      try {
        await session.run(query, withIntegers(parameters) as Record<string, unknown>);
      } finally {
        await session.close();
      }
    });
  }

  /** Calls `observer` for every query run from now on; the returned function stops that. */
  observe(observer: QueryObserver): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  async close(): Promise<void> {
    await this.driver.close();
    await this.probe?.close();
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({ database: this.options.database, defaultAccessMode: mode, bookmarkManager: mode === 'READ' ? this.readsFollowWrites : this.writes });
  }

  /** Runs statements in `tx`, or, given a session, each as an auto-commit statement with the timeout. */
  private runner(tx: ManagedTransaction | Transaction | Session): QueryRunner {
    const config = tx instanceof Session ? { timeout: this.options.transactionTimeoutMs } : undefined;
    const execute = async <T extends RecordShape>(query: string, parameters: Record<string, unknown> = {}): Promise<QueryResult<T>> => {
      for (const observer of this.observers) observer(query, parameters);
      const sent = withIntegers(parameters) as Record<string, unknown>;
      const result = await (config ? (tx as Session).run<T>(query, sent, config) : tx.run<T>(query, sent));
      releaseBatches(sent);
      return result;
    };
    const rowsOf = <T extends RecordShape>(result: QueryResult<T>): T[] => result.records.map((record) => record.toObject());
    return {
      run: async (query, parameters) => rowsOf(await execute(query, parameters)),
      runCounted: async (query, parameters) => {
        const result = await execute(query, parameters);
        const counters = result.summary.counters.updates();
        return { rows: rowsOf(result), created: { nodes: counters.nodesCreated, relationships: counters.relationshipsCreated } };
      },
    };
  }
}

/**
 * JavaScript numbers reach Cypher as floats, which LIMIT refuses and which would store offsets as
 * 12.0; whole numbers are sent as Cypher integers instead, at any depth of the parameters.
 */
function withIntegers(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(withIntegers);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withIntegers(item)]));
  }
  return value;
}

/**
 * The driver keeps every result of a transaction, with its parameters, until the transaction
 * ends; a load of a million relations in one transaction would keep every batch in memory. Once
 * a statement has run, its batches (the top-level lists of the copy made above, which nothing
 * else holds) are emptied, so a long load's memory stays flat.
 */
function releaseBatches(sent: Record<string, unknown>): void {
  for (const value of Object.values(sent)) if (Array.isArray(value)) value.length = 0;
}
