/**
 * The read API over HTTP, like a client, against the real Neo4j loaded with the seed article.
 */
import { objectSource } from '../../src/loader/annotation-source';
import { loadSources } from '../../src/loader/loader';
import { uniqueId } from '../support/database';
import { startTestService, TestService } from '../support/service';

/** A document where hub i (`<prefix>-a`, `-b`, ...) attacks `leaves[i]` leaves, each relation with its own sentence. */
function starDocument(prefix: string, leaves: readonly number[]): Record<string, unknown> {
  const hubNames = leaves.map((_count, hub) => `Hub${String.fromCharCode(65 + hub)}`);
  const leafCount = Math.max(...leaves);
  const sentences = leaves.flatMap((count, hub) => Array.from({ length: count }, (_unused, leaf) => `${hubNames[hub]} attacked L${leaf}.`));
  return {
    document: { id: `${prefix}-doc`, title: 'Ranking', text: sentences.join(' ') },
    actors: [
      ...hubNames.map((name, hub) => ({ id: `${prefix}-${String.fromCharCode(97 + hub)}`, name: `${prefix} ${name}`, kind: 'ARMED_GROUP', evidence: [{ quote: name }] })),
      ...Array.from({ length: leafCount }, (_unused, leaf) => ({ id: `${prefix}-l${leaf}`, name: `${prefix} L${leaf}`, kind: 'PERSON', evidence: [{ quote: `L${leaf}.` }] })),
    ],
    relations: leaves.flatMap((count, hub) =>
      Array.from({ length: count }, (_unused, leaf) => ({
        type: 'ATTACKS',
        from: `${prefix}-${String.fromCharCode(97 + hub)}`,
        to: `${prefix}-l${leaf}`,
        description: `${hubNames[hub]} attacks L${leaf}.`,
        evidence: [{ quote: `${hubNames[hub]} attacked L${leaf}.` }],
      })),
    ),
  };
}

const SEED = 'iraq-coalition-talks';

interface Edge<T> {
  cursor: string;
  node: T;
}
interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Edge<T>[];
}

