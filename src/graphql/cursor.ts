/**
 * Opaque Relay cursors: the sort key of a row (e.g. name and id), as base64url JSON. A cursor that
 * does not decode to a key of the expected size is a client error, not a crash.
 */
import { BadUserInputError } from './errors';

export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, size: number, argument = 'after'): string[] | null {
  if (cursor === null || cursor === undefined) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (!Array.isArray(key) || key.length !== size || !key.every((part) => typeof part === 'string')) {
    throw new BadUserInputError(argument, `expected a cursor returned by this list, found '${cursor.slice(0, 60)}'`);
  }
  return key;
}
