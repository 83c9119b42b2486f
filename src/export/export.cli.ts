/**
 * `npm run export -- --format graphml|gexf|edges.csv|nodes.csv [--actorId ID] [--depth N]
 * [--types A,B] [--since DATE] [--until DATE] [--out FILE]`: the same export as `GET /export`,
 * written to FILE, or to standard output without `--out`. Bad options are refused before
 * anything is read or written, each problem on its own line, then the usage (exit 2).
 */
import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { loadConfig } from '../config/config';
import { errorMessage } from '../errors/error-message';
import { commandLine, runCommand, UsageError } from '../cli/command-line';
import { backfillDegrees } from '../graph/degree.repository';
import { ExportReader } from '../graph/export.reader';
import { RELATION_TYPE_NAMES } from '../graph/vocabulary';
import { connect } from '../neo4j/connect';
import { FORMATS } from './export.formats';
import { EXPORT_FORMATS, ExportError, ExportRequest, parseExportRequest } from './export.request';
import { exportLimitsFrom, openExport } from './export.source';
import { writeChunks } from './export.stream';

const command = commandLine('export', 'Writes the same export as GET /export (the whole graph, or one actor\'s neighbourhood) to a file or to standard output.', 'NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, MAX_SUBGRAPH_NODES, MAX_SUBGRAPH_EDGES')
  .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
  .option('--actorId <id>', "only this actor's neighbourhood")
  .option('--depth <n>', 'the neighbourhood\'s depth (with --actorId; default 1)')
  .option('--types <A,B>', 'only these relation types, comma-separated')
  .option('--since <date>', 'only relations ending on or after YYYY[-MM[-DD]]')
  .option('--until <date>', 'only relations starting on or before YYYY[-MM[-DD]]')
  .option('--out <file>', 'write to this file (default: standard output)');

async function run(parsed: typeof command): Promise<number> {
  const config = loadConfig();
  const { out: outFile, ...values } = parsed.opts<{ out?: string } & Record<string, string | undefined>>();
  const pairs = Object.entries(values).filter((pair): pair is [string, string] => pair[1] !== undefined);
  let request: ExportRequest;
  try {
    request = parseExportRequest(pairs, config.limits.maxTraversalDepth);
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    throw new UsageError(error.problems.length > 0 ? error.problems : [error.message]);
  }
  const connection = await connect(config.neo4j, RELATION_TYPE_NAMES, () => undefined);
  try {
    // Exports carry each actor's stored degree: a graph written before degrees were stored, and not served since,
    // gets them first (once per graph, as the service's start does).
    await backfillDegrees(connection.database);
    const graph = await openExport(new ExportReader(connection.database), request, exportLimitsFrom(config));
    const out: Writable = outFile === undefined ? process.stdout : createWriteStream(outFile);
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

runCommand('export', command, run);
