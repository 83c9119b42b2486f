/**
 * `npm run bench:soak -- [--seconds N] [--connections N] [--rounds N] [--hostile SHARE]`: drives a mixed workload of
 * reads and traversals against the real service over loopback, with a fixed number of concurrent
 * connections for a fixed time, in several rounds. It reports errors (which must be 0), latency
 * percentiles and throughput per round, and the service's memory at rest and after each round,
 * so a growth trend shows. Results go to bench/results/soak-<date>.json.
 *
 * With `--hostile 0.2`, a fifth as many connections again send hostile requests besides the normal
 * ones (fragments that double at every level, megabytes of unused variables, thirty aliases of
 * paths between hubs, drafts of a text near MAX_EXTRACT_CHARS and of one endless token), and one more
 * client opens four connections a second that send a traversal and close before its answer, so the normal requests keep the same concurrency as in a run without them.
 * The hostile requests' outcomes are counted by code; the normal requests must still have no
 * errors. Results go to bench/results/soak-<date>-hostile.json, with the normal requests' p99 set
 * against the latest run without `--hostile` (the acceptance: within 2x).
 *
 * The service runs as its own process (`dist/src/main.js`, starting the local Neo4j unless
 * NEO4J_URI is set), so its memory is measured apart from the load generator's.
 */
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { request } from 'node:http';
import { createInterface } from 'node:readline';
import { InvalidArgumentError } from 'commander';
import { commandLine, runCommand, wholeNumber } from '../src/cli/command-line';

const QUERIES: readonly string[] = [
  'query SoakActor { actor(id: "qassem-soleimani") { name degree relations { edges { node { type to { name } evidence { quote } } } } } }',
  'query SoakRelations { relations(first: 20) { totalCount edges { node { type from { name } to { name } } } } }',
  'query SoakNeighborhood { neighborhood(actorId: "us-led-coalition", depth: 2) { nodes { id kind } edges { source target type } } }',
  'query SoakShortestPath { shortestPath(from: "qassem-soleimani", to: "mohammed-shia-al-sudani") { length actors { name } } }',
  'query SoakSearch { search(text: "Sulaimani") { score actor { name } } }',
  'query SoakTimeline { timeline(actorId: "united-states") { type time { text } } }',
  'query SoakPaths { paths(from: "isis", to: "iran", maxDepth: 4, limit: 5) { length } }',
  'query SoakStats { stats { actors relations } }',
];

/** What a hostile client sends: each must be refused with a client code, or answered, never take the service down. */
const HOSTILE_BODIES: readonly string[] = [
  JSON.stringify({
    query: `query HostileFragments { actor(id: "iraq") { ...F0 } } ${Array.from({ length: 23 }, (_, index) => (index < 22 ? `fragment F${index} on Actor { ...F${index + 1} ...F${index + 1} }` : `fragment F${index} on Actor { id }`)).join(' ')}`,
  }),
  JSON.stringify({
    query: 'query HostileVariables { actors(first: 5) { totalCount } }',
    variables: Object.fromEntries(Array.from({ length: 20_000 }, (_, index) => [`v${index}`, Math.random() * 1e12])),
  }),
  JSON.stringify({ query: `query HostilePaths { ${Array.from({ length: 30 }, (_, index) => `p${index}: paths(from: "united-states", to: "iran", maxDepth: 4) { length }`).join(' ')} }` }),
  // Drafting: an ordinary large text near MAX_EXTRACT_CHARS, and one made to be slow (one endless hyphenated token).
  JSON.stringify({
    query: 'query HostileDraft($text: String!) { extractDocument(text: $text) { relations { type } } }',
    variables: { text: 'The Iraqi government held talks with the US-led coalition in Baghdad on Monday, officials said. '.repeat(1_800) },
  }),
  JSON.stringify({ query: 'query HostileDraftToken($text: String!) { extractDocument(text: $text) { relations { type } } }', variables: { text: `Iraq and Iran met. ${'a-'.repeat(90_000)}` } }),
];

/** What a client that drops its connections sends: a traversal, given up a tenth of a second after it is sent. */
const DROPPED_BODY = JSON.stringify({ query: 'query HostileDropped { paths(from: "united-states", to: "iran", maxDepth: 4) { length } }' });

/**
 * Opens four connections a second for `seconds`, each sending a traversal and closing before its
 * answer: the service must cancel their work and free their slots. Resolves with how many it dropped.
 */
