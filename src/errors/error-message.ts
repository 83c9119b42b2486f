/**
 * How an error reads: its message for users (no stack trace), its stack for logs that developers
 * read. Anything may be thrown in JavaScript, so both accept any value.
 */
import { isNativeError } from 'node:util/types';

export function errorMessage(error: unknown): string {
  return isNativeError(error) ? error.message : String(error);
}

/** The stack too, and the causes it wraps, for logs that developers read. */
export function errorDetail(error: unknown): string {
  if (!isNativeError(error)) return String(error);
  const detail = error.stack ?? error.message;
  return error.cause === undefined ? detail : `${detail}\ncaused by: ${errorDetail(error.cause)}`;
}
