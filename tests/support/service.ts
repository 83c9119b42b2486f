/** Starts the real HTTP service on a free port against the test Neo4j, and speaks GraphQL to it. */
import { join } from 'node:path';
import { loadConfig } from '../../src/config/config';
import { loadPaths } from '../../src/loader/loader';
import { Connection } from '../../src/neo4j/connect';
import { RunningService, startService } from '../../src/server/service';
import { openTestConnection } from './database';
import { checkQuotesAfterEach } from './quotes';
import { PARSER_LOAD_WAIT_MS } from './test-parser';

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
  // A draft waits for the run's parser to load its models however early its suite runs (the order
  // of suites is jest's), as a command does, rather than the API's 20 s.
  const config = { ...loadConfig({ PARSER_READY_WAIT_MS: String(PARSER_LOAD_WAIT_MS), ...process.env, ...env }), port: 0 };
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

/** The two services a test of mutations needs: one without an API key (writes off) and one that takes `key`. */
export interface WriteServices {
  readonly open: TestService;
  readonly keyed: TestService;
}

/**
 * Starts both services before the file's tests and closes them after, and checks after each test
 * that every quote still fits its document. Read the fields inside tests and hooks only.
 */
export function withWriteServices(key: string): WriteServices {
  const services: { open?: TestService; keyed?: TestService } = {};
  beforeAll(async () => {
    services.open = await startTestService({ API_KEY: '' });
    services.keyed = await startTestService({ API_KEY: key });
  });
  afterAll(async () => {
    await services.open?.close();
    await services.keyed?.close();
  });
  checkQuotesAfterEach(() => services.keyed!.connection.database);
  return {
    get open(): TestService {
      return services.open!;
    },
    get keyed(): TestService {
      return services.keyed!;
    },
  };
}
