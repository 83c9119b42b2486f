/**
 * The HTTP face of the service, on Node's own `http` module: `/graphql` (Apollo Server), `/health`,
 * `/metrics`, and the static pages. A small router keeps the request path lean and every limit
 * visible here: the body-size cap, the request id, and the API key check that names who asks
 * (`keyName`). Every request ends in `onRequestEnd` (its log line and metrics), and closing
 * the server drains it: no new connections, requests in flight finish, then it closes.
 */
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApiKey } from '../config/config';
import { GraphQLContext, RequestNote } from '../graphql/context';
import { Database } from '../neo4j/database';
import { serviceHealth } from '../health/service-health';
import { ParserHealth } from '../parser/connect-parser';
import { Logger } from './log';
import { ERROR_CODES, ErrorCode, errorCodeDefinition } from '../errors/error-codes';
import { errorDetail } from '../errors/error-message';
import { ExportHandler } from './export.route';
import { oversizedAnswer } from './response-limit';
import { repeatedKeyMessage, repeatedKeys } from '../loader/json.parse';
import { inRequestScope } from '../runtime/request-scope';
import { StalledWrites } from './stalled-writes';

/** How many waits of one request may listen to its cancellation before Node warns of a leak. */
const REQUEST_SIGNAL_LISTENERS = 100;

export interface HttpServerOptions {
  readonly apollo: ApolloServer<GraphQLContext>;
  /** The context of one GraphQL request: who asks (the name of the key it carried, or null), fresh loaders, and the note its plugins fill. */
  readonly createContext: (requestId: string, keyName: string | null, note: RequestNote) => GraphQLContext;
  readonly database: Database;
  /** The parser's state, reported beside the database's; it does not decide the status (drafting is one feature of many). */
  readonly parserHealth: () => Promise<ParserHealth>;
  readonly apiKeys: readonly ApiKey[];
  /** Browser origins allowed to call the API; empty sends no CORS headers. */
  readonly corsOrigins: readonly string[];
  readonly maxBodyBytes: number;
  /** How long a response may wait for its client to read on (STALLED_WRITE_TIMEOUT_MS) before it is destroyed. */
  readonly stalledWriteTimeoutMs: number;
  /** Largest answer sent (MAX_RESPONSE_BYTES); a larger one is replaced by RESPONSE_TOO_LARGE (see response-limit.ts). */
  readonly maxResponseBytes: number;
  /** Extra GET routes (pages, assets), by exact path. */
  readonly pages?: ReadonlyMap<string, StaticPage>;
  /** `GET /export`: the graph as a file (src/server/export.route.ts). */
  readonly exportGraph?: ExportHandler;
  readonly log: Logger;
  /** The body of `GET /metrics`, made at each scrape. */
  readonly metrics?: () => Promise<StaticPage>;
  /** Called once for every request, when its response has been sent or its connection dropped. */
  readonly onRequestEnd?: (request: FinishedRequest) => void;
}

export interface FinishedRequest {
  readonly requestId: string;
  /** The client's address, as the connection has it. */
  readonly client: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly durationMs: number;
  readonly note: RequestNote;
}

export interface StaticPage {
  readonly contentType: string;
  readonly body: string | Buffer;
}

export interface RunningHttpServer {
  readonly server: Server;
  readonly url: string;
  close(): Promise<void>;
}

/** The status logged for a request whose client went away before its response was sent. */
export const CLIENT_CLOSED_REQUEST = 499;

class BodyTooLargeError extends Error {}

