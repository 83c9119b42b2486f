import { loadConfig } from '../../src/config/config';
import { Connection } from '../../src/neo4j/connect';
import { RunningHttpServer } from '../../src/server/http-server';
import { startService } from '../../src/server/service';
import { openTestConnection } from '../support/database';

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

  it('answers the health query over GraphQL', async () => {
    const response = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status databaseReachable } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { health: { status: 'ok', databaseReachable: true } } });
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
