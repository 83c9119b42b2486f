/**
 * Property-based fuzzing: random valid queries against the schema, with random argument values.
 * Whatever a client sends, the server answers data or a client error with a stable code, never
 * an unmasked or internal error, never a 5xx, and stays up.
 */
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { request } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { schemaSdl } from '../../src/graphql/schema';
import { startTestService, TestService } from '../support/service';

// FORBIDDEN, UNAUTHENTICATED: the review queue's reads need a key, which the fuzzer does not send.
const CLIENT_CODES = ['BAD_USER_INPUT', 'FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND', 'QUERY_TOO_COMPLEX', 'QUERY_TOO_DEEP', 'TOO_MANY_ALIASES', 'GRAPHQL_VALIDATION_FAILED', 'RESPONSE_TOO_LARGE'];
/** What a hostile shape may be refused with besides the client codes: a draft over MAX_CONCURRENT_DRAFTS. */
const HOSTILE_CODES = [...CLIENT_CODES, 'DRAFTING_BUSY'];
/** Each hostile request is answered within this; the fuzzer's default shapes answer in well under a second. */
const HOSTILE_ANSWER_MS = 5_000;
const SEED_IDS = ['iraq', 'qassem-soleimani', 'us-led-coalition', 'mohammed-shia-al-sudani', 'nobody'];

function valueFor(type: GraphQLInputType, schema: GraphQLSchema): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueFor(type.ofType, schema);
  if (isListType(type)) return fc.array(valueFor(type.ofType, schema), { maxLength: 4 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.name));
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return fc.oneof(fc.integer({ min: -5, max: 120 }), fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }));
      case 'ID':
        return fc.oneof(fc.constantFrom(...SEED_IDS), fc.string({ maxLength: 40 }));
      case 'String':
        return fc.oneof(fc.constantFrom('2020', '2023-10', '1999-02-30', 'Sudani', ''), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
      case 'Boolean':
        return fc.boolean();
      default:
        return fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });
    }
  }
  return fc.constant(null);
}

function leafSelection(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()).filter((field) => field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined));
  const parts = fields.flatMap((field) => {
    const named = getNamedType(field.type);
    if (!isObjectType(named)) return [field.name];
    return depth > 0 ? [`${field.name} { ${leafSelection(named, depth - 1)} }`] : [];
  });
  return parts.length > 0 ? parts.join(' ') : '__typename';
}

