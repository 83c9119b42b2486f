/**
 * `npm run bench [-- --quick] [--seconds N] [--concurrency N] [--port N]`: the benchmark. For each graph size
 * (10k relations with --quick; 10k, 100k and 1M without), on a Neo4j of its own:
 *
 * - load: the loader against a hand-written batched UNWIND ... MERGE baseline, alternating, on an
 *   emptied database each time: relations per second and the peak RSS of each process;
 * - queries: each query through our GraphQL API (HTTP, autocannon), as the equivalent raw Cypher
 *   through the driver (the floor), and through @neo4j/graphql (the peer) where the peer can
 *   express it, alternating in rounds: throughput and p50/p95/p99 latency, and the ratios;
 * - memory: our service's RSS at rest and under load;
 * - extraction: `npm run annotate` on a folder of generated ~1,000-word texts (1,000 of them, 100
 *   with --quick), from the text alone: words per second, time per 1,000 words, peak RSS.
 *   `--only extraction` runs this row alone (it needs no Neo4j).
 * - export: the whole graph as GraphML through `npm run export`: time and the process's peak RSS.
 * - centrality: the whole-graph recomputation the loader runs after each load, timed on its own;
 *
 * Results go to bench/results/<date>.json and <date>.md. Nothing here asserts a time: the numbers
 * are measured side by side in one run, so the ratios hold on a noisy machine.
 */
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import neo4j, { Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config/config';
import { searchWithFallback } from '../src/graph/actor.repository';
import { ACTOR_NAMES_INDEX } from '../src/neo4j/migrations';
import { RELATION_TYPE_NAMES, relationTypePattern } from '../src/graph/vocabulary';
import { generateCorpus } from '../src/loader/generate';
import { progressReporter } from '../src/loader/progress';
import { refreshCentrality } from '../src/loader/centrality-refresh';
import { Database } from '../src/neo4j/database';
import { localServerOptions } from '../src/neo4j/connect';
import { startLocalServer } from '../src/neo4j/local-server';
import { fieldName } from './peer-server';
import { generatedTexts } from './extraction-texts';
import { runCli } from '../src/cli/run-cli';

const ROOT = join(__dirname, '..', '..');

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

/** The benchmark's own Neo4j; `--port` lets two checkouts run it side by side. */
const PORT = option('port', 7697);

const QUICK = process.argv.includes('--quick');
const SIZES = QUICK ? [10_000] : [10_000, 100_000, 1_000_000];
const SECONDS = option('seconds', QUICK ? 4 : 10);
const CONCURRENCY = option('concurrency', 10);
const ROUNDS = 2;
const STAGED_ABOVE = loadConfig().loadStagedAbove;
const EXTRACTION_TEXTS = QUICK ? 100 : 1_000;
const ONLY_EXTRACTION = process.argv.includes('--only') && process.argv[process.argv.indexOf('--only') + 1] === 'extraction';

function log(line: string): void {
  process.stdout.write(`bench: ${line}\n`);
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function status(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    return Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
  } catch {
    // The process has ended; its last reading stands.
    return 0;
  }
}

/** Runs a node script to its end; returns seconds taken and the peak RSS seen. */
function runProcess(script: string, args: string[], env: Record<string, string>): Promise<{ seconds: number; peakRssMb: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  // The loader's progress lines (with their estimate of the time left) show through.
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (/ left\)$/.test(line)) log(`  ${line}`);
  });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, status(child.pid!, 'VmHWM'))), 200);
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolveRun, rejectRun) => {
    child.once('exit', (code) => {
      clearInterval(timer);
      if (code === 0) resolveRun({ seconds: (Date.now() - started) / 1000, peakRssMb: peak });
      else rejectRun(new Error(`${script} failed: ${errors.trim()}`));
    });
  });
}

function startChild(script: string, env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolveStarted, rejectStarted) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = ready.exec(line);
      if (match) resolveStarted({ child, url: match[1] });
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

interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

