/**
 * The one Neo4j driver of a process: created from configuration, checked at start with bounded
 * retry and backoff, and described by errors that name the URI instead of a driver stack trace.
 */
import neo4j, { Driver, Neo4jError } from 'neo4j-driver';
import { errorMessage } from '../errors/error-message';

export interface DriverOptions {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  /** The whole budget for reaching the server, across all attempts. */
  readonly connectTimeoutMs: number;
  /** How long a managed transaction is retried after a transient failure; keeps outages short. */
  readonly retryTimeMs?: number;
  /** Connections kept to the server (NEO4J_POOL_SIZE). */
  readonly poolSize?: number;
  /** How long a session waits for a free connection before the driver fails it. */
  readonly acquisitionTimeoutMs?: number;
}

export class DatabaseUnreachableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseUnreachableError';
  }
}

const FIRST_BACKOFF_MS = 200;
const MAX_BACKOFF_MS = 2_000;

export function createDriver(options: DriverOptions): Driver {
  return neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), {
    // Numbers here are counts and offsets far below 2^53; plain numbers keep the domain simple.
    disableLosslessIntegers: true,
    connectionTimeout: Math.min(options.connectTimeoutMs, 5_000),
    connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? 10_000,
    maxTransactionRetryTime: options.retryTimeMs ?? 5_000,
    maxConnectionPoolSize: options.poolSize ?? 50,
    userAgent: 'actorgraph',
  });
}

/** Waits until the server answers, or fails with one line that names the URI and the cause. */
export async function verifyConnectivity(driver: Driver, options: DriverOptions): Promise<void> {
  const deadline = Date.now() + options.connectTimeoutMs;
  let backoff = FIRST_BACKOFF_MS;
  for (;;) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      if (isAuthenticationFailure(error)) {
        throw new DatabaseUnreachableError(
          `Neo4j at ${options.uri} refused the credentials of user '${options.username}' (check NEO4J_USERNAME and NEO4J_PASSWORD)`,
        );
      }
      if (Date.now() + backoff >= deadline) {
        throw new DatabaseUnreachableError(
          `cannot reach Neo4j at ${options.uri} within ${options.connectTimeoutMs} ms: ${describe(error)}`,
        );
      }
      await new Promise((resolveWait) => setTimeout(resolveWait, backoff));
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    }
  }
}

function isAuthenticationFailure(error: unknown): boolean {
  return error instanceof Neo4jError && /Security\.(Unauthorized|AuthenticationRateLimit)/.test(error.code);
}

function describe(error: unknown): string {
  return errorMessage(error).split('\n')[0];
}
