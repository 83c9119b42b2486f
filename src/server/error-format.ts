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
import { ERROR_CODES, isClientErrorCode, isDeliberateErrorCode } from '../errors/error-codes';
import { Logger } from './log';
import { errorDetail } from '../errors/error-message';

/** Driver codes that mean the database could not be reached, rather than that a query was wrong. */
function isUnavailable(error: unknown): boolean {
  return (error instanceof Neo4jError && ['ServiceUnavailable', 'SessionExpired'].includes(error.code)) || error instanceof DatabaseNoAnswerError;
}

/** Every connection (or traversal slot) stayed taken: the database is up, the service is full. */
function isBusy(error: unknown): boolean {
  return error instanceof DatabaseBusyError || (error instanceof Neo4jError && error.message.startsWith('Connection acquisition timed out'));
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
  const original = (error as { originalError?: unknown } | undefined)?.originalError ?? error;
  if (original instanceof Neo4jError && /TransactionTimedOut/.test(original.code)) {
    return { message: 'the query ran longer than the transaction timeout allows', path: formatted.path, extensions: { code: ERROR_CODES.QUERY_TIMEOUT } };
  }
  if (isBusy(original)) {
    return { message: 'the service is busy with other queries; try again shortly', path: formatted.path, extensions: { code: ERROR_CODES.DATABASE_BUSY } };
  }
  if (isUnavailable(original)) {
    return { message: 'the database is unavailable; try again shortly', path: formatted.path, extensions: { code: ERROR_CODES.DATABASE_UNAVAILABLE } };
  }
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
            log('error', 'request failed', {
              requestId: contextValue.requestId,
              path: error.path?.join('.'),
              cause: errorDetail(cause),
            });
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({
            ...error,
            extensions: { ...error.extensions, requestId: contextValue.requestId },
          }));
        },
      };
    },
  };
}
