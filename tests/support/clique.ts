/**
 * A clique of actors for tests that need slow traversals: between two members of a clique of 16,
 * simple paths of up to 8 hops number in the billions, so `paths` runs until its transaction
 * timeout. Member `i` has the id `<prefix>-<i>`; `removeClique` deletes them all.
 */
import { Database } from '../../src/neo4j/database';
import { startTestService, TestService } from './service';

/** The test's own writes are not held to the service's short transaction timeout. */
const CLIQUE_WRITE_TIMEOUT_MS = 120_000;

export async function createClique(database: Database, prefix: string, size: number): Promise<void> {
  await database.write(
    (runner) =>
      runner.run(
        `UNWIND range(1, $size) AS i CREATE (:Actor {id: $prefix + '-' + i, name: 'Clique member ' + i, kind: 'PERSON', aliases: [], roles: []})
         WITH count(*) AS created
         MATCH (a:Actor), (b:Actor) WHERE a.id STARTS WITH $prefix + '-' AND b.id STARTS WITH $prefix + '-' AND a.id < b.id
         CREATE (a)-[:COOPERATES_WITH {id: a.id + '-' + b.id}]->(b)`,
        { size, prefix },
      ),
    CLIQUE_WRITE_TIMEOUT_MS,
  );
}

export async function removeClique(database: Database, prefix: string): Promise<void> {
  await database.write((runner) => runner.run('MATCH (a:Actor) WHERE a.id STARTS WITH $prefix DETACH DELETE a', { prefix }), CLIQUE_WRITE_TIMEOUT_MS);
}

/**
 * The service with a clique of `size` under `prefix` and three traversal slots, one per request,
 * reaching 8 hops; `env` adds or overrides settings. Its `close` removes the clique first.
 */
export async function startCliqueService(prefix: string, size: number, env: Record<string, string>): Promise<TestService> {
  const api = await startTestService({ MAX_TRAVERSAL_DEPTH: '8', MAX_CONCURRENT_TRAVERSALS: '3', MAX_TRAVERSALS_PER_REQUEST: '1', ...env });
  await createClique(api.connection.database, prefix, size);
  return {
    ...api,
    async close() {
      await removeClique(api.connection.database, prefix);
      await api.close();
    },
  };
}
