/**
 * Whether the database answers now, and how fast: the ground of `/health` and of the `health`
 * query. A bounded wait, so that a dead database gives a quick "unreachable" rather than a hang;
 * through the database's probe driver, whose one connection no query of the API waits for, so
 * that a pool taken by slow queries is not reported as a database down.
 */
import { Database } from './database';

export interface DatabaseHealth {
  readonly reachable: boolean;
  readonly latencyMs: number;
}

const HEALTH_QUERY = 'RETURN 1 AS ok';

export async function checkDatabase(database: Database, timeoutMs = 2_000): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolveTimeout) => {
    timer = setTimeout(() => resolveTimeout(false), timeoutMs);
  });
  // One auto-commit statement: one round trip, where a managed transaction takes two (its commit
  // apart), which a Neo4j busy with a large write answers each in turn (half the wait, measured).
  // A session of its own, with no bookmarks: a check's own bookmark, fed to the next check, could make it wait for a
  // large write to be applied.
  const session = database.probeDriver.session({ database: database.name, defaultAccessMode: 'READ' });
  const probe = session
    .run(HEALTH_QUERY)
    .then(() => true)
    // An unreachable database is the answer here, not a failure of the check.
    .catch(() => false)
    .finally(() => session.close().catch(() => undefined));
  const reachable = await Promise.race([probe, timeout]);
  clearTimeout(timer);
  return { reachable, latencyMs: Math.round(performance.now() - started) };
}
