import { Query, Resolver } from 'type-graphql';
import { serviceHealth } from '../health/service-health';
import { Database } from '../neo4j/database';
import { ParserHealth } from '../parser/connect-parser';
import { Health } from './health.type';

@Resolver(() => Health)
export class HealthResolver {
  constructor(
    private readonly database: Database,
    private readonly parserHealth: () => Promise<ParserHealth>,
  ) {}

  @Query(() => Health, { description: 'The same check as GET /health, in the same shape, for clients that only speak GraphQL.' })
  async health(): Promise<Health> {
    const health = await serviceHealth(this.database, this.parserHealth);
    return {
      ...health,
      databaseReachable: health.database.reachable,
      databaseLatencyMs: health.database.latencyMs,
      parser: { ...health.parser, urls: [...health.parser.urls] },
    };
  }
}
