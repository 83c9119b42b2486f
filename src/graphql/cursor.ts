/**
 * Opaque Relay cursors: the sort key of a row (e.g. name and id), as base64url JSON. A cursor that
 * does not decode to a key of the expected size is a client error, not a crash.
 *
 * A list with a choice of orders puts the order's name first (`["TIME", "2020-01-01", ...]`): a
 * key means nothing in another order, so a cursor of one order is refused in another.
 */
import { SortKey } from '../graph/read-models';
import { fitsSortKey, SortPart } from '../graph/sort-key';
import { BadUserInputError } from './errors';

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, size: number, argument = 'after'): string[] | null {
  if (cursor === null || cursor === undefined) return null;
  const key = parseCursor(cursor);
  if (key === undefined || key.length !== size || !key.every((part) => typeof part === 'string')) throw notACursor(cursor, argument);
  return key as string[];
}

/** The cursor of a row of a list in `order`: `[order, ...key]`. */
export function orderedCursor(order: string, key: SortKey): string {
  return encodeCursor([order, ...key]);
}

/** The sort key a cursor of a list in `order` carries; a cursor of another order is refused, saying which. */
export function decodeOrderedCursor(cursor: string | null | undefined, order: string, parts: readonly SortPart[], argument = 'after'): SortKey | null {
  if (cursor === null || cursor === undefined) return null;
  const [name, ...key] = parseCursor(cursor) ?? [];
  if (typeof name === 'string' && name !== order && /^[A-Z_]{1,30}$/.test(name)) {
    throw new BadUserInputError(argument, `expected a cursor of this list in ${order} order, found one of ${name} order (a cursor continues the order it came from)`);
  }
  if (name !== order || !fitsSortKey(parts, key)) throw notACursor(cursor, argument);
  return key;
}

function parseCursor(cursor: string): unknown[] | undefined {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(key) ? key : undefined;
  } catch {
    return undefined;
  }
}

function notACursor(cursor: string, argument: string): BadUserInputError {
  return new BadUserInputError(argument, `expected a cursor returned by this list, found '${cursor.slice(0, 60)}'`);
}
