/**
 * The parser the tests talk to: the configured PARSER_URL, or a local parser on its own port
 * (LOCAL_PARSER_TEST_PORT, or a free one), started once for the run by the global setup. Its models load while
 * Neo4j starts and the first tests run; `testParser()` waits for them.
 */
import { loadConfig } from '../../src/config/config';
import { connectParser, localParserOptions, ParserConnection } from '../../src/parser/connect-parser';
import { LocalParser, startLocalParser } from '../../src/parser/local-parser';
import { PARSER_PROPERTIES } from '../../src/parser/parser-properties';
import { freePort } from './free-port';

/** On LOCAL_PARSER_TEST_PORT when it is set, else on a free port, so that checkouts testing at once never meet on one. */
export async function startTestParser(): Promise<LocalParser> {
  const config = loadConfig().parser;
  const port = process.env.LOCAL_PARSER_TEST_PORT === undefined ? await freePort() : config.local.testPort;
  return startLocalParser(localParserOptions(config, PARSER_PROPERTIES, (line) => process.stdout.write(`${line}\n`), port));
}

/** How long a test waits for the run's parser to load its models (a cold start on a busy machine). */
export const PARSER_LOAD_WAIT_MS = 300_000;

/**
 * How long the parser may stay unreachable before a test stops waiting for it: a parser listens
 * from its first moment and says it is loading, so one that cannot be reached is gone or was never
 * there (a PARSER_URL that names nothing), and each test would otherwise wait out its whole timeout.
 * The grace outlasts probes that time out while a busy machine starts the parser.
 */
const UNREACHABLE_GRACE_MS = 30_000;

/** The run's parser (PARSER_URL, set by the global setup), once its models are loaded. */
export async function testParser(): Promise<ParserConnection> {
  const config = loadConfig().parser;
  const connection = connectParser({ ...config, readyWaitMs: PARSER_LOAD_WAIT_MS }, { log: () => undefined });
  const deadline = Date.now() + PARSER_LOAD_WAIT_MS;
  let unreachableSince: number | null = null;
  for (let health = await connection.health(); health.state !== 'ready'; health = await connection.health()) {
    if (Date.now() > deadline) throw new Error(`the test parser at ${config.urls.join(', ')} was not ready within ${PARSER_LOAD_WAIT_MS} ms`);
    unreachableSince = health.state === 'unavailable' ? (unreachableSince ?? Date.now()) : null;
    if (unreachableSince !== null && Date.now() - unreachableSince > UNREACHABLE_GRACE_MS) {
      throw new Error(`the test parser at ${config.urls.join(', ')} has been unavailable for ${UNREACHABLE_GRACE_MS} ms: ${health.detail}`);
    }
    await new Promise((resolveLater) => setTimeout(resolveLater, 1_000));
  }
  return connection;
}
