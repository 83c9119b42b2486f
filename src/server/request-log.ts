/**
 * One log line and one set of metrics per request. The Apollo plugin notes a GraphQL request's
 * operation name and its first error's code while it runs; when the response has gone, the HTTP
 * server hands the finished request to `requestObserver`, which logs it and counts it.
 */
import { ApolloServerPlugin } from '@apollo/server';
import { ERROR_CODES } from '../errors/error-codes';
import { GraphQLContext } from '../graphql/context';
import { httpRequestDuration, httpRequests } from '../metrics/metrics';
import { CLIENT_CLOSED_REQUEST, FinishedRequest } from './http-server';
import { Logger } from './log';

/** Notes the operation's name (or `(anonymous)`) and the code of the first error sent. */
export function requestNotes(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, contextValue }) {
          contextValue.note.operation = operationName ?? '(anonymous)';
          contextValue.note.clientNamed = operationName !== null && operationName !== undefined;
        },
        async willSendResponse({ response, contextValue }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const code = errors?.[0]?.extensions?.code;
          contextValue.note.errorCode = typeof code === 'string' ? code : null;
        },
      };
    },
  };
}

/**
 * `ok`, the error code, or `client_closed` for a client that went away (not an error of either
 * side); a failure the server noted no code for gets the code of its status class.
 */
function outcomeOf(request: FinishedRequest): string {
  if (request.status === CLIENT_CLOSED_REQUEST) return 'client_closed';
  if (request.note.errorCode !== null) return request.note.errorCode;
  if (request.status >= 500) return ERROR_CODES.INTERNAL_SERVER_ERROR;
  if (request.status >= 400) return ERROR_CODES.BAD_REQUEST;
  return 'ok';
}

/**
 * Logs each finished request as one line and counts it. Routes name themselves from the service's
 * few routes (a static file by its path in the page table, anything else as `(no route)`), so they
 * spend nothing; GraphQL operation names are the client's choice, so the metrics keep at most `maxOperations` distinct ones and count the rest as `other`; and one
 * client (one address) brings in at most a quarter of them, so that a client sending junk names
 * cannot take every label until the service restarts. Behind a proxy every client has the proxy's
 * address, and shares its quarter.
 */
export function requestObserver(log: Logger, maxOperations: number): (request: FinishedRequest) => void {
  const operations = new Set<string>();
  const perClient = Math.max(1, Math.floor(maxOperations / 4));
  const broughtBy = new Map<string, number>();
  const label = (operation: string, client: string): string => {
    if (operations.has(operation)) return operation;
    const brought = broughtBy.get(client) ?? 0;
    if (operations.size >= maxOperations || brought >= perClient) return 'other';
    operations.add(operation);
    broughtBy.set(client, brought + 1);
    return operation;
  };
  return (request) => {
    // Nothing routed it (refused before routing): its path, which the client chose, stays in the log line only.
    const operation = request.note.operation ?? `${request.method} (not routed)`;
    const outcome = outcomeOf(request);
    log('info', 'request', {
      reqId: request.requestId,
      method: request.method,
      path: request.path,
      operation,
      status: request.status,
      durationMs: Math.round(request.durationMs * 10) / 10,
      errorCode: request.note.errorCode,
    });
    const labels = { operation: request.note.clientNamed === true ? label(operation, request.client) : operation, outcome };
    httpRequests.inc(labels);
    httpRequestDuration.observe(labels, request.durationMs / 1000);
  };
}
