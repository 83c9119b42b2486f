/**
 * `npm run bench [-- --quick] [--sizes N,N] [--seconds N] [--concurrency N] [--port N]`: the benchmark. For each graph
 * size (10k relations with --quick; 10k, 100k and 1M without; or those of --sizes), on a Neo4j of its own:
 *
 * - load: the loader against a hand-written batched UNWIND ... MERGE baseline, alternating, on an
 *   emptied database each time: relations per second and the peak RSS of each process;
 * - queries: each query through our GraphQL API (HTTP, autocannon), through a plain node:http server
 *   running the equivalent raw Cypher (the HTTP floor, bench/http-floor.ts, same load generator),
 *   as that Cypher through the driver in process (the floor), and through @neo4j/graphql (the peer)
 *   where the peer can express it, alternating in rounds: throughput and p50/p95/p99 latency
 *   computed alike for all (bench/measure.ts), and the ratios;
 *   With `--against <checkout>`, another build of the service (that checkout's `dist`) is measured
 *   in the same rounds, so a change is compared with what it replaces side by side;
 * - cold start: each query's first request after a restart without the warm-up (plan caches
 *   cleared, a fresh service with WARM_UP_MS=0), one at a time, against the same requests warm
 *   (bench/cold-start.ts); `--only cold-start` loads each size once and runs this row alone;
 * - memory: our service's RSS at rest and under load;
 * - extraction: `npm run annotate` on a folder of generated ~1,000-word texts (1,000 of them, 100
 *   with --quick), from the text alone, through one local parser and then two: words per second,
 *   time per 1,000 words, peak RSS of the drafting process and of the parsers; and one article
 *   through a warm parser (bench/extraction-bench.ts).
 *   `--only extraction` runs this row alone (it needs no Neo4j).
 * - start: `npm start` to the first GraphQL answer, and each command's `--help`
 *   (bench/start-bench.ts); `--only start` runs this row alone.
 * - `--only graph` runs each size's rows (load, queries, cold start, memory, export, centrality)
 *   without the extraction and start rows: what a change to the read path needs measured.
 * - export: the whole graph as GraphML through `npm run export`: time and the process's peak RSS.
 * - centrality: the whole-graph recomputation the loader runs after each load, timed on its own;
 *
 * Results go to bench/results/<date>.json and <date>.md. Nothing here asserts a time: the numbers
 * are measured side by side in one run, so the ratios hold on a noisy machine.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, createWriteStream, existsSync, mkdirSync, openSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import neo4j, { Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config/config';
import { migrate } from '../src/neo4j/migrations';
import { RELATION_TYPE_NAMES, relationTypePattern } from '../src/graph/vocabulary';
import { generateCorpus } from '../src/loader/generate';
import { progressReporter } from '../src/loader/progress';
import { refreshCentrality } from '../src/loader/centrality-refresh';
import { Database } from '../src/neo4j/database';
import { localServerOptions } from '../src/neo4j/connect';
import { startLocalServer } from '../src/neo4j/local-server';
import { QueryInputs, querySpecs } from './bench-queries';
import { Load } from './measure';
import { TimeLeft } from './time-left';
import { benchQuery, evidenceSearchInputs, floorSearches, measurementCount, QueryResult, queryTable, typicalDocument } from './query-bench';
import { benchColdStart, COLD_START_WARM_UP_MS, ColdStart, coldStartMarkdown, ColdStartWarmUp, StartedService } from './cold-start';
import { benchExtraction, ExtractionBench, extractionMarkdown } from './extraction-bench';
import { memoryOf, runProcess } from './processes';
import { benchStart, startMarkdown } from './start-bench';
import { Option } from 'commander';
import { commandLine, parseCommandLine, runParsed, wholeNumber } from '../src/cli/command-line';

const ROOT = join(__dirname, '..', '..');

/** `--sizes 10000,100000`: whole numbers of relations, at least 1,000 each. */
function graphSizes(value: string): number[] {
  const parse = wholeNumber(1_000);
  return value.split(',').map((size) => parse(size.trim()));
}

