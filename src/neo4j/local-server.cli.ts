/**
 * `npm run neo4j`: runs only the local Neo4j server, with the service's configuration, until
 * Ctrl-C or SIGTERM. Useful for the Neo4j tools, or to keep one server up across many test runs.
 */
import { loadConfig } from '../config/config';
import { localServerOptions } from './connect';
import { startLocalServer } from './local-server';

async function run(): Promise<void> {
  const config = loadConfig().neo4j;
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  const server = await startLocalServer(localServerOptions(config, log));
  log(`user neo4j, password from NEO4J_PASSWORD; Ctrl-C stops it`);
  const stop = (): void => void server.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (!server.owned) process.exit(0);
}

run().catch((error: unknown) => {
  process.stderr.write(`actorgraph: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
