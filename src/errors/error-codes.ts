/**
 * Every `extensions.code` a client can receive, GraphQL or plain HTTP, with what it means and the
 * HTTP status it travels with. This is the one place a code is defined: other modules name codes
 * through `ERROR_CODES`, never as string literals, so a client's list of codes is this file.
 *
 * A code with a status below 500 is the client's to fix and is passed to the client as it is; the
 * others are the service's or the database's state, and their causes are logged.
 */

export interface ErrorCodeDefinition {
  /** The HTTP status of a response whose only error has this code. */
  readonly status: number;
  readonly meaning: string;
}

const DEFINITIONS = {
  BAD_USER_INPUT: { status: 400, meaning: "an argument out of range (page size, depth, limit), a bad cursor or date, or an input the loader's rules refuse (`extensions.problems` lists each as `path: expected ..., found ...`)" },
  GRAPHQL_PARSE_FAILED: { status: 400, meaning: 'the query text is not valid GraphQL syntax (or has more tokens than allowed)' },
  GRAPHQL_VALIDATION_FAILED: { status: 400, meaning: 'the query does not fit the schema' },
  BAD_REQUEST: { status: 400, meaning: 'the HTTP request is not a GraphQL request (method, content type or body)' },
  OPERATION_RESOLUTION_FAILURE: { status: 400, meaning: 'the operation named in the request is not in the document' },
  PERSISTED_QUERY_NOT_FOUND: { status: 400, meaning: 'an automatic persisted query hash is not known; send the query text' },
  PERSISTED_QUERY_NOT_SUPPORTED: { status: 400, meaning: 'persisted queries are not supported' },
  QUERY_TOO_DEEP: { status: 400, meaning: 'the selections nest deeper than MAX_QUERY_DEPTH (or, under __schema and __type, MAX_INTROSPECTION_DEPTH)' },
  TOO_MANY_ALIASES: { status: 400, meaning: 'the query uses more aliases than MAX_ALIASES' },
  QUERY_TOO_COMPLEX: {
    status: 400,
    meaning: 'the estimated cost of the query is above MAX_QUERY_COST, or it has more than MAX_EXPANDED_SELECTIONS selections once its fragments are expanded',
  },
  RESPONSE_TOO_LARGE: { status: 400, meaning: 'the answer would be larger than MAX_RESPONSE_BYTES; ask for fewer items, aliases or text fields' },
  UNAUTHENTICATED: { status: 401, meaning: 'a mutation was sent without a valid API key' },
  FORBIDDEN: { status: 403, meaning: 'the request may not do this (mutations are switched off without an API key)' },
  NOT_FOUND: { status: 200, meaning: 'a traversal, timeline, mergeActors or deleteActor names an actor that does not exist, deleteDocument a document that does not exist, splitActor an id with no standing merge, or a review mutation a draft or item that does not exist (lookups by id answer null instead)' },
  ROUTE_NOT_FOUND: { status: 404, meaning: 'the service has no page or endpoint at this path and method' },
  EXPORT_ACTOR_NOT_FOUND: { status: 404, meaning: '`GET /export` names an `actorId` that does not exist, so there is no file to send (GraphQL answers NOT_FOUND for the same actor)' },
  PAYLOAD_TOO_LARGE: { status: 413, meaning: 'the request body is larger than MAX_BODY_BYTES' },
  LOAD_IN_PROGRESS: { status: 409, meaning: 'another load is writing; loads run one at a time' },
  LOAD_ABANDONED: { status: 409, meaning: 'the load went without progress for longer than LOAD_ABANDONED_AFTER_MS, so another load undid it; nothing of it remains, send it again' },
  LOAD_TOO_LARGE: { status: 413, meaning: "the load does not fit in Neo4j's transaction memory; stage it (LOAD_STAGED_ABOVE) or give Neo4j a larger heap" },
  LOAD_INCOMPLETE: { status: 500, meaning: 'a staged load failed and could not undo what it had committed; a load started after LOAD_ABANDONED_AFTER_MS undoes the rest' },
  LOAD_SUMMARY_FAILED: { status: 500, meaning: 'the load was committed in full, but its summary could not be read; do not send it again' },
  DATABASE_UNAVAILABLE: {
    status: 503,
    meaning: 'Neo4j cannot be reached, or did not answer within the connection wait, the transaction timeout and the retry time; the service recovers by itself when it is back (`/health` answers 503 meanwhile); a write that got this answer may or may not have committed, and every write is safe to send again (see the security page)',
  },
  DATABASE_BUSY: {
    status: 503,
    meaning: 'every database connection (or every traversal slot, or every whole-graph export slot) stayed taken for NEO4J_ACQUISITION_TIMEOUT_MS; Neo4j is up, try again shortly',
  },
  DRAFTING_BUSY: {
    status: 503,
    meaning: 'MAX_CONCURRENT_DRAFTS drafts (extractDocument) were in progress; drafting takes the service\'s own processor time, so more are refused at once rather than queued; try again shortly',
  },
  DRAFTING_FAILED: {
    status: 500,
    meaning: 'the drafter failed on this text: a fault of actorgraph, not of the text; its cause is logged with the request id, so report it with the text',
  },
  WORK_LIMIT_EXCEEDED: {
    status: 503,
    meaning:
      "the service's own work on this request (drafting, locating quotes, validating a large document) ran past its time budget (WORKER_TIME_BUDGET_MS) or its memory (WORKER_MEMORY_MB) and was stopped; nothing was written; a shorter or plainer input passes, and the same one may when the service is less busy",
  },
  TRANSACTION_CANCELLED: {
    status: 503,
    meaning:
      'Neo4j ended the transaction before it committed (it was terminated, waited too long for a lock, met a deadlock or a leader change); nothing of it was written, so the request is safe to send again',
  },
  REQUEST_CANCELLED: {
    status: 499,
    meaning: 'the client closed the connection before its answer was sent, so its work (database queries, drafting) was stopped; only the log and the metrics see this code',
  },
  PARSER_NOT_CONFIGURED: {
    status: 503,
    meaning: 'drafting needs the syntactic parser, and none can run: no PARSER_URL is set and the local parser cannot start here (no Java 17 and Maven, LOCAL_PARSER=false, or its build failed); the message says which. The rest of the service works',
  },
  PARSER_STARTING: {
    status: 503,
    meaning: 'the parser is still loading its models (30-60 s after it starts); the request waited PARSER_READY_WAIT_MS. `extensions.retryAfterSeconds` (and the Retry-After header) says when to try again',
  },
  PARSER_UNAVAILABLE: { status: 503, meaning: 'no parser answered: the PARSER_URL parsers cannot be reached, or the local parser could not be started again after it stopped' },
  PARSER_BUSY: { status: 503, meaning: 'every parser had a full queue of texts; try again shortly' },
  PARSER_FAILED: {
    status: 502,
    meaning: 'the parser stopped in the middle of the text (its process died) or answered something that is not a parse; a local parser is started again by the next request',
  },
  PARSER_TIMEOUT: { status: 504, meaning: 'a block of the text took the parser longer than PARSER_TIMEOUT_MS' },
  PARSER_INPUT_REFUSED: { status: 413, meaning: 'the parser refused the text as too long for it (its own character limit); send a shorter text' },
  DOCUMENT_TEXT_CHANGED: { status: 409, meaning: "a document id is already loaded with another text; its quotes' offsets would point at other words, so the write is refused" },
  ACTOR_FACT_CONFLICT: {
    status: 409,
    meaning: 'an actor id is already stored, as a person reviewed it, with another kind or Wikidata id; reviewed facts are not overwritten, so the write is refused (`extensions.problems` names the actor, the field, and both values). Facts no person reviewed are corrected by a reviewed write instead',
  },
  REVIEW_CONFLICT: {
    status: 409,
    meaning:
      "a review decision was made on a version of the item (or draft) that another decision has changed since; nothing was written. `extensions` gives the item's current `version`, who changed it (`decidedBy`) and when (`decidedAt`): read it again and decide on what it is now",
  },
  REVIEW_DRAFT_DONE: { status: 409, meaning: 'a decision on a review draft that is finished (its accepted items are in the graph); nothing was written' },
  MERGE_CONFLICT: {
    status: 409,
    meaning:
      "mergeActors refused: the two actors disagree on facts a merge would have to throw away (another Wikidata id, or another kind when both were reviewed); or splitActor refused: the kept actor was merged into another since (split that first). `extensions.problems` names each",
  },
  ANALYTICS_UNAVAILABLE: {
    status: 501,
    meaning: 'whole-graph PageRank and betweenness need Neo4j Graph Data Science, which the configured Neo4j lacks (the local server and docker-compose.yml have it)',
  },
  QUERY_TIMEOUT: { status: 504, meaning: 'the query ran longer than the transaction timeout allows; nothing of a write that timed out was written' },
  INTERNAL_SERVER_ERROR: { status: 500, meaning: 'a fault of the service; its cause is logged with the request id' },
} as const satisfies Record<string, ErrorCodeDefinition>;

export type ErrorCode = keyof typeof DEFINITIONS;

export const ERROR_CODES: { readonly [Code in ErrorCode]: Code } = Object.fromEntries(
  Object.keys(DEFINITIONS).map((code) => [code, code]),
) as { readonly [Code in ErrorCode]: Code };

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(DEFINITIONS, code);
}

export function errorCodeDefinition(code: ErrorCode): ErrorCodeDefinition {
  return DEFINITIONS[code];
}

/**
 * A code the service gives on purpose, as opposed to the INTERNAL_SERVER_ERROR that masks a fault:
 * such an error reaches the client with its code and message.
 */
export function isDeliberateErrorCode(code: unknown): boolean {
  return isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR';
}

/** A code the client can act on (its request was wrong or refused), as opposed to a fault or an outage. */
export function isClientErrorCode(code: unknown): boolean {
  return isErrorCode(code) && DEFINITIONS[code].status < 500;
}

/** Every code with its definition, for documentation and tests. */
export function allErrorCodes(): ReadonlyArray<readonly [ErrorCode, ErrorCodeDefinition]> {
  return Object.entries(DEFINITIONS) as [ErrorCode, ErrorCodeDefinition][];
}
