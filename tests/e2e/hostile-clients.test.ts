/**
 * What a client, with or without a key, can no longer make the service hold (issue 20), each class
 * with inputs of this test's own, against the real service and Neo4j: memory that levels off under
 * distinct large queries (1); drafting and ingesting that leave /health and small queries answering
 * (2); limits that hold across requests and on every path (4); CSV cells that are not formulas (5);
 * writes Neo4j cancelled, answered with a code that says to send them again (6).
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parse } from 'csv-parse/sync';
import { uniqueId } from '../support/database';
import { GraphQLResponse, startTestService, TestService } from '../support/service';
import { runMain } from '../support/main-process';
import { statementDocument } from '../support/statement-document';
import { PARSER_LOAD_WAIT_MS } from '../support/test-parser';

const API_KEY = 'hostile-clients-key';
const AUTHORIZED = { authorization: `Bearer ${API_KEY}` };
const INGEST = 'mutation($document: JSONObject!) { ingestDocument(document: $document, acceptProposed: true) { relationsCreated } }';
/** Loading the seed into a cold Neo4j on a busy machine can take longer than a test's own minute. */
const SETUP_TIMEOUT_MS = 180_000;
const codesOf = (response: GraphQLResponse): string[] => (response.errors ?? []).map((error) => error.extensions.code);

/** Milliseconds a request takes from sending to its whole answer. */
async function timed(request: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await request();
  return performance.now() - started;
}

