/**
 * The routing scheme a cluster or Aura needs (neo4j://): the driver fetches a routing table from
 * the server and sends reads to its readers and writes to its writers. Against the local server,
 * over neo4j://, the service answers its example queries, a read session refuses to write (so in
 * a cluster it could go to a reader), and a write is read back at once (the bookmarks).
 */
import { join } from 'node:path';
import { loadConfig } from '../../src/config/config';
import { EXAMPLE_QUERIES } from '../../src/graphql/examples';
import { RELATION_TYPE_NAMES } from '../../src/graph/vocabulary';
import { loadPaths } from '../../src/loader/loader';
import { connect, Connection } from '../../src/neo4j/connect';
import { RunningHttpServer } from '../../src/server/http-server';
import { startService } from '../../src/server/service';
import { uniqueId } from '../support/database';

describe('over the neo4j:// routing scheme', () => {
  let connection: Connection;
  let service: RunningHttpServer;
  const config = loadConfig();
  const uri = config.neo4j.uri!.replace(/^bolt:/, 'neo4j:');

  beforeAll(async () => {
    connection = await connect({ ...config.neo4j, uri }, RELATION_TYPE_NAMES, () => undefined);
    await loadPaths(connection.database, [join(__dirname, '..', '..', 'seeds')]);
    service = await startService({ config: { ...config, port: 0 }, database: connection.database, log: () => undefined });
  });
  afterAll(async () => {
    await service.close();
    await connection.close();
  });

  it('routes reads as reads: the server refuses a write in a read session', async () => {
    await expect(connection.database.read((runner) => runner.run('CREATE (:RoutingProbe {id: 2})'))).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.AccessMode',
    });
  });

  it('asks the server for a routing table (a bolt:// driver never does)', async () => {
    const bad = await connect({ ...config.neo4j, uri, database: 'no-such-database', connectTimeoutMs: 2_000 }, RELATION_TYPE_NAMES, () => undefined).then(
      (other) => other.close().then(() => 'connected'),
      (error: unknown) => String(error),
    );
    expect(bad).toBe("Neo4jError: Unable to get a routing table for database 'no-such-database' because this database does not exist");
  });

  it.each(EXAMPLE_QUERIES.map((example) => [example.name, example.query]))('answers the example "%s"', async (_name, query) => {
    const response = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(Object.values(body.data!).every((value) => value !== null)).toBe(true);
  });

  it('reads its own write at once (one bookmark manager for every session)', async () => {
    const id = uniqueId('routing');
    await connection.database.write((runner) => runner.run('CREATE (p:RoutingProbe {id: $id})', { id }));
    const rows = await connection.database.read((runner) => runner.run<{ n: number }>('MATCH (p:RoutingProbe {id: $id}) RETURN count(p) AS n', { id }));
    expect(rows).toEqual([{ n: 1 }]);
    await connection.database.write((runner) => runner.run('MATCH (p:RoutingProbe {id: $id}) DELETE p', { id }));
  });
});
