import { loadConfig } from '../../src/config/config';
import { Connection } from '../../src/neo4j/connect';
import { RunningHttpServer } from '../../src/server/http-server';
import { startService } from '../../src/server/service';
import { openTestConnection } from '../support/database';
import { freePort } from '../support/free-port';
import { PARSER_LOAD_WAIT_MS, testParser } from '../support/test-parser';

describe('the HTTP service', () => {
  let connection: Connection;
  let service: RunningHttpServer;
  beforeAll(async () => {
    connection = await openTestConnection();
    service = await startService({ config: { ...loadConfig(), port: 0 }, database: connection.database });
  });
  afterAll(async () => {
    await service.close();
    await connection.close();
  });

  it('answers GET /health with 200 and the database reachable', async () => {
    const response = await fetch(`${service.url}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; database: { reachable: boolean; latencyMs: number } };
    expect(body.status).toBe('ok');
    expect(body.database.reachable).toBe(true);
    expect(typeof body.database.latencyMs).toBe('number');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers the health query over GraphQL in the shape of GET /health, field for field', async () => {
    const response = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status database { reachable latencyMs } parser { state detail urls } } }' }),
    });
    expect(response.status).toBe(200);
    const overGraphQL = ((await response.json()) as { data: { health: { database: { latencyMs: number } } } }).data.health;
    const overHttp = (await (await fetch(`${service.url}/health`)).json()) as { database: { latencyMs: number } };
    expect(typeof overGraphQL.database.latencyMs).toBe('number');
    // Two checks, two latencies: everything else is the same.
    const withoutLatency = (health: { database: { latencyMs: number } }): unknown => ({ ...health, database: { ...health.database, latencyMs: 0 } });
    expect(withoutLatency(overGraphQL)).toEqual(withoutLatency(overHttp));
    expect(overHttp).toMatchObject({ status: 'ok', database: { reachable: true } });
  });

  it("reports the parser's state beside the database's, over HTTP and GraphQL, without letting it decide the status", async () => {
    const url = loadConfig().parser.urls[0];
    await (await testParser()).close();
    const body = (await (await fetch(`${service.url}/health`)).json()) as { status: string; parser: unknown };
    expect(body).toMatchObject({ status: 'ok', parser: { state: 'ready', urls: [url] } });
    const response = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status parser { state urls } } }' }),
    });
    expect(await response.json()).toEqual({ data: { health: { status: 'ok', parser: { state: 'ready', urls: [url] } } } });
  }, PARSER_LOAD_WAIT_MS + 10_000);

  it('reports a parser that cannot be reached as unavailable, and the service as ok', async () => {
    const nowhere = `http://127.0.0.1:${await freePort()}`;
    const elsewhere = await startService({ config: { ...loadConfig(), parser: { ...loadConfig().parser, urls: [nowhere] }, port: 0 }, database: connection.database });
    try {
      const body = (await (await fetch(`${elsewhere.url}/health`)).json()) as { status: string; parser: unknown };
      expect(body).toMatchObject({ status: 'ok', parser: { state: 'unavailable', detail: `no parser answers at ${nowhere}`, urls: [nowhere] } });
    } finally {
      await elsewhere.close();
    }
  });

  it('refuses a body over the size limit with 413 and a code', async () => {
    const response = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ health { status } }`, padding: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('answers an unknown path with 404 and a code', async () => {
    const response = await fetch(`${service.url}/nowhere`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'ROUTE_NOT_FOUND' } }] });
  });
});
