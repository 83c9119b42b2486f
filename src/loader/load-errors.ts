/**
 * How a load fails: refused before anything was written (`LoadValidationError`, and its
 * `LoadConflictError` for a contradiction found while writing), or failed with part or all of it
 * committed (`LoadLeftChangesError`, whose message says what the graph holds).
 */
import { ActorFactConflictError, DocumentTextChangedError, StoredListLimitError } from '../graph/ingest.repository';
import { CodedError } from '../errors/coded-error';
import { ERROR_CODES, ErrorCode } from '../errors/error-codes';

/** The load was refused; `problems` lists every one as `file: path: expected ..., found ...`. */
export class LoadValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`nothing was loaded: ${problems.length} problem${problems.length === 1 ? '' : 's'} found\n${problems.join('\n')}`);
    this.name = 'LoadValidationError';
  }
}

/** A load that failed after some or all of it was committed; the message says what the graph holds. */
export class LoadLeftChangesError extends CodedError {
  constructor(code: ErrorCode, message: string, cause: unknown) {
    super(code, message, { cause });
    this.name = 'LoadLeftChangesError';
  }
}

/**
 * The load was refused because it contradicts what the graph holds (a document's text, an actor's
 * kind or Wikidata id); found while writing, in the write's own transaction, so nothing of the load is kept.
 */
export class LoadConflictError extends LoadValidationError {
  constructor(
    readonly code: typeof ERROR_CODES.DOCUMENT_TEXT_CHANGED | typeof ERROR_CODES.ACTOR_FACT_CONFLICT,
    problems: readonly string[],
  ) {
    super(problems);
    this.name = 'LoadConflictError';
  }
}

/** The conflict a repository reported, as problems that name the input's file (or argument) and fields. */
export function conflictProblems(error: DocumentTextChangedError | ActorFactConflictError, pathOf: (id: string, field: string) => string): LoadConflictError {
  if (error instanceof DocumentTextChangedError) {
    return new LoadConflictError(ERROR_CODES.DOCUMENT_TEXT_CHANGED, [
      `${pathOf(error.documentId, 'text')}: expected the text already loaded for document '${error.documentId}' (${error.storedText.length} characters), ` +
        `found a different text (${error.newText.length} characters, the first difference at character ${error.firstDifference}); ` +
        'its quotes would no longer match: load it under a new id',
    ]);
  }
  return new LoadConflictError(
    ERROR_CODES.ACTOR_FACT_CONFLICT,
    error.conflicts.map(
      (conflict) =>
        `${pathOf(conflict.actorId, conflict.field)}: expected ${conflict.stored}, the ${conflict.field === 'kind' ? 'kind' : 'Wikidata id'} actor '${conflict.actorId}' already has, found ${conflict.given}`,
    ),
  );
}

/** Lists a write would grow past their limits, as problems that name the input's file (or argument) and field. */
export function storedLimitProblems(error: StoredListLimitError, pathOf: (id: string, field: string) => string): LoadValidationError {
  return new LoadValidationError(
    error.lists.map(
      (list) =>
        `${pathOf(list.actorId, list.field)}: expected at most ${list.limit} ${list.field} for actor '${list.actorId}', counting those already stored, found ${list.count}; ` +
        'the limit holds for what is stored, so remove some first',
    ),
  );
}
