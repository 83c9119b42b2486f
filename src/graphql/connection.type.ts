/**
 * Relay connection types, made once for each node type: `<Name>Edge { cursor node }` and
 * `<Name>Connection { edges pageInfo totalCount }`.
 */
import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { edgesCost } from './cost';
import { PageInfo } from './page-info.type';

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** `noun` names one node and `plural` many, for the descriptions: ('actor', 'actors'). */
export function connectionType<T extends object>(node: ClassType<T>, name: string, noun: string, plural: string): ClassType<ConnectionShape<T>> {
  const article = /^[aeiou]/.test(noun) ? 'An' : 'A';
  @ObjectType(`${name}Edge`, { description: `${article} ${noun} in a list, with its cursor.` })
  class Edge {
    @Field({ description: `Pass as after to continue after this ${noun}.` })
    cursor!: string;

    @Field(() => node, { description: `The ${noun}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${plural}.` })
  class Connection {
    @Field(() => [Edge], { description: `The ${plural} of this page, in order.`, complexity: edgesCost })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Whether more pages follow, and their cursors.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: `How many ${plural} match, over all pages.` })
    totalCount!: number;
  }

  return Connection;
}
