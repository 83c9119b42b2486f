import { EXAMPLE_QUERIES } from '../../src/graphql/examples';
import { startTestService, TestService } from '../support/service';

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
    expect(sources).toEqual(['/playground/graphiql.css', '/playground/react.js', '/playground/react-dom.js', '/playground/graphiql.js', '/playground/init.js']);
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
    expect(assets).toEqual(['/playground/graphiql.css', '/playground/react.js', '/playground/react-dom.js', '/playground/graphiql.js', '/playground/init.js']);
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
});