const command = commandLine(
  'bench',
  'The benchmark: for each graph size (10k relations with --quick; 10k, 100k and 1M without), on a Neo4j of its own, the loader against a baseline, each query against the HTTP floor and @neo4j/graphql, memory, extraction, export and centrality, side by side in one run. Results go to bench/results.',
  'BENCH_NEO4J_HEAP_MB',
)
  .option('--quick', 'the 10k graph only, shorter measurements')
  .option('--seconds <n>', 'seconds of each query measurement (default 10, 4 with --quick)', wholeNumber(1))
  .option('--concurrency <n>', 'connections of the load generator', wholeNumber(1), 10)
  .option('--port <n>', "the benchmark's own Neo4j port (two checkouts can run side by side)", wholeNumber(1, 65_535), 7697)
  .option('--against <checkout>', 'another checkout of the service, built, measured beside ours in the same rounds (what a change gained, side by side)')
  .option('--sizes <list>', 'graph sizes to run, comma-separated (default 10000,100000,1000000; 10000 with --quick)', graphSizes)
  .addOption(
    new Option(
      '--only <row>',
      "run one row alone: extraction or start (neither needs the benchmark's Neo4j), cold-start (loads each size once), or graph (each size's rows, without extraction and start)",
    ).choices(['extraction', 'start', 'cold-start', 'graph']),
  );
const OPTIONS = parseCommandLine(command).opts<{ quick?: boolean; seconds?: number; concurrency: number; port: number; sizes?: number[]; only?: string; against?: string }>();

/** The benchmark's own Neo4j; `--port` lets two checkouts run it side by side. */
const PORT = OPTIONS.port;

const QUICK = OPTIONS.quick === true;
const SIZES = OPTIONS.sizes ?? (QUICK ? [10_000] : [10_000, 100_000, 1_000_000]);
const SECONDS = OPTIONS.seconds ?? (QUICK ? 4 : 10);
const CONCURRENCY = OPTIONS.concurrency;
const ROUNDS = 2;
const LOAD: Load = { seconds: SECONDS, concurrency: CONCURRENCY };
/** A million relations take minutes a load: one round of each there. */
const loadRounds = (size: number): number => (size >= 1_000_000 ? 1 : ROUNDS);
const NO_INPUTS: QueryInputs = { hub: '', typical: '', document: '', pairs: [], words: [], searches: {}, quoteWords: [], evidenceSearches: {} };
const AGAINST = OPTIONS.against === undefined ? undefined : resolve(OPTIONS.against);
const TIME_LEFT_QUERY_SECONDS = measurementCount(querySpecs(NO_INPUTS), ROUNDS, AGAINST !== undefined) * SECONDS;
const TIME_LEFT = new TimeLeft(SIZES, (size) => 2 * loadRounds(size), TIME_LEFT_QUERY_SECONDS);
const STAGED_ABOVE = loadConfig().loadStagedAbove;
const EXTRACTION_TEXTS = QUICK ? 100 : 1_000;
const ONLY_EXTRACTION = OPTIONS.only === 'extraction';
const ONLY_START = OPTIONS.only === 'start';
const ONLY_COLD_START = OPTIONS.only === 'cold-start';
const ONLY_GRAPH = OPTIONS.only === 'graph';
/** Our service as the benchmark runs it: no seed, limits that let the largest queries through. */
const SERVICE_ENV = { PORT: '0', LOAD_SEEDS_ON_START: 'false', MAX_QUERY_COST: '10000000', MAX_SUBGRAPH_EDGES: '5000' };

function log(line: string): void {
  process.stdout.write(`bench: ${line}\n`);
}

/**
 * Starts a server and waits for the line that gives its URL. Its output after that line (our
 * service's request log) and its standard error go to `logFile`, unread: a terminal that scrolls
 * slowly would hold up its log writes, and reading each line would cost the benchmark's own
 * processor time beside the load it measures.
 */
function startChild(script: string, args: string[], env: Record<string, string>, ready: RegExp, logFile: string): Promise<{ child: ChildProcess; url: string }> {
  // Both writers append, so that neither writes over the other.
  writeFileSync(logFile, '');
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', log] });
  closeSync(log);
  return new Promise((resolveStarted, rejectStarted) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = ready.exec(line);
      if (!match) return;
      lines.close();
      child.stdout!.pipe(createWriteStream(logFile, { flags: 'a' }));
      resolveStarted({ child, url: match[1] });
    });
    child.once('exit', (code) => rejectStarted(new Error(`${script} exited with code ${code} before it was ready`)));
  });
}

