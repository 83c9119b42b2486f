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
import { runCli } from '../cli/run-cli';

const ACCEPT_PROPOSED = '--accept-proposed';

async function run(args: readonly string[]): Promise<number> {
  const config = loadConfig();
  const log = (line: string): void => void process.stdout.write(`load: ${line}\n`);
  const acceptProposed = args.includes(ACCEPT_PROPOSED);
  const named = args.filter((arg) => arg !== ACCEPT_PROPOSED);
  const unknown = named.find((arg) => arg.startsWith('--'));
  if (unknown !== undefined) {
    process.stderr.write(`load: expected ${ACCEPT_PROPOSED} or files and folders, found the option '${unknown}'\n`);
    return 1;
  }
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

runCli('load', () => run(process.argv.slice(2)));
