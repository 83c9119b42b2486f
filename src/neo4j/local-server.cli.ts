/**
 * `npm run neo4j`: runs only the local Neo4j server, with the service's configuration, until
 * Ctrl-C or SIGTERM. Useful for the Neo4j tools, or to keep one server up across many test runs.
 */
import { loadConfig } from '../config/config';
import { localServerOptions } from './connect';
import { startLocalServer } from './local-server';
import { commandLine, runCommand } from '../cli/command-line';

const command = commandLine('neo4j', 'Runs only the local Neo4j server, with the service\'s configuration, until Ctrl-C or SIGTERM.', 'NEO4J_URI (a local server runs when it is not set), LOCAL_NEO4J_PORT, LOCAL_NEO4J_DATA_DIR, LOCAL_NEO4J_HEAP_MB, LOCAL_NEO4J_PAGECACHE_MB, NEO4J_PASSWORD');

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

runCommand('actorgraph', command, run);
