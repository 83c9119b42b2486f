import { Arg, Int, Query, Resolver } from 'type-graphql';
import { LimitsConfig } from '../config/config';
import { GraphReader } from '../graph/graph.reader';
import { RelationType } from '../graph/vocabulary';
import { pageSize } from './arguments';
import { toActor } from './shape';
import { Stats } from './stats.type';

@Resolver()
export class StatsResolver {
  constructor(
    private readonly reader: GraphReader,
    private readonly limits: LimitsConfig,
  ) {}

  @Query(() => Stats, { description: 'Counts by actor kind and relation type, and the most connected actors.' })
  async stats(
    @Arg('mostConnected', () => Int, { defaultValue: 10, description: 'How many of the most connected actors to list.' }) mostConnected: number,
  ): Promise<Stats> {
    const stats = await this.reader.stats(pageSize(mostConnected, this.limits, 'mostConnected'));
    return {
      actors: stats.actorKinds.reduce((sum, row) => sum + row.count, 0),
      relations: stats.relationTypes.reduce((sum, row) => sum + row.count, 0),
      actorKinds: stats.actorKinds,
      relationTypes: stats.relationTypes.map((row) => ({ type: row.type as RelationType, count: row.count })),
      mostConnected: stats.mostConnected.map(toActor),
    };
  }
}