async function dropConnections(url: string, seconds: number): Promise<number> {
  const target = new URL(`${url}/graphql`);
  let dropped = 0;
  const ends = Date.now() + seconds * 1_000;
  while (Date.now() < ends) {
    const sent = request({ host: target.hostname, port: target.port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(DROPPED_BODY) } });
    sent.on('error', () => undefined);
    sent.end(DROPPED_BODY);
    setTimeout(() => sent.destroy(), 100);
    dropped += 1;
    await new Promise((resolveWait) => setTimeout(resolveWait, 250));
  }
  return dropped;
}

const command = commandLine(
  'bench:soak',
  'Drives a mixed workload of reads and traversals against the real service over loopback for a fixed time, in rounds, and reports errors, latency percentiles, throughput and memory; with --hostile, hostile requests and dropped connections besides. Results go to bench/results.',
  'NEO4J_URI (else a local Neo4j starts)',
)
  .option('--seconds <n>', 'seconds per round', wholeNumber(1), 30)
  .option('--connections <n>', 'concurrent connections of normal requests', wholeNumber(1), 50)
  .option('--rounds <n>', 'rounds', wholeNumber(1), 3)
  .option('--hostile <share>', 'hostile connections as a share of the normal ones, from 0 to 1', shareOf, 0);

/** A share from 0 to 1. */
function shareOf(raw: string): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) throw new InvalidArgumentError(`expected a number from 0 to 1, found '${raw}'`);
  return value;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

function startService(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(__dirname, '..', 'src', 'main.js')], {
    // Its log lines, JSON on standard output, say where it listens; the requests' own lines (the load's) are not echoed.
    env: { ...process.env, PORT: '0', LOG_FORMAT: 'json' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolveStarted, rejectStarted) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.includes('"msg":"request"')) process.stdout.write(`${line}\n`);
      const match = /GraphQL at (http:\/\/\S+)\/graphql/.exec(line);
      if (match) resolveStarted({ child, url: match[1] });
    });
    child.once('exit', (code) => rejectStarted(new Error(`the service exited with code ${code} before it was ready`)));
  });
}

/** How many answers had each outcome: `ok`, an error code, or `HTTP <status>` for an answer without one. */
type Outcomes = Record<string, number>;

interface Measured {
  readonly requests: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly graphqlErrors: number;
  readonly requestsPerSecond: number;
  readonly latencyMs: { p50: number; p90: number; p99: number; max: number };
  /** The normal requests' answers by outcome: every one should be `ok`. */
  readonly outcomes: Outcomes;
}

interface Round extends Measured {
  readonly round: number;
  readonly rssAfterMb: number;
  /** With --hostile: the hostile requests sent, their answers by outcome, and how many were 5xx. */
  readonly hostile?: { readonly connections: number; readonly requests: number; readonly serverErrors: number; readonly outcomes: Outcomes; readonly droppedConnections: number };
}

/** Counts an answer's outcome: its first error code, `ok` without errors, or its HTTP status. */
function outcomeCounter(outcomes: Outcomes): (status: number, body: string) => void {
  return (status, body) => {
    const code = /"code":"([A-Z_]+)"/.exec(body)?.[1];
    const outcome = code ?? (status === 200 && !body.includes('"errors"') ? 'ok' : `HTTP ${status}`);
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  };
}

function postBodies(bodies: readonly string[], onResponse: (status: number, body: string) => void): autocannon.Request[] {
  return bodies.map((body) => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body, onResponse }));
}

async function runRound(url: string, seconds: number, connections: number, hostileShare: number): Promise<Omit<Round, 'round' | 'rssAfterMb'>> {
  const hostileConnections = hostileShare > 0 ? Math.max(1, Math.round(connections * hostileShare)) : 0;
  const hostileOutcomes: Outcomes = {};
  const hostile =
    hostileConnections > 0
      ? autocannon({ url: `${url}/graphql`, connections: hostileConnections, duration: seconds, requests: postBodies(HOSTILE_BODIES, outcomeCounter(hostileOutcomes)) })
      : undefined;
  const dropping = hostileConnections > 0 ? dropConnections(url, seconds) : undefined;
  const normal = runNormal(url, seconds, connections);
  const hostileResult = await hostile;
  const droppedConnections = (await dropping) ?? 0;
  return {
    ...(await normal),
    ...(hostileResult
      ? { hostile: { connections: hostileConnections, requests: hostileResult.requests.total, serverErrors: hostileResult['5xx'], outcomes: hostileOutcomes, droppedConnections } }
      : {}),
  };
}

async function runNormal(url: string, seconds: number, connections: number): Promise<Measured> {
  const outcomes: Outcomes = {};
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    requests: postBodies(
      QUERIES.map((query) => JSON.stringify({ query })),
      outcomeCounter(outcomes),
    ),
    // A GraphQL error comes with status 200; it counts as a mismatch, and so as an error here.
    verifyBody: (body) => !String(body ?? '').includes('"errors"'),
  });
  return {
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
    non2xx: result.non2xx,
    graphqlErrors: result.mismatches,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    outcomes,
  };
}

