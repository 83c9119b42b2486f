/**
 * The service's health in one shape, for `GET /health` and the `health` query alike: whether the
 * database answers (which decides `status`), and the parser's state (which only drafting needs).
 */
import { Database } from '../neo4j/database';
import { checkDatabase, DatabaseHealth } from '../neo4j/health';
import { ParserHealth } from '../parser/connect-parser';

export interface ServiceHealth {
  readonly status: 'ok' | 'unavailable';
  readonly database: DatabaseHealth;
  readonly parser: ParserHealth;
}

export async function serviceHealth(database: Database, parserHealth: () => Promise<ParserHealth>): Promise<ServiceHealth> {
  const [databaseHealth, parser] = await Promise.all([checkDatabase(database), parserHealth()]);
  return { status: databaseHealth.reachable ? 'ok' : 'unavailable', database: databaseHealth, parser };
}
