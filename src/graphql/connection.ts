/** Builds Relay connections from a page of rows: each row gives its node and its cursor. */
import { Page } from '../graph/read-models';
import { RelationOrder, RelationWithEnds } from '../graph/relation.repository';
import { ConnectionShape } from './connection.type';
import { orderedCursor } from './cursor';
import { Relation } from './relation.type';
import { toRelationWithEnds } from './shape';

export function toConnection<T, N>(page: Page<T>, edgeOf: (row: T) => { cursor: string; node: N }, afterGiven: boolean): ConnectionShape<N> {
  const edges = page.rows.map(edgeOf);
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

/** A page of relations in an order, each with its two actors (as far as the selection read them). */
export function relationConnection(page: Page<RelationWithEnds>, order: RelationOrder, afterGiven: boolean): ConnectionShape<Relation> {
  return toConnection(page, (row) => ({ cursor: orderedCursor(order, row.key), node: toRelationWithEnds(row) }), afterGiven);
}
