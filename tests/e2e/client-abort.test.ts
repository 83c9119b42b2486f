/**
 * A client that goes away mid-request is not a fault of the service: it is logged as
 * 'client closed request', at info, without a stack, and the service answers the next request.
 */
import { request } from 'node:http';
import { loadConfig } from '../../src/config/config';
import { Connection } from '../../src/neo4j/connect';
import { RunningService, startService } from '../../src/server/service';
import { openTestConnection } from '../support/database';

describe('a client that disconnects', () => {
  let connection: Connection;
  let service: RunningService;
  const logged: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  beforeAll(async () => {
    connection = await openTestConnection();
    service = await startService({
      config: { ...loadConfig(), port: 0 },
      database: connection.database,
      log: (level, message, fields) => logged.push({ level, message, fields }),
    });
  });
  afterAll(async () => {
    await service.close();
    await connection.close();
  });

  it('is logged as a closed request at info, without a stack', async () => {
    const url = new URL(`${service.url}/graphql`);
    await new Promise<void>((resolveSent) => {
      const sending = request({ host: url.hostname, port: url.port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '1000' } });
      sending.on('error', () => undefined);
      // A tenth of the promised body, then the connection goes.
      sending.write('{"query": "{ health { status } }", "padding": "', () => {
        sending.destroy();
        resolveSent();
      });
    });
    while (logged.length < 2) await new Promise((resolveWait) => setTimeout(resolveWait, 20));
    const reqId = logged.find((line) => line.message === 'client closed request')?.fields?.reqId;
    expect(logged).toEqual(
      expect.arrayContaining([
        { level: 'info', message: 'client closed request', fields: { reqId: expect.any(String) } },
        // The request's own line says the client closed it (nginx's 499), not the 200 it was never sent.
        {
          level: 'info',
          message: 'request',
          fields: { reqId, method: 'POST', path: '/graphql', operation: '(no operation)', status: 499, durationMs: expect.any(Number), errorCode: null },
        },
      ]),
    );
    expect(logged).toHaveLength(2);
    const next = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ health { status } }' }) });
    expect(await next.json()).toEqual({ data: { health: { status: 'ok' } } });
  });
});
