/**
 * Operations over HTTP: Prometheus metrics that count the requests made, and one JSON log line
 * per request.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config/config';
import { Connection } from '../../src/neo4j/connect';
import { RunningHttpServer } from '../../src/server/http-server';
import { jsonLogger } from '../../src/server/log';
import { startService } from '../../src/server/service';
import { sampleDocument, sampleIds } from '../support/annotations';
import { openTestConnection, uniqueId } from '../support/database';
import { startTestService, TestService } from '../support/service';

const API_KEY = 'operations-test-key';

/** The value of one sample of the metrics text, 0 when absent. */
function sample(metrics: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of metrics.split('\n')) {
    const match = /^([a-zA-Z0-9_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = match[2] === undefined ? [] : match[2].split(',');
    if (present.length === wanted.length && wanted.every((label) => present.includes(label))) return Number(match[3]);
  }
  return 0;
}

describe('operations', () => {
  let api: TestService;
  beforeAll(async () => {
    api = await startTestService({ API_KEY });
  });
  afterAll(() => api.close());

  async function scrape(): Promise<string> {
    const response = await fetch(`${api.service.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text();
  }

  it('GET /metrics counts the requests made, by operation and outcome, and the database reads they ran', async () => {
    const before = await scrape();
    for (let i = 0; i < 3; i += 1) expect((await api.query('query MetricsProbe { actor(id: "iraq") { id } }')).errors).toBeUndefined();
    const refused = await api.query('query MetricsProbeRefused { actor(id: "iraq") { relations(first: 101) { totalCount } } }');
    expect(refused.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await fetch(`${api.service.url}/no-such-page`)).status).toBe(404);
    const after = await scrape();

    const requests = (labels: Record<string, string>): number => sample(after, 'actorgraph_http_requests_total', labels) - sample(before, 'actorgraph_http_requests_total', labels);
    expect(requests({ operation: 'MetricsProbe', outcome: 'ok' })).toBe(3);
    expect(requests({ operation: 'MetricsProbeRefused', outcome: 'BAD_USER_INPUT' })).toBe(1);
    expect(requests({ operation: 'GET (no route)', outcome: 'ROUTE_NOT_FOUND' })).toBe(1);
    expect(sample(after, 'actorgraph_http_request_duration_seconds_count', { operation: 'MetricsProbe', outcome: 'ok' })).toBe(3);
    // One batched read per query (the actor loader): the refused one read its actor before its relations were refused.
    const reads = sample(after, 'actorgraph_neo4j_calls_total', { mode: 'read', outcome: 'ok' }) - sample(before, 'actorgraph_neo4j_calls_total', { mode: 'read', outcome: 'ok' });
    expect(reads).toBe(4);
    expect(sample(after, 'actorgraph_neo4j_calls_in_flight', { mode: 'read' })).toBe(0);
    expect(sample(after, 'actorgraph_neo4j_pool_max_connections')).toBe(50);
  });

  it('GET /metrics says which build is running', async () => {
    const version = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
    expect(sample(await scrape(), 'actorgraph_build_info', { version, nodejs: process.versions.node })).toBe(1);
  });

  it('answers the icon browsers ask for on every page, and each page names it', async () => {
    for (const path of ['/favicon.ico', '/favicon.svg']) {
      const response = await fetch(`${api.service.url}${path}`);
      expect([response.status, response.headers.get('content-type')]).toEqual([200, 'image/svg+xml']);
      expect(await response.text()).toMatch(/^<svg /);
    }
    for (const page of ['/', '/add', '/playground']) expect(await (await fetch(`${api.service.url}${page}`)).text()).toContain('<link rel="icon" href="/favicon.svg"');
  });

  it('keeps room for operations after 200 distinct static-file and unknown paths', async () => {
    const statics = ['/playground/react.js', '/playground/graphiql.css', '/explorer/explorer.js', '/favicon.ico'];
    for (let i = 0; i < 200; i += 1) {
      const path = i % 2 === 0 ? `${statics[i % statics.length]}?v=${i}` : `/static-${i}.js`;
      await (await fetch(`${api.service.url}${path}`)).arrayBuffer();
    }
    await fetch(`${api.service.url}/preflight-${uniqueId('p')}`, { method: 'OPTIONS' });
    const name = `RoomLeft${uniqueId('op').replace(/[^A-Za-z0-9]/g, '')}`;
    expect((await api.query(`query ${name} { stats { actors } }`)).errors).toBeUndefined();
    const metrics = await scrape();
    expect(sample(metrics, 'actorgraph_http_requests_total', { operation: name, outcome: 'ok' })).toBe(1);
    expect(metrics).not.toMatch(/operation="[^"]*static-\d+/);
    expect(metrics).not.toMatch(/operation="OPTIONS \/preflight/);
    expect(sample(metrics, 'actorgraph_http_requests_total', { operation: 'GET /playground/react.js', outcome: 'ok' })).toBeGreaterThanOrEqual(25);
  });

  it('GET /metrics shows the relations a load wrote and that no load is running', async () => {
    const before = await scrape();
    const ingested = await api.query(
      'mutation Ingest($document: JSONObject!) { ingestDocument(document: $document) { relationsCreated } }',
      { document: sampleDocument(sampleIds(uniqueId('metrics'))) },
      { authorization: `Bearer ${API_KEY}` },
    );
    expect(ingested.data).toEqual({ ingestDocument: { relationsCreated: 2 } });
    const after = await scrape();
    expect(sample(after, 'actorgraph_load_relations_written_total') - sample(before, 'actorgraph_load_relations_written_total')).toBe(2);
    expect(sample(after, 'actorgraph_loads_running')).toBe(0);
    expect(sample(after, 'actorgraph_http_requests_total', { operation: 'Ingest', outcome: 'ok' })).toBe(1);
  });
});

describe('the request log', () => {
  let service: RunningHttpServer;
  let connection: Connection;
  const lines: Record<string, unknown>[] = [];
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter((text) => text !== '')) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const config = { ...loadConfig(), port: 0 };
    connection = await openTestConnection();
    service = await startService({ config, database: connection.database, log: jsonLogger(sink) });
  });
  afterAll(async () => {
    await service.close();
    await connection.close();
  });

  it('writes one JSON line per request, with pino\'s fields: request id, operation, status, duration and error code', async () => {
    const ok = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query LogProbe { health { status } }' }),
    });
    expect(ok.status).toBe(200);
    await ok.text();
    const refused = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query LogProbeRefused { actors(first: 101) { totalCount } }' }),
    });
    await refused.text();

    const logged = lines.filter((line) => line.msg === 'request');
    expect(logged).toHaveLength(2);
    const [first, second] = logged;
    // pino's own fields, as its tools read them: 30 is info, the time is in milliseconds since the epoch.
    expect(first).toEqual({
      level: 30,
      time: expect.any(Number),
      pid: process.pid,
      hostname: expect.any(String),
      msg: 'request',
      reqId: ok.headers.get('x-request-id'),
      method: 'POST',
      path: '/graphql',
      operation: 'LogProbe',
      status: 200,
      durationMs: expect.any(Number),
      errorCode: null,
    });
    expect(second).toMatchObject({ reqId: refused.headers.get('x-request-id'), operation: 'LogProbeRefused', errorCode: 'BAD_USER_INPUT' });
  });
});
