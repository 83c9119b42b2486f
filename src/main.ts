/**
 * The main job: connect to Neo4j (starting the local server when no NEO4J_URI is set), load the
 * seed documents into an empty graph, and serve GraphQL until SIGINT or SIGTERM, then shut down
 * in order so that no Java process is left behind.
 */
import './production-mode';
import { loadConfig } from './config/config';
import { RELATION_TYPE_NAMES } from './graph/vocabulary';
import { loadOptionsFrom } from './loader/load-options';
import { loadSeedsIntoEmptyGraph } from './loader/seed-load';
import { connect } from './neo4j/connect';
import { startService } from './server/service';
import { runCli } from './cli/run-cli';
import { jsonLogger, lineLogger } from './server/log';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = jsonLogger();
  const log = lineLogger(config.logFormat, logger);
  // A signal before this point ends the process at once; the local server, tied to our standard
  // streams, then stops by itself.
  const connection = await connect(config.neo4j, RELATION_TYPE_NAMES, log);
  log(`connected to Neo4j at ${connection.uri}`);
  if (config.loadSeedsOnStart) {
    const loaded = await loadSeedsIntoEmptyGraph(connection.database, config.seedsDir, loadOptionsFrom(config, (line) => log(`seeds: ${line}`))).catch(async (error: unknown) => {
      await connection.close();
      throw error;
    });
    if (loaded === null) log('seeds: the graph already holds documents, nothing loaded');
  }
  if (config.warmUpMs > 0) log(`warming up for ${config.warmUpMs} ms before listening`);
  const service = await startService({ config, database: connection.database, log: logger, warmUpMs: config.warmUpMs }).catch(async (error: unknown) => {
    await connection.close();
    throw error;
  });

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received, shutting down: no new connections, requests in flight have ${config.shutdownDrainMs} ms to finish`);
    await service.close();
    await connection.close();
    // Nothing is left to keep the process alive: it ends by itself, with exit code 0.
    log('stopped');
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  if (service.warmedUp.requests > 0) log(`warmed up: ${service.warmedUp.requests} requests in ${service.warmedUp.ms} ms, ${service.warmedUp.failed} answered with errors`);
  log(`explorer at ${service.url}/, GraphQL at ${service.url}/graphql, playground at ${service.url}/playground, health at ${service.url}/health, metrics at ${service.url}/metrics`);
}

runCli('actorgraph: cannot start', main);
