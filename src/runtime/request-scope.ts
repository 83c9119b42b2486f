/**
 * The life of one request, as the work it starts sees it: a signal that aborts when the request's
 * client has gone. The HTTP server opens the scope around each request; the database calls, the
 * traversal slots and the worker pool read it where they wait, so that a request nobody will read
 * stops its queries, gives up its slots and ends its drafting within moments of its client leaving.
 *
 * The scope travels with the asynchronous work (Node's AsyncLocalStorage) instead of as an argument:
 * it would otherwise pass through every resolver, service and repository between the HTTP server
 * and the database, none of which has anything to do with it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { CodedError } from '../errors/coded-error';
import { ERROR_CODES } from '../errors/error-codes';

/** The request's client has gone: its work was stopped, and nobody reads this answer. */
export class RequestCancelledError extends CodedError {
  constructor() {
    super(ERROR_CODES.REQUEST_CANCELLED, 'the client closed the request before its answer was sent');
    this.name = 'RequestCancelledError';
  }
}

const scope = new AsyncLocalStorage<AbortSignal>();

/** Runs `work` in the scope of a request whose client's leaving aborts `signal`. */
export function inRequestScope<T>(signal: AbortSignal, work: () => T): T {
  return scope.run(signal, work);
}

/** The signal of the request this work belongs to; undefined outside a request (start-up, the command line). */
export function requestSignal(): AbortSignal | undefined {
  return scope.getStore();
}

/**
 * Calls `onCancel` once, when the current request's client leaves (at once when it has already
 * left); the returned function stops listening. Outside a request it never calls.
 */
export function onRequestCancelled(onCancel: () => void): () => void {
  const signal = requestSignal();
  if (signal === undefined) return () => undefined;
  if (signal.aborted) {
    onCancel();
    return () => undefined;
  }
  signal.addEventListener('abort', onCancel, { once: true });
  return () => signal.removeEventListener('abort', onCancel);
}
