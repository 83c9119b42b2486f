/** Builds a Relay connection from a page of rows and the sort key that makes each row's cursor. */
import { Page } from '../graph/read-models';
import { encodeCursor } from './cursor';
import { PageInfo } from './page-info.type';

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function toConnection<T>(page: Page<T>, keyOf: (row: T) => readonly string[], afterGiven: boolean): Connection<T> {
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
