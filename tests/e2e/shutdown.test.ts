/**
 * The built service as a user runs it, with LOG_FORMAT=json: every line it prints is a JSON log
 * line, and SIGTERM drains the HTTP server: a request in flight when the signal arrives is still
 * answered, then the process ends with code 0. The drain is bounded: a request that does not
 * finish in time has its connection closed.
 */
import { request } from 'node:http';
import { loadConfig } from '../../src/config/config';
import { startService } from '../../src/server/service';
import { openTestConnection } from '../support/database';
import { runMain } from '../support/main-process';

/** Sends a request's headers now, and its body only when `sendBody` is called. */
function requestInTwoParts(url: string, body: string): { accepted: Promise<void>; sendBody: () => void; response: Promise<{ status: number; text: string }> } {
  const outgoing = request(`${url}/graphql`, {
    method: 'POST',
    // 100-continue: the server says it has the request (and our handler runs) before the body is sent.
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' },
  });
  const accepted = new Promise<void>((resolveAccepted) => outgoing.once('continue', () => resolveAccepted()));
  const response = new Promise<{ status: number; text: string }>((resolveResponse, rejectResponse) => {
    outgoing.once('response', (incoming) => {
      let text = '';
      incoming.on('data', (chunk: Buffer) => (text += chunk.toString()));
      incoming.on('end', () => resolveResponse({ status: incoming.statusCode ?? 0, text }));
    });
    outgoing.once('error', rejectResponse);
  });
  outgoing.flushHeaders();
  return { accepted, sendBody: () => outgoing.end(body), response };
}

describe('the built service with LOG_FORMAT=json', () => {
  it('logs JSON lines only, and answers a request in flight at SIGTERM before it stops', async () => {
    const config = loadConfig();
    const main = runMain({
      NEO4J_URI: config.neo4j.uri!,
      NEO4J_PASSWORD: config.neo4j.password,
      PORT: '0',
      LOAD_SEEDS_ON_START: 'false',
      LOG_FORMAT: 'json',
      WARM_UP_MS: '0',
    });
    try {
      const [, url] = await main.waitFor(/GraphQL at (http:\/\/[^\s,"]+)\/graphql/, 60_000);
      const inFlight = requestInTwoParts(url, JSON.stringify({ query: 'query Drained { health { status } }' }));
      await inFlight.accepted;

      main.child.kill('SIGTERM');
      await main.waitFor(/shutting down/, 10_000);
      inFlight.sendBody();
      expect(await inFlight.response).toEqual({ status: 200, text: '{"data":{"health":{"status":"ok"}}}\n' });
      expect(await main.exited).toEqual({ code: 0, signal: null });

      const lines = main.output().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      // pino's own fields: 30 is info, the time is in milliseconds since the epoch.
      for (const line of lines) expect(line).toEqual(expect.objectContaining({ level: 30, time: expect.any(Number), msg: expect.any(String), pid: main.child.pid }));
      const messages = lines.map((line) => line.msg);
      expect(messages[0]).toBe(`connected to Neo4j at ${config.neo4j.uri}`);
      expect(messages).toContain('SIGTERM received, shutting down: no new connections, requests in flight have 10000 ms to finish');
      expect(messages[messages.length - 1]).toBe('stopped');
      expect(lines.filter((line) => line.msg === 'request')).toEqual([
        expect.objectContaining({ reqId: expect.any(String), method: 'POST', path: '/graphql', operation: 'Drained', status: 200, errorCode: null }),
      ]);
    } finally {
      if (main.child.exitCode === null) main.child.kill('SIGKILL');
    }
  }, 90_000);

  it('closes a request still in flight once the drain bound has passed, so shutdown cannot hang', async () => {
    const connection = await openTestConnection();
    try {
      const service = await startService({ config: { ...loadConfig(), port: 0, shutdownDrainMs: 100 }, database: connection.database, log: () => undefined });
      const stuck = requestInTwoParts(service.url, JSON.stringify({ query: '{ health { status } }' }));
      await stuck.accepted;
      // The body never comes: close() must still end, by closing the connection after the bound.
      await service.close();
      await expect(stuck.response).rejects.toThrow('socket hang up');
    } finally {
      await connection.close();
    }
  });
});
