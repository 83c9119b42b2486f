/**
 * The main job: connect to Neo4j (starting the local server when no NEO4J_URI is set), load the
 * seed documents into an empty graph, and serve GraphQL until SIGINT or SIGTERM, then shut down
 * in order so that no Java process is left behind.
 */
import './production-mode';
import { loadConfig } from './config/config';
import { RELATION_TYPE_NAMES } from './graph/vocabulary';
import { loadOptionsFrom } from './loader/load-options';
import { CentralityOptions, refreshCentrality } from './loader/centrality-refresh';
import { loadSeedsIntoEmptyGraph } from './loader/seed-load';
import { connect } from './neo4j/connect';
import { startService } from './server/service';
import { WarmUpResult } from './server/warm-up';
import { commandLine, runCommand } from './cli/command-line';
import { createLogger, isPretty } from './server/log';
import { authorisedLink, localKey } from './server/local-key';

/**
 * How long each phase of the start took, from the process's start (the build `npm start` runs
 * first is before it): where a slow start spends its time, said in its last line.
 */
function startPhases(): { ended(phase: string): void; summary(): string } {
  const done: string[] = [];
  let last = 0;
  const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
  return {
    ended(phase) {
      const now = process.uptime() * 1000;
      done.push(`${phase} ${seconds(now - last)}`);
      last = now;
    },
    summary: () => `ready ${seconds(process.uptime() * 1000)} after the process started: ${done.join(', ')}`,
  };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logFormat);
  const log = (line: string): void => logger('info', line);
  // A signal before this point ends the process at once; the local server, tied to our standard
  // streams, then stops by itself.
  const phases = startPhases();
  const connection = await connect(config.neo4j, RELATION_TYPE_NAMES, log);
  phases.ended('Neo4j');
  log(`connected to Neo4j at ${connection.uri}`);
  // The seed's centrality is computed once the service answers: a newcomer's first answer need not wait for it.
  let seedCentrality: CentralityOptions | undefined;
  if (config.loadSeedsOnStart) {
    const { centrality, ...seedOptions } = loadOptionsFrom(config, (line) => log(`seeds: ${line}`));
    const loaded = await loadSeedsIntoEmptyGraph(connection.database, config.seedsDir, seedOptions).catch(async (error: unknown) => {
      await connection.close();
      throw error;
    });
    if (loaded === null) log('seeds: the graph already holds documents, nothing loaded');
    else seedCentrality = centrality;
    phases.ended('seeds');
  }
  if (config.warmUpMs > 0) log(`warming up for ${config.warmUpMs} ms: each request once before listening, the rest while answering`);
  const local = localKey(config);
  const apiKeys = local === null ? config.apiKeys : [local];
  const service = await startService({ config: { ...config, apiKeys }, database: connection.database, log: logger, warmUpMs: config.warmUpMs }).catch(async (error: unknown) => {
    await connection.close();
    throw error;
  });

  // Never fails: a failed recomputation is logged and leaves the measures marked stale (centrality-refresh.ts).
  const centralityDone = seedCentrality === undefined ? Promise.resolve() : refreshCentrality(connection.database, seedCentrality, (line) => log(`seeds: ${line}`)).then(() => undefined);

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received, shutting down: no new connections, requests in flight have ${config.shutdownDrainMs} ms to finish`);
    await service.close();
    await centralityDone;
    await connection.close();
    // Nothing is left to keep the process alive: it ends by itself, with exit code 0.
    log('stopped');
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  const warmUpLine = (what: string, { requests, ms, failed }: WarmUpResult): string => `${what}: ${requests} requests in ${ms} ms, ${failed} answered with errors`;
  if (service.warmedUp.requests > 0) log(warmUpLine('first warm-up pass', service.warmedUp));
  void service.warmingUp.then((warmed) => {
    if (warmed.requests > 0 && !stopping) log(warmUpLine('warmed up', warmed));
  });
  phases.ended('first warm-up pass and listen');
  log(`explorer at ${service.url}/, GraphQL at ${service.url}/graphql, playground at ${service.url}/playground, health at ${service.url}/health, metrics at ${service.url}/metrics`);
  log(phases.summary());
  if (local !== null) {
    log(`no API key is configured and the service listens on ${config.host} only: writes take a key made for this run, recorded as '${local.name}'`);
    // The one place a key is shown: to the person who started the service, on their terminal, as Jupyter shows its token.
    // JSON lines (read by machines, kept) never get it: they say how to get one instead.
    if (isPretty(config.logFormat)) log(`review drafts at ${authorisedLink(service.url, local.key)}`);
    else log('the link that opens the review page with this key is printed only on a terminal (LOG_FORMAT=auto or pretty); or set API_KEYS');
  } else if (apiKeys.length === 0) {
    log('no API key is configured: writes are refused (set API_KEYS, or listen on loopback to get a key for this run)');
  }
}

const command = commandLine(
  'start',
  'Starts the service: connects to Neo4j (starting a local server when NEO4J_URI is not set), loads the seed into an empty graph, and serves GraphQL, the playground and the explorer until SIGINT or SIGTERM.',
  'every setting of docs/reference/configuration.md (HOST, PORT, NEO4J_URI, API_KEY, ...)',
);

runCommand('actorgraph: cannot start', command, main);
