/**
 * The Neo4j the tests talk to: the configured NEO4J_URI, or a local server on its own port and
 * data folder (so tests never touch the data of `npm start`).
 */
import { join } from 'node:path';
import { loadConfig } from '../../src/config/config';
import { localServerOptions } from '../../src/neo4j/connect';
import { LocalServer, startLocalServer } from '../../src/neo4j/local-server';

export function startTestServer(): Promise<LocalServer> {
  const config = loadConfig().neo4j;
  return startLocalServer({
    ...localServerOptions(config, (line) => process.stdout.write(`${line}\n`)),
    homeDir: join(config.local.libDir, '..', 'test-data'),
    port: config.local.testPort,
    pageCacheMb: 64,
  });
}