async function emptyDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

interface SizeResult {
  relations: number;
  load: { loader: { relationsPerSecond: number; peakRssMb: number }; baseline: { relationsPerSecond: number; peakRssMb: number }; ratio: number };
  queries: QueryResult[];
  /** The document of `relations(documentId:)` and its number of relations. */
  document: { id: string; relations: number };
  coldStart: ColdStart[];
  serviceRssMb: { atRest: number; underLoad: number };
  /** `npm run export -- --format graphml` of the whole graph to a file: time and the process's peak RSS. */
  export: { seconds: number; peakRssMb: number; relationsPerSecond: number; megabytes: number };
  /** The whole-graph PageRank, sampled betweenness and communities, recomputed once after the load. */
  centrality: { seconds: number; actors: number; communities: number; betweennessSamples: number; failure: string | null };
}

/** The generated corpus of `size` relations, generated the first time. */
async function corpus(size: number): Promise<string> {
  const dir = join(ROOT, 'generated', `bench-${size}`);
  if (!existsSync(dir)) {
    log(`generating ${size} relations`);
    await generateCorpus({
      actors: Math.max(100, Math.round(size / 10)),
      relations: size,
      seed: 42,
      relationsPerDocument: 1_000,
      outDir: dir,
      onProgress: progressReporter(size, 'relations', 'generated', log),
    });
  }
  return dir;
}

/** Runs the loader (or the baseline) on an emptied database. */
async function load(which: 'loader' | 'baseline', dir: string, size: number, driver: Driver, env: Record<string, string>): Promise<{ seconds: number; peakRssMb: number }> {
  await emptyDatabase(driver);
  const script = which === 'loader' ? join(ROOT, 'dist', 'src', 'loader', 'load.cli.js') : join(ROOT, 'dist', 'bench', 'baseline-load.js');
  // Above the loader's staging threshold both commit batch by batch, so they are compared like for like.
  // The loader recomputes centrality after a load; that is measured on its own below, so the
  // load rates compare the writing alone.
  return runProcess(script, [dir], { ...env, CENTRALITY_AFTER_LOAD: 'false', BASELINE_COMMIT_EACH_BATCH: size > STAGED_ABOVE ? 'true' : 'false' }, log);
}

/** What the queries are asked about, chosen from the loaded graph, and written where the HTTP floor reads them. */
async function chooseInputs(driver: Driver, size: number): Promise<{ inputs: QueryInputs; inputsFile: string; document: { id: string; relations: number } }> {
  const session = driver.session();
  const actors = (await session.run(`MATCH (a:Actor) RETURN a.id AS id, a.name AS name, COUNT { (a)-[${relationTypePattern()}]-() } AS degree ORDER BY degree DESC, id`)).records.map(
    (record) => ({ id: record.get('id') as string, name: record.get('name') as string }),
  );
  await session.close();
  const hub = actors[0].id;
  const typical = actors[Math.floor(actors.length / 2)].id;
  const document = await typicalDocument(driver);
  log(`size ${size}: relations(documentId:) asks for ${document.id}, a document with ${document.relations} relations (the median)`);
  const pairs = Array.from({ length: 50 }, (_, index): [string, string] => [actors[(index * 7919) % actors.length].id, actors[(index * 104729 + 13) % actors.length].id]);
  const words = Array.from({ length: 50 }, (_, index) => actors[(index * 31) % actors.length].name.split(' ')[0]);
  const inputs: QueryInputs = { hub, typical, document: document.id, pairs, words, searches: await floorSearches(driver, words), ...(await evidenceSearchInputs(driver, 50)) };
  const inputsFile = join(ROOT, 'generated', `bench-${size}-inputs.json`);
  writeFileSync(inputsFile, JSON.stringify(inputs));
  return { inputs, inputsFile, document };
}

/**
 * The cold-start row (bench/cold-start.ts), on a service of its own that nothing else is sent to:
 * without the warm-up, and with its first pass only.
 */