describe('hostile and careless clients', () => {
  let api: TestService;
  const prefix = uniqueId('hostile');

  beforeAll(async () => {
    api = await startTestService({ API_KEY, MAX_EXTRACT_CHARS: '200000' });
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await api.connection.database.write((runner) => runner.run('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix }));
    // Quotes are nodes of their own, named by their document's id: the documents' quotes go with them.
    await api.connection.database.write((runner) => runner.run('MATCH (e:Evidence) WHERE e.documentId STARTS WITH $prefix DELETE e', { prefix }));
    await api.close();
  }, SETUP_TIMEOUT_MS);

  it('class 1: memory levels off while distinct large queries arrive (each padded by a long comment)', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heapAfter = async (from: number, count: number): Promise<number> => {
      for (let index = from; index < from + count; index += 1) {
        const response = await api.query(`query Padded${index} { __typename }\n# ${String(index).padEnd(400_000, 'x')}`);
        expect(response.status).toBe(200);
      }
      gc();
      return getHeapStatistics().used_heap_size;
    };
    const first = await heapAfter(0, 100);
    const second = await heapAfter(100, 100);
    const third = await heapAfter(200, 100);
    process.stdout.write(`heap after 100, 200, 300 padded queries: ${[first, second, third].map((bytes) => `${Math.round(bytes / 1_048_576)} MB`).join(', ')}\n`);
    // 100 queries of 400,000 characters are 80 MB as JavaScript strings: kept, the heap would grow by that much each time.
    expect(third - first).toBeLessThan(30 * 1_048_576);
  }, 300_000);

  // The service runs as its own process, as it does in use: the test process holds every earlier suite's heap, and its
  // collections would be counted against the service's answers.
  it('class 2: /health and a small query answer within 200 ms (99 in 100) while the largest draft and a large ingest run', async () => {
    const main = runMain({
      NEO4J_URI: process.env.NEO4J_URI!,
      PARSER_URL: process.env.PARSER_URL!,
      PARSER_READY_WAIT_MS: String(PARSER_LOAD_WAIT_MS),
      API_KEY,
      MAX_EXTRACT_CHARS: '200000',
      WARM_UP_MS: '0',
      PORT: '0',
    });
    try {
      const [, url] = await main.waitFor(/GraphQL at (http:\/\/\S+)\/graphql/, 120_000);
      const query = async (text: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLResponse> =>
        (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: text, variables }) })).json() as Promise<GraphQLResponse>;
      // The service has answered before, as one in use has: a new process's first answers wait for its compiler and its
      // first connections, which is the cost of a start (the warm-up's), not of the work under way.
      for (let turn = 0; turn < 10; turn += 1) {
        await fetch(`${url}/health`).then((response) => response.json());
        await query('{ actor(id: "iraq") { id name } }');
      }
      const sentence = 'The Redland army attacked the Ostrel militia near the river crossing on Tuesday, officials said. ';
      const draftText = sentence.repeat(Math.floor(200_000 / sentence.length));
      const statements = Array.from({ length: 400 }, (_, index) => ({ from: `A${index}`, to: `B${index}`, type: 'ATTACKS', quotes: [`${prefix}A${index} attacked ${prefix}B${index} ${'in the long war '.repeat(40)}`] }));
      const large = statementDocument(prefix, 'large', statements);
      const busy = Promise.all([query('query($text: String!) { extractDocument(text: $text) { relations { type } } }', { text: draftText }), query(INGEST, { document: large }, AUTHORIZED)]);
      const health: number[] = [];
      const small: number[] = [];
      let settled = false;
      void busy.finally(() => (settled = true));
      await new Promise((resolveWait) => setTimeout(resolveWait, 200));
      while (!settled) {
        health.push(await timed(() => fetch(`${url}/health`).then((response) => response.json())));
        small.push(await timed(() => query('{ actor(id: "iraq") { id name } }')));
        await new Promise((resolveWait) => setTimeout(resolveWait, 50));
      }
      const [drafted, ingested] = await busy;
      expect(codesOf(drafted)).toEqual([]);
      expect(codesOf(ingested)).toEqual([]);
      const p99 = (times: number[]): number => [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.99)];
      process.stdout.write(
        `while drafting and ingesting: /health p99 ${Math.round(p99(health))} ms, max ${Math.round(Math.max(...health))} ms of ${health.length}; ` +
          `small query p99 ${Math.round(p99(small))} ms, max ${Math.round(Math.max(...small))} ms of ${small.length}\n`,
      );
      expect(health.length).toBeGreaterThan(100);
      // The service's own work no longer holds an answer (the event loop gets its turns, drafting and parsing run niced):
      // 99 answers of 100 come within 200 ms. The slowest waited up to 190 ms here, each on Neo4j's answer to a one-line
      // statement while it wrote the large document (its collections then took under 50 ms, and the service's event loop
      // was free), on two processors shared with the parser: too near the bound to promise it for every answer.
      expect(p99(health)).toBeLessThan(200);
      expect(p99(small)).toBeLessThan(200);
    } finally {
      main.child.kill('SIGTERM');
      await main.exited;
    }
  }, 300_000);

  it('class 2: a text made to be slow is shaped, and a draft past its time budget answers WORK_LIMIT_EXCEEDED', async () => {
    const oneToken = await api.query('query($text: String!) { extractDocument(text: $text) { relations { type } warnings } }', { text: `Redland attacked Ostrel. ${'a-'.repeat(99_000)}` });
    expect(codesOf(oneToken)).toEqual([]);
    const strict = await startTestService({ WORKER_TIME_BUDGET_MS: '100' });
    try {
      const sentence = 'The Redland army attacked the Ostrel militia near the river crossing on Tuesday, officials said. ';
      const overBudget = await strict.query('query($text: String!) { extractDocument(text: $text) { relations { type } } }', { text: sentence.repeat(2_000) });
      expect(overBudget.errors).toEqual([
        expect.objectContaining({ message: 'the task ran longer than its time budget of 100 ms (WORKER_TIME_BUDGET_MS) and was stopped', extensions: expect.objectContaining({ code: 'WORK_LIMIT_EXCEEDED' }) }),
      ]);
      // The thread was replaced: the next (short) draft is made.
      expect(codesOf(await strict.query('{ extractDocument(text: "Redland attacked Ostrel.") { relations { type } } }'))).toEqual([]);
    } finally {
      await strict.close();
    }
  }, 300_000);

  it('class 4: an actor\'s stored aliases keep their limit across writes', async () => {
    const document = statementDocument(prefix, 'aliases', [{ from: 'Alias', to: 'Other', type: 'COOPERATES_WITH', quotes: [`${prefix}Alias and ${prefix}Other are allies`] }]);
    const actorId = `${prefix}-alias`;
    const withAliases = (from: number): Record<string, unknown> => ({
      ...document,
      actors: (document.actors as Record<string, unknown>[]).map((actor) => (actor.id === actorId ? { ...actor, aliases: Array.from({ length: 150 }, (_, index) => `Alias name ${from + index}`) } : actor)),
    });
    expect(codesOf(await api.query(INGEST, { document: withAliases(0) }, AUTHORIZED))).toEqual([]);
    const second = await api.query(INGEST, { document: withAliases(150) }, AUTHORIZED);
    expect(second.errors?.[0]).toMatchObject({
      message: `input: document: actors[0].aliases: expected at most 200 aliases for actor '${actorId}', counting those already stored, found 300; the limit holds for what is stored, so remove some first`,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const [stored] = await api.connection.database.read((runner) => runner.run<{ count: number }>('MATCH (a:Actor {id: $actorId}) RETURN size(a.aliases) AS count', { actorId }));
    expect(Number(stored.count)).toBe(150);
  });

  it('class 4: every inverted time window and every oversized /export parameter is refused with a code, echoing nothing long', async () => {
    for (const query of [
      '{ relations(since: "2024", until: "2023") { totalCount } }',
      '{ neighborhood(actorId: "iraq", since: "2024-05", until: "2024-04") { nodes { id } } }',
      '{ timeline(actorId: "iraq", since: "2024", until: "2023-12-31") { id } }',
      '{ paths(from: "iraq", to: "iran", since: "2024-05-02", until: "2024-05-01") { length } }',
    ]) {
      expect((await api.query(query)).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'until' } });
    }
    const exported = async (search: string): Promise<{ status: number; body: string }> => {
      const response = await fetch(`${api.service.url}/export?${search}`);
      return { status: response.status, body: await response.text() };
    };
    const longId = 'a'.repeat(15_000);
    const refusals = [
      await exported(`format=graphml&actorId=${longId}`),
      await exported(`format=graphml&types=${Array.from({ length: 200 }, () => 'ATTACKED').join(',')}`),
      await exported('format=graphml&since=2024&until=2023'),
      await exported(`format=${'x'.repeat(5_000)}`),
      await exported(`format=graphml&since=${'2'.repeat(5_000)}`),
    ];
    expect(refusals.map(({ status }) => status)).toEqual([400, 400, 400, 400, 400]);
    expect(refusals.map(({ body }) => (JSON.parse(body) as GraphQLResponse).errors?.[0].extensions.problems)).toEqual([
      ['actorId: expected at most 128 characters, found 15000'],
      ['types: expected at most 100 entries, found 200'],
      ["until: expected a date not before since '2024', found '2023'"],
      [`format: expected one of graphml, gexf, edges.csv, nodes.csv, found '${'x'.repeat(40)}...' (5000 characters)`],
      ['since: expected at most 32 characters, found 5000'],
    ]);
    expect(refusals.every(({ body }) => body.length < 1_000)).toBe(true);
  });

  it('class 4: drafting refuses a lone surrogate, and a draft of a long first sentence and a long chain of names saves as it is', async () => {
    const lone = await api.query('query($text: String!) { extractDocument(text: $text) { relations { type } } }', { text: 'Redland attacked \ud800 Ostrel.' });
    expect(lone.errors?.[0]).toMatchObject({ message: 'text: expected well-formed Unicode, found a lone surrogate (U+D800) at character 17', extensions: { code: 'BAD_USER_INPUT' } });
    const names = Array.from({ length: 3_000 }, (_, index) => `Commander ${String.fromCharCode(65 + (index % 26))}${index}`).join(' ');
    const text = `${'A very long first sentence about the Redland army and the Ostrel militia '.repeat(4)}attacked them.\n${names} attacked Ostrel.\nThe Redland army attacked the Ostrel militia.`;
    const draft = await api.query<{ extractDocument: { annotation: string } }>('query($text: String!) { extractDocument(text: $text) { annotation } }', { text });
    expect(codesOf(draft)).toEqual([]);
    const annotation = JSON.parse(draft.data!.extractDocument.annotation) as { document: { id: string }; actors: { id: string; review?: string }[] };
    expect(annotation.document.id.length).toBeLessThanOrEqual(128);
    // The draft's new actors have ids of their own, not this test's prefix: they leave with the test, so no other test finds them.
    const created = annotation.actors.filter((actor) => actor.review === 'proposed').map((actor) => actor.id);
    try {
      const saved = await api.query(INGEST, { document: { ...annotation, document: { ...annotation.document, id: `${prefix}-draft` } } }, AUTHORIZED);
      expect(codesOf(saved)).toEqual([]);
    } finally {
      await api.connection.database.write((runner) => runner.run('MATCH (a:Actor) WHERE a.id IN $created DETACH DELETE a', { created }));
    }
  }, 120_000);

  it('class 5: CSV cells a spreadsheet would run are neutralised, in both tables', async () => {
    const document = statementDocument(prefix, 'formulas', [{ from: 'Plain', to: 'Other', type: 'COOPERATES_WITH', quotes: [`${prefix}Plain and ${prefix}Other are allies`] }]);
    const formulas = ['=HYPERLINK("http://example.com","x")', '+cmd|\' /C calc\'!A0', '@SUM(1+1)', '-2+3', "'quoted"];
    const actors = (document.actors as Record<string, unknown>[]).map((actor, index) => (index === 0 ? { ...actor, name: formulas[0], aliases: formulas } : actor));
    expect(codesOf(await api.query(INGEST, { document: { ...document, actors } }, AUTHORIZED))).toEqual([]);
    const nodes = parse(await (await fetch(`${api.service.url}/export?format=nodes.csv&actorId=${prefix}-plain`)).text(), { columns: true }) as Record<string, string>[];
    const plain = nodes.find((row) => row.Id === `${prefix}-plain`)!;
    expect(plain.Label).toBe(`'${formulas[0]}`);
    // The aliases cell is one JSON array of them: it starts with '[', which no spreadsheet runs.
    expect(JSON.parse(plain.Aliases)).toEqual(expect.arrayContaining(formulas.slice(1)));
    const edges = parse(await (await fetch(`${api.service.url}/export?format=edges.csv&actorId=${prefix}-plain`)).text(), { columns: true }) as Record<string, string>[];
    expect(edges.map((row) => row.Label)).toEqual(['COOPERATES_WITH']);
  });

  it('class 6: a write Neo4j ends while it waits for a lock answers a code that says to send it again, and sending it again works', async () => {
    const document = statementDocument(prefix, 'locked', [{ from: 'Locked', to: 'Free', type: 'COOPERATES_WITH', quotes: [`${prefix}Locked and ${prefix}Free are allies`] }]);
    expect(codesOf(await api.query(INGEST, { document }, AUTHORIZED))).toEqual([]);
    const again = { ...document, document: { ...(document.document as object), id: `${prefix}-locked-again` } };
    const strict = await startTestService({ API_KEY, NEO4J_TRANSACTION_TIMEOUT_MS: '1500' });
    const session = strict.connection.database.driver.session();
    const holder = await session.beginTransaction();
    try {
      await holder.run('MATCH (a:Actor {id: $id}) SET a.heldByTest = true', { id: `${prefix}-locked` });
      const cancelled = await strict.query(INGEST, { document: again }, AUTHORIZED);
      expect(codesOf(cancelled).length).toBe(1);
      expect(['TRANSACTION_CANCELLED', 'QUERY_TIMEOUT']).toContain(codesOf(cancelled)[0]);
    } finally {
      await holder.rollback();
      await session.close();
    }
    try {
      expect(codesOf(await strict.query(INGEST, { document: again }, AUTHORIZED))).toEqual([]);
    } finally {
      await strict.close();
    }
  }, 120_000);
});
