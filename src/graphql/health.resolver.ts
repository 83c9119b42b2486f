import { Query, Resolver } from 'type-graphql';
import { Database } from '../neo4j/database';
import { checkDatabase } from '../neo4j/health';
import { Health } from './health.type';

@Resolver(() => Health)
export class HealthResolver {
  constructor(private readonly database: Database) {}

  @Query(() => Health, { description: 'The same check as GET /health, for clients that only speak GraphQL.' })
  async health(): Promise<Health> {
    const database = await checkDatabase(this.database);
    return {
      status: database.reachable ? 'ok' : 'unavailable',
      databaseReachable: database.reachable,
      databaseLatencyMs: database.latencyMs,
    };
  }
}
