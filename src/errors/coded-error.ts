/**
 * An error of a layer below GraphQL (the loader, the load journal) that a client must be able to
 * tell apart: it carries its `ERROR_CODES` code, so the API passes it on with that code instead
 * of masking it as an internal error.
 */
import { ErrorCode } from './error-codes';

export class CodedError extends Error {
  /** For a refusal that will pass by itself (a parser still loading): when to try again. */
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; retryAfterSeconds?: number },
    /** Machine-readable facts a client can act on, passed in `extensions` beside the code. */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message, options);
    this.name = 'CodedError';
    if (options?.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
  }
}
