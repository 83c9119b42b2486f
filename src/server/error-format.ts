/**
 * What a client sees of an error. Errors the API raises on purpose (with a code of ERROR_CODES
 * other than INTERNAL_SERVER_ERROR, or Apollo's own request errors) pass as they are; a database that cannot be reached becomes
 * DATABASE_UNAVAILABLE; anything else is masked as INTERNAL_SERVER_ERROR, so no stack, Cypher or
 * driver message reaches a client. The real cause goes to the log with the request id.
 */
import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { DatabaseBusyError } from '../neo4j/bulkhead';
import { DatabaseNoAnswerError } from '../neo4j/database';
import { GraphQLContext } from '../graphql/context';
import { ERROR_CODES, ErrorCode, isClientErrorCode, isDeliberateErrorCode } from '../errors/error-codes';
import { CodedError } from '../errors/coded-error';
import { Logger } from './log';
import { errorDetail } from '../errors/error-message';

/**
 * Neo4j's codes for a transaction it ended before it committed: terminated (by an administrator, a
 * timeout while it waited, a freeze that outlived its lease), a lock it waited for that was given
 * up, a deadlock, a leader change in a cluster. Nothing of such a transaction was written, so the
 * request is safe to send again, and the answer says so (TRANSACTION_CANCELLED). Every other
 * transient error is one too: the driver has retried it for NEO4J_RETRY_TIME_MS already.
 */
const CANCELLED_TRANSACTION = /^Neo\.(TransientError\.|ClientError\.Transaction\.(Terminated|LockClientStopped|TransactionMarkedAsFailed)|ClientError\.Cluster\.NotALeader)/;

/** A transaction ended by its timeout, on the server (TransactionTimedOut...) or as the driver saw it close. */
const TIMED_OUT_TRANSACTION = /TransactionTimedOut/;

/** Driver codes that mean the database could not be reached, rather than that a query was wrong. */
function isUnavailable(error: unknown): boolean {
  return (error instanceof Neo4jError && ['ServiceUnavailable', 'SessionExpired'].includes(error.code)) || error instanceof DatabaseNoAnswerError;
}

/** Every connection (or traversal slot) stayed taken: the database is up, the service is full. */
function isBusy(error: unknown): boolean {
  return error instanceof DatabaseBusyError || (error instanceof Neo4jError && error.message.startsWith('Connection acquisition timed out'));
}

/** The error itself or the first of its causes that is a driver's or a coded one: what a code is read from. */
function codedCause(error: unknown): unknown {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (cause instanceof Neo4jError || cause instanceof CodedError || cause instanceof DatabaseNoAnswerError || cause instanceof DatabaseBusyError) return cause;
  }
  return error;
}

/**
 * The code and message a client gets for an error that carries none of its own: the one place
 * where the database's and the service's failures become codes (the GraphQL formatter and the
 * export route both ask here). Undefined for a fault, which is masked as INTERNAL_SERVER_ERROR.
 */
export function codeOfFailure(error: unknown): { code: ErrorCode; message: string; extensions?: Record<string, unknown> } | undefined {
  const cause = codedCause(error);
  if (cause instanceof CodedError) {
    // A refusal that passes by itself (a parser still loading) says when to try again.
    return { code: cause.code, message: cause.message, extensions: cause.retryAfterSeconds === undefined ? undefined : { retryAfterSeconds: cause.retryAfterSeconds } };
  }
  if (cause instanceof Neo4jError && TIMED_OUT_TRANSACTION.test(cause.code)) return { code: ERROR_CODES.QUERY_TIMEOUT, message: 'the query ran longer than the transaction timeout allows' };
  if (cause instanceof Neo4jError && CANCELLED_TRANSACTION.test(cause.code)) {
    return { code: ERROR_CODES.TRANSACTION_CANCELLED, message: 'Neo4j ended the transaction before it committed; nothing of it was written: send it again' };
  }
  if (isBusy(cause)) return { code: ERROR_CODES.DATABASE_BUSY, message: 'the service is busy with other queries; try again shortly' };
  if (isUnavailable(cause)) return { code: ERROR_CODES.DATABASE_UNAVAILABLE, message: 'the database is unavailable; try again shortly' };
  return undefined;
}

/** With `debug`, internal errors keep their message (never their stack); for development only. */
export function errorFormatter(debug: boolean): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const masked = formatError(formatted, error);
    return debug && masked.extensions?.code === ERROR_CODES.INTERNAL_SERVER_ERROR ? { ...masked, message: formatted.message } : masked;
  };
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // A code given on purpose passes with its message, a load's state (LOAD_INCOMPLETE) too.
  if (isDeliberateErrorCode(formatted.extensions?.code)) return formatted;
  const failure = codeOfFailure((error as { originalError?: unknown } | undefined)?.originalError ?? error);
  if (failure !== undefined) return { message: failure.message, path: formatted.path, extensions: { code: failure.code, ...failure.extensions } };
  return { message: 'internal error; quote the requestId when reporting it', path: formatted.path, extensions: { code: ERROR_CODES.INTERNAL_SERVER_ERROR } };
}

/** Logs each error's real cause and puts the request id into every error a client gets. */
export function errorReporting(log: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const cause = error.originalError ?? error;
            const code = error.extensions?.code;
            if (isClientErrorCode(code)) continue;
            // A client that left is no failure here: its request's line says so (status 499).
            if (cause instanceof CodedError && cause.code === ERROR_CODES.REQUEST_CANCELLED) continue;
            log('error', 'request failed', {
              reqId: contextValue.requestId,
              field: error.path?.join('.'),
              cause: errorDetail(cause),
            });
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          // A refusal that passes by itself (a parser still loading) says when, as HTTP does.
          const retryAfter = Math.max(0, ...response.body.singleResult.errors.map((error) => Number(error.extensions?.retryAfterSeconds ?? 0)));
          if (retryAfter > 0) response.http.headers.set('retry-after', String(retryAfter));
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({
            ...error,
            extensions: { ...error.extensions, requestId: contextValue.requestId },
          }));
        },
      };
    },
  };
}
