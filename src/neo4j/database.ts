/**
 * Access to the configured database: reads through `executeRead`, writes through `executeWrite`
 * (so the driver retries transient failures and routes reads in a cluster), each with the
 * configured transaction timeout; loads through one explicit transaction that is not retried.
 *
 * Repositories receive a `QueryRunner` rather than the driver's transaction, so that every query
 * passes one place: observers (the query-count tests, logging) see each query and its parameters.
 */
import neo4j, { Driver, ManagedTransaction, RecordShape, Transaction } from 'neo4j-driver';

export interface QueryRunner {
  run<T extends RecordShape = RecordShape>(query: string, parameters?: Record<string, unknown>): Promise<T[]>;
}

export type QueryObserver = (query: string, parameters: Record<string, unknown>) => void;

export interface DatabaseOptions {
  readonly database: string;
  readonly transactionTimeoutMs: number;
}

export class Database {
  private readonly observers = new Set<QueryObserver>();

  constructor(
    readonly driver: Driver,
    private readonly options: DatabaseOptions,
  ) {}

  get name(): string {
    return this.options.database;
  }

  read<T>(work: (runner: QueryRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: 'READ' });
    return session
      .executeRead((tx) => work(this.runner(tx)), { timeout: this.options.transactionTimeoutMs })
      .finally(() => session.close());
  }

  write<T>(work: (runner: QueryRunner) => Promise<T>, timeoutMs = this.options.transactionTimeoutMs): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: 'WRITE' });
    return session.executeWrite((tx) => work(this.runner(tx)), { timeout: timeoutMs }).finally(() => session.close());
  }

  /**
   * One write transaction that is not retried: for loads, where a retry would redo minutes of
   * work, and a failure (a transaction over Neo4j's memory limit) would only repeat.
   */
  async writeOnce<T>(work: (runner: QueryRunner) => Promise<T>, timeoutMs = this.options.transactionTimeoutMs): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: 'WRITE' });
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
  async runInBatches(query: string, parameters: Record<string, unknown>): Promise<void> {
    for (const observer of this.observers) observer(query, parameters);
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: 'WRITE' });
    try {
      await session.run(query, withIntegers(parameters) as Record<string, unknown>);
    } finally {
      await session.close();
    }
  }

  /** Calls `observer` for every query run from now on; the returned function stops that. */
  observe(observer: QueryObserver): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private runner(tx: ManagedTransaction | Transaction): QueryRunner {
    return {
      run: async <T extends RecordShape>(query: string, parameters: Record<string, unknown> = {}): Promise<T[]> => {
        for (const observer of this.observers) observer(query, parameters);
        const sent = withIntegers(parameters) as Record<string, unknown>;
        const result = await tx.run<T>(query, sent);
        const rows = result.records.map((record) => record.toObject());
        releaseBatches(sent);
        return rows;
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