async function coldStartRow(size: number, inputs: QueryInputs, driver: Driver, env: Record<string, string>): Promise<ColdStart[]> {
  const rows: ColdStart[] = [];
  for (const warmUp of ['none', 'first pass'] as const satisfies readonly ColdStartWarmUp[]) {
    log(`size ${size}: cold start, each query's first request after a restart, warm-up: ${warmUp}`);
    const start = async (): Promise<StartedService> => {
      const started = await startChild(
        join(ROOT, 'dist', 'src', 'main.js'),
        [],
        { ...env, ...SERVICE_ENV, WARM_UP_MS: COLD_START_WARM_UP_MS[warmUp] },
        /GraphQL at (http:\/\/\S+\/graphql)/,
        join(ROOT, 'generated', `bench-${size}-cold-service.log`),
      );
      return { url: started.url, stop: () => stopChild(started.child) };
    };
    rows.push(await benchColdStart(warmUp, querySpecs(inputs), driver, start, log));
  }
  return rows;
}

/** Sends SIGTERM and resolves once the process has exited. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  child.kill('SIGTERM');
  return exited;
}

async function benchSize(size: number, driver: Driver, env: Record<string, string>): Promise<SizeResult> {
  const dir = await corpus(size);
  const loads = { loader: [] as { seconds: number; peakRssMb: number }[], baseline: [] as { seconds: number; peakRssMb: number }[] };
  for (let round = 1; round <= loadRounds(size); round += 1) {
    // The loader goes last, so the queries run on the graph it wrote.
    for (const which of ['baseline', 'loader'] as const) {
      log(`size ${size}, load round ${round}: ${which} (${TIME_LEFT.describe(size, 'load', 1 - (loads.loader.length + loads.baseline.length) / (2 * loadRounds(size)))})`);
      loads[which].push(await load(which, dir, size, driver, env));
      TIME_LEFT.measured('load', size, loads[which][loads[which].length - 1].seconds);
    }
  }
  const loadSummary = (runs: { seconds: number; peakRssMb: number }[]): { relationsPerSecond: number; peakRssMb: number } => ({
    relationsPerSecond: Math.round(size / (runs.reduce((sum, run) => sum + run.seconds, 0) / runs.length)),
    peakRssMb: Math.max(...runs.map((run) => run.peakRssMb)),
  });
  const loader = loadSummary(loads.loader);
  const baseline = loadSummary(loads.baseline);
  const centrality = await recomputeCentrality(driver, size);

  const { inputs, inputsFile, document } = await chooseInputs(driver, size);
  const logs = join(ROOT, 'generated', `bench-${size}`);

  const exported = await benchExport(size, env);
  // Before the service of the queries starts: its warm-up would plan the statements.
  const coldStart = await coldStartRow(size, inputs, driver, env);

  const service = await startChild(join(ROOT, 'dist', 'src', 'main.js'), [], { ...env, ...SERVICE_ENV }, /GraphQL at (http:\/\/\S+\/graphql)/, `${logs}-service.log`);
  const against =
    AGAINST === undefined ? undefined : await startChild(join(AGAINST, 'dist', 'src', 'main.js'), [], { ...env, ...SERVICE_ENV }, /GraphQL at (http:\/\/\S+\/graphql)/, `${logs}-against.log`);
  // Production mode, as our service runs (see src/production-mode.ts), so that neither pays for graphql-js's development checks.
  const peer = await startChild(join(ROOT, 'dist', 'bench', 'peer-server.js'), [], { ...env, NODE_ENV: 'production' }, /peer at (http:\/\/\S+)/, `${logs}-peer.log`);
  const httpFloor = await startChild(join(ROOT, 'dist', 'bench', 'http-floor.js'), [inputsFile], env, /http floor at (http:\/\/\S+)/, `${logs}-http-floor.log`);
  const rssAtRest = memoryOf(service.child.pid!, 'VmRSS');
  let rssUnderLoad = rssAtRest;
  const sampler = setInterval(() => (rssUnderLoad = Math.max(rssUnderLoad, memoryOf(service.child.pid!, 'VmRSS'))), 500);
  const queries: QueryResult[] = [];
  try {
    const specs = querySpecs(inputs);
    const systems = { ours: service.url, httpFloor: httpFloor.url, peer: peer.url, driver, against: against?.url };
    for (const [index, spec] of specs.entries()) {
      const secondsLeft = measurementCount(specs.slice(index), ROUNDS, AGAINST !== undefined) * SECONDS;
      log(`size ${size}: ${spec.name} (query ${index + 1} of ${specs.length}; about ${secondsLeft} s left for this size's queries, ${TIME_LEFT.describe(size, 'queries', secondsLeft / TIME_LEFT_QUERY_SECONDS)})`);
      queries.push(await benchQuery(spec, systems, LOAD, ROUNDS));
    }
  } finally {
    clearInterval(sampler);
    for (const child of [service, peer, httpFloor, ...(against === undefined ? [] : [against])]) child.child.kill('SIGTERM');
  }
  return {
    relations: size,
    load: { loader, baseline, ratio: Math.round((loader.relationsPerSecond / baseline.relationsPerSecond) * 100) / 100 },
    queries,
    document,
    coldStart,
    serviceRssMb: { atRest: rssAtRest, underLoad: rssUnderLoad },
    export: exported,
    centrality,
  };
}

/** What the loader does after a load, timed: PageRank, sampled betweenness and Louvain in Neo4j. */
async function recomputeCentrality(driver: Driver, size: number): Promise<SizeResult['centrality']> {
  const settings = loadConfig().centrality;
  log(`size ${size}: recomputing centrality (betweenness from ${settings.betweennessSamples} samples; ${TIME_LEFT.describe(size, 'centrality')})`);
  const database = new Database(driver, { database: 'neo4j', transactionTimeoutMs: settings.timeoutMs });
  const outcome = await refreshCentrality(database, settings, log);
  TIME_LEFT.measured('centrality', size, outcome.durationMs / 1000);
  return {
    seconds: Math.round(outcome.durationMs / 100) / 10,
    actors: outcome.actors,
    communities: outcome.communities,
    betweennessSamples: settings.betweennessSamples,
    failure: outcome.failure,
  };
}