async function measureHttp(url: string, bodies: string[]): Promise<Measurement> {
  const result = await autocannon({
    url,
    connections: CONCURRENCY,
    duration: SECONDS,
    requests: bodies.map((body) => ({ method: 'POST', path: new URL(url).pathname, headers: { 'content-type': 'application/json' }, body })),
    verifyBody: (body) => !String(body ?? '').includes('"errors"'),
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p95: result.latency.p97_5 ?? result.latency.p90,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.mismatches + result.timeouts,
  };
}

async function measureCypher(driver: Driver, cypher: string, parameters: Record<string, unknown>[]): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + SECONDS * 1000;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (Date.now() < deadline) {
      const params = parameters[next++ % parameters.length];
      const started = performance.now();
      const session = driver.session({ defaultAccessMode: 'READ' });
      try {
        // Auto-commit, as the service reads: one round trip instead of a transaction's two.
        await session.run(cypher, params);
        latencies.push(performance.now() - started);
      } catch {
        errors += 1;
      } finally {
        await session.close();
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  latencies.sort((a, b) => a - b);
  const round = (value: number): number => Math.round(value * 10) / 10;
  return { requestsPerSecond: Math.round(latencies.length / SECONDS), p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)), errors };
}

interface QuerySpec {
  name: string;
  ours: string[];
  floor: { cypher: string; parameters: Record<string, unknown>[] };
  /** Bodies for the peer, or why it cannot express the query without a custom @cypher field. */
  peer: string[] | string;
}

const body = (query: string, variables: Record<string, unknown> = {}): string => JSON.stringify({ query, variables });
const TYPES = relationTypePattern();

function querySpecs(hub: string, typical: string, pairs: [string, string][], words: string[], searches: string[]): QuerySpec[] {
  const peerRelations = RELATION_TYPE_NAMES.flatMap((type) => [fieldName(type, 'Out'), fieldName(type, 'In')]).map((field) => `${field} { name }`).join(' ');
  const neighborhood = (id: string, depth: number): QuerySpec => ({
    name: `neighbourhood depth ${depth} (${id === hub ? 'hub' : 'typical'})`,
    ours: [body(`query($id: ID!) { neighborhood(actorId: $id, depth: ${depth}, limit: 500) { nodes { id label kind } edges { id source target type } edgesTruncated } }`, { id })],
    floor: {
      cypher: `MATCH (s:Actor {id: $id})
               CALL (s) { OPTIONAL MATCH (s)-[${TYPES}*1..${depth}]-(n:Actor) WHERE n <> s WITH DISTINCT n LIMIT 500 RETURN collect(n) AS others }
               WITH [s] + others AS members
               CALL (members) { UNWIND members AS a MATCH (a)-[r${TYPES}]->(b:Actor) WHERE b IN members WITH a, r, b LIMIT 5001 RETURN collect([r.id, type(r), a.id, b.id]) AS edges }
               RETURN [a IN members | [a.id, a.name, a.kind]] AS nodes, edges[0..5000] AS edges, size(edges) > 5000 AS edgesTruncated`,
      parameters: [{ id }],
    },
    peer: 'needs a custom @cypher field: it has no variable-length traversal',
  });
  return [
    {
      name: 'actor by id with relations',
      ours: [hub, typical].map((id) => body('query($id: ID!) { actor(id: $id) { name relations(first: 20) { edges { node { type from { name } to { name } } } } } }', { id })),
      floor: {
        cypher: `MATCH (a:Actor {id: $id}) OPTIONAL MATCH (a)-[r${TYPES}]-(:Actor) WITH a, r ORDER BY r.id LIMIT 20
                 RETURN a.name AS name, collect({type: type(r), from: startNode(r).name, to: endNode(r).name}) AS relations`,
        parameters: [{ id: hub }, { id: typical }],
      },
      peer: [hub, typical].map((id) => body(`query($id: ID!) { actors(where: { id: { eq: $id } }) { name ${peerRelations} } }`, { id })),
    },
    neighborhood(hub, 1),
    neighborhood(typical, 1),
    neighborhood(hub, 2),
    neighborhood(typical, 2),
    neighborhood(hub, 3),
    neighborhood(typical, 3),
    {
      name: 'shortest path, random pairs',
      ours: pairs.map(([from, to]) => body('query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length actors { name } relations { type } } }', { from, to })),
      floor: {
        cypher: `MATCH (a:Actor {id: $from}), (b:Actor {id: $to}) OPTIONAL MATCH p = shortestPath((a)-[${TYPES}*..4]-(b))
                 RETURN [n IN nodes(p) | n.name] AS actors, [r IN relationships(p) | type(r)] AS types`,
        parameters: pairs.map(([from, to]) => ({ from, to })),
      },
      peer: 'needs a custom @cypher field: it has no path queries',
    },
    {
      name: 'full-text search',
      ours: words.map((text) => body('query($text: String!) { search(text: $text, first: 20) { score actor { name } } }', { text })),
      floor: {
        cypher: "CALL db.index.fulltext.queryNodes('actor_names', $query, {limit: 20}) YIELD node, score RETURN node.name AS name, score",
        parameters: searches.map((query) => ({ query })),
      },
      peer: words.map((text) => body('query($text: String!) { actorsByName(phrase: $text, first: 20) { edges { score node { name } } } }', { text })),
    },
    {
      name: 'mostCentral PAGERANK, top 10',
      ours: [body('{ stats { mostCentral(measure: PAGERANK, first: 10) { actor { id name } score } } }')],
      floor: {
        // The top of the index on the written property, as the service reads it.
        cypher: 'MATCH (a:Actor) WHERE a.pageRank IS NOT NULL WITH a ORDER BY a.pageRank DESC, a.id LIMIT 10 RETURN a.id AS id, a.name AS name, a.pageRank AS score',
        parameters: [{}],
      },
      peer: 'needs a custom @cypher field over properties it does not compute',
    },
    {
      name: 'mostCentral DEGREE, top 10',
      ours: [body('{ stats { mostCentral(measure: DEGREE, first: 10) { actor { id name } score } } }')],
      floor: {
        cypher: `MATCH (a:Actor) WITH a, COUNT { (a)-[${TYPES}]-() } AS score ORDER BY score DESC, a.id LIMIT 10 RETURN a.id AS id, a.name AS name, score`,
        parameters: [{}],
      },
      peer: 'needs a custom @cypher field: it has no ordering by a count',
    },
    {
      name: 'relation list page with both ends',
      ours: [body('{ relations(first: 20) { edges { node { id type from { name } to { name } } } } }')],
      floor: {
        // An ordered seek of each type's id index, as the service pages: sorting every relationship grows with the graph.
        cypher: `CALL () { ${RELATION_TYPE_NAMES.map((type) => `MATCH ()-[r:${type}]->() WHERE r.id > '' RETURN r ORDER BY r.id LIMIT 20`).join(' UNION ALL ')} }
                 WITH r ORDER BY r.id LIMIT 20 RETURN r.id AS id, type(r) AS type, startNode(r).name AS from, endNode(r).name AS to`,
        parameters: [{}],
      },
      peer: 'cannot list relationships as such: it reaches them only through their nodes',
    },
  ];
}

