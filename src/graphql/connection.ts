/** Builds a Relay connection from a page of rows and the sort key that makes each row's cursor. */
import { Page } from '../graph/read-models';
import { ConnectionShape } from './connection.type';
import { encodeCursor } from './cursor';

export function toConnection<T>(page: Page<T>, keyOf: (row: T) => readonly string[], afterGiven: boolean): ConnectionShape<T> {
  const edges = page.rows.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: afterGiven,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: page.totalCount,
  };
}
