import { startTestService, TestService } from '../support/service';

describe('CORS', () => {
  let open: TestService;
  let allowing: TestService;
  beforeAll(async () => {
    open = await startTestService({ CORS_ORIGINS: '' });
    allowing = await startTestService({ CORS_ORIGINS: 'https://explorer.example, https://other.example' });
  });
  afterAll(async () => {
    await open.close();
    await allowing.close();
  });

  const preflight = (url: string, origin: string): Promise<Response> =>
    fetch(`${url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

  it('sends no CORS headers when no origin is configured', async () => {
    const response = await fetch(`${open.service.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://explorer.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers preflights and requests from a configured origin, and only from it', async () => {
    const allowed = await preflight(allowing.service.url, 'https://explorer.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://explorer.example');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    const other = await preflight(allowing.service.url, 'https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const request = await fetch(`${allowing.service.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://other.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    expect(request.headers.get('access-control-allow-origin')).toBe('https://other.example');
    expect(await request.json()).toEqual({ data: { health: { status: 'ok' } } });
  });

  it('keeps CSRF prevention on: a GET without a preflight header is refused', async () => {
    const response = await fetch(`${open.service.url}/graphql?query=${encodeURIComponent('{ health { status } }')}`);
    expect(response.status).toBe(400);
    const allowedGet = await fetch(`${open.service.url}/graphql?query=${encodeURIComponent('{ health { status } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowedGet.status).toBe(200);
  });
});