/**
 * The Lucene query the service ends up running for each word: exact and prefix terms when they
 * find anything, else the query with misspellings too (see searchActors).
 */
async function floorSearches(driver: Driver, words: string[]): Promise<string[]> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const queries: string[] = [];
    for (const word of words) {
      const search = await searchWithFallback(word, async (query) =>
        (await session.run("CALL db.index.fulltext.queryNodes('actor_names', $query, {limit: 20}) YIELD node RETURN node.id AS id", { query })).records,
      );
      if (search !== null) queries.push(search.query);
    }
    return queries;
  } finally {
    await session.close();
  }
}

interface SizeResult {
  relations: number;
  load: { loader: { relationsPerSecond: number; peakRssMb: number }; baseline: { relationsPerSecond: number; peakRssMb: number }; ratio: number };
  queries: { name: string; ours: Measurement; floor: Measurement; peer: Measurement | string; oursOverFloorP50: number; oursOverPeerThroughput: number | null }[];
  serviceRssMb: { atRest: number; underLoad: number };
  /** `npm run export -- --format graphml` of the whole graph to a file: time and the process's peak RSS. */
  export: { seconds: number; peakRssMb: number; relationsPerSecond: number; megabytes: number };
  /** The whole-graph PageRank, sampled betweenness and communities, recomputed once after the load. */
  centrality: { seconds: number; actors: number; communities: number; betweennessSamples: number; failure: string | null };
}

