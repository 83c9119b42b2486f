/**
 * `npm run parser`: runs only the local parser, with the service's configuration, until Ctrl-C or
 * SIGTERM; prints its URL, for PARSER_URL of other processes (a second service, the annotate
 * command, a docker-compose service). The models load in the background; a line says when they have.
 * `--prepare-only` fetches and builds the parser's jars and ends: an image or a machine prepared
 * ahead of use then needs no Maven and no network to draft.
 */
import { loadConfig } from '../config/config';
import { commandLine, runCommand } from '../cli/command-line';
import { errorMessage } from '../errors/error-message';
import { localParserOptions } from './connect-parser';
import { prepareLocalParser, startLocalParser } from './local-parser';
import { PARSER_PROPERTIES } from './parser-properties';

const command = commandLine('parser', 'Runs only the local parser (Stanford CoreNLP, on 127.0.0.1) until Ctrl-C or SIGTERM, and prints its URL for PARSER_URL.', 'LOCAL_PARSER_PORT, LOCAL_PARSER_HEAP_MB, LOCAL_PARSER_DIR').option(
  '--prepare-only',
  "fetch and build the parser's jars (Maven, about 480 MB the first time) and end, without starting it",
);

async function run(): Promise<void> {
  const config = loadConfig().parser;
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  if (command.opts<{ prepareOnly?: boolean }>().prepareOnly === true) {
    await prepareLocalParser(config.local.libDir, log);
    log(`parser: the jars are in ${config.local.libDir}`);
    return;
  }
  const parser = await startLocalParser(localParserOptions(config, PARSER_PROPERTIES, log));
  log(`PARSER_URL=${parser.url} for other processes; Ctrl-C stops it`);
  parser.ready.catch((error: unknown) => log(`parser: ${errorMessage(error)}`));
  const stop = (): void => void parser.stop();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // A parser that ends by itself (out of memory, killed) ends the command with its reason.
  const how = await parser.exited;
  if (how !== 'exit code 0' && how !== 'SIGTERM') throw new Error(`the local parser ended (${how})`);
}

runCommand('actorgraph', command, run);
