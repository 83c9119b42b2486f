/**
 * The errors a client can get, each with a stable `extensions.code`. Messages say what was
 * expected and what was found; nothing internal (stack, Cypher, driver text) reaches a client
 * except through these.
 */
import { GraphQLError } from 'graphql';
import { CodedError } from '../errors/coded-error';
import { ERROR_CODES, errorCodeDefinition } from '../errors/error-codes';

export { ERROR_CODES };


export class BadUserInputError extends GraphQLError {
  constructor(argument: string, message: string, problems?: readonly string[]) {
    super(`${argument}: ${message}`, {
      extensions: { code: ERROR_CODES.BAD_USER_INPUT, argument, ...(problems ? { problems } : {}) },
    });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string) {
    super(`no ${what} with id '${id}'`, { extensions: { code: ERROR_CODES.NOT_FOUND, id } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor() {
    super('mutations need the header Authorization: Bearer <API key>, and the request had no valid key', {
      extensions: { code: ERROR_CODES.UNAUTHENTICATED },
    });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ERROR_CODES.FORBIDDEN } });
  }
}

/** An error of the loader or the journal (a load in progress, too large, abandoned), with its own code. */
export function codedGraphQLError(error: CodedError): GraphQLError {
  const problems = (error as { problems?: unknown }).problems;
  return new GraphQLError(error.message, {
    extensions: { ...error.details, code: error.code, ...(Array.isArray(problems) ? { problems } : {}), http: { status: errorCodeDefinition(error.code).status } },
    originalError: error,
  });
}

/** A write that contradicts what the graph holds (a document's text, an actor's kind or Wikidata id); `problems` names each field. */
export class ConflictGraphQLError extends GraphQLError {
  constructor(code: typeof ERROR_CODES.DOCUMENT_TEXT_CHANGED | typeof ERROR_CODES.ACTOR_FACT_CONFLICT, message: string, problems: readonly string[]) {
    super(message, { extensions: { code, problems, http: { status: errorCodeDefinition(code).status } } });
  }
}

/** Every slot for drafting was taken (MAX_CONCURRENT_DRAFTS): the service is busy, the request was fine. */
export class DraftingBusyError extends GraphQLError {
  constructor(message: string) {
    super(`${message}; try again shortly`, { extensions: { code: ERROR_CODES.DRAFTING_BUSY } });
  }
}

/** A whole-graph measure needs Neo4j Graph Data Science, which the configured Neo4j lacks. */
export class AnalyticsUnavailableError extends GraphQLError {
  constructor(measure: string) {
    super(
      `${measure} over the whole graph needs Neo4j Graph Data Science, and the configured Neo4j has no gds procedures: ` +
        `install the plugin (NEO4J_PLUGINS='["graph-data-science"]' in Docker), or ask for DEGREE, or for pageRank on a neighborhood's nodes`,
      { extensions: { code: ERROR_CODES.ANALYTICS_UNAVAILABLE } },
    );
  }
}
