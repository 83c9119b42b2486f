/**
 * `npm run neo4j`: runs only the local Neo4j server, with the service's configuration, until
 * Ctrl-C or SIGTERM. Useful for the Neo4j tools, or to keep one server up across many test runs.
 */
import { loadConfig } from '../config/config';
import { localServerOptions } from './connect';
import { startLocalServer } from './local-server';
import { runCli } from '../cli/run-cli';

async function run(): Promise<void> {
  const config = loadConfig().neo4j;
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  const server = await startLocalServer(localServerOptions(config, log));
  if (!server.owned) return;
  log(`user neo4j, password from NEO4J_PASSWORD; Ctrl-C stops it`);
  // Once the server has stopped nothing keeps the process alive, and it ends by itself.
  const stop = (): void => void server.stop();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

runCli('actorgraph', run);