/** The whole graph as GraphML through the export command, streamed page by page to a file. */
async function benchExport(size: number, env: Record<string, string>): Promise<SizeResult['export']> {
  const out = join(ROOT, 'generated', `bench-export-${size}.graphml`);
  log(`size ${size}: whole-graph export (${TIME_LEFT.describe(size, 'export')})`);
  const run = await runProcess(join(ROOT, 'dist', 'src', 'export', 'export.cli.js'), ['--format', 'graphml', '--out', out], env, log);
  TIME_LEFT.measured('export', size, run.seconds);
  const megabytes = Math.round(statSync(out).size / 2 ** 20);
  rmSync(out, { force: true });
  return { ...run, relationsPerSecond: Math.round(size / run.seconds), megabytes };
}

function markdown(results: SizeResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    lines.push(`### ${result.relations.toLocaleString('en')} relations`, '');
    lines.push('| load | relations/s | peak RSS (MB) |', '|---|---|---|');
    lines.push(`| loader | ${result.load.loader.relationsPerSecond} | ${result.load.loader.peakRssMb} |`);
    lines.push(`| hand-written UNWIND baseline | ${result.load.baseline.relationsPerSecond} | ${result.load.baseline.peakRssMb} |`);
    lines.push(`| loader / baseline | ${result.load.ratio} | |`, '');
    const { centrality } = result;
    lines.push(
      centrality.failure === null
        ? `Centrality recomputed after the load in ${centrality.seconds} s: PageRank, betweenness from ${centrality.betweennessSamples} sampled sources, and Louvain (${centrality.communities} communities of ${centrality.actors} actors).`
        : `Centrality not recomputed: ${centrality.failure}`,
      '',
    );
    lines.push(...queryTable(result.queries));
    lines.push('', `\`relations(documentId:)\` asks for a document with ${result.document.relations} relations, the median of the graph's documents.`, '');
    const loadedP50 = (name: string): number | undefined => result.queries.find((query) => query.name === name)?.ours.p50;
    for (const coldStart of result.coldStart) lines.push(...coldStartMarkdown(coldStart, loadedP50), '');
    lines.push('', `Service RSS: ${result.serviceRssMb.atRest} MB at rest, ${result.serviceRssMb.underLoad} MB at most under load.`, '');
    lines.push('| whole-graph export (GraphML, to a file) | seconds | relations/s | file (MB) | peak RSS (MB) |', '|---|---|---|---|---|');
    lines.push(`| npm run export -- --format graphml | ${Math.round(result.export.seconds * 10) / 10} | ${result.export.relationsPerSecond} | ${result.export.megabytes} | ${result.export.peakRssMb} |`, '');
  }
  return lines.join('\n');
}

