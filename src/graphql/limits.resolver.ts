import { Query, Resolver } from 'type-graphql';
import { LimitsConfig } from '../config/config';
import { Limits } from './limits.type';

@Resolver(() => Limits)
export class LimitsResolver {
  constructor(private readonly configured: LimitsConfig) {}

  @Query(() => Limits, { description: 'The limits this service enforces (the explorer reads its depth and sizes here).' })
  limits(): Limits {
    const { maxTraversalDepth, maxSubgraphNodes, maxSubgraphEdges, maxPaths, maxPageSize, defaultPageSize, maxQueryDepth, maxQueryCost, maxDocumentChars, maxExtractChars } =
      this.configured;
    return { maxTraversalDepth, maxSubgraphNodes, maxSubgraphEdges, maxPaths, maxPageSize, defaultPageSize, maxQueryDepth, maxQueryCost, maxDocumentChars, maxExtractChars };
  }
}
