/**
 * The routing scheme a cluster or Aura needs (neo4j://): the service's key queries and a write,
 * over neo4j:// to the local server, with reads routed through executeRead.
 */
import { join } from 'node:path';
import { loadConfig } from '../../src/config/config';
import { EXAMPLE_QUERIES } from '../../src/graphql/examples';
import { RELATION_TYPE_NAMES } from '../../src/graph/vocabulary';
import { loadPaths } from '../../src/loader/loader';
import { connect, Connection } from '../../src/neo4j/connect';
import { RunningHttpServer } from '../../src/server/http-server';
import { startService } from '../../src/server/service';

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

  it('connects with the routing scheme', () => {
    expect(uri).toMatch(/^neo4j:\/\//);
    expect(connection.uri).toBe(uri);
  });

  it.each(EXAMPLE_QUERIES.map((example) => [example.name, example.query]))('answers the example "%s"', async (_name, query) => {
    const response = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(Object.values(body.data!).every((value) => value !== null)).toBe(true);
  });

  it('writes through executeWrite and reads its own write', async () => {
    await connection.database.write((runner) => runner.run('MERGE (p:RoutingProbe {id: 1}) SET p.at = timestamp()'));
    const rows = await connection.database.read((runner) => runner.run<{ n: number }>('MATCH (p:RoutingProbe {id: 1}) RETURN count(p) AS n'));
    expect(rows).toEqual([{ n: 1 }]);
  });
});
