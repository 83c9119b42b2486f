/**
 * `npm run load -- [--accept-proposed] [files or folders]` (default: the seeds folder): validates
 * every file, and only when all are clean connects to Neo4j and writes them, all or nothing (see
 * loader.ts). Problems go to standard error, one a line, and the exit code is 1; nothing is
 * written then. A draft of the extraction rules still holding proposed items is refused unless
 * `--accept-proposed` says to load them as unreviewed.
 */
import { loadConfig } from '../config/config';
import { RELATION_TYPE_NAMES } from '../graph/vocabulary';
import { connect } from '../neo4j/connect';
import { findAnnotationFiles, openSource } from './annotation-source';
import { documentBaseDir } from './annotation.validate';
import { describeLoadFailure } from './load-failure';
import { LoadOptions, loadOptionsFrom } from './load-options';
import { validateSources } from './load-validation';
import { writeSources } from './load-write';
import { errorMessage } from '../errors/error-message';
import { commandLine, runCommand } from '../cli/command-line';

const command = commandLine('load', 'Validates annotation files and, only when every one is clean, writes them all into Neo4j in one load (nothing is written otherwise).', 'NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, SEEDS_DIR, LOAD_STAGED_ABOVE')
  .argument('[paths...]', 'annotation files (.json, .jsonl) or folders of them (default: the seeds folder)')
  .option('--accept-proposed', 'load the proposed items of a draft that was not reviewed, marked unreviewed');

async function run(parsed: typeof command): Promise<number> {
  const config = loadConfig();
  const log = (line: string): void => void process.stdout.write(`load: ${line}\n`);
  const acceptProposed = parsed.opts<{ acceptProposed?: boolean }>().acceptProposed === true;
  const named = parsed.processedArgs[0] as string[];
  const paths = named.length > 0 ? named : [config.seedsDir];
  let files: string[];
  try {
    files = findAnnotationFiles(paths);
  } catch (error) {
    process.stderr.write(`load: ${errorMessage(error)}\n`);
    return 1;
  }
  const sources = files.map(openSource);
  const options: LoadOptions = { ...loadOptionsFrom(config, log), baseDir: (source) => documentBaseDir(source.file), acceptProposed };
  try {
    const report = await validateSources(sources, options);
    const connection = await connect(config.neo4j, RELATION_TYPE_NAMES, log);
    try {
      await writeSources(connection.database, sources, report, options);
    } finally {
      // After a load, a failure to close must not read as a failed load.
      await connection.close().catch((error: unknown) => log(`could not close the connection: ${errorMessage(error)}`));
    }
    return 0;
  } catch (error) {
    process.stderr.write(describeLoadFailure(error));
    return 1;
  }
}

runCommand('load', command, run);
