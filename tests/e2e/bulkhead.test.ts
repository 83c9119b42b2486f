/**
 * A few requests full of slow traversals must not starve everyone else: traversals run within a
 * bound of their own (per request and over the service), so cheap reads keep connections, the
 * traversals that wait too long fail with DATABASE_BUSY (not INTERNAL_SERVER_ERROR), and /health
 * reports the database, which is fine, not the pool.
 */
import { uniqueId } from '../support/database';
import { GraphQLResponse, startTestService, TestService } from '../support/service';

const CLIQUE_SIZE = 16;

describe('a bulkhead for traversals', () => {
  let api: TestService;
  const prefix = uniqueId('clique');
  const member = (index: number): string => `${prefix}-${index}`;

  beforeAll(async () => {
    api = await startTestService({
      NEO4J_TRANSACTION_TIMEOUT_MS: '3000',
      MAX_TRAVERSAL_DEPTH: '8',
      MAX_CONCURRENT_TRAVERSALS: '3',
      MAX_TRAVERSALS_PER_REQUEST: '1',
    });
    // A clique: simple paths of up to 8 hops between two members number in the billions.
    await api.connection.database.write((runner) =>
      runner.run(
        `UNWIND range(1, $size) AS i CREATE (:Actor {id: $prefix + '-' + i, name: 'Clique member ' + i, kind: 'PERSON', aliases: [], roles: []})
         WITH count(*) AS created
         MATCH (a:Actor), (b:Actor) WHERE a.id STARTS WITH $prefix + '-' AND b.id STARTS WITH $prefix + '-' AND a.id < b.id
         CREATE (a)-[:COOPERATES_WITH {id: a.id + '-' + b.id}]->(b)`,
        { size: CLIQUE_SIZE, prefix },
      ),
    );
  });
  afterAll(async () => {
    await api.connection.database.write((runner) => runner.run('MATCH (a:Actor) WHERE a.id STARTS WITH $prefix DETACH DELETE a', { prefix }));
    await api.close();
  });

  it('keeps cheap reads and /health answering while slow traversals queue', async () => {
    let started = 0;
    const stop = api.connection.database.observe((cypher) => {
      if (cypher.includes('*1..8')) started += 1;
    });
    const slowPaths = Array.from({ length: 20 }, (_, index) => `p${index}: paths(from: "${member(1)}", to: "${member(2)}", maxDepth: 8) { length }`).join(' ');
    const hostile = Array.from({ length: 3 }, () => api.query(`{ ${slowPaths} }`));
    while (started < 3) await new Promise((resolveWait) => setTimeout(resolveWait, 50));
    await new Promise((resolveWait) => setTimeout(resolveWait, 300));

    expect(await api.query('{ actor(id: "iraq") { id } }')).toEqual({ status: 200, data: { actor: { id: 'iraq' } } });
    const health = await fetch(`${api.service.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: { reachable: true } });

    const answers: GraphQLResponse[] = await Promise.all(hostile);
    stop();
    const codes = answers.flatMap((answer) => (answer.errors ?? []).map((error) => error.extensions.code));
    // Those that ran answered (or hit the transaction timeout); those that waited too long were refused.
    expect(codes).toContain('DATABASE_BUSY');
    expect(codes.filter((code) => !['DATABASE_BUSY', 'QUERY_TIMEOUT'].includes(code))).toEqual([]);
    for (const answer of answers) expect(answer.status).toBe(200);
  }, 60_000);
});
