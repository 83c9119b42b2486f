/**
 * Each limit refuses a query just over it, with its own code, and lets one just under it through.
 */
import { loadConfig } from '../../src/config/config';
import { Database } from '../../src/neo4j/database';
import { startTestService, TestService } from '../support/service';

describe('query limits', () => {
  let api: TestService;
  beforeAll(async () => {
    api = await startTestService({
      MAX_QUERY_DEPTH: '6',
      MAX_ALIASES: '3',
      MAX_QUERY_COST: '397',
      MAX_QUERY_TOKENS: '120',
      MAX_BODY_BYTES: '4096',
      MAX_TRAVERSAL_DEPTH: '3',
      MAX_PATHS: '5',
      MAX_PAGE_SIZE: '100',
      MAX_SUBGRAPH_EDGES: '3',
    });
  });
  afterAll(() => api.close());

  async function expectAllowed(query: string): Promise<void> {
    const response = await api.query(query);
    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
  }

  async function expectRefused(query: string, code: string, message: RegExp): Promise<void> {
    const queries: string[] = [];
    const stop = api.connection.database.observe((cypher) => queries.push(cypher));
    const response = await api.query(query);
    stop();
    expect(response.errors?.[0].extensions.code).toBe(code);
    expect(response.errors?.[0].message).toMatch(message);
    expect(response.data ?? null).toBeNull();
    expect(queries).toEqual([]);
  }

  it('limits the depth of selections', async () => {
    await expectAllowed('{ actor(id: "iraq") { relations { edges { node { from { id } } } } } }');
    await expectRefused('{ actor(id: "iraq") { relations { edges { node { from { neighbors { id } } } } } } }', 'QUERY_TOO_DEEP', /^query depth 7 exceeds the maximum 6$/);
  });

  it('limits the number of aliases', async () => {
    await expectAllowed('{ a: actor(id: "iraq") { id } b: actor(id: "iran") { id } c: actor(id: "israel") { id } }');
    await expectRefused(
      '{ a: actor(id: "iraq") { id } b: actor(id: "iran") { id } c: actor(id: "israel") { id } d: actor(id: "syria") { id } }',
      'TOO_MANY_ALIASES',
      /^query uses 4 aliases; at most 3 are allowed$/,
    );
  });

  it('limits the cost, counting a list by its page size', async () => {
    await expectAllowed('{ actors(first: 99) { edges { node { id name } } } }');
    await expectRefused('{ actors(first: 100) { edges { node { id name } } } }', 'QUERY_TOO_COMPLEX', /^query cost 401 exceeds the maximum 397/);
  });

  it('counts variables in the cost, since they decide page sizes', async () => {
    const query = 'query($n: Int) { actors(first: $n) { edges { node { id name } } } }';
    expect((await api.query(query, { n: 99 })).errors).toBeUndefined();
    expect((await api.query(query, { n: 100 })).errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    // Measures are kept per query text: the same text and variables are judged the same again.
    expect((await api.query(query, { n: 99 })).errors).toBeUndefined();
    expect((await api.query(query, { n: 100 })).errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('counts fields that a boolean variable includes', async () => {
    const query = 'query($more: Boolean!) { actors(first: 60) { edges { node { id name } } } again: actors(first: 60) @include(if: $more) { edges { node { id name } } } }';
    expect((await api.query(query, { more: false })).errors).toBeUndefined();
    expect((await api.query(query, { more: true })).errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('limits the number of tokens before parsing further', async () => {
    const fields = (n: number): string => Array.from({ length: n }, () => 'id').join(' ');
    await expectAllowed(`{ actor(id: "iraq") { ${fields(100)} } }`);
    const response = await api.query(`{ actor(id: "iraq") { ${fields(200)} } }`);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_PARSE_FAILED' }, message: expect.stringMatching(/contains more th[ae]t? 120 tokens/) });
  });

  it('limits the body size', async () => {
    const post = (padding: number): Promise<Response> =>
      fetch(`${api.service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ health { status } }', extensions: { padding: 'x'.repeat(padding) } }),
      });
    expect((await post(3900)).status).toBe(200);
    const refused = await post(5000);
    expect(refused.status).toBe(413);
    expect(await refused.json()).toMatchObject({ errors: [{ message: 'request body exceeds 4096 bytes', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('limits the relations of a neighbourhood, and says so', async () => {
    const response = await api.query('{ neighborhood(actorId: "us-led-coalition", depth: 2, limit: 12) { nodes { id } edges { id } truncated edgesTruncated } }');
    expect(response.errors).toBeUndefined();
    const neighborhood = (response.data as { neighborhood: { nodes: unknown[]; edges: unknown[]; truncated: boolean; edgesTruncated: boolean } }).neighborhood;
    expect(neighborhood.nodes.length).toBeGreaterThan(3);
    expect(neighborhood.edges).toHaveLength(3);
    expect(neighborhood).toMatchObject({ truncated: false, edgesTruncated: true });
  });

  it('limits page sizes, traversal depth and path counts', async () => {
    await expectAllowed('{ actors(first: 100) { totalCount } }');
    await expectRefused('{ relations(first: 101) { totalCount } }', 'BAD_USER_INPUT', /^first: expected a whole number from 1 to 100, found 101$/);
    await expectAllowed('{ neighborhood(actorId: "iraq", depth: 3, limit: 5) { truncated } }');
    await expectRefused('{ neighborhood(actorId: "iraq", depth: 4, limit: 5) { truncated } }', 'BAD_USER_INPUT', /^depth: expected a whole number from 1 to 3, found 4$/);
    await expectAllowed('{ paths(from: "iraq", to: "iran", limit: 5) { length } }');
    await expectRefused('{ paths(from: "iraq", to: "iran", limit: 6) { length } }', 'BAD_USER_INPUT', /^limit: expected a whole number from 1 to 5, found 6$/);
  });

  it('ends a database call that runs past the transaction timeout', async () => {
    const config = loadConfig().neo4j;
    const database = new Database(api.connection.database.driver, { database: config.database, transactionTimeoutMs: 300 });
    const started = Date.now();
    await expect(
      database.read((runner) => runner.run('UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n')),
    ).rejects.toThrow(/timeout|terminated/i);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
