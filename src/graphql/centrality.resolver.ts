/**
 * `stats { mostCentral centrality }`: the most central actors of the whole graph, read from what
 * the last recomputation wrote (PageRank, betweenness) or every write keeps (degree), never computed here.
 */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, FieldResolver, Info, Int, Resolver } from 'type-graphql';
import { LimitsConfig } from '../config/config';
import { CentralityMeasure } from '../graph/centrality.repository';
import { GraphReader } from '../graph/graph.reader';
import { pageSize } from './arguments';
import { pagedListCost } from './cost';
import { CentralActor, CentralityMeasureEnum, CentralityStatus } from './centrality.type';
import { AnalyticsUnavailableError } from './errors';
import { toActor } from './shape';
import { actorFieldsAt } from './row-fields';
import { Stats } from './stats.type';

@Resolver(() => Stats)
export class CentralityResolver {
  constructor(
    private readonly reader: GraphReader,
    private readonly limits: LimitsConfig,
  ) {}

  @FieldResolver(() => [CentralActor], {
    description:
      'The most central actors of the whole graph, most central first (ties by id). PAGERANK and BETWEENNESS are as of centrality.computedAt; actors added since have no score yet and are left out.',
    complexity: pagedListCost,
  })
  async mostCentral(
    @Arg('measure', () => CentralityMeasureEnum, { defaultValue: 'PAGERANK', description: 'Which measure ranks the actors.' }) measure: CentralityMeasure,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many actors to list.' }) first: number,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CentralActor[]> {
    const limit = pageSize(first, this.limits);
    const rows = await this.reader.mostCentral(measure, limit, actorFieldsAt(info, 'actor'));
    // Nothing stored: either not computed yet, or this Neo4j cannot compute it at all.
    if (rows.length === 0 && measure !== 'DEGREE' && !(await this.reader.hasGraphDataScience())) throw new AnalyticsUnavailableError(measure);
    return rows.map((row) => ({ actor: toActor(row.actor), score: row.score }));
  }

  @FieldResolver(() => CentralityStatus, { description: 'When the whole-graph measures were computed, and whether they are stale.' })
  centrality(): Promise<CentralityStatus> {
    return this.reader.centralityStatus();
  }
}
