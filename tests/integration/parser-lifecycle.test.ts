/**
 * The local parser's life as the service sees it: loading (a parse waits, then is refused with
 * PARSER_STARTING and a retry-after), loss (killed mid-text: PARSER_FAILED) and return (the next
 * parse starts a new one), a sentence the annotators cannot handle, and no parser configured. These
 * start parsers of their own with a light pipeline (tokenize, ssplit, pos: seconds to load, half
 * a gigabyte), so that killing one disturbs no other test; the launcher and its supervision are
 * the same as for the full pipeline.
 */
import { execFileSync } from 'node:child_process';
import { loadConfig, ParserConfig } from '../../src/config/config';
import { ERROR_CODES } from '../../src/errors/error-codes';
import { CoreNlpClient } from '../../src/parser/corenlp.client';
import { connectParser, localParserOptions, ParserConnection } from '../../src/parser/connect-parser';
import { startLocalParser } from '../../src/parser/local-parser';
import { freePort } from '../support/free-port';

const LIGHT = { annotators: 'tokenize,ssplit,pos', outputFormat: 'json', 'output.prettyPrint': 'false', 'tokenize.options': 'untokenizable=noneDelete' };
const config = loadConfig().parser;
const lightLocal: ParserConfig = { ...config, urls: [], local: { ...config.local, enabled: true, heapMb: 512 } };
const log = (): void => undefined;

function launcherPid(port: number): number | undefined {
  try {
    return Number(execFileSync('pgrep', ['-f', `actorgraph.parser.LocalParser .*--port ${port} `], { encoding: 'utf8' }).trim().split('\n')[0]);
  } catch {
    // pgrep exits 1 when nothing matches.
    return undefined;
  }
}

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not so within ${timeoutMs} ms`);
    await new Promise((resolveLater) => setTimeout(resolveLater, 250));
  }
}

describe('the local parser, supervised', () => {
  let port: number;
  let connection: ParserConnection | undefined;
  afterEach(async () => {
    await connection?.close();
    connection = undefined;
  });

  it('refuses a parse asked for while it loads with PARSER_STARTING and a retry-after, then parses once loaded', async () => {
    port = await freePort();
    connection = connectParser({ ...lightLocal, readyWaitMs: 0 }, { log, properties: LIGHT, port });
    const refused = await connection.parser.parse('The army attacked.').catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: ERROR_CODES.PARSER_STARTING });
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThanOrEqual(5);
    expect((await connection.health()).state).toBe('starting');
    await until(async () => (await connection!.health()).state === 'ready', 240_000);
    const parse = await connection.parser.parse('The army attacked.');
    expect(parse.sentences[0].tokens.map((token) => token.pos)).toEqual(['DT', 'NN', 'VBD', '.']);
  }, 300_000);

  it('answers PARSER_FAILED when the parser dies mid-text, and the next parse starts a new one', async () => {
    port = await freePort();
    // One block, so that the kill lands inside a request rather than between two.
    connection = connectParser({ ...lightLocal, readyWaitMs: 240_000, blockChars: 1_000_000 }, { log, properties: LIGHT, port });
    await connection.parser.parse('The army attacked.');
    const first = launcherPid(port);
    expect(first).toBeDefined();

    // Long enough to be in the middle of it when the process is killed.
    const long = 'The rebels crossed the river and the army shelled the town. '.repeat(12_000);
    const dying = connection.parser.parse(long).catch((error: unknown) => error);
    await new Promise((resolveLater) => setTimeout(resolveLater, 1_500));
    process.kill(first!, 'SIGKILL');
    const failure = await dying;
    expect(failure).toMatchObject({ code: ERROR_CODES.PARSER_FAILED });
    expect((failure as Error).message).toMatch(/the next request starts a new local parser/);
    await until(async () => (await connection!.health()).state === 'unavailable', 10_000);

    const again = await connection.parser.parse('The army withdrew.');
    expect(again.sentences[0].tokens.map((token) => token.word)).toEqual(['The', 'army', 'withdrew', '.']);
    const second = launcherPid(port);
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect((await connection.health()).state).toBe('ready');
  }, 300_000);

  it('gives up only the sentence the annotators cannot handle, and names it', async () => {
    port = await freePort();
    const parser = await startLocalParser({ ...localParserOptions(lightLocal, LIGHT, log, port), faultMarker: 'Zorblax' });
    try {
      await parser.ready;
      const client = new CoreNlpClient(parser.url, { timeoutMs: 30_000, properties: LIGHT });
      const parse = await client.parse('The army attacked the depot. Zorblax fell on the town. The rebels fled.');
      expect(parse.failedSentences).toEqual([1]);
      expect(parse.sentences.map((sentence) => sentence.tokens.map((token) => token.pos).join(' '))).toEqual([
        'DT NN VBD DT NN .',
        'X X X X X X',
        'DT NNS VBD .',
      ]);
    } finally {
      await parser.stop();
    }
  }, 300_000);
});

describe('no parser', () => {
  it('answers PARSER_NOT_CONFIGURED when LOCAL_PARSER is false and no PARSER_URL is set', async () => {
    const connection = connectParser({ ...config, urls: [], local: { ...config.local, enabled: false } }, { log });
    await expect(connection.parser.parse('The army attacked.')).rejects.toMatchObject({ code: ERROR_CODES.PARSER_NOT_CONFIGURED });
    expect(await connection.health()).toEqual({ state: 'unavailable', detail: 'no PARSER_URL is set and LOCAL_PARSER is false', urls: [] });
  });
});
