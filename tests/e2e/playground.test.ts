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

  it.each(EXAMPLE_QUERIES.map((example) => [example.name, example.query]))('runs the example "%s" without errors', async (_name, query) => {
    const response = await api.query(query);
    expect(response.errors).toBeUndefined();
    expect(Object.values(response.data!).every((value) => value !== null)).toBe(true);
  });
});
