/**
 * /health reports the parsers' state without waiting on them: a parser deep in a long parse can be
 * slow to answer its readiness check, and /health must answer within a small bound whatever it is
 * doing. The parser here is a readiness endpoint that takes a second to answer, as a busy one can.
 */
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config/config';
import { connectParser } from '../../src/parser/connect-parser';

const SLOW_READY_MS = 1_000;

describe('the health of parsers run elsewhere', () => {
  let server: Server;
  let url: string;
  let probes = 0;

  beforeAll(async () => {
    server = createServer((request, response) => {
      probes += 1;
      setTimeout(() => response.writeHead(request.url === '/ready' ? 200 : 404).end(), SLOW_READY_MS);
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((closed) => server.close(closed));
  });

  it('waits for the first probe only, then answers from the last one while a fresh one runs', async () => {
    const connection = connectParser(loadConfig({ PARSER_URL: url }).parser, { log: () => undefined });
    // The first probe starts with the connection: the first call waits for it, and no longer.
    expect(await connection.health()).toMatchObject({ state: 'ready', detail: '1 of 1 parsers ready' });
    expect(probes).toBe(1);

    await new Promise((past) => setTimeout(past, 1_100));
    const started = performance.now();
    const stale = await connection.health();
    expect(performance.now() - started).toBeLessThan(50);
    expect(stale.state).toBe('ready');
    expect(stale.detail).toMatch(/^1 of 1 parsers ready \(as probed \d+ ms ago; a probe is under way\)$/);

    // The probe it started answers in its time, and the next call gives its answer as fresh.
    await new Promise((answered) => setTimeout(answered, SLOW_READY_MS + 100));
    expect(probes).toBe(2);
    expect((await connection.health()).detail).toBe('1 of 1 parsers ready');
    await connection.close();
  });
});