async function extractionRow(): Promise<ExtractionBench> {
  return benchExtraction(ROOT, EXTRACTION_TEXTS, log);
}

/** The benchmark's own Neo4j on an emptied data folder, with the service's schema, for the time of `work`. */
async function withBenchNeo4j(work: (driver: Driver, env: Record<string, string>, heapMb: number) => Promise<void>): Promise<void> {
  const config = loadConfig();
  const home = join(ROOT, '.neo4j', 'bench-data');
  rmSync(home, { recursive: true, force: true });
  const heapMb = Number(process.env.BENCH_NEO4J_HEAP_MB ?? (QUICK ? 2048 : 8192));
  const server = await startLocalServer({ ...localServerOptions(config.neo4j, log), homeDir: home, port: PORT, heapMb, pageCacheMb: 1024 });
  const env = { NEO4J_URI: server.uri, NEO4J_PASSWORD: config.neo4j.password };
  const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', config.neo4j.password), { disableLosslessIntegers: true });
  try {
    // The schema the service and the loader make (uniqueness of ids, the full-text indexes), before
    // either load writes: the baseline runs first and must write against the same indexes.
    await migrate(new Database(driver, { database: 'neo4j', transactionTimeoutMs: 600_000 }), RELATION_TYPE_NAMES);
    await work(driver, env, heapMb);
  } finally {
    await driver.close();
    await server.stop();
  }
}

/** `--only cold-start`: each size loaded once by the loader, its centrality recomputed (the rankings read it), then the cold-start row alone. */
async function coldStartOnly(): Promise<void> {
  await withBenchNeo4j(async (driver, env) => {
    for (const size of SIZES) {
      const dir = await corpus(size);
      log(`size ${size}: loading`);
      await load('loader', dir, size, driver, env);
      await recomputeCentrality(driver, size);
      const { inputs } = await chooseInputs(driver, size);
      for (const coldStart of await coldStartRow(size, inputs, driver, env)) {
        process.stdout.write(`\n### ${size.toLocaleString('en')} relations\n\n${coldStartMarkdown(coldStart, () => undefined).join('\n')}\n`);
      }
    }
  });
}

async function main(): Promise<void> {
  // Each --only row runs alone: the extraction row needs neither the start row nor a Neo4j.
  if (ONLY_EXTRACTION) {
    process.stdout.write(`\n${extractionMarkdown(await extractionRow())}\n`);
    return;
  }
  if (ONLY_COLD_START) {
    await coldStartOnly();
    return;
  }
  if (ONLY_START) {
    process.stdout.write(`\n${startMarkdown(await benchStart(ROOT, log))}\n`);
    return;
  }
  const start = ONLY_GRAPH ? null : await benchStart(ROOT, log);
  const extraction = ONLY_GRAPH ? null : await extractionRow();
  await withBenchNeo4j(async (driver, env, heapMb) => {
    const started = Date.now();
    const results: SizeResult[] = [];
    const date = new Date().toISOString();
    const machine = `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Neo4j heap ${heapMb} MB`;
    const dir = join(ROOT, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    for (const size of SIZES) {
      results.push(await benchSize(size, driver, env));
      log(`size ${size} done after ${Math.round((Date.now() - started) / 1000)} s`);
      // Written after every size, so a long run that is stopped keeps what it measured.
      const report = { date, machine, seconds: SECONDS, concurrency: CONCURRENCY, rounds: ROUNDS, results, extraction, start };
      writeFileSync(join(dir, `${date.slice(0, 10)}.json`), `${JSON.stringify(report, null, 2)}\n`);
      const table = `# Benchmark ${date}\n\n${machine}; ${CONCURRENCY} concurrent clients, ${SECONDS} s a measurement, ${ROUNDS} alternating rounds.\n\n${markdown(results)}\n${extraction === null ? '' : `${extractionMarkdown(extraction)}\n`}${start === null ? '' : startMarkdown(start)}`;
      writeFileSync(join(dir, `${date.slice(0, 10)}.md`), table);
      if (size === SIZES[SIZES.length - 1]) process.stdout.write(`\n${table}\n`);
    }
  });
}

runParsed('bench', command, main);
