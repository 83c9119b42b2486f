/**
 * Keyset pagination over an order that no index gives in order (actors by degree, relations by
 * time or by evidence): each row's sort key is computed once as the list `key`, the rows after the
 * previous page's last key ($afterKey) are kept, sorted and cut at $limit. Every order's key ends
 * with the row's id, so no two rows tie and a row is neither lost nor repeated between pages.
 *
 * The key travels in the page's cursor (see src/graphql/cursor.ts) and comes back as $afterKey.
 */
import { SortKey } from './read-models';

export interface SortPart {
  /** The value, as a Cypher expression over the row's variables. */
  readonly expression: string;
  readonly descending: boolean;
  /** What a cursor carries for it; a cursor is checked against it before it reaches a query. */
  readonly kind: 'string' | 'number';
}

/** The tie-break every key ends with: the id of the row bound to `x`. */
export function idPart(x: string): SortPart {
  return { expression: `${x}.id`, descending: false, kind: 'string' };
}

/**
 * Lines that give the rows bound so far (the variables `carried`) their `key`, keep those after
 * $afterKey (all when it is null), and leave the first $limit of them in order, with their key.
 */
export function sortedRows(parts: readonly SortPart[], carried: string): string {
  const order = parts.map((part, index) => `key[${index}]${part.descending ? ' DESC' : ''}`).join(', ');
  return `WITH ${carried}, [${parts.map((part) => part.expression).join(', ')}] AS key
  WHERE ${afterKeyCondition(parts)}
  WITH ${carried}, key ORDER BY ${order} LIMIT $limit`;
}

/** `key` comes after $afterKey: equal on the first parts and beyond it on the next, for some part. */
function afterKeyCondition(parts: readonly SortPart[]): string {
  const alternatives = parts.map((part, index) => {
    const equalBefore = parts.slice(0, index).map((_part, before) => `key[${before}] = $afterKey[${before}]`);
    return [...equalBefore, `key[${index}] ${part.descending ? '<' : '>'} $afterKey[${index}]`].join(' AND ');
  });
  return `($afterKey IS NULL OR ${alternatives.map((alternative) => `(${alternative})`).join(' OR ')})`;
}

/** True when the values are a key of this order: as many as its parts, each of its kind. */
export function fitsSortKey(parts: readonly SortPart[], values: readonly unknown[]): values is SortKey {
  return values.length === parts.length && parts.every((part, index) => typeof values[index] === part.kind && (part.kind === 'string' || Number.isFinite(values[index])));
}
