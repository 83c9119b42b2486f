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
 * Logs each finished request as one line and counts it. Operation names are the client's choice,
 * so the metrics keep at most `maxOperations` distinct ones and count the rest as `other`.
 */
export function requestObserver(log: Logger, maxOperations: number): (request: FinishedRequest) => void {
  const operations = new Set<string>();
  const label = (operation: string): string => {
    if (operations.has(operation)) return operation;
    if (operations.size >= maxOperations) return 'other';
    operations.add(operation);
    return operation;
  };
  return (request) => {
    const operation = request.note.operation ?? `${request.method} ${request.path}`;
    const outcome = outcomeOf(request);
    log('info', 'request', {
      requestId: request.requestId,
      method: request.method,
      path: request.path,
      operation,
      status: request.status,
      durationMs: Math.round(request.durationMs * 10) / 10,
      errorCode: request.note.errorCode,
    });
    const labels = { operation: label(operation), outcome };
    httpRequests.inc(labels);
    httpRequestDuration.observe(labels, request.durationMs / 1000);
  };
}
