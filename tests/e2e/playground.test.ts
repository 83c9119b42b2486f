import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { EXAMPLE_QUERIES } from '../../src/graphql/examples';
import { startTestService, TestService } from '../support/service';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe('the playground', () => {
  let api: TestService;
  beforeAll(async () => {
    api = await startTestService();
  });
  afterAll(() => api.close());

  it('serves GraphiQL and its assets from the service itself, naming no other host', async () => {
    const page = await fetch(`${api.service.url}/playground`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(sources).toEqual(['/favicon.svg', '/playground/graphiql.css', '/playground/react.js', '/playground/react-dom.js', '/playground/graphiql.js', '/playground/init.js']);
    for (const source of sources) {
      const asset = await fetch(`${api.service.url}${source}`);
      expect(asset.status).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
  });

  it('a browser opening /graphql gets our own GraphiQL page, which names no other host', async () => {
    const response = await fetch(`${api.service.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await response.text();
    expect(page).toContain('<title>actorgraph GraphQL playground</title>');
    expect(page.match(/\/\/[^\s"'<>]+/g)).toBeNull();
    const assets = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(assets).toEqual(['/favicon.svg', '/playground/graphiql.css', '/playground/react.js', '/playground/react-dom.js', '/playground/graphiql.js', '/playground/init.js']);
    for (const asset of assets) expect((await fetch(`${api.service.url}${asset}`)).status).toBe(200);
  });

  it('a GraphQL client asking for JSON at /graphql still gets GraphQL', async () => {
    const response = await fetch(`${api.service.url}/graphql?query=${encodeURIComponent('{ health { status } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { health: { status: 'ok' } } });
  });

  it.each(EXAMPLE_QUERIES.map((example) => [example.name, example.query]))('runs the example "%s" without errors', async (_name, query) => {
    const response = await api.query(query);
    expect(response.errors).toBeUndefined();
    expect(Object.values(response.data!).every((value) => value !== null)).toBe(true);
  });

  it('loads the schema in Chromium: the documentation explorer lists Query', async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      // GraphiQL's introspection query is the standard one, which the query limits must let through.
      const introspection = page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('IntrospectionQuery'));
      await page.goto(`${api.service.url}/playground`);
      expect((await introspection).status()).toBe(200);
      await page.click('button[aria-label="Show Documentation Explorer"]');
      const rootType = page.locator('.graphiql-doc-explorer a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ });
      await rootType.first().waitFor({ timeout: 20_000 });
      expect(await rootType.first().textContent()).toBe('Query');
    } finally {
      await browser.close();
    }
  }, 60_000);
});
