/**
 * A few requests full of slow traversals must not starve everyone else: traversals run within a
 * bound of their own (per request and over the service), so cheap reads keep connections, the
 * traversals that wait too long fail with DATABASE_BUSY (not INTERNAL_SERVER_ERROR), and /health
 * reports the database, which is fine, not the pool. Exports pass the same bounds, and a pool that
 * is really full (fewer connections than traversal slots) is reported as DATABASE_BUSY too.
 */
import { startCliqueService } from '../support/clique';
import { uniqueId } from '../support/database';
import { GraphQLResponse, startTestService, TestService } from '../support/service';

const CLIQUE_SIZE = 16;
/** The test's own writes are not held to the service's short transaction timeout. */
const SETUP_TIMEOUT_MS = 180_000;
const wait = (ms: number): Promise<void> => new Promise((resolveWait) => setTimeout(resolveWait, ms));

describe('a bulkhead for traversals', () => {
  let api: TestService;
  const prefix = uniqueId('clique');
  const member = (index: number): string => `${prefix}-${index}`;
  /** `count` aliases of simple paths of up to 8 hops between two members: billions of them, each until the transaction timeout. */
  const slowPaths = (count: number): string =>
    `{ ${Array.from({ length: count }, (_, index) => `p${index}: paths(from: "${member(1)}", to: "${member(2)}", maxDepth: 8) { length }`).join(' ')} }`;

  /** Sends `requests`, and resolves once `running` of their traversals have reached the database. */
  async function startSlowTraversals(service: TestService, requests: string[], running: number): Promise<{ answers: Promise<GraphQLResponse[]>; stop: () => void }> {
    let started = 0;
    const stop = service.connection.database.observe((cypher) => {
      if (cypher.includes('*1..8')) started += 1;
    });
    const answers = Promise.all(requests.map((query) => service.query(query)));
    while (started < running) await wait(50);
    await wait(300);
    return { answers, stop };
  }

  beforeAll(async () => {
    // The slow traversals outlast the wait for a slot, so that what waits is refused while they run.
    api = await startCliqueService(prefix, CLIQUE_SIZE, { NEO4J_TRANSACTION_TIMEOUT_MS: '8000', NEO4J_ACQUISITION_TIMEOUT_MS: '2000' });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => api.close(), SETUP_TIMEOUT_MS);

  it('keeps cheap reads and /health answering while slow traversals queue, and refuses a neighbourhood export like a traversal', async () => {
    const hostile = await startSlowTraversals(api, Array.from({ length: 3 }, () => slowPaths(20)), 3);

    expect(await api.query('{ actor(id: "iraq") { id } }')).toEqual({ status: 200, data: { actor: { id: 'iraq' } } });
    const health = await fetch(`${api.service.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: { reachable: true } });
    // A neighbourhood export is a traversal: with every slot held, it is refused before its first byte.
    const exported = await fetch(`${api.service.url}/export?format=edges.csv&actorId=${member(3)}&depth=2`);
    expect(exported.status).toBe(503);
    expect(await exported.json()).toEqual({
      errors: [{ message: 'the service is busy with other queries; try again shortly', extensions: { code: 'DATABASE_BUSY', requestId: expect.any(String) } }],
    });

    const answers = await hostile.answers;
    hostile.stop();
    const codes = answers.flatMap((answer) => (answer.errors ?? []).map((error) => error.extensions.code));
    // Those that ran answered (or hit the transaction timeout); those that waited too long were refused.
    expect(codes).toContain('DATABASE_BUSY');
    expect(codes.filter((code) => !['DATABASE_BUSY', 'QUERY_TIMEOUT'].includes(code))).toEqual([]);
    for (const answer of answers) expect(answer.status).toBe(200);
    // An answer can come before its running traversals end (a null in a non-null field ends it); once they do, the slots are free again.
    let after = await fetch(`${api.service.url}/export?format=edges.csv&actorId=${member(3)}&depth=2`);
    for (let attempt = 0; after.status === 503 && attempt < 5; attempt += 1) after = await fetch(`${api.service.url}/export?format=edges.csv&actorId=${member(3)}&depth=2`);
    expect(after.status).toBe(200);
  }, 90_000);

  describe('with one whole-graph export at a time', () => {
    let exporting: TestService;
    beforeAll(async () => {
      exporting = await startTestService({ MAX_CONCURRENT_EXPORTS: '1', NEO4J_ACQUISITION_TIMEOUT_MS: '1000' });
    }, SETUP_TIMEOUT_MS);
    afterAll(() => exporting.close());

    it('refuses a whole-graph export over MAX_CONCURRENT_EXPORTS with a JSON 503 before its first byte, and frees the slot when its client leaves', async () => {
      // Twenty megabytes of aliases: far more than the sockets buffer, so an export whose client stops reading stays open.
      const bulk = uniqueId('bulk');
      await exporting.connection.database.write((runner) =>
        runner.run(`UNWIND range(1, 1000) AS i CREATE (:Actor {id: $bulk + '-' + i, name: 'Bulk ' + i, kind: 'PERSON', aliases: [x IN range(1, 10) | $alias + x], roles: []})`, {
          bulk,
          alias: 'n'.repeat(2_000),
        }),
        SETUP_TIMEOUT_MS,
      );
      try {
        const reader = new AbortController();
        const first = await fetch(`${exporting.service.url}/export?format=nodes.csv`, { signal: reader.signal });
        expect(first.status).toBe(200);
        // One chunk read, then nothing: the export waits on its client, holding the only slot.
        await first.body!.getReader().read();

        const started = performance.now();
        const second = await fetch(`${exporting.service.url}/export?format=graphml`);
        expect(second.status).toBe(503);
        expect(await second.json()).toEqual({
          errors: [{ message: 'the service is busy with other queries; try again shortly', extensions: { code: 'DATABASE_BUSY', requestId: expect.any(String) } }],
        });
        // Refused after NEO4J_ACQUISITION_TIMEOUT_MS, not after the first export.
        expect(performance.now() - started).toBeLessThan(5_000);

        reader.abort();
        let third = await fetch(`${exporting.service.url}/export?format=nodes.csv`);
        for (let attempt = 0; third.status === 503 && attempt < 5; attempt += 1) third = await fetch(`${exporting.service.url}/export?format=nodes.csv`);
        expect(third.status).toBe(200);
        expect((await third.text()).split('\n').length).toBeGreaterThan(1_000);
      } finally {
        await exporting.connection.database.write((runner) => runner.run('MATCH (a:Actor) WHERE a.id STARTS WITH $bulk DETACH DELETE a', { bulk }), SETUP_TIMEOUT_MS);
      }
    }, 90_000);
  });

  describe('with fewer connections than traversal slots', () => {
    let small: TestService;
    beforeAll(async () => {
      // Two connections, and the default eight traversal slots: two slow traversals fill the pool itself.
      small = await startTestService({
        NEO4J_POOL_SIZE: '2',
        NEO4J_TRANSACTION_TIMEOUT_MS: '4000',
        NEO4J_ACQUISITION_TIMEOUT_MS: '1000',
        MAX_TRAVERSAL_DEPTH: '8',
      });
    }, SETUP_TIMEOUT_MS);
    afterAll(() => small.close());

    it('answers a read that finds the pool full with DATABASE_BUSY, while /health, with its own connection, answers 200', async () => {
      const hostile = await startSlowTraversals(small, [slowPaths(1), slowPaths(1)], 2);
      const started = performance.now();
      const read = await small.query('{ actor(id: "iraq") { id } }');
      expect(read).toEqual({
        status: 200,
        data: { actor: null },
        errors: [
          {
            message: 'the service is busy with other queries; try again shortly',
            path: ['actor'],
            extensions: { code: 'DATABASE_BUSY', requestId: expect.any(String) },
          },
        ],
      });
      // It waited for a connection for NEO4J_ACQUISITION_TIMEOUT_MS, not for the slow traversals.
      expect(performance.now() - started).toBeLessThan(3_500);
      const health = await fetch(`${small.service.url}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', database: { reachable: true } });
      await hostile.answers;
      hostile.stop();
      expect(await small.query('{ actor(id: "iraq") { id } }')).toEqual({ status: 200, data: { actor: { id: 'iraq' } } });
    }, 60_000);
  });
});
