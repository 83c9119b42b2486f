import { GraphQLResolveInfo } from 'graphql';
import { Arg, Info, Int, Query, Resolver } from 'type-graphql';
import { LimitsConfig } from '../config/config';
import { GraphReader } from '../graph/graph.reader';
import { RelationType } from '../graph/vocabulary';
import { pageSize } from './arguments';
import { selects } from './selection';
import { toActor } from './shape';
import { Stats } from './stats.type';

@Resolver()
export class StatsResolver {
  constructor(
    private readonly reader: GraphReader,
    private readonly limits: LimitsConfig,
  ) {}

  @Query(() => Stats, { description: 'Counts by actor kind and relation type, and the most connected or most central actors; only what is selected is read.' })
  async stats(
    @Arg('mostConnected', () => Int, { defaultValue: 10, description: 'How many of the most connected actors to list.' }) mostConnected: number,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Stats> {
    const limit = pageSize(mostConnected, this.limits, 'mostConnected');
    // Each part scans the graph: a request for mostCentral alone should not pay for the counts.
    const stats = await this.reader.stats({
      actorKinds: selects(info, 'actors') || selects(info, 'actorKinds'),
      relationTypes: selects(info, 'relations') || selects(info, 'relationTypes'),
      mostConnected: selects(info, 'mostConnected') ? limit : 0,
    });
    return {
      actors: stats.actorKinds.reduce((sum, row) => sum + row.count, 0),
      relations: stats.relationTypes.reduce((sum, row) => sum + row.count, 0),
      actorKinds: stats.actorKinds,
      relationTypes: stats.relationTypes.map((row) => ({ type: row.type as RelationType, count: row.count })),
      mostConnected: stats.mostConnected.map(toActor),
    };
  }
}
