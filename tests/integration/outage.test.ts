/**
 * The real Neo4j stops while the service runs: requests fail fast with DATABASE_UNAVAILABLE and
 * /health says 503; when it is back, the same requests succeed without a restart of the service,
 * and a write acknowledged before the stop is there. A Neo4j that freezes (SIGSTOP: connections
 * stay open, nothing answers) is met by the service's own deadline, not waited out.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/config';
import { RELATION_TYPE_NAMES } from '../../src/graph/vocabulary';
import { loadPaths } from '../../src/loader/loader';
import { connect, Connection, localServerOptions } from '../../src/neo4j/connect';
import { LocalServer, LocalServerOptions, startLocalServer } from '../../src/neo4j/local-server';
import { RunningHttpServer } from '../../src/server/http-server';
import { startService } from '../../src/server/service';

/** A port free now, so that two checkouts running this suite do not meet. */
function freePort(): Promise<number> {
  return new Promise((resolvePort) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

const KEY = 'outage-key-0123456789';

describe('a database outage while the service runs', () => {
  const home = mkdtempSync(join(tmpdir(), 'actorgraph-outage-'));
  const base = loadConfig({ ...process.env, NEO4J_TRANSACTION_TIMEOUT_MS: '3000', NEO4J_RETRY_TIME_MS: '1000', NEO4J_ACQUISITION_TIMEOUT_MS: '2000', API_KEY: KEY });
  let serverOptions: LocalServerOptions;
  // Unassigned until the set-up gets that far.
  let server: LocalServer | undefined;
  let connection: Connection | undefined;
  let service: RunningHttpServer | undefined;
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the set-up did not finish');
    return value;
  };

  beforeAll(async () => {
    serverOptions = { ...localServerOptions(base.neo4j, () => undefined), homeDir: home, port: await freePort(), heapMb: 512, pageCacheMb: 16 };
    server = await startLocalServer(serverOptions);
    connection = await connect({ ...base.neo4j, uri: server.uri, username: 'neo4j' }, RELATION_TYPE_NAMES, () => undefined);
    // A load has its own long timeout in the service; the short one here is for the outage.
    await loadPaths(connection.database, [join(__dirname, '..', '..', 'seeds')], { transactionTimeoutMs: 120_000 });
    service = await startService({ config: { ...base, port: 0 }, database: connection.database, log: () => undefined });
  }, 120_000);

  afterAll(async () => {
    // Whatever started is stopped, even when the set-up failed halfway.
    await service?.close();
    await connection?.close();
    await server?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  const query = async (body: string, headers: Record<string, string> = {}): Promise<{ data?: unknown; errors?: { extensions: { code: string } }[] }> =>
    (await fetch(`${ready(service).url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: body }) })).json() as Promise<{
      data?: unknown;
      errors?: { extensions: { code: string } }[];
    }>;
  const READ = '{ actor(id: "qassem-soleimani") { name relations { totalCount } } }';

  /** The answer to READ once it has no errors, asked once a second for up to 30 s; the last answer otherwise. */
  async function recovered(): Promise<unknown> {
    let answer = await query(READ);
    for (let attempt = 1; attempt < 30 && answer.errors; attempt += 1) {
      await new Promise((resolveWait) => setTimeout(resolveWait, 1_000));
      answer = await query(READ);
    }
    return answer;
  }

  it('fails fast while Neo4j is down and recovers by itself when it is back', async () => {
    const write = await query(
      `mutation { upsertActor(input: { id: "written-before-outage", name: "Before", kind: PERSON, documentId: "iraq-coalition-talks", evidence: [{ quote: "Iraqi officials" }] }) { id } }`,
      { authorization: `Bearer ${KEY}` },
    );
    expect(write).toEqual({ data: { upsertActor: { id: 'written-before-outage' } } });
    expect(await query(READ)).toEqual({ data: { actor: { name: 'Qassem Soleimani', relations: { totalCount: 2 } } } });

    await ready(server).stop();

    const started = Date.now();
    const failed = await query(READ);
    expect(Date.now() - started).toBeLessThan(3_000 + 1_000 + 5_000);
    expect(failed.errors?.[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(JSON.stringify(failed)).not.toMatch(/ServiceUnavailable|ECONNREFUSED|bolt:/);
    const health = await fetch(`${ready(service).url}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'unavailable', database: { reachable: false } });

    server = await startLocalServer(serverOptions);
    expect(await recovered()).toEqual({ data: { actor: { name: 'Qassem Soleimani', relations: { totalCount: 2 } } } });
    expect((await fetch(`${ready(service).url}/health`)).status).toBe(200);
    expect(await query('{ actor(id: "written-before-outage") { name } }')).toEqual({ data: { actor: { name: 'Before' } } });
  }, 180_000);

  it('answers DATABASE_UNAVAILABLE by its deadline while Neo4j is frozen, and recovers when it wakes', async () => {
    expect(await query(READ)).toEqual({ data: { actor: { name: 'Qassem Soleimani', relations: { totalCount: 2 } } } });
    const pid = ready(ready(server).pid);
    process.kill(pid, 'SIGSTOP');
    let woken = false;
    // The freeze lasts 25 s; the deadline is the connection wait (2 s), the transaction timeout (3 s), the retry time (1 s) and 1 s.
    const wake = new Promise<void>((resolveWoken) =>
      setTimeout(() => {
        woken = true;
        process.kill(pid, 'SIGCONT');
        resolveWoken();
      }, 25_000),
    );
    try {
      const frozen = await Promise.all([query(READ), query('{ stats { actors } }')]);
      expect(woken).toBe(false);
      for (const answer of frozen) expect(answer.errors?.[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    } finally {
      await wake;
    }
    expect(await recovered()).toEqual({ data: { actor: { name: 'Qassem Soleimani', relations: { totalCount: 2 } } } });
  }, 120_000);
});
