/**
 * `npm run centrality`: recomputes the whole-graph PageRank, betweenness and communities now, as
 * every load does when it finishes (see centrality-refresh.ts): for a graph loaded before the
 * measures existed, or after single writes through the API, which do not recompute.
 */
import { loadConfig } from '../config/config';
import { RELATION_TYPE_NAMES } from '../graph/vocabulary';
import { connect } from '../neo4j/connect';
import { refreshCentrality } from './centrality-refresh';
import { commandLine, runCommand } from '../cli/command-line';

const command = commandLine('centrality', 'Recomputes the whole-graph PageRank, betweenness and communities now, as every load does when it finishes.', 'NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD');

async function run(): Promise<number> {
  const config = loadConfig();
  // The recomputation's own lines start with "centrality:".
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  const connection = await connect(config.neo4j, RELATION_TYPE_NAMES, log);
  try {
    const outcome = await refreshCentrality(connection.database, config.centrality, log);
    return outcome.computed ? 0 : 1;
  } finally {
    await connection.close();
  }
}

runCommand('centrality', command, run);
