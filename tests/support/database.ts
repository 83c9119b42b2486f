/** Opens the test Neo4j (set up by the global setup) the way the service does; `env` changes settings of the connection (pool size, timeouts). */
import { loadConfig } from '../../src/config/config';
import { RELATION_TYPE_NAMES } from '../../src/graph/vocabulary';
import { connect, Connection } from '../../src/neo4j/connect';

export function openTestConnection(env: Record<string, string> = {}): Promise<Connection> {
  return connect(loadConfig({ ...process.env, ...env }).neo4j, RELATION_TYPE_NAMES, () => undefined);
}

/** A prefix that keeps one test's data apart from every other test's. */
export function uniqueId(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Runs one read query on the test connection and returns its rows. */
export function readerOf(connection: () => Connection): <T>(query: string, parameters?: Record<string, unknown>) => Promise<T[]> {
  return <T>(query: string, parameters: Record<string, unknown> = {}) => connection().database.read((runner) => runner.run(query, parameters)) as Promise<T[]>;
}
