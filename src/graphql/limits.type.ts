import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'The limits this service enforces, as configured: a client reads them instead of repeating them, and asks for no more.',
})
export class Limits {
  @Field(() => Int, { description: 'Most hops of `neighborhood` (`depth`) and of the path queries (`maxDepth`).' })
  maxTraversalDepth!: number;

  @Field(() => Int, { description: 'Most actors one `neighborhood` returns besides the centre (its `limit`).' })
  maxSubgraphNodes!: number;

  @Field(() => Int, { description: 'Most relations one `neighborhood` returns; beyond, `edgesTruncated` is true.' })
  maxSubgraphEdges!: number;

  @Field(() => Int, { description: 'Most paths `paths` returns (its `limit`).' })
  maxPaths!: number;

  @Field(() => Int, { description: 'Largest `first` of a list or connection (`search`, `actors`, `relations`, ...).' })
  maxPageSize!: number;

  @Field(() => Int, { description: 'The `first` of a list or connection that states none.' })
  defaultPageSize!: number;

  @Field(() => Int, { description: 'Deepest nesting of selections a query may have.' })
  maxQueryDepth!: number;

  @Field(() => Int, { description: 'Highest cost a query may have, as the fields declare their costs.' })
  maxQueryCost!: number;

  @Field(() => Int, { description: 'Longest document text `ingestDocument` accepts, in UTF-16 code units.' })
  maxDocumentChars!: number;

  @Field(() => Int, { description: 'Longest text `extractDocument` drafts, in characters.' })
  maxExtractChars!: number;
}
