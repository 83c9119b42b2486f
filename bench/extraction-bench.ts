/**
 * The extraction row of the benchmark: what a corpus costs to draft. A folder of generated
 * articles of about 1,000 words (bench/extraction-texts.ts) drafted by `npm run annotate` in one
 * process, first through one parser and then through two (a PARSER_URL list, over which the
 * command spreads the folder), with each run's words a second and peak memory; one article drafted
 * through a warm parser, the median of three; and the parsers' resident memory at their configured
 * heap. The parsers are started here, loaded before anything is timed, and stopped at the end.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/config/config';
import { draftDocument } from '../src/extract/draft';
import { localParserOptions } from '../src/parser/connect-parser';
import { CoreNlpClient } from '../src/parser/corenlp.client';
import { LocalParser, startLocalParser } from '../src/parser/local-parser';
import { PARSER_PROPERTIES } from '../src/parser/parser-properties';
import { generatedTexts, wordsOf } from './extraction-texts';
import { freePort, memoryOf, runProcess } from './processes';

export interface FolderRun {
  readonly parsers: number;
  readonly seconds: number;
  readonly wordsPerSecond: number;
  readonly msPerThousandWords: number;
  /** The drafting process's (`npm run annotate`). */
  readonly peakRssMb: number;
  /** The largest of the parsers' resident memory at its highest. */
  readonly parserPeakRssMb: number;
}

export interface ExtractionBench {
  readonly texts: number;
  readonly words: number;
  readonly parserHeapMb: number;
  /** One article through a warm parser, parse and draft, the median of three. */
  readonly article: { readonly words: number; readonly ms: number };
  readonly runs: readonly FolderRun[];
}

const ARTICLE_REPEATS = 3;
/** A progress line every this many texts, so a long run shows it is moving without a line a text. */
const PROGRESS_EVERY = 50;

export async function benchExtraction(root: string, count: number, log: (line: string) => void): Promise<ExtractionBench> {
  const texts = await generatedTexts(root, count);
  const config = loadConfig().parser;
  const parsers: LocalParser[] = [];
  try {
    for (let index = 0; index < 2; index += 1) parsers.push(await startLocalParser(localParserOptions(config, PARSER_PROPERTIES, log, await freePort())));
    log(`extraction: loading two parsers' models (heap ${config.local.heapMb} MB each)`);
    await Promise.all(parsers.map((parser) => parser.ready));
    const first = readdirSync(texts.dir).filter((name) => name.endsWith('.txt')).sort()[0];
    const article = readFileSync(join(texts.dir, first), 'utf8');
    const clients = parsers.map((parser) => new CoreNlpClient(parser.url, { timeoutMs: config.timeoutMs, properties: PARSER_PROPERTIES }));
    // Each parser's first parse warms it; nothing timed pays for that.
    for (const client of clients) await draftDocument(article, { knownActors: [] }, client);
    const times: number[] = [];
    for (let repeat = 0; repeat < ARTICLE_REPEATS; repeat += 1) {
      const started = performance.now();
      await draftDocument(article, { knownActors: [] }, clients[0]);
      times.push(performance.now() - started);
    }
    const articleMs = Math.round([...times].sort((a, b) => a - b)[Math.floor(ARTICLE_REPEATS / 2)]);
    log(`extraction: one article of ${wordsOf(article)} words through a warm parser in ${articleMs} ms`);
    const runs: FolderRun[] = [];
    for (const used of [parsers.slice(0, 1), parsers]) runs.push(await draftFolder(root, texts, used, log));
    return { texts: texts.files, words: texts.words, parserHeapMb: config.local.heapMb, article: { words: wordsOf(article), ms: articleMs }, runs };
  } finally {
    await Promise.all(parsers.map((parser) => parser.stop()));
  }
}

/** The folder drafted in one `npm run annotate` process through `parsers`, the process's start included. */
async function draftFolder(root: string, texts: { dir: string; files: number; words: number }, parsers: readonly LocalParser[], log: (line: string) => void): Promise<FolderRun> {
  log(`extraction: drafting ${texts.files} texts (${texts.words} words) through ${parsers.length} parser(s)`);
  const out = join(root, 'generated', `extract-${texts.files}`, 'drafts');
  rmSync(out, { recursive: true, force: true });
  const progress = (line: string): void => {
    const done = Number(/ (\d+)\/\d+ /.exec(line)?.[1] ?? 0);
    if (done % PROGRESS_EVERY === 0) log(line);
  };
  const run = await runProcess(join(root, 'dist', 'src', 'extract', 'annotate.cli.js'), [texts.dir, '--offline', '--out', out], { PARSER_URL: parsers.map((parser) => parser.url).join(',') }, progress);
  const result: FolderRun = {
    parsers: parsers.length,
    seconds: Math.round(run.seconds * 10) / 10,
    wordsPerSecond: Math.round(texts.words / run.seconds),
    msPerThousandWords: Math.round((run.seconds * 1_000_000) / texts.words),
    peakRssMb: run.peakRssMb,
    parserPeakRssMb: Math.max(...parsers.map((parser) => memoryOf(parser.pid, 'VmHWM'))),
  };
  log(`extraction: ${result.wordsPerSecond} words/s through ${parsers.length} parser(s), drafting process ${result.peakRssMb} MB, parser ${result.parserPeakRssMb} MB at most`);
  return result;
}

export function extractionMarkdown(result: ExtractionBench): string {
  return [
    '### Extraction (`npm run annotate`, from the text alone, through the local parser)',
    '',
    `One article of ${result.article.words} words through a warm parser: ${result.article.ms} ms (parse and draft, median of ${ARTICLE_REPEATS}).`,
    '',
    `| parsers | texts | words | seconds | words/s | ms per 1,000 words | drafting process peak RSS (MB) | parser peak RSS (MB), heap ${result.parserHeapMb} MB |`,
    '|---|---|---|---|---|---|---|---|',
    ...result.runs.map((run) => `| ${run.parsers} | ${result.texts} | ${result.words} | ${run.seconds} | ${run.wordsPerSecond} | ${run.msPerThousandWords} | ${run.peakRssMb} | ${run.parserPeakRssMb} |`),
    '',
  ].join('\n');
}
