/**
 * How a review request is refused. Each error carries its code (see src/errors/error-codes.ts), so
 * the API passes it on as it is; nothing is written when one is thrown.
 */
import { CodedError } from '../errors/coded-error';
import { ERROR_CODES } from '../errors/error-codes';
import { ReviewItem } from './review-draft.types';

/** A decision the draft's rules refuse; `field` names the input field at fault. */
export class ReviewInputError extends CodedError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(ERROR_CODES.BAD_USER_INPUT, `${field}: ${message}`, undefined, { argument: field });
    this.name = 'ReviewInputError';
  }
}

/** No draft, or no item of the draft, with the id given. */
export class ReviewNotFoundError extends CodedError {
  constructor(what: 'review draft' | 'item', id: string, draftId?: string) {
    super(ERROR_CODES.NOT_FOUND, draftId === undefined ? `no ${what} with id '${id}'` : `no ${what} '${id}' in review draft '${draftId}'`, undefined, { id });
    this.name = 'ReviewNotFoundError';
  }
}

/** The decision was made on a version of the item another decision has changed since. */
export class ReviewConflictError extends CodedError {
  constructor(item: ReviewItem, expectedVersion: number) {
    const by = item.decidedBy === null ? '' : ` by ${item.decidedBy} at ${item.decidedAt}`;
    super(
      ERROR_CODES.REVIEW_CONFLICT,
      `expected version ${expectedVersion} of item '${item.itemId}', found version ${item.version} (changed${by}); nothing was written: read it again and decide on what it is now`,
      undefined,
      { itemId: item.itemId, version: item.version, decidedBy: item.decidedBy, decidedAt: item.decidedAt },
    );
    this.name = 'ReviewConflictError';
  }
}

/** A finish found the draft changed between reading its items and writing them. */
export class ReviewDraftChangedError extends CodedError {
  constructor(draftId: string) {
    super(ERROR_CODES.REVIEW_CONFLICT, `review draft '${draftId}' changed while it was being finished (another decision came in); nothing was written: finish it again`, undefined, { draftId });
    this.name = 'ReviewDraftChangedError';
  }
}

/** A decision (or a second finish) on a draft already finished. */
export class ReviewDraftDoneError extends CodedError {
  constructor(draftId: string, finishedBy: string | null, finishedAt: string | null) {
    super(
      ERROR_CODES.REVIEW_DRAFT_DONE,
      `expected a review draft still in review, found '${draftId}' finished${finishedBy === null ? '' : ` by ${finishedBy} at ${finishedAt}`}; nothing was written`,
      undefined,
      { draftId, finishedBy, finishedAt },
    );
    this.name = 'ReviewDraftDoneError';
  }
}