describe('the GraphQL API (reads)', () => {
  let api: TestService;
  beforeAll(async () => {
    api = await startTestService();
  });
  afterAll(() => api.close());

  async function data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await api.query<T>(query, variables);
    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
    return response.data!;
  }

  async function errorCode(query: string, variables: Record<string, unknown> = {}): Promise<string> {
    const response = await api.query(query, variables);
    expect(response.errors).toHaveLength(1);
    return response.errors![0].extensions.code;
  }

  it('finds the five actors the brief names, with their kinds and roles', async () => {
    const result = await data<Record<string, { name: string; kind: string; roles: string[] }>>(`{
      sudani: actor(id: "mohammed-shia-al-sudani") { name kind roles }
      khafaji: actor(id: "tahseen-al-khafaji") { name kind roles }
      nujaba: actor(id: "nujaba-movement") { name kind roles }
      coalition: actor(id: "us-led-coalition") { name kind roles }
      soleimani: actor(id: "qassem-soleimani") { name kind roles }
    }`);
    expect(result).toEqual({
      sudani: { name: 'Mohammed Shia al-Sudani', kind: 'PERSON', roles: ['Prime Minister of Iraq'] },
      khafaji: { name: 'Tahseen al-Khafaji', kind: 'PERSON', roles: ['Brigadier General', 'Spokesman for the Iraqi Joint Operations Command'] },
      nujaba: { name: 'Nujaba Movement', kind: 'ARMED_GROUP', roles: [] },
      coalition: { name: 'US-led coalition', kind: 'COALITION', roles: [] },
      soleimani: { name: 'Qassem Soleimani', kind: 'PERSON', roles: ['Commander of the Quds Force', 'General'] },
    });
  });

  it("gives an actor's degree as the number of its relations, either direction, counted in one query for many actors", async () => {
    const ids = ['iraq', 'united-states', 'us-led-coalition', 'qassem-soleimani', 'nujaba-movement'];
    const queries: string[] = [];
    const stop = api.connection.database.observe((query) => queries.push(query));
    const found = await data<Record<string, { degree: number; relations: { totalCount: number } }>>(
      `{ ${ids.map((id, index) => `a${index}: actor(id: "${id}") { degree relations(first: 1) { totalCount } }`).join(' ')} }`,
    );
    stop();
    const actors = Object.values(found);
    expect(actors).toHaveLength(ids.length);
    for (const actor of actors) expect(actor.degree).toBe(actor.relations.totalCount);
    expect(Math.max(...actors.map((actor) => actor.degree))).toBeGreaterThan(3);
    expect(queries.filter((query) => query.includes('AS degree'))).toHaveLength(1);
  });

  it('reads an empty type filter as every type, and a repeated type once', async () => {
    const { all, none, twice } = await data<Record<string, Connection<{ id: string }>>>(`{
      all: relations(first: 100) { edges { node { id } } }
      none: relations(first: 100, types: []) { edges { node { id } } }
      twice: relations(first: 100, types: [KILLED_BY, KILLED_BY]) { edges { node { id } } }
    }`);
    expect(none.edges).toEqual(all.edges);
    const killings = twice.edges.map((edge) => edge.node.id);
    expect(killings.length).toBeGreaterThanOrEqual(2);
    expect(new Set(killings).size).toBe(killings.length);
  });

  it('answers null for an unknown id, never an error', async () => {
    expect(await data(`{ actor(id: "nobody") { id } relation(id: "attacks-0000000000000000") { id } document(id: "none") { id } }`)).toEqual({
      actor: null,
      relation: null,
      document: null,
    });
  });

  it('finds a relation by the id a list gave, and lists documents', async () => {
    const { actor } = await data<{ actor: { relations: Connection<{ id: string }> } }>(
      `{ actor(id: "abu-mahdi-al-muhandis") { relations(types: [KILLED_BY]) { edges { node { id } } } } }`,
    );
    const id = actor.relations.edges[0].node.id;
    const { relation } = await data<{ relation: unknown }>(`query($id: ID!) { relation(id: $id) {
      id type symmetric place time { text start end } from { id } to { id } documents { id } } }`, { id });
    expect(relation).toEqual({
      id,
      type: 'KILLED_BY',
      symmetric: false,
      place: 'near Baghdad airport',
      time: { text: '2020', start: '2020-01-01', end: '2020-12-31' },
      from: { id: 'abu-mahdi-al-muhandis' },
      to: { id: 'united-states' },
      documents: [{ id: SEED }],
    });
    // The shared test graph holds other tests' documents too, some before the seed's id: page on to it.
    const listed: { id: string; title: string }[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const { documents }: { documents: Connection<{ id: string; title: string }> & { pageInfo: { endCursor: string | null; hasNextPage: boolean } } } = await data(
        `query($after: String) { documents(first: 100, after: $after) { totalCount edges { node { id title } } pageInfo { endCursor hasNextPage } } }`,
        { after },
      );
      listed.push(...documents.edges.map((edge) => edge.node));
      totalCount = documents.totalCount;
      after = documents.pageInfo.hasNextPage ? documents.pageInfo.endCursor : null;
    } while (after !== null && !listed.some((document) => document.id === SEED));
    expect(listed).toContainEqual({ id: SEED, title: 'Iraqi officials call on US-led coalition forces to leave the country' });
    expect(totalCount).toBeGreaterThanOrEqual(listed.length);
  });

  it('pages through actors by cursor without duplicates or gaps', async () => {
    const query = `query($after: String) { actors(kinds: [STATE], first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;
    const ids: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { actors }: { actors: Connection<{ id: string }> } = await data(query, { after });
      expect(actors.totalCount).toBe(5);
      ids.push(...actors.edges.map((edge) => edge.node.id));
      pages += 1;
      if (!actors.pageInfo.hasNextPage) break;
      after = actors.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(ids).toEqual(['iran', 'iraq', 'israel', 'syria', 'united-states']);
  });

  it('pages through the relations of a document, each once', async () => {
    const query = `query($after: String) { relations(documentId: "${SEED}", first: 10, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const { relations }: { relations: Connection<{ id: string }> } = await data(query, { after });
      expect(relations.totalCount).toBe(36);
      ids.push(...relations.edges.map((edge) => edge.node.id));
      after = relations.pageInfo.hasNextPage ? relations.pageInfo.endCursor : null;
    } while (after !== null);
    expect(ids).toHaveLength(36);
    expect(new Set(ids).size).toBe(36);
    expect([...ids].sort()).toEqual(ids);
  });

  it('filters an actor\'s relations by direction and type, reading symmetric relations both ways', async () => {
    const { actor } = await data<{ actor: Record<string, Connection<{ type: string; from: { id: string }; to: { id: string } }>> }>(`{
      actor(id: "united-states") {
        out: relations(direction: OUT, types: [INVADES, KILLED_BY, NEGOTIATES_WITH]) { totalCount edges { node { type from { id } to { id } } } }
        in: relations(direction: IN, types: [INVADES, KILLED_BY, NEGOTIATES_WITH]) { totalCount edges { node { type from { id } to { id } } } }
      }
    }`);
    const summary = (connection: Connection<{ type: string; from: { id: string }; to: { id: string } }>): string[] =>
      connection.edges.map(({ node }) => `${node.from.id} ${node.type} ${node.to.id}`).sort();
    expect(summary(actor.out)).toEqual([
      'iraq NEGOTIATES_WITH united-states',
      'mohammed-shia-al-sudani NEGOTIATES_WITH united-states',
      'united-states INVADES iraq',
    ]);
    expect(summary(actor.in)).toEqual([
      'abu-mahdi-al-muhandis KILLED_BY united-states',
      'iraq NEGOTIATES_WITH united-states',
      'mohammed-shia-al-sudani NEGOTIATES_WITH united-states',
      'qassem-soleimani KILLED_BY united-states',
    ]);
  });

  it('lists the distinct neighbours of an actor', async () => {
    const { actor } = await data<{ actor: { neighbors: { id: string }[] } }>(`{ actor(id: "qassem-soleimani") { neighbors { id } } }`);
    expect(actor.neighbors.map((n) => n.id)).toEqual(['quds-force', 'united-states']);
  });

  it('finds the shortest path from Soleimani to Sudani, through the United States', async () => {
    const { both, out, into } = await data<Record<string, { length: number; actors: { id: string }[]; relations: { type: string }[] } | null>>(`{
      both: shortestPath(from: "qassem-soleimani", to: "mohammed-shia-al-sudani") { length actors { id } relations { type } }
      out: shortestPath(from: "qassem-soleimani", to: "mohammed-shia-al-sudani", direction: OUT) { length actors { id } relations { type } }
      into: shortestPath(from: "qassem-soleimani", to: "mohammed-shia-al-sudani", direction: IN, maxDepth: 2) { length }
    }`);
    const expected = {
      length: 2,
      actors: [{ id: 'qassem-soleimani' }, { id: 'united-states' }, { id: 'mohammed-shia-al-sudani' }],
      relations: [{ type: 'KILLED_BY' }, { type: 'NEGOTIATES_WITH' }],
    };
    expect(both).toEqual(expected);
    expect(out).toEqual(expected);
    expect(into).toBeNull();
  });

  it('lists every shortest path and simple paths, shortest first, none visiting an actor twice', async () => {
    const result = await data<{ allShortestPaths: { length: number }[]; paths: { length: number; actors: { id: string }[] }[] }>(`{
      allShortestPaths(from: "qassem-soleimani", to: "mohammed-shia-al-sudani") { length }
      paths(from: "qassem-soleimani", to: "mohammed-shia-al-sudani", maxDepth: 3, limit: 20) { length actors { id } }
    }`);
    expect(result.allShortestPaths.length).toBeGreaterThanOrEqual(1);
    expect(result.allShortestPaths.every((path) => path.length === 2)).toBe(true);
    expect(result.paths[0].length).toBe(2);
    const lengths = result.paths.map((path) => path.length);
    expect([...lengths].sort((a, b) => a - b)).toEqual(lengths);
    for (const path of result.paths) expect(new Set(path.actors.map((actor) => actor.id)).size).toBe(path.actors.length);
    expect(result.paths.some((path) => path.length === 3)).toBe(true);
  });

  it('draws the 2-hop neighbourhood of the coalition as nodes and edges among them', async () => {
    const { neighborhood } = await data<{
      neighborhood: { nodes: { id: string; kind: string }[]; edges: { source: string; target: string; type: string }[]; truncated: boolean };
    }>(`{ neighborhood(actorId: "us-led-coalition", depth: 2) { nodes { id label kind degree } edges { id source target type symmetric } truncated edgesTruncated } }`);
    expect(neighborhood.nodes.map((node) => node.id).sort()).toEqual([
      'abu-mahdi-al-muhandis',
      'government-of-iraq',
      'iraq',
      'isis',
      'islamic-resistance-in-iraq',
      'israel',
      'mohammed-shia-al-sudani',
      'nujaba-movement',
      'qassem-soleimani',
      'united-states',
      'us-forces-iraq-syria',
      'us-led-coalition',
    ]);
    const ids = new Set(neighborhood.nodes.map((node) => node.id));
    for (const edge of neighborhood.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    expect(neighborhood.edges).toContainEqual(expect.objectContaining({ source: 'united-states', target: 'us-led-coalition', type: 'LEADS' }));
    expect(neighborhood.truncated).toBe(false);
    expect(neighborhood).toHaveProperty('edgesTruncated', false);

    const { small } = await data<{ small: { nodes: unknown[]; truncated: boolean } }>(
      `{ small: neighborhood(actorId: "us-led-coalition", depth: 2, limit: 3) { nodes { id } truncated } }`,
    );
    expect(small).toEqual({ nodes: expect.any(Array), truncated: true });
    expect(small.nodes).toHaveLength(4);
  });

  it('finds actors by full-text search, by name, alias and misspelling', async () => {
    const { sudani, misspelt, alias } = await data<Record<string, { actor: { id: string }; score: number }[]>>(`{
      sudani: search(text: "Sudani") { score actor { id } }
      misspelt: search(text: "Sulaimani") { score actor { id } }
      alias: search(text: "Iranian Revolutionary Guard") { score actor { id } }
    }`);
    expect(sudani[0].actor.id).toBe('mohammed-shia-al-sudani');
    expect(misspelt[0].actor.id).toBe('qassem-soleimani');
    expect(alias[0].actor.id).toBe('irgc');
    expect(sudani[0].score).toBeGreaterThan(0);

    // Misspellings are tried only when the words match no name or alias as they are.
    const searches: string[] = [];
    const stop = api.connection.database.observe((query, parameters) => {
      if (query.includes('queryNodes')) searches.push(String(parameters.query));
    });
    await data('{ search(text: "Sudani") { score } }');
    await data('{ search(text: "Sulaimani") { score } }');
    stop();
    expect(searches).toEqual(['(sudani^4 OR sudani*^2)', '(sulaimani^4 OR sulaimani*^2)', '(sulaimani^4 OR sulaimani*^2 OR sulaimani~2)']);
  });

  it('orders a timeline by time, partial dates by their first day', async () => {
    const { timeline } = await data<{ timeline: { type: string; time: { text: string; start: string | null } }[] }>(
      `{ timeline(actorId: "united-states") { type time { text start end } } }`,
    );
    const starts = timeline.map((relation) => relation.time.start ?? '');
    expect([...starts].sort()).toEqual(starts);
    expect(timeline.slice(0, 3).map((relation) => `${relation.type} ${relation.time.text}`)).toEqual(['INVADES 2003', 'PRESENT_IN 2003/..', 'WITHDRAWS_FROM 2011']);
    const { since } = await data<{ since: { time: { text: string } }[] }>(`{ since: timeline(actorId: "united-states", since: "2023-11") { time { text } } }`);
    // A presence since 2003 that has not ended overlaps the window too.
    expect(since.map((relation) => relation.time.text)).toEqual(['2003/..', '2023-10-07/..', '2023-10-07/..', '2024', '2024', '2024']);
  });

  it('serves quotes that equal the document text at their offsets', async () => {
    const { document } = await data<{
      document: { text: string; relations: { id: string; evidence: { quote: string; start: number; end: number; document: { id: string } }[] }[] };
    }>(`{ document(id: "${SEED}") { title text date { text } relations { id evidence { quote start end document { id } } } actors { id } } }`);
    expect(document.relations).toHaveLength(36);
    for (const relation of document.relations) {
      expect(relation.evidence.length).toBeGreaterThan(0);
      for (const evidence of relation.evidence) expect(document.text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    }
  });

  it('reads an actor and the first page of its relations in one statement, the page it reads apart', async () => {
    const page = 'relations(first: 4, direction: OUT) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id type time { text } from { id name } to { id kind roles } } } }';
    const queries: string[] = [];
    const stop = api.connection.database.observe((query) => queries.push(query));
    const together = await data<{ actor: { name: string; relations: Connection<unknown> } }>(`{ actor(id: "united-states") { name ${page} } }`);
    stop();
    expect(queries).toHaveLength(1);
    expect(together.actor.relations.edges).toHaveLength(4);
    // Two relations fields: the actor is read first, then each page on its own.
    const apart = await data<{ actor: { name: string; relations: Connection<unknown> } }>(`{ actor(id: "united-states") { name ${page} one: relations(first: 1) { totalCount } } }`);
    expect({ name: apart.actor.name, relations: apart.actor.relations }).toEqual(together.actor);
    expect(await data('{ actor(id: "no-such-actor") { relations(first: 4) { totalCount } } }')).toEqual({ actor: null });
    // A bad page argument is still the relations field's error, at its path.
    const response = await api.query('{ actor(id: "united-states") { name relations(first: 101) { totalCount } } }');
    expect(response.errors?.[0]?.path).toEqual(['actor', 'relations']);
  });

  it('reads only the selected fields of an actor read with its relations, and answers as the whole row would', async () => {
    const fields = 'id name kind aliases description roles reviewed reviewedBy reviewedAt wikidataId';
    const statements: { query: string; parameters: Record<string, unknown> }[] = [];
    const stop = api.connection.database.observe((query, parameters) => statements.push({ query, parameters }));
    const narrow = await data<{ actor: Record<string, unknown> }>('{ actor(id: "united-states") { name relations(first: 2) { totalCount } } }');
    stop();
    expect(statements).toHaveLength(1);
    expect(statements[0].parameters.rootActorKeys).toEqual(['id', 'name']);
    expect(narrow.actor).toEqual({ name: 'United States', relations: { totalCount: expect.any(Number) } });
    const together = await data<{ actor: Record<string, unknown> }>(`{ actor(id: "united-states") { ${fields} relations(first: 2) { totalCount } } }`);
    const alone = await data<{ actor: Record<string, unknown> }>(`{ actor(id: "united-states") { ${fields} } }`);
    expect(together.actor).toEqual({ ...alone.actor, relations: { totalCount: expect.any(Number) } });
    // A partial row read with the relations never answers another read of the same actor in that request.
    const both = await data<{ a: { name: string }; b: Record<string, unknown> }>(`{ a: actor(id: "united-states") { name relations(first: 1) { totalCount } } b: actor(id: "united-states") { ${fields} } }`);
    expect(both.b).toEqual(alone.actor);
  });

  it("reads only the selected fields of a list's relations and actors, and answers as the whole rows would", async () => {
    const statements: { query: string; parameters: Record<string, unknown> }[] = [];
    const stop = api.connection.database.observe((query, parameters) => statements.push({ query, parameters }));
    const narrow = await data<{ relations: Connection<{ id: string; from: { name: string } }> }>('{ relations(first: 40) { edges { node { id from { name } } } } }');
    const whole = await data<{ relations: Connection<{ id: string; description: string; from: { name: string; roles: string[]; wikidataId: string | null } }> }>(
      '{ relations(first: 40) { edges { node { id description from { name roles wikidataId } } } } }',
    );
    stop();
    expect(statements).toHaveLength(2);
    // One statement for both selections (one plan); the parameters say which fields each reads.
    expect(statements[0].query).toBe(statements[1].query);
    // Each list begins with the id, and never holds fewer than two names (one plan for every selection: see rowFieldParameters).
    expect(statements[0].parameters).toMatchObject({ relationKeys: ['id', 'id'], actorKeys: ['id', 'name'] });
    expect(statements[1].parameters).toMatchObject({ relationKeys: ['id', 'description'], actorKeys: ['id', 'name', 'roles', 'wikidataId'] });
    expect(narrow.relations.edges.map((edge) => edge.node)).toEqual(whole.relations.edges.map(({ node }) => ({ id: node.id, from: { name: node.from.name } })));
    expect(whole.relations.edges.every(({ node }) => node.description.length > 0 && Array.isArray(node.from.roles))).toBe(true);
  });

  it('resolves 50 relations with both ends and their quotes in a few queries, not one per item', async () => {
    const queries: string[] = [];
    const stop = api.connection.database.observe((query) => queries.push(query));
    const { relations } = await data<{ relations: Connection<unknown> }>(`{
      relations(first: 50) { edges { node { id type from { id name degree } to { id name } evidence { quote document { id title } } documents { id } } } }
    }`);
    stop();
    expect(relations.edges.length).toBeGreaterThanOrEqual(36);
    expect(queries.length).toBeLessThanOrEqual(5);
  });

  it('counts actors by kind and relations by type', async () => {
    const { stats } = await data<{ stats: { actors: number; relations: number; actorKinds: { count: number }[]; relationTypes: { type: string; count: number }[] } }>(
      '{ stats { actors relations actorKinds { kind count } relationTypes { type count } } }',
    );
    expect(stats.actors).toBe(stats.actorKinds.reduce((sum, row) => sum + row.count, 0));
    expect(stats.relations).toBe(stats.relationTypes.reduce((sum, row) => sum + row.count, 0));
    expect(stats.relationTypes.find((row) => row.type === 'KILLED_BY')?.count).toBeGreaterThanOrEqual(2);
  });

  it('ranks the most connected actors by degree, ties by id', async () => {
    type Top = { stats: { mostConnected: { id: string; degree: number }[] } };
    const [top] = (await data<Top>('{ stats(mostConnected: 1) { mostConnected { id degree } } }')).stats.mostConnected;
    // Three hubs above every actor already in the graph: a with top + 2 relations, b and c with top + 1.
    const prefix = uniqueId('ranked');
    const hubs = [`${prefix}-a`, `${prefix}-b`, `${prefix}-c`];
    await loadSources(api.connection.database, [objectSource('ranking', starDocument(prefix, [top.degree + 2, top.degree + 1, top.degree + 1]))]);
    const { stats } = await data<Top>('{ stats(mostConnected: 3) { mostConnected { id degree } } }');
    expect(stats.mostConnected).toEqual([
      { id: hubs[0], degree: top.degree + 2 },
      { id: hubs[1], degree: top.degree + 1 },
      { id: hubs[2], degree: top.degree + 1 },
    ]);
  });

  it.each([
    ['a page size over the maximum', '{ actors(first: 101) { totalCount } }', 'BAD_USER_INPUT'],
    ['a page size that makes the query too costly', '{ actors(first: 100000) { edges { node { id } } } }', 'QUERY_TOO_COMPLEX'],
    ['a cursor that is not one', '{ actors(after: "garbage") { totalCount } }', 'BAD_USER_INPUT'],
    ['a depth over the maximum', '{ neighborhood(actorId: "iraq", depth: 99) { truncated } }', 'BAD_USER_INPUT'],
    ['a date that does not exist', '{ relations(since: "2023-13") { totalCount } }', 'BAD_USER_INPUT'],
    ['an unknown relation type', '{ relations(types: [LOVES]) { totalCount } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['a path from an unknown actor', '{ shortestPath(from: "nobody", to: "iraq") { length } }', 'NOT_FOUND'],
    ['a path from an actor to itself', '{ shortestPath(from: "iraq", to: "iraq") { length } }', 'BAD_USER_INPUT'],
    ['a neighbourhood of an unknown actor', '{ neighborhood(actorId: "nobody") { truncated } }', 'NOT_FOUND'],
  ])('refuses %s with a stable code and no internals', async (_name, query, code) => {
    expect(await errorCode(query)).toBe(code);
    const response = await api.query(query);
    expect(JSON.stringify(response)).not.toMatch(/MATCH|Neo4jError|at .*\.js/);
    expect(response.errors![0].extensions.requestId).toEqual(expect.any(String));
  });
});
