/**
 * `npm run export -- --format graphml|gexf|edges.csv|nodes.csv [--actorId ID] [--depth N]
 * [--types A,B] [--since DATE] [--until DATE] [--out FILE]`: the same export as `GET /export`,
 * written to FILE, or to standard output without `--out`. Bad options are refused before
 * anything is read or written, each problem on its own line.
 */
import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { loadConfig } from '../config/config';
import { errorMessage } from '../errors/error-message';
import { runCli } from '../cli/run-cli';
import { ERROR_CODES } from '../errors/error-codes';
import { ExportReader } from '../graph/export.reader';
import { RELATION_TYPE_NAMES } from '../graph/vocabulary';
import { connect } from '../neo4j/connect';
import { FORMATS } from './export.formats';
import { ExportError, ExportRequest, parseExportRequest } from './export.request';
import { exportLimitsFrom, openExport } from './export.source';
import { writeChunks } from './export.stream';

/** `--name value` pairs, and `--out`, which only the command line has. */
function readOptions(args: readonly string[]): { pairs: [string, string][]; out: string | null } {
  const pairs: [string, string][] = [];
  let out: string | null = null;
  for (let index = 0; index < args.length; index += 2) {
    const name = args[index];
    const value = args[index + 1];
    if (!name.startsWith('--') || value === undefined) throw new ExportError(ERROR_CODES.BAD_USER_INPUT, `expected --option value pairs, found '${args.slice(index).join(' ')}'`);
    if (name === '--out') out = value;
    else pairs.push([name.slice(2), value]);
  }
  return { pairs, out };
}

async function run(args: readonly string[]): Promise<number> {
  const config = loadConfig();
  let options: ReturnType<typeof readOptions>;
  let request: ExportRequest;
  try {
    options = readOptions(args);
    request = parseExportRequest(options.pairs, config.limits.maxTraversalDepth);
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    process.stderr.write(`${error.problems.length > 0 ? error.problems.map((problem) => `export: ${problem}`).join('\n') : `export: ${error.message}`}\n`);
    return 1;
  }
  const connection = await connect(config.neo4j, RELATION_TYPE_NAMES, () => undefined);
  try {
    const graph = await openExport(new ExportReader(connection.database), request, exportLimitsFrom(config));
    const out: Writable = options.out === null ? process.stdout : createWriteStream(options.out);
    await writeChunks(FORMATS[request.format].write(graph), out);
    if (out !== process.stdout) {
      out.end();
      await finished(out);
    }
    if (graph.truncated) process.stderr.write('export: the neighbourhood was cut at MAX_SUBGRAPH_NODES or MAX_SUBGRAPH_EDGES\n');
    return 0;
  } catch (error) {
    process.stderr.write(`export: ${errorMessage(error)}\n`);
    return 1;
  } finally {
    await connection.close();
  }
}

runCli('export', () => run(process.argv.slice(2)));
