/**
 * Hostile strings through every string argument of the API and every field of the loader: nothing
 * but the intended data is read or written, and every answer is data or a client error.
 */
import { countGraph } from '../../src/graph/ingest.repository';
import { objectSource } from '../../src/loader/annotation-source';
import { loadSources } from '../../src/loader/loader';
import { HOSTILE_STRINGS } from '../support/hostile-strings';
import { uniqueId } from '../support/database';
import { startTestService, TestService } from '../support/service';

const CLIENT_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'GRAPHQL_VALIDATION_FAILED'];

/** Every string argument, each query taking the hostile value as $s. */
const QUERIES: readonly string[] = [
  'query($s: ID!) { actor(id: $s) { id } }',
  'query($s: String) { actors(search: $s) { totalCount } }',
  'query($s: String) { actors(after: $s) { totalCount } }',
  'query($s: String!) { search(text: $s) { score } }',
  'query($s: ID!) { relation(id: $s) { id } }',
  'query($s: ID) { relations(actorId: $s) { totalCount } }',
  'query($s: ID) { relations(documentId: $s) { totalCount } }',
  'query($s: String) { relations(since: $s) { totalCount } }',
  'query($s: String) { relations(until: $s) { totalCount } }',
  'query($s: String) { relations(after: $s) { totalCount } }',
  'query($s: ID!) { timeline(actorId: $s) { id } }',
  'query($s: String) { timeline(actorId: "iraq", since: $s) { id } }',
  'query($s: ID!) { neighborhood(actorId: $s) { truncated } }',
  'query($s: ID!) { shortestPath(from: $s, to: "iraq") { length } }',
  'query($s: ID!) { allShortestPaths(from: "iraq", to: $s) { length } }',
  'query($s: ID!) { paths(from: $s, to: "iraq") { length } }',
  'query($s: ID!) { document(id: $s) { id } }',
  'query($s: String) { documents(after: $s) { totalCount } }',
  'query($s: String) { actor(id: "iraq") { relations(after: $s) { totalCount } } }',
];

describe('hostile input', () => {
  let api: TestService;
  beforeAll(async () => {
    api = await startTestService({ API_KEY: 'injection-key-0123456789' });
  });
  afterAll(() => api.close());

  const snapshot = async (): Promise<unknown> => ({
    counts: await api.connection.database.read(countGraph),
    iraq: (await api.query('{ actor(id: "iraq") { name aliases } }')).data,
    indexes: await api.connection.database.read((runner) => runner.run('SHOW INDEXES YIELD name RETURN name ORDER BY name')),
  });

  it('reads nothing unintended and changes nothing through any string argument', async () => {
    const before = await snapshot();
    for (const query of QUERIES) {
      for (const hostile of HOSTILE_STRINGS) {
        const response = await api.query(query, { s: hostile });
        expect(response.status).toBeLessThan(500);
        for (const error of response.errors ?? []) expect(CLIENT_CODES).toContain(error.extensions.code);
        const values = JSON.stringify(response.data ?? {});
        expect(values).not.toContain('owned');
      }
    }
    expect(await snapshot()).toEqual(before);
  }, 120_000);

  it('finds nothing by search for strings made of Lucene syntax', async () => {
    for (const text of ['*:*', '*', '?', '~', '\\', '""', '(*)', '+-&&||!']) {
      const response = await api.query<{ search: unknown[] }>('query($s: String!) { search(text: $s) { score } }', { s: text });
      expect(response.data).toEqual({ search: [] });
    }
  });

  it('stores hostile strings from a loaded document verbatim, as data, and nothing else', async () => {
    // Names over 1,000 characters are refused by the loader; the long string is checked below.
    const LOADABLE = HOSTILE_STRINGS.filter((hostile) => hostile.length <= 1_000);
    const prefix = uniqueId('hostile');
    const text = LOADABLE.join(' | ');
    const actors = LOADABLE.map((hostile, index) => ({
      id: `${prefix}-${index}`,
      name: hostile,
      kind: 'PERSON',
      aliases: [`${hostile} alias`],
      description: hostile,
      roles: [hostile],
      evidence: [{ quote: hostile }],
    }));
    const relations = LOADABLE.slice(1).map((hostile, index) => ({
      type: 'OPPOSES',
      from: `${prefix}-0`,
      to: `${prefix}-${index + 1}`,
      place: hostile,
      description: hostile,
      evidence: [{ quote: hostile }],
    }));
    const before = await api.connection.database.read(countGraph);
    await loadSources(api.connection.database, [objectSource('hostile.json', { document: { id: `${prefix}-doc`, title: HOSTILE_STRINGS[0], text }, actors, relations })]);
    const after = await api.connection.database.read(countGraph);
    expect(after).toEqual({
      documents: before.documents + 1,
      actors: before.actors + actors.length,
      relations: before.relations + relations.length,
      evidence: before.evidence + actors.length + relations.length,
    });
    const stored = await api.connection.database.read((runner) =>
      runner.run<{ name: string; description: string; aliases: string[] }>(
        'MATCH (a:Actor) WHERE a.id STARTS WITH $prefix RETURN a.name AS name, a.description AS description, a.aliases AS aliases ORDER BY toInteger(split(a.id, "-")[size(split(a.id, "-")) - 1])',
        { prefix: `${prefix}-` },
      ),
    );
    expect(stored.map((row) => row.name)).toEqual(LOADABLE);
    expect(stored.map((row) => row.description)).toEqual(LOADABLE);
    expect(stored.map((row) => row.aliases)).toEqual(LOADABLE.map((hostile) => [`${hostile} alias`]));
    const iraq = await api.query('{ actor(id: "iraq") { name } }');
    expect(iraq.data).toEqual({ actor: { name: 'Iraq' } });
  });

  it('refuses a value too long for the loader with the field named', async () => {
    const long = 'x'.repeat(20_000);
    const document = { document: { id: uniqueId('long'), title: long, text: long }, actors: [], relations: [] };
    await expect(loadSources(api.connection.database, [objectSource('long.json', document)])).rejects.toMatchObject({
      problems: ['long.json: document.title: expected at most 1000 characters, found 20000'],
    });
  });

  it('refuses hostile values in mutations as input errors, writing nothing', async () => {
    const before = await api.connection.database.read(countGraph);
    for (const hostile of HOSTILE_STRINGS) {
      const response = await api.query(
        'mutation($s: ID!, $t: String!) { upsertRelation(input: { type: ATTACKS, from: $s, to: "iraq", description: $t, documentId: $s, evidence: [{ quote: $t }] }) { id } }',
        { s: hostile, t: hostile },
        { authorization: 'Bearer injection-key-0123456789' },
      );
      expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    expect(await api.connection.database.read(countGraph)).toEqual(before);
  });
});