function mean(values: Measurement[]): Measurement {
  const average = (pick: (m: Measurement) => number): number => Math.round((values.reduce((sum, m) => sum + pick(m), 0) / values.length) * 10) / 10;
  return { requestsPerSecond: average((m) => m.requestsPerSecond), p50: average((m) => m.p50), p95: average((m) => m.p95), p99: average((m) => m.p99), errors: values.reduce((sum, m) => sum + m.errors, 0) };
}

async function benchSize(size: number, driver: Driver, env: Record<string, string>): Promise<SizeResult> {
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
  const loads = { loader: [] as { seconds: number; peakRssMb: number }[], baseline: [] as { seconds: number; peakRssMb: number }[] };
  // A million relations take minutes a load: one round of each there.
  for (let round = 1; round <= (size >= 1_000_000 ? 1 : ROUNDS); round += 1) {
    // The loader goes last, so the queries run on the graph it wrote.
    for (const which of ['baseline', 'loader'] as const) {
      await emptyDatabase(driver);
      log(`size ${size}, load round ${round}: ${which}${loads.loader.length > 0 ? ` (the last loader run took ${Math.round(loads.loader[loads.loader.length - 1].seconds)} s)` : ''}`);
      const script = which === 'loader' ? join(ROOT, 'dist', 'src', 'loader', 'load.cli.js') : join(ROOT, 'dist', 'bench', 'baseline-load.js');
      // Above the loader's staging threshold both commit batch by batch, so they are compared like for like.
      // The loader recomputes centrality after a load; that is measured on its own below, so the
      // load rates compare the writing alone.
      loads[which].push(await runProcess(script, [dir], { ...env, CENTRALITY_AFTER_LOAD: 'false', BASELINE_COMMIT_EACH_BATCH: size > STAGED_ABOVE ? 'true' : 'false' }));
    }
  }
  const loadSummary = (runs: { seconds: number; peakRssMb: number }[]): { relationsPerSecond: number; peakRssMb: number } => ({
    relationsPerSecond: Math.round(size / (runs.reduce((sum, run) => sum + run.seconds, 0) / runs.length)),
    peakRssMb: Math.max(...runs.map((run) => run.peakRssMb)),
  });
  const loader = loadSummary(loads.loader);
  const baseline = loadSummary(loads.baseline);
  const centrality = await recomputeCentrality(driver, size);

  const session = driver.session();
  const actors = (await session.run(`MATCH (a:Actor) RETURN a.id AS id, a.name AS name, COUNT { (a)-[${TYPES}]-() } AS degree ORDER BY degree DESC, id`)).records.map(
    (record) => ({ id: record.get('id') as string, name: record.get('name') as string }),
  );
  await session.close();
  const hub = actors[0].id;
  const typical = actors[Math.floor(actors.length / 2)].id;
  const pairs: [string, string][] = Array.from({ length: 50 }, (_, index) => [actors[(index * 7919) % actors.length].id, actors[(index * 104729 + 13) % actors.length].id]);
  const words = Array.from({ length: 50 }, (_, index) => actors[(index * 31) % actors.length].name.split(' ')[0]);

  const exported = await benchExport(size, env);

  const service = await startChild(join(ROOT, 'dist', 'src', 'main.js'), { ...env, PORT: '0', LOAD_SEEDS_ON_START: 'false', MAX_QUERY_COST: '10000000', MAX_SUBGRAPH_EDGES: '5000' }, /GraphQL at (http:\/\/\S+\/graphql)/);
  // Production mode, as our service runs (see src/production-mode.ts), so that neither pays for graphql-js's development checks.
  const peer = await startChild(join(ROOT, 'dist', 'bench', 'peer-server.js'), { ...env, NODE_ENV: 'production' }, /peer at (http:\/\/\S+)/);
  const rssAtRest = status(service.child.pid!, 'VmRSS');
  let rssUnderLoad = rssAtRest;
  const sampler = setInterval(() => (rssUnderLoad = Math.max(rssUnderLoad, status(service.child.pid!, 'VmRSS'))), 500);
  const queries: SizeResult['queries'] = [];
  try {
    const specs = querySpecs(hub, typical, pairs, words, await floorSearches(driver, words));
    const measurementsLeft = (from: number): number => specs.slice(from).reduce((sum, spec) => sum + ROUNDS * (Array.isArray(spec.peer) ? 3 : 2), 0);
    for (const [index, spec] of specs.entries()) {
      log(`size ${size}: ${spec.name} (query ${index + 1} of ${specs.length}; about ${measurementsLeft(index) * SECONDS} s left for this size's queries)`);
      const rounds = { ours: [] as Measurement[], floor: [] as Measurement[], peer: [] as Measurement[] };
      for (let round = 1; round <= ROUNDS; round += 1) {
        rounds.ours.push(await measureHttp(service.url, spec.ours));
        rounds.floor.push(await measureCypher(driver, spec.floor.cypher, spec.floor.parameters));
        if (Array.isArray(spec.peer)) rounds.peer.push(await measureHttp(peer.url, spec.peer));
      }
      const ours = mean(rounds.ours);
      const floor = mean(rounds.floor);
      const peerResult = Array.isArray(spec.peer) ? mean(rounds.peer) : spec.peer;
      queries.push({
        name: spec.name,
        ours,
        floor,
        peer: peerResult,
        oursOverFloorP50: Math.round((ours.p50 / Math.max(floor.p50, 0.1)) * 100) / 100,
        oursOverPeerThroughput: typeof peerResult === 'string' ? null : Math.round((ours.requestsPerSecond / Math.max(peerResult.requestsPerSecond, 1)) * 100) / 100,
      });
    }
  } finally {
    clearInterval(sampler);
    service.child.kill('SIGTERM');
    peer.child.kill('SIGTERM');
  }
  return {
    relations: size,
    load: { loader, baseline, ratio: Math.round((loader.relationsPerSecond / baseline.relationsPerSecond) * 100) / 100 },
    queries,
    serviceRssMb: { atRest: rssAtRest, underLoad: rssUnderLoad },
    export: exported,
    centrality,
  };
}

