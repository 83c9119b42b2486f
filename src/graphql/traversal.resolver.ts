import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { neighborhoodCost, pathCost, pathsCost } from './cost';
import { LimitsConfig } from '../config/config';
import { Bulkhead } from '../neo4j/bulkhead';
import { GraphReader } from '../graph/graph.reader';
import { subgraphMeasures } from '../graph/subgraph-measures';
import { PathRequest, TraversalRequest, TraversalTime } from '../graph/traversal.repository';
import { depth, timeWindow, wholeNumber } from './arguments';
import { GraphQLContext } from './context';
import { loadFound } from './loaders';
import { BadUserInputError, NotFoundError } from './errors';
import { Path } from './path.type';
import { toPath, toSubgraphEdge, toSubgraphNode } from './shape';
import { selects } from './selection';
import { pathRowFields } from './row-fields';
import { Subgraph } from './subgraph.type';
import { NeighborhoodArgs, PathArgs, PathsArgs, TraversalTimeArgs } from './traversal.args';

@Resolver()
export class TraversalResolver {
  constructor(
    private readonly reader: GraphReader,
    private readonly limits: LimitsConfig,
    private readonly traversals: Bulkhead,
  ) {}

  @Query(() => Subgraph, { description: 'The actors within depth hops of an actor and every relation among them (an ego network).', complexity: neighborhoodCost })
  async neighborhood(@Args() args: NeighborhoodArgs, @Info() info: GraphQLResolveInfo, @Ctx() context: GraphQLContext): Promise<Subgraph> {
    const request = this.traversal(args, depth(args.depth, 1, this.limits));
    const limit = wholeNumber(args.limit ?? this.limits.maxSubgraphNodes, 1, this.limits.maxSubgraphNodes, 'limit');
    const fields = {
      degree: selects(info, 'nodes', 'degree'),
      time: selects(info, 'edges', 'time'),
      evidenceCount: selects(info, 'edges', 'evidenceCount'),
      documentCount: selects(info, 'edges', 'documentCount'),
    };
    const expand = (): ReturnType<GraphReader['neighborhood']> =>
      this.reader.neighborhood(args.actorId, request, { actors: limit, edges: this.limits.maxSubgraphEdges }, fields);
    // One hop is a plain read; beyond it, the work grows with every hop.
    const found = await (request.depth > 1 ? this.gated(context, expand) : expand());
    if (found === null) throw new NotFoundError('actor', args.actorId);
    const measures = subgraphMeasures(
      found.actors.map((actor) => actor.id),
      found.relations,
      { pageRank: selects(info, 'nodes', 'pageRank'), betweenness: selects(info, 'nodes', 'betweenness'), community: selects(info, 'nodes', 'community') },
    );
    return {
      nodes: found.actors.map((row) => toSubgraphNode(row, measures)),
      edges: found.relations.map(toSubgraphEdge),
      truncated: found.truncated,
      edgesTruncated: found.edgesTruncated,
    };
  }

  @Query(() => Path, { nullable: true, description: 'One shortest path between two actors; null when none is within maxDepth.', complexity: pathCost })
  async shortestPath(@Args() args: PathArgs, @Ctx() context: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<Path | null> {
    const [path] = await this.shortest(args, context, info, false, 1);
    return path ?? null;
  }

  @Query(() => [Path], { description: 'Every shortest path between two actors (up to the configured maximum).', complexity: pathsCost })
  allShortestPaths(@Args() args: PathArgs, @Ctx() context: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<Path[]> {
    return this.shortest(args, context, info, true, this.limits.maxPaths);
  }

  @Query(() => [Path], { description: 'Simple paths (no actor twice) between two actors, shortest first.', complexity: pathsCost })
  async paths(@Args() args: PathsArgs, @Ctx() context: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<Path[]> {
    const limit = wholeNumber(args.limit ?? this.limits.maxPaths, 1, this.limits.maxPaths, 'limit');
    const request = this.pathRequest(args);
    this.checkDistinct(args);
    const rows = await this.gated(context, () => this.reader.simplePaths(args.from, args.to, request, limit, pathRowFields(info)));
    if (rows.length === 0) await this.checkEnds(args, context);
    return rows.map(toPath);
  }

  private async shortest(args: PathArgs, context: GraphQLContext, info: GraphQLResolveInfo, all: boolean, limit: number): Promise<Path[]> {
    const request = this.pathRequest(args);
    this.checkDistinct(args);
    const rows = await this.gated(context, () => this.reader.shortestPaths(args.from, args.to, request, all, limit, pathRowFields(info)));
    // Only an empty answer needs to know whether an end is missing (NOT_FOUND) or unreachable (none).
    if (rows.length === 0) await this.checkEnds(args, context);
    return rows.map(toPath);
  }

  /** Runs a traversal within the service's bound, as one of the request's share (see src/neo4j/bulkhead.ts). */
  private gated<T>(context: GraphQLContext, work: () => Promise<T>): Promise<T> {
    return this.traversals.run(work, context);
  }

  private pathRequest(args: PathArgs): PathRequest {
    const hops = depth(args.maxDepth, this.limits.maxTraversalDepth, this.limits, 'maxDepth');
    return { ...this.traversal(args, hops), timeRespecting: args.timeRespecting ?? false };
  }

  private traversal(args: NeighborhoodArgs | PathArgs, hops: number): TraversalRequest {
    return {
      types: args.types ?? null,
      direction: args.direction,
      depth: hops,
      maxDepth: this.limits.maxTraversalDepth,
      reviewed: args.reviewed ?? null,
      time: traversalTime(args),
    };
  }

  private checkDistinct(args: PathArgs): void {
    if (args.from === args.to) throw new BadUserInputError('to', `expected an actor other than from, found '${args.to}' for both`);
  }

  /** A failed actor batch is rethrown (by `loadFound`): only an actor really absent is NOT_FOUND. */
  private async checkEnds(args: PathArgs, { loaders }: GraphQLContext): Promise<void> {
    const found = new Set((await loadFound(loaders.actor, [args.from, args.to])).map((actor) => actor.id));
    for (const id of [args.from, args.to]) if (!found.has(id)) throw new NotFoundError('actor', id);
  }
}

/** The time window of a traversal's arguments, checked like every since/until. */
function traversalTime(args: TraversalTimeArgs): TraversalTime {
  return { ...timeWindow(args.since, args.until), datedOnly: args.datedOnly ?? false };
}
