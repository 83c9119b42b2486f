/**
 * What a client without a key can send to take the service down or make it answer 500, and how
 * each is refused with a code of the client's: fragments that double at every level, megabytes of
 * unused variables, answers far larger than their cost, bad variable values; and the standard
 * introspection query, which must always pass.
 */
import { getIntrospectionQuery } from 'graphql';
import { SAMPLE_TEXT, sampleDocument, sampleIds } from '../support/annotations';
import { uniqueId } from '../support/database';
import { GraphQLResponse, startTestService, TestService } from '../support/service';

const KEY = 'hostile-queries-key-0123456789';

/** `count` fragments, each spreading the next twice: about 200 tokens for 23, 2^24 selections once expanded. */
function explodingFragments(count: number): string {
  const fragments = Array.from({ length: count }, (_, index) =>
    index + 1 < count ? `fragment F${index} on Actor { ...F${index + 1} ...F${index + 1} }` : `fragment F${index} on Actor { id name }`,
  );
  return `{ actor(id: "iraq") { ...F0 } } ${fragments.join(' ')}`;
}

describe('hostile queries', () => {
  let api: TestService;
  beforeAll(async () => {
    api = await startTestService({ API_KEY: KEY, MAX_BODY_BYTES: '3000000', MEASURE_CACHE_BYTES: '8192' });
  });
  afterAll(() => api.close());

  const post = async (body: string): Promise<GraphQLResponse> => {
    const response = await fetch(`${api.service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    return { status: response.status, ...((await response.json()) as object) };
  };

  /** The answer to `query`, and how long it took. */
  const timed = async (query: string, variables?: Record<string, unknown>): Promise<{ response: GraphQLResponse; ms: number }> => {
    const started = performance.now();
    const response = await api.query(query, variables);
    return { response, ms: performance.now() - started };
  };

  it('refuses fragments that double at every level with QUERY_TOO_COMPLEX, measuring each fragment once, each within a second', async () => {
    // Before, the depth measure walked every spread again: 12 s of a frozen event loop, then a 500.
    const { response, ms } = await timed(explodingFragments(23));
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(response.errors?.[0].message).toBe('query has 16777216 selections once its fragments are expanded; at most 10000 are allowed');
    expect(ms).toBeLessThan(1_000);
    const deeper = await timed(explodingFragments(200));
    expect(deeper.response.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(deeper.response.errors?.[0].message).toMatch(/^query has more than 10\^15 selections/);
    expect(deeper.ms).toBeLessThan(1_000);
  }, 10_000);

  it('answers a value the complexity library itself refuses with a coded 400: null for an argument that is non-null with a default', async () => {
    // Validation lets a nullable variable stand for `depth: Int! = 1`; the library's own coercion of a null then throws.
    const response = await api.query('query($d: Int) { neighborhood(actorId: "iraq", depth: $d) { truncated } }', { d: null });
    expect(response).toEqual({
      status: 400,
      errors: [{ message: 'Argument "depth" of non-null type "Int!" must not be null.', extensions: { code: 'BAD_USER_INPUT', requestId: expect.any(String) } }],
    });
    expect((await api.query('query($d: Int) { neighborhood(actorId: "iraq", depth: $d) { truncated } }', { d: 2 })).errors).toBeUndefined();
  });

  it('refuses an oversized id, cursor, date or list with BAD_USER_INPUT naming the argument, before anything reaches the database', async () => {
    const queries: string[] = [];
    const stop = api.connection.database.observe((cypher) => queries.push(cypher));
    const megabyte = 'a'.repeat(1_048_000);
    const refusals = [
      await api.query('query($id: ID!) { actor(id: $id) { name } }', { id: megabyte }),
      await api.query(`{ paths(from: "iraq", to: "${'b'.repeat(129)}") { length } }`),
      await api.query('query($after: String) { actors(after: $after) { totalCount } }', { after: 'c'.repeat(9_047) }),
      await api.query('query($since: String) { relations(since: $since) { totalCount } }', { since: '2020'.repeat(9) }),
      await api.query('query($types: [RelationType!]) { relations(types: $types) { totalCount } }', { types: Array.from({ length: 101 }, () => 'ATTACKS') }),
      await api.query('{ actor(id: "iraq") { relations(types: [' + 'ATTACKS '.repeat(101) + ']) { totalCount } } }'),
    ];
    stop();
    expect(refusals.map((refusal) => [refusal.status, refusal.errors?.[0].extensions.code, refusal.errors?.[0].extensions.argument, refusal.errors?.[0].message])).toEqual([
      [400, 'BAD_USER_INPUT', 'id', 'id: expected at most 128 characters, found 1048000'],
      [400, 'BAD_USER_INPUT', 'to', 'to: expected at most 128 characters, found 129'],
      [400, 'BAD_USER_INPUT', 'after', 'after: expected at most 9046 characters, found 9047'],
      [400, 'BAD_USER_INPUT', 'since', 'since: expected at most 32 characters, found 36'],
      [400, 'BAD_USER_INPUT', 'types', 'types: expected at most 100 entries, found 101'],
      [400, 'BAD_USER_INPUT', 'types', 'types: expected at most 100 entries, found 101'],
    ]);
    expect(queries).toEqual([]);
    // At the limit, they pass on to the resolvers.
    expect(await api.query('query($id: ID!) { actor(id: $id) { name } }', { id: 'a'.repeat(128) })).toEqual({ status: 200, data: { actor: null } });
  });

  it('refuses thirty drafts of a long text at once by their cost, refuses a draft over MAX_CONCURRENT_DRAFTS, and still drafts a normal text', async () => {
    const long = `${SAMPLE_TEXT} `.repeat(Math.floor(200_000 / (SAMPLE_TEXT.length + 1)));
    const thirty = `query($text: String!) { ${Array.from({ length: 30 }, (_, index) => `d${index}: extractDocument(text: $text) { warnings }`).join(' ')} }`;
    const { response, ms } = await timed(thirty, { text: long });
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(ms).toBeLessThan(1_000);

    // Drafts at once, of the default two slots: two are drafted; of three, the third is refused (and, the field being non-null, the data with it).
    const drafts = (count: number): string =>
      `query($text: String!) { ${Array.from({ length: count }, (_, index) => `d${index}: extractDocument(text: $text) { actors { id } }`).join(' ')} }`;
    const two = await api.query<Record<string, { actors: { id: string }[] }>>(drafts(2), { text: SAMPLE_TEXT });
    expect(two.errors).toBeUndefined();
    expect(two.data?.d0.actors.length).toBeGreaterThan(0);
    expect(two.data?.d1).toEqual(two.data?.d0);
    const three = await api.query(drafts(3), { text: SAMPLE_TEXT });
    expect(three.status).toBe(200);
    expect(three.errors?.map((error) => [error.path, error.extensions.code, error.message])).toEqual([
      [['d2'], 'DRAFTING_BUSY', '2 drafts were running, the most allowed at once; try again shortly'],
    ]);

    // The refused request answers at once, while its two drafts may still run: a client tries again shortly, as the message says.
    const draftOne = () => api.query<{ extractDocument: { actors: { id: string }[] } }>('query($text: String!) { extractDocument(text: $text) { actors { id } } }', { text: SAMPLE_TEXT });
    let one = await draftOne();
    for (let attempt = 0; attempt < 50 && one.errors?.[0]?.extensions.code === 'DRAFTING_BUSY'; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      one = await draftOne();
    }
    expect(one.errors).toBeUndefined();
    expect(one.data?.extractDocument.actors).toEqual(two.data?.d0.actors);
  });

  it('keeps no memory for unused variables, and a bounded measure cache for used ones', async () => {
    const query = 'query($n: Int) { actors(first: $n) { totalCount } }';
    expect((await api.query(query, { n: 3 })).errors).toBeUndefined();
    const held = api.service.measureCacheBytes();
    expect(held).toBeGreaterThan(0);
    for (let request = 0; request < 40; request += 1) {
      const unused = Object.fromEntries(Array.from({ length: 2_000 }, (_, index) => [`v${index}`, request * 1e6 + index + 0.5]));
      const response = await api.query(query, { n: 3, ...unused });
      expect(response.errors).toBeUndefined();
    }
    expect(api.service.measureCacheBytes()).toBe(held);
    // Used variables do enter the key, each distinct value a cost of its own: the cache stays within its bound.
    for (let n = 1; n <= 100; n += 1) expect((await api.query(query, { n })).errors).toBeUndefined();
    expect(api.service.measureCacheBytes()).toBeLessThanOrEqual(8192);
    expect(api.service.measureCacheBytes()).toBeGreaterThan(8192 / 2);
  });

  it('refuses an answer larger than MAX_RESPONSE_BYTES with RESPONSE_TOO_LARGE, and sends a large one under it', async () => {
    const ids = sampleIds(uniqueId('large-text'));
    const annotated = sampleDocument(ids) as { document: { text: string } };
    // Nearly a MB of text (under MAX_DOCUMENT_CHARS) after the sample sentences, which the quotes point into.
    annotated.document.text = `${SAMPLE_TEXT} ${'All quiet on the front. '.repeat(40_000)}`;
    const ingested = await api.query('mutation($document: JSONObject!) { ingestDocument(document: $document) { quotes } }', { document: annotated }, {
      authorization: `Bearer ${KEY}`,
    });
    expect(ingested.errors).toBeUndefined();
    const aliases = (count: number): string => Array.from({ length: count }, (_, index) => `a${index}: document(id: "${ids.document}") { text }`).join(' ');

    const one = await api.query<{ a0: { text: string } }>(`{ ${aliases(1)} }`);
    expect(one.errors).toBeUndefined();
    expect(one.data?.a0.text.length).toBe(annotated.document.text.length);

    // Twenty of them cost 20 * 1001, under MAX_QUERY_COST, but make 19 MB, over the 16 MiB default.
    const twenty = await api.query(`{ ${aliases(20)} }`);
    expect(twenty.status).toBe(400);
    expect(twenty.data).toBeUndefined();
    expect(twenty.errors).toEqual([
      {
        message: 'the answer is larger than 16777216 bytes (MAX_RESPONSE_BYTES); ask for fewer items, aliases or text fields',
        extensions: { code: 'RESPONSE_TOO_LARGE', requestId: expect.any(String) },
      },
    ]);
    // The cost counts a document's text as large: sixty of them are refused before anything runs.
    const sixty = await api.query(`{ ${Array.from({ length: 3 }, (_, group) => `g${group}: documents(first: 20) { edges { node { text } } }`).join(' ')} }`);
    expect(sixty.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers bad variable values with 400 BAD_USER_INPUT, not 500', async () => {
    const page = 'query($n: Int) { actors(first: $n) { totalCount } }';
    const badInts: [string, string][] = [
      ['"NaN"', 'Int cannot represent non-integer value: "NaN"'],
      ['1.5', 'Int cannot represent non-integer value: 1.5'],
      [String(2 ** 31), 'Int cannot represent non 32-bit signed integer value: 2147483648'],
      // JSON.parse reads 1e309 as Infinity.
      ['1e309', 'Int cannot represent non-integer value: Infinity'],
    ];
    for (const [raw, message] of badInts) {
      const response = await post(`{"query": ${JSON.stringify(page)}, "variables": {"n": ${raw}}}`);
      expect({ raw, status: response.status, code: response.errors?.[0].extensions.code, message: response.errors?.[0].message }).toEqual({
        raw,
        status: 400,
        code: 'BAD_USER_INPUT',
        message: `Variable "$n" got invalid value ${raw === '1e309' ? 'Infinity' : raw}; ${message}`,
      });
    }
    const badEnum = await api.query('query($d: Direction!) { neighborhood(actorId: "iraq", direction: $d) { truncated } }', { d: 'SIDEWAYS' });
    expect(badEnum.status).toBe(400);
    expect(badEnum.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(badEnum.errors?.[0].message).toMatch(/^Variable "\$d" got invalid value "SIDEWAYS"; Value "SIDEWAYS" does not exist in "Direction" enum/);
    const arrayForObject = await api.query('mutation($input: ActorInput!) { upsertActor(input: $input) { id } }', { input: [1, 2] });
    expect(arrayForObject.status).toBe(400);
    expect(arrayForObject.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(arrayForObject.errors?.[0].message).toMatch(/^Variable "\$input" got invalid value \[1, 2\]; Expected type "ActorInput" to be an object/);
  });

  it('answers the standard introspection query, with every option, in full', async () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    const response = await api.query<{ __schema: { queryType: { name: string }; types: unknown[] } }>(query);
    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
    expect(response.data?.__schema.queryType.name).toBe('Query');
    expect(response.data?.__schema.types.length).toBeGreaterThan(30);
    // Still bounded: introspection nested past its own limit is refused.
    const nested = `{ __type(name: "Actor") { fields { type { ${'ofType { '.repeat(20)}name${' }'.repeat(20)} } } } }`;
    const deep = await api.query(nested);
    expect(deep.errors?.[0]).toMatchObject({ message: 'introspection depth 24 exceeds the maximum 20', extensions: { code: 'QUERY_TOO_DEEP' } });
  });
});
