/**
 * An error of a layer below GraphQL (the loader, the load journal) that a client must be able to
 * tell apart: it carries its `ERROR_CODES` code, so the API passes it on with that code instead
 * of masking it as an internal error.
 */
import { ErrorCode } from './error-codes';

export class CodedError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CodedError';
  }
}