export function createHttpServer(options: HttpServerOptions): Server {
  const stalled = new StalledWrites(options.stalledWriteTimeoutMs);
  const keyNameOf = keyChecker(options.apiKeys);
  const server = createServer((request, response) => {
    const requestId = randomUUID();
    const started = performance.now();
    const note: RequestNote = { operation: null, errorCode: null };
    response.setHeader('x-request-id', requestId);
    // Draining: a request on a kept-alive connection is answered, and its connection then closed.
    if (!server.listening) response.setHeader('connection', 'close');
    // Aborts the request's work (database calls, slots, drafting) when its client goes before its answer.
    const cancelled = new AbortController();
    // Each of the request's waits listens to it (a long text's parse waits once a block, ten or more
    // at once): many listeners are its design, bounded by the request's own limits, not a leak.
    setMaxListeners(REQUEST_SIGNAL_LISTENERS, cancelled.signal);
    response.once('close', () => {
      if (!response.writableFinished) cancelled.abort();
      options.onRequestEnd?.({
        requestId,
        client: request.socket.remoteAddress ?? 'unknown',
        method: request.method ?? 'GET',
        path: new URL(request.url ?? '/', 'http://localhost').pathname,
        // A response that never finished went to no one: nginx's 499 says so, not the 200 it was set to.
        status: response.writableFinished ? response.statusCode : CLIENT_CLOSED_REQUEST,
        durationMs: performance.now() - started,
        note,
      });
    });
    stalled.watch(response);
    inRequestScope(cancelled.signal, () => route(request, response, requestId, note, options, keyNameOf)).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) {
        note.errorCode = ERROR_CODES.PAYLOAD_TOO_LARGE;
        sendError(response, ERROR_CODES.PAYLOAD_TOO_LARGE, `request body exceeds ${options.maxBodyBytes} bytes`, requestId);
        return;
      }
      if (request.destroyed || response.destroyed) {
        // The client went away (an aborted body, a closed connection): nothing failed here.
        options.log('info', 'client closed request', { reqId: requestId });
        return;
      }
      options.log('error', 'request failed', { reqId: requestId, cause: errorDetail(error) });
      note.errorCode = ERROR_CODES.INTERNAL_SERVER_ERROR;
      if (!response.headersSent) {
        sendError(response, ERROR_CODES.INTERNAL_SERVER_ERROR, 'internal server error', requestId);
      } else {
        response.end();
      }
    });
  });
  server.once('close', () => stalled.stop());
  return server;
}

/** Listens; `close` drains: requests in flight get up to `drainMs` to finish before their connections are closed. */
export function listen(server: Server, port: number, host: string, drainMs = 10_000): Promise<RunningHttpServer> {
  return new Promise((resolveListening, rejectListening) => {
    server.once('error', rejectListening);
    server.listen(port, host, () => {
      server.off('error', rejectListening);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolveListening({
        server,
        url: `http://${shownHost}:${address.port}`,
        close: () => drain(server, drainMs),
      });
    });
  });
}

/** Stops accepting connections, lets requests in flight finish (up to `drainMs`), then closes what is left. */
function drain(server: Server, drainMs: number): Promise<void> {
  return new Promise((resolveClosed) => {
    // A connection whose last request has been answered goes as soon as it is idle.
    const closeIdle = setInterval(() => server.closeIdleConnections(), 50);
    const closeAll = setTimeout(() => server.closeAllConnections(), drainMs);
    server.close(() => {
      clearInterval(closeIdle);
      clearTimeout(closeAll);
      resolveClosed();
    });
    server.closeIdleConnections();
  });
}

async function route(request: IncomingMessage, response: ServerResponse, requestId: string, note: RequestNote, options: HttpServerOptions, keyNameOf: KeyChecker): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const readOnly = request.method === 'GET' || request.method === 'HEAD';
  note.operation = `${request.method} ${url.pathname}`;
  if (allowCors(request, response, options.corsOrigins) && request.method === 'OPTIONS') {
    // A preflight may name any path: its label must not.
    note.operation = 'OPTIONS (preflight)';
    response.writeHead(204);
    response.end();
    return;
  }
  if (url.pathname === '/graphql') {
    if (readOnly && prefersHtml(request)) {
      const playground = options.pages?.get('/playground');
      if (playground) return sendPage(response, request.method, playground);
    }
    note.operation = '(no operation)';
    await handleGraphQL(request, response, url, requestId, note, options, keyNameOf);
    return;
  }
  if (url.pathname === '/health' && readOnly) {
    const health = await serviceHealth(options.database, options.parserHealth);
    if (!health.database.reachable) note.errorCode = ERROR_CODES.DATABASE_UNAVAILABLE;
    sendJson(response, health.database.reachable ? 200 : errorCodeDefinition(ERROR_CODES.DATABASE_UNAVAILABLE).status, health);
    return;
  }
  if (url.pathname === '/export' && options.exportGraph && (request.method === 'GET' || request.method === 'HEAD')) return options.exportGraph(request, response, url, requestId);
  if (url.pathname === '/metrics' && readOnly && options.metrics) {
    sendPage(response, request.method, await options.metrics());
    return;
  }
  const page = options.pages?.get(url.pathname);
  if (page && readOnly) {
    sendPage(response, request.method, page);
    return;
  }
  note.operation = `${request.method} (no route)`;
  note.errorCode = ERROR_CODES.ROUTE_NOT_FOUND;
  sendError(response, ERROR_CODES.ROUTE_NOT_FOUND, `no route for ${request.method} ${url.pathname}`);
}