interface SoakReport {
  readonly date: string;
  readonly seconds: number;
  readonly connections: number;
  readonly hostileShare: number;
  readonly rssAtRestMb: number;
  readonly rounds: Round[];
}

/** The latest run without hostile requests, for the comparison of the normal requests' p99. */
function latestPlainRun(dir: string): { file: string; report: SoakReport } | undefined {
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => /^soak-\d{4}-\d{2}-\d{2}\.json$/.test(name)) : [];
  const latest = files.map((name) => join(dir, name)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  return latest === undefined ? undefined : { file: latest, report: JSON.parse(readFileSync(latest, 'utf8')) as SoakReport };
}

/** The normal requests' p99, round by round, against the plain run's; the acceptance is a ratio of at most 2. */
function compareWith(plain: { file: string; report: SoakReport }, rounds: readonly Round[]): object {
  const ratios = rounds.map((round, index) => {
    const before = plain.report.rounds[index]?.latencyMs.p99;
    return { round: round.round, p99Ms: round.latencyMs.p99, plainP99Ms: before ?? null, ratio: before ? Math.round((round.latencyMs.p99 / before) * 100) / 100 : null };
  });
  // The file's name alone: the results are read beside it, on any machine.
  return { plainRun: basename(plain.file), normalErrors: rounds.reduce((sum, round) => sum + round.errors, 0), p99: ratios };
}

async function main(): Promise<number> {
  const { seconds, connections, rounds, hostile: hostileShare } = command.opts<{ seconds: number; connections: number; rounds: number; hostile: number }>();
  const { child, url } = await startService();
  try {
    const rssAtRestMb = rssMb(child.pid!);
    const results: Round[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      process.stdout.write(`soak: round ${round} of ${rounds}, ${connections} connections for ${seconds} s...\n`);
      const measured = await runRound(url, seconds, connections, hostileShare);
      results.push({ round, ...measured, rssAfterMb: rssMb(child.pid!) });
      process.stdout.write(`soak: ${JSON.stringify(results[results.length - 1])}\n`);
    }
    const dir = join(__dirname, '..', '..', 'bench', 'results');
    const plain = hostileShare > 0 ? latestPlainRun(dir) : undefined;
    const report: SoakReport & { queries: readonly string[]; comparison?: object } = {
      date: new Date().toISOString(),
      seconds,
      connections,
      hostileShare,
      queries: QUERIES,
      rssAtRestMb,
      rounds: results,
      ...(plain ? { comparison: compareWith(plain, results) } : {}),
    };
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `soak-${report.date.slice(0, 10)}${hostileShare > 0 ? '-hostile' : ''}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`\nnormal requests (${connections} connections):\n`);
    process.stdout.write(`\n| round | requests | errors | req/s | p50 ms | p90 ms | p99 ms | RSS after (MB) |\n|---|---|---|---|---|---|---|---|\n`);
    for (const round of results) {
      process.stdout.write(
        `| ${round.round} | ${round.requests} | ${round.errors} | ${round.requestsPerSecond} | ${round.latencyMs.p50} | ${round.latencyMs.p90} | ${round.latencyMs.p99} | ${round.rssAfterMb} |\n`,
      );
    }
    if (hostileShare > 0) {
      process.stdout.write(`\nhostile requests (${results[0]?.hostile?.connections ?? 0} more connections), by outcome:\n\n| round | requests | 5xx | dropped connections | outcomes |\n|---|---|---|---|---|\n`);
      for (const round of results) {
        const outcomes = Object.entries(round.hostile?.outcomes ?? {}).map(([outcome, count]) => `${outcome} ${count}`).join(', ');
        process.stdout.write(`| ${round.round} | ${round.hostile?.requests ?? 0} | ${round.hostile?.serverErrors ?? 0} | ${round.hostile?.droppedConnections ?? 0} | ${outcomes} |\n`);
      }
      process.stdout.write(plain ? `\nagainst ${plain.file}: ${JSON.stringify(report.comparison)}\n` : '\nno run without --hostile in bench/results to compare with\n');
    }
    process.stdout.write(`\nservice RSS at rest: ${rssAtRestMb} MB; results in ${file}\n`);
    const errors = results.reduce((sum, round) => sum + round.errors, 0);
    return errors > 0 ? 1 : 0;
  } finally {
    child.kill('SIGTERM');
  }
}

runCommand('soak', command, main);

