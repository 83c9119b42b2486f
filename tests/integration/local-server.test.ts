import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/config';
import { localServerOptions } from '../../src/neo4j/connect';
import { Database } from '../../src/neo4j/database';
import { createDriver } from '../../src/neo4j/driver';
import { LocalServer, LocalServerOptions, startLocalServer } from '../../src/neo4j/local-server';
import { freePort } from '../support/free-port';

/** A server of its own (port and folder), so stopping it does not disturb the other tests. */
const PORT = 7691;

describe('the local Neo4j server', () => {
  const home = mkdtempSync(join(tmpdir(), 'actorgraph-restart-'));
  const config = loadConfig().neo4j;
  const options: LocalServerOptions = {
    ...localServerOptions(config, () => undefined),
    homeDir: home,
    port: PORT,
    heapMb: 256,
    pageCacheMb: 16,
  };
  let server: LocalServer | undefined;

  afterAll(async () => {
    await server?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
    const driver = createDriver({ uri: server!.uri, username: 'neo4j', password: config.password, connectTimeoutMs: 5_000 });
    try {
      return await work(new Database(driver, { database: 'neo4j', transactionTimeoutMs: 10_000 }));
    } finally {
      await driver.close();
    }
  }

  it('keeps committed data across a stop and a start on the same folder', async () => {
    server = await startLocalServer(options);
    expect(server.owned).toBe(true);
    await withDatabase((database) => database.write((runner) => runner.run("CREATE (:Survivor {name: 'before restart'})")));
    await server.stop();

    server = await startLocalServer(options);
    const rows = await withDatabase((database) =>
      database.read((runner) => runner.run<{ name: string }>('MATCH (s:Survivor) RETURN s.name AS name')),
    );
    expect(rows).toEqual([{ name: 'before restart' }]);
  }, 180_000);

  it('reuses a server that is already running instead of starting a second one', async () => {
    const again = await startLocalServer(options);
    expect(again).toMatchObject({ uri: server!.uri, owned: false });
    await again.stop();
    const rows = await withDatabase((database) => database.read((runner) => runner.run<{ one: number }>('RETURN 1 AS one')));
    expect(rows).toEqual([{ one: 1 }]);
  });

  it('refuses a port that something other than our Neo4j holds, naming the port', async () => {
    await expect(startLocalServer({ ...options, password: 'another-password' })).rejects.toThrow(
      `port ${PORT} on 127.0.0.1 is taken by something that is not a Neo4j accepting user neo4j with the configured password`,
    );
  });

  it('refuses a data folder that cannot be created at once, naming it, instead of spinning', async () => {
    const started = performance.now();
    await expect(startLocalServer({ ...options, port: await freePort(), homeDir: '/proc/actorgraph-data/neo4j' })).rejects.toThrow(
      'could not create the data folder (LOCAL_NEO4J_DATA_DIR) /proc/actorgraph-data/neo4j: making /proc/actorgraph-data failed with ENOENT; choose a folder this user can write',
    );
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