/** What the loader does after a load, timed: PageRank, sampled betweenness and Louvain in Neo4j. */
async function recomputeCentrality(driver: Driver, size: number): Promise<SizeResult['centrality']> {
  const settings = loadConfig().centrality;
  log(`size ${size}: recomputing centrality (betweenness from ${settings.betweennessSamples} samples)`);
  const database = new Database(driver, { database: 'neo4j', transactionTimeoutMs: settings.timeoutMs });
  const outcome = await refreshCentrality(database, settings, log);
  return {
    seconds: Math.round(outcome.durationMs / 100) / 10,
    actors: outcome.actors,
    communities: outcome.communities,
    betweennessSamples: settings.betweennessSamples,
    failure: outcome.failure,
  };
}

interface ExtractionBench {
  texts: number;
  words: number;
  seconds: number;
  wordsPerSecond: number;
  msPerThousandWords: number;
  peakRssMb: number;
}

/** Drafts the folder in one process, as a user would; the time includes the process's start. */
async function benchExtraction(): Promise<ExtractionBench> {
  const texts = await generatedTexts(ROOT, EXTRACTION_TEXTS);
  log(`extraction: drafting ${texts.files} texts (${texts.words} words)`);
  const out = join(ROOT, 'generated', `extract-${EXTRACTION_TEXTS}`, 'drafts');
  rmSync(out, { recursive: true, force: true });
  const run = await runProcess(join(ROOT, 'dist', 'src', 'extract', 'annotate.cli.js'), [texts.dir, '--offline', '--out', out], {});
  return {
    texts: texts.files,
    words: texts.words,
    seconds: Math.round(run.seconds * 10) / 10,
    wordsPerSecond: Math.round(texts.words / run.seconds),
    msPerThousandWords: Math.round((run.seconds * 1_000_000) / texts.words),
    peakRssMb: run.peakRssMb,
  };
}

function extractionMarkdown(result: ExtractionBench): string {
  return [
    '### Extraction (`npm run annotate`, from the text alone)',
    '',
    '| texts | words | seconds | words/s | ms per 1,000 words | peak RSS (MB) |',
    '|---|---|---|---|---|---|',
    `| ${result.texts} | ${result.words} | ${result.seconds} | ${result.wordsPerSecond} | ${result.msPerThousandWords} | ${result.peakRssMb} |`,
    '',
  ].join('\n');
}

