/**
 * Every GraphQL example in README.md and docs/ is sent to the real service over HTTP, and its
 * answer must be the one the page prints (see tests/support/doc-pages.ts for the convention), so
 * the documentation cannot drift from the service.
 *
 * The pages show answers on the seed graph alone, or on the seed with a guide's own documents. The
 * shared test database also holds what other tests load, which would change rankings, degrees and
 * neighbourhoods, so this test starts a Neo4j of its own, on a free port and an empty temporary
 * folder, and loads only the seed into it. The seed-only examples run first; then each guide that
 * loads documents of its own runs its examples in page order, under the service's key when it says
 * so (its writes are what its next examples show).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/config';
import { loadPaths } from '../../src/loader/loader';
import { loadOptionsFrom } from '../../src/loader/load-options';
import { localServerOptions } from '../../src/neo4j/connect';
import { LocalServer, startLocalServer } from '../../src/neo4j/local-server';
import { DocExample, DocPage, docPagePaths, PROJECT_ROOT, readDocPage } from '../support/doc-pages';
import { freePort } from '../support/free-port';
import { startTestService, TestService } from '../support/service';

const PAGES: DocPage[] = docPagePaths().map(readDocPage);
const ALL_EXAMPLES: DocExample[] = PAGES.flatMap((page) => page.examples);
const EXAMPLES = ALL_EXAMPLES.filter((example) => example.notRun === undefined);
const SEED_EXAMPLES = PAGES.filter((page) => page.setup === undefined).flatMap((page) => page.examples.filter((example) => example.notRun === undefined));
const GUIDES_WITH_DOCUMENTS = PAGES.filter((page) => page.setup !== undefined);
const KEY = 'docs-examples-key';

/** Values that differ on every run: a full timestamp, and a record id made of a prefix and a UUID. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const RECORD_ID = /^[a-z]+-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A neighbourhood's actors and relations in one order, since the API promises no order for them
 * (the order Neo4j expands in), while every list it does order is compared as it is.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'string') return TIMESTAMP.test(value) ? '<a time>' : RECORD_ID.test(value) ? '<a record id>' : value;
  if (value === null || typeof value !== 'object') return value;
  const object = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, canonical(item)]));
  if (Array.isArray(object.nodes) && !('pageInfo' in object)) {
    for (const key of ['nodes', 'edges']) {
      if (Array.isArray(object[key])) object[key] = [...(object[key] as unknown[])].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    }
  }
  return object;
}

/** The answer without what differs on every request. */
function withoutRequestIds(body: Record<string, unknown>): Record<string, unknown> {
  const errors = body.errors as { extensions?: Record<string, unknown> }[] | undefined;
  if (errors === undefined) return body;
  return {
    ...body,
    errors: errors.map((error) => {
      const extensions = { ...error.extensions };
      delete extensions.requestId;
      return { ...error, extensions };
    }),
  };
}

describe('the examples in the documentation', () => {
  const home = mkdtempSync(join(tmpdir(), 'actorgraph-docs-'));
  let neo4j: LocalServer | undefined;
  let api: TestService;

  beforeAll(async () => {
    neo4j = await startLocalServer({ ...localServerOptions(loadConfig().neo4j, () => undefined), homeDir: home, port: await freePort(), heapMb: 512, pageCacheMb: 32 });
    const env = { NEO4J_URI: neo4j.uri, API_KEY: KEY };
    api = await startTestService(env);
    // Loaded again as `npm start` loads it, so that the whole-graph centrality is computed too.
    const config = loadConfig({ ...process.env, ...env });
    await loadPaths(api.connection.database, [join(__dirname, '..', '..', 'seeds')], { ...loadOptionsFrom(config), transactionTimeoutMs: 120_000 });
  }, 600_000);
  afterAll(async () => {
    await api?.close();
    await neo4j?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('finds the examples, and every one of them prints its answer', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(10);
    expect(EXAMPLES.filter((example) => example.answer === undefined).map((example) => `${example.page}:${example.line}`)).toEqual([]);
  });

  it('runs every example: none is marked as not run', () => {
    expect(ALL_EXAMPLES.filter((example) => example.notRun !== undefined).map((example) => `${example.page}:${example.line}: ${example.notRun}`)).toEqual([]);
  });

  const answersAsShown = async (example: DocExample, underKey: boolean): Promise<void> => {
    const response = await fetch(`${api.service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(underKey ? { authorization: `Bearer ${KEY}` } : {}) },
      body: JSON.stringify({ query: example.query }),
    });
    const answer = withoutRequestIds((await response.json()) as Record<string, unknown>);
    if (example.compared) expect(canonical(answer)).toEqual(canonical(JSON.parse(example.answer!)));
    else expect(answer.errors).toBeUndefined();
  };

  it.each(SEED_EXAMPLES.map((example) => [`${example.page}:${example.line}`, example] as const))('%s answers as the page shows', async (_where, example) => {
    await answersAsShown(example, false);
  });

  describe.each(GUIDES_WITH_DOCUMENTS.map((page) => [page.path, page] as const))('%s, with its own documents loaded', (_path, page) => {
    beforeAll(async () => {
      await loadPaths(api.connection.database, page.setup!.load.map((file) => join(PROJECT_ROOT, file)), { ...loadOptionsFrom(loadConfig()), transactionTimeoutMs: 120_000 });
    }, 120_000);

    it.each(page.examples.filter((example) => example.notRun === undefined).map((example) => [`${example.page}:${example.line}`, example] as const))('%s answers as the page shows', async (_where, example) => {
      await answersAsShown(example, page.setup!.underKey);
    });
  });
});