/** A query for one root field, its arguments as variables, with random values. */
function fieldQuery(field: GraphQLField<unknown, unknown>, schema: GraphQLSchema): fc.Arbitrary<{ query: string; variables: Record<string, unknown> }> {
  const args: readonly GraphQLArgument[] = field.args;
  const record = Object.fromEntries(args.map((arg) => [arg.name, isNonNullType(arg.type) ? valueFor(arg.type, schema) : fc.option(valueFor(arg.type, schema), { nil: undefined })]));
  return fc.record(record).map((variables) => {
    const declared = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
    const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const named = getNamedType(field.type);
    const selection = isObjectType(named) ? ` { ${leafSelection(named, 1)} }` : '';
    const query = `query${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
    return { query, variables: Object.fromEntries(Object.entries(variables).filter(([, value]) => value !== undefined)) };
  });
}

/**
 * A document of hostile shape: a chain of fragments, each spreading the next `spreads` times
 * (aliased or not, with variables used inside the fragments, and spreads and fields behind
 * `@include` and `@skip` on Boolean variables), aliases at the top, an Int variable with any value
 * (bad ones too), and unused variables of any size.
 */
const fragmentShapes = fc
  .record({
    fragments: fc.integer({ min: 1, max: 40 }),
    spreads: fc.integer({ min: 1, max: 3 }),
    aliasedSpreads: fc.boolean(),
    topAliases: fc.integer({ min: 1, max: 40 }),
    inline: fc.boolean(),
    first: fc.oneof(fc.integer({ min: -3, max: 200 }), fc.constantFrom<unknown>('NaN', 1.5, 2 ** 31, -(2 ** 31) - 1, null, [], {}, 'ten')),
    inner: fc.oneof(fc.integer({ min: -3, max: 120 }), fc.constantFrom<unknown>(null, 'two')),
    directive: fc.constantFrom('', '@include(if: $on)', '@skip(if: $on)', '@include(if: $on) @skip(if: $off)'),
    on: fc.oneof(fc.boolean(), fc.constantFrom<unknown>(null, 'yes', 1)),
    off: fc.boolean(),
    unused: fc.integer({ min: 0, max: 2_000 }),
    unusedSize: fc.integer({ min: 1, max: 200 }),
  })
  .map((shape) => {
    const chain = Array.from({ length: shape.fragments }, (_, index) => {
      if (index + 1 === shape.fragments) return `fragment F${index} on Actor { id name ${shape.inline ? `... on Actor ${shape.directive} { kind }` : ''} }`;
      const spreads = Array.from({ length: shape.spreads }, (_, copy) =>
        shape.aliasedSpreads ? `n${copy}: neighbors(first: $inner) ${shape.directive} { ...F${index + 1} }` : `...F${index + 1} ${shape.directive}`,
      );
      return `fragment F${index} on Actor { ${spreads.join(' ')} }`;
    });
    const top = Array.from({ length: shape.topAliases }, (_, index) => `a${index}: actors(first: $first) { edges { node { ...F0 } } }`);
    const query = `query Hostile($first: Int, $inner: Int, $on: Boolean!, $off: Boolean!) { ${top.join(' ')} } ${chain.join(' ')}`;
    const unused = Object.fromEntries(Array.from({ length: shape.unused }, (_, index) => [`u${index}`, 'x'.repeat(shape.unusedSize)]));
    return { query, variables: { first: shape.first, inner: shape.inner, on: shape.on, off: shape.off, ...unused } };
  });

/** Introspection nested to any depth, aliased, by `__schema` or by `__type` with a variable name. */
const introspectionShapes = fc
  .record({ nesting: fc.integer({ min: 0, max: 30 }), aliases: fc.integer({ min: 1, max: 35 }), byType: fc.boolean(), name: fc.constantFrom('Actor', 'Query', 'Nothing', '') })
  .map((shape) => {
    const ofType = `${'ofType { '.repeat(shape.nesting)}name${' }'.repeat(shape.nesting)}`;
    const root = shape.byType ? '__type(name: $name)' : '__schema { types';
    const close = shape.byType ? '' : ' }';
    const top = Array.from({ length: shape.aliases }, (_, index) => `i${index}: ${root} { name fields { name type { ${ofType} } } }${close}`);
    return { query: `query Introspect($name: String!) { ${top.join(' ')} }`, variables: { name: shape.name } };
  });

/**
 * Drafts: short texts, or texts past MAX_EXTRACT_CHARS (40,000 words here are about 240,000
 * characters), one or many at a time. A text just under the limit is a real draft that takes a
 * second or more of the event loop (several on a busy machine): hostile-queries.test.ts shows that
 * the cost refuses many of those at once.
 */
const draftShapes = fc
  .record({ words: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 40_000, max: 60_000 })), aliases: fc.integer({ min: 1, max: 30 }) })
  .map((shape) => {
    const text = Array.from({ length: shape.words }, (_, index) => ['Iraq', 'attacked', 'Iran', 'in', 'Baghdad.', 'The', 'Nineveh', 'Guard'][index % 8]).join(' ');
    const top = Array.from({ length: shape.aliases }, (_, index) => `d${index}: extractDocument(text: $text) { actors { id } relations { type } }`);
    return { query: `query Draft($text: String!) { ${top.join(' ')} }`, variables: { text } };
  });

const hostileShapes = fc.oneof(fragmentShapes, introspectionShapes, draftShapes);

/**
 * A POST on a connection of its own. A pooled keep-alive connection can be closed by the server
 * (its keep-alive timeout, counted while its event loop was busy elsewhere) just as the client
 * reuses it: a reset that says nothing about the request.
 */
function postOnFreshConnection(url: string, body: string, timeoutMs: number): Promise<{ status: number; body: string }> {
  return new Promise((resolveAnswer, rejectAnswer) => {
    const sent = request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(timeoutMs) }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolveAnswer({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', rejectAnswer);
    });
    sent.on('error', rejectAnswer);
    sent.end(body);
  });
}

/** The heap after a full collection: `gc` is made available for this measure only. */
function heapAfterCollection(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

describe('fuzzing the API', () => {
  let api: TestService;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    api = await startTestService();
    schema = buildSchema(await schemaSdl());
  });
  afterAll(() => api.close());

  it('answers random valid queries with data or client errors only', async () => {
    const outcomes: string[] = [];
    const queries = fc.oneof(...Object.values(schema.getQueryType()!.getFields()).map((field) => fieldQuery(field, schema)));
    await fc.assert(
      fc.asyncProperty(queries, async ({ query, variables }) => {
        const response = await api.query(query, variables);
        outcomes.push(response.errors ? String(response.errors[0].extensions.code) : 'data');
        expect(response.status).toBeLessThan(500);
        for (const error of response.errors ?? []) {
          // The query and variables are in the failure message, to reproduce a finding.
          expect({ query, variables, code: CLIENT_CODES.includes(error.extensions.code) ? 'a client code' : error.extensions.code }).toEqual({
            query,
            variables,
            code: 'a client code',
          });
          expect(error.message).not.toMatch(/Neo4jError|Cypher|at .+\.js/);
        }
      }),
      { numRuns: 150, seed: 20261124 },
    );
    // A fuzzer whose queries all fail validation would test nothing: most must reach the resolvers.
    expect(outcomes.filter((outcome) => outcome === 'GRAPHQL_VALIDATION_FAILED').length).toBeLessThan(outcomes.length / 4);
    expect(outcomes.filter((outcome) => outcome === 'data').length).toBeGreaterThan(outcomes.length / 4);
    expect((await fetch(`${api.service.url}/health`)).status).toBe(200);
  }, 180_000);

  it('answers random request bodies with 4xx and a code, never a crash', async () => {
    const bodies = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.json(),
      fc.record({ query: fc.string({ maxLength: 100 }), variables: fc.option(fc.jsonValue()) }).map((value) => JSON.stringify(value)),
    );
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const response = await fetch(`${api.service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        expect(response.status).toBeLessThan(500);
        const text = await response.text();
        expect(text).not.toMatch(/INTERNAL_SERVER_ERROR|at .+\.js/);
      }),
      { numRuns: 150, seed: 20261124 },
    );
    expect((await fetch(`${api.service.url}/health`)).status).toBe(200);
  }, 120_000);

  it('answers hostile query shapes with data or a coded refusal, each within a few seconds, and gives the memory back', async () => {
    // The service runs in this process, so its memory is this process's heap after a full collection
    // (RSS would count jest's own pages too, and never shrinks back).
    const before = heapAfterCollection();
    const outcomes = new Set<string>();
    let slowestMs = 0;
    await fc.assert(
      fc.asyncProperty(hostileShapes, async ({ query, variables }) => {
        // A request that takes longer than this fails the test: no answer may wait on a measure or a backlog.
        const started = performance.now();
        const response = await postOnFreshConnection(`${api.service.url}/graphql`, JSON.stringify({ query, variables }), HOSTILE_ANSWER_MS);
        const body = JSON.parse(response.body) as { data?: unknown; errors?: { extensions: { code: string } }[] };
        slowestMs = Math.max(slowestMs, performance.now() - started);
        expect(response.status).toBeLessThan(500);
        for (const error of body.errors ?? []) {
          expect({ query: query.slice(0, 300), code: HOSTILE_CODES.includes(error.extensions.code) ? 'a coded refusal' : error.extensions.code }).toEqual({
            query: query.slice(0, 300),
            code: 'a coded refusal',
          });
        }
        // Every code, not the first only: the aliases of one request end in any order, and the first error is the first to end.
        for (const error of body.errors ?? []) outcomes.add(error.extensions.code);
        if (body.errors === undefined) outcomes.add('data');
      }),
      { numRuns: 150, seed: 20261125 },
    );
    // The shapes reach the data as well as each refusal.
    expect([...outcomes].sort()).toEqual(expect.arrayContaining(['BAD_USER_INPUT', 'DRAFTING_BUSY', 'QUERY_TOO_COMPLEX', 'QUERY_TOO_DEEP', 'TOO_MANY_ALIASES', 'data']));
    expect(slowestMs).toBeLessThan(HOSTILE_ANSWER_MS);
    expect(api.service.measureCacheBytes()).toBeLessThanOrEqual(4_194_304);
    // Nothing a hostile client sent is kept: the heap is back within 40 MB of where it started.
    expect(heapAfterCollection() - before).toBeLessThan(40 * 1024 * 1024);
    expect((await fetch(`${api.service.url}/health`)).status).toBe(200);
  }, 300_000);
});