/** The whole graph as GraphML through the export command, streamed page by page to a file. */
async function benchExport(size: number, env: Record<string, string>): Promise<SizeResult['export']> {
  const out = join(ROOT, 'generated', `bench-export-${size}.graphml`);
  log(`size ${size}: whole-graph export`);
  const run = await runProcess(join(ROOT, 'dist', 'src', 'export', 'export.cli.js'), ['--format', 'graphml', '--out', out], env);
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
    lines.push('| query | ours req/s | ours p50/p95/p99 ms | floor req/s | floor p50/p95/p99 ms | peer req/s | peer p50/p95/p99 ms | ours/floor p50 | ours/peer req/s | errors |');
    lines.push('|---|---|---|---|---|---|---|---|---|---|');
    for (const query of result.queries) {
      const peer = typeof query.peer === 'string' ? [`n/a: ${query.peer}`, ''] : [String(query.peer.requestsPerSecond), `${query.peer.p50}/${query.peer.p95}/${query.peer.p99}`];
      const errors = query.ours.errors + query.floor.errors + (typeof query.peer === 'string' ? 0 : query.peer.errors);
      lines.push(
        `| ${query.name} | ${query.ours.requestsPerSecond} | ${query.ours.p50}/${query.ours.p95}/${query.ours.p99} | ${query.floor.requestsPerSecond} | ${query.floor.p50}/${query.floor.p95}/${query.floor.p99} | ${peer[0]} | ${peer[1]} | ${query.oursOverFloorP50} | ${query.oursOverPeerThroughput ?? 'n/a'} | ${errors} |`,
      );
    }
    lines.push('', `Service RSS: ${result.serviceRssMb.atRest} MB at rest, ${result.serviceRssMb.underLoad} MB at most under load.`, '');
    lines.push('| whole-graph export (GraphML, to a file) | seconds | relations/s | file (MB) | peak RSS (MB) |', '|---|---|---|---|---|');
    lines.push(`| npm run export -- --format graphml | ${Math.round(result.export.seconds * 10) / 10} | ${result.export.relationsPerSecond} | ${result.export.megabytes} | ${result.export.peakRssMb} |`, '');
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const extraction = await benchExtraction();
  log(`extraction: ${extraction.wordsPerSecond} words/s, ${extraction.msPerThousandWords} ms per 1,000 words, peak RSS ${extraction.peakRssMb} MB`);
  if (ONLY_EXTRACTION) {
    process.stdout.write(`\n${extractionMarkdown(extraction)}\n`);
    return;
  }
  const config = loadConfig();
  const home = join(ROOT, '.neo4j', 'bench-data');
  rmSync(home, { recursive: true, force: true });
  const heapMb = Number(process.env.BENCH_NEO4J_HEAP_MB ?? (QUICK ? 2048 : 8192));
  const server = await startLocalServer({ ...localServerOptions(config.neo4j, log), homeDir: home, port: PORT, heapMb, pageCacheMb: 1024 });
  const env = { NEO4J_URI: server.uri, NEO4J_PASSWORD: config.neo4j.password };
  const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', config.neo4j.password), { disableLosslessIntegers: true });
  const started = Date.now();
  try {
    const session = driver.session();
    await session.run(ACTOR_NAMES_INDEX.cypher);
    await session.close();
    const results: SizeResult[] = [];
    const date = new Date().toISOString();
    const machine = `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Neo4j heap ${heapMb} MB`;
    const dir = join(ROOT, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    for (const size of SIZES) {
      results.push(await benchSize(size, driver, env));
      log(`size ${size} done after ${Math.round((Date.now() - started) / 1000)} s`);
      // Written after every size, so a long run that is stopped keeps what it measured.
      const report = { date, machine, seconds: SECONDS, concurrency: CONCURRENCY, rounds: ROUNDS, results, extraction };
      writeFileSync(join(dir, `${date.slice(0, 10)}.json`), `${JSON.stringify(report, null, 2)}\n`);
      const table = `# Benchmark ${date}\n\n${machine}; ${CONCURRENCY} concurrent clients, ${SECONDS} s a measurement, ${ROUNDS} alternating rounds.\n\n${markdown(results)}\n${extractionMarkdown(extraction)}`;
      writeFileSync(join(dir, `${date.slice(0, 10)}.md`), table);
      if (size === SIZES[SIZES.length - 1]) process.stdout.write(`\n${table}\n`);
    }
  } finally {
    await driver.close();
    await server.stop();
  }
}

runCli('bench', main);
