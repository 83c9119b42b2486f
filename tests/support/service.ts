/** Starts the real HTTP service on a free port against the test Neo4j, and speaks GraphQL to it. */
import { join } from 'node:path';
import { loadConfig } from '../../src/config/config';
import { loadPaths } from '../../src/loader/loader';
import { Connection } from '../../src/neo4j/connect';
import { RunningService, startService } from '../../src/server/service';
import { openTestConnection } from './database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions: { code: string; [key: string]: unknown } }[];
}

export interface TestService {
  readonly connection: Connection;
  readonly service: RunningService;
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * The service with the seed loaded; `env` holds its settings (API_KEY enables mutations), those of
 * its connection to Neo4j too. It starts without warming up, unless `warmUpMs` says otherwise.
 */
export async function startTestService(env: Record<string, string> = {}, { warmUpMs = 0 }: { warmUpMs?: number } = {}): Promise<TestService> {
  const connection = await openTestConnection(env);
  // A load's own long timeout: a cold server on a busy machine can take more than the API's 15 s.
  await loadPaths(connection.database, [join(__dirname, '..', '..', 'seeds')], { transactionTimeoutMs: 120_000 });
  const config = { ...loadConfig({ ...process.env, ...env }), port: 0 };
  const service = await startService({ config, database: connection.database, log: () => undefined, warmUpMs });
  return {
    connection,
    service,
    async query(query, variables = {}, headers = {}) {
      const response = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      await service.close();
      await connection.close();
    },
  };
}

/** The data of an answer that must have no errors. */
export async function expectData<T>(api: TestService, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await api.query<T>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}