async function handleGraphQL(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  requestId: string,
  note: RequestNote,
  options: HttpServerOptions,
  keyNameOf: KeyChecker,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const rawBody = await readBody(request, options.maxBodyBytes);
  const keyName = keyNameOf(headers.get('authorization'));
  const authenticated = keyName !== null;
  // JSON.parse keeps the last of two equal keys, so a write would store half of what was sent:
  // requests with the key, the only ones that can write, are scanned for repeated keys first, as
  // the loader scans its files. Reads are not: a repeated key changes nothing they could store,
  // and scanning every read's body a second time would slow the path most requests take.
  const repeated = authenticated && isJson(headers.get('content-type')) ? repeatedKeys(rawBody) : [];
  if (repeated.length > 0) {
    const problems = repeated.map(({ path, key }) => `${path}: ${repeatedKeyMessage(key)}`);
    note.errorCode = ERROR_CODES.BAD_USER_INPUT;
    sendJson(response, 400, {
      errors: [{ message: `the request repeats a key in an object: ${problems.join('; ')}`, extensions: { code: ERROR_CODES.BAD_USER_INPUT, problems, requestId } }],
    });
    return;
  }
  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: request.method?.toUpperCase() ?? 'GET',
      headers,
      search: url.search,
      body: parseBody(rawBody, headers.get('content-type')),
    },
    context: async () => options.createContext(requestId, keyName, note),
  });
  for (const [name, value] of result.headers) response.setHeader(name, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    const refusal = oversizedAnswer(result.body.string, options.maxResponseBytes, requestId);
    if (refusal === undefined) {
      response.end(result.body.string);
      return;
    }
    note.errorCode = ERROR_CODES.RESPONSE_TOO_LARGE;
    response.statusCode = refusal.status;
    response.end(refusal.body);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

function isJson(contentType: string | undefined): boolean {
  return contentType?.toLowerCase().startsWith('application/json') ?? false;
}

/** The body as Apollo expects it: parsed JSON for JSON requests, else the raw text (Apollo decides). */
function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw === '') return undefined;
  if (isJson(contentType)) {
    try {
      return JSON.parse(raw);
    } catch {
      // Apollo answers a non-object body with a 400 that says what it expected.
      return raw;
    }
  }
  return raw;
}

function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolveBody, rejectBody) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > maxBytes) {
      request.resume();
      rejectBody(new BodyTooLargeError());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        request.removeAllListeners('data');
        request.resume();
        rejectBody(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    request.on('error', rejectBody);
  });
}

/** Adds CORS headers for an allowed origin; true when the request came from one. */
function allowCors(request: IncomingMessage, response: ServerResponse, origins: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (origin === undefined || !(origins.includes(origin) || origins.includes('*'))) return false;
  response.setHeader('access-control-allow-origin', origins.includes('*') ? '*' : origin);
  response.setHeader('vary', 'Origin');
  response.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  response.setHeader('access-control-allow-headers', 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name');
  response.setHeader('access-control-expose-headers', 'x-request-id');
  response.setHeader('access-control-max-age', '600');
  return true;
}

/** The name of the key an `authorization` header carries as a bearer token, or null. */
type KeyChecker = (authorization: string | undefined) => string | null;

/**
 * Checks tokens against the configured keys, whose digests are made once, here. Every configured
 * key is compared, each in constant time over digests of equal length, so that neither the time
 * taken nor an early stop tells how much of a key, or which key, was close. No configured key
 * means nobody is authenticated.
 */
function keyChecker(apiKeys: readonly ApiKey[]): KeyChecker {
  const digests = apiKeys.map(({ name, key }) => ({ name, digest: digest(key) }));
  return (authorization) => {
    if (digests.length === 0 || authorization === undefined) return null;
    const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    if (!match) return null;
    const given = digest(match[1]);
    let found: string | null = null;
    for (const { name, digest: configured } of digests) if (timingSafeEqual(given, configured) && found === null) found = name;
    return found;
  };
}

function digest(key: string): Buffer {
  return createHash('sha256').update(key).digest();
}

/**
 * A browser opening /graphql (it asks for HTML first) gets the playground rather than Apollo's
 * landing page, which loads from a CDN; GraphQL clients ask for JSON.
 */
function prefersHtml(request: IncomingMessage): boolean {
  const accept = request.headers.accept ?? '';
  return accept.split(',')[0].trim().toLowerCase().startsWith('text/html');
}

function sendPage(response: ServerResponse, method: string | undefined, page: StaticPage): void {
  response.writeHead(200, { 'content-type': page.contentType, 'content-length': Buffer.byteLength(page.body) });
  response.end(method === 'HEAD' ? undefined : page.body);
}

/** One error, with the status its code is defined with (error-codes.ts). */
function sendError(response: ServerResponse, code: ErrorCode, message: string, requestId?: string): void {
  sendJson(response, errorCodeDefinition(code).status, { errors: [{ message, extensions: requestId === undefined ? { code } : { code, requestId } }] });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}
