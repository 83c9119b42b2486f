/**
 * The parser's failures, each with its code (PARSER_* in src/errors/error-codes.ts), so that the
 * API answers them as such; a refusal that will pass later says when, in `retryAfterSeconds`.
 */
import { CodedError } from '../errors/coded-error';
import { ErrorCode } from '../errors/error-codes';

export class ParserError extends CodedError {
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; retryAfterSeconds?: number }) {
    super(code, message, options);
    this.name = 'ParserError';
  }
}
