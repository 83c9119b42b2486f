/**
 * How long a newcomer waits: `npm start` to the first GraphQL answer, and each command's start.
 *
 * - build: `npm run build` on an unchanged tree (what `npm start` runs first);
 * - start: the built service (`node dist/src/main.js`, as `npm start` runs it after the build)
 *   with a local Neo4j of its own on an empty data folder (the seed is loaded) and then again on
 *   the same folder (the graph is there), from the spawn to the first GraphQL answer with data;
 *   the service's own phases come from its last start-up line;
 * - commands: each `npm run <command> -- --help`, as a user types it, the median of three.
 *
 * Measured, never asserted; the targets (first answer within 30 s, a command within 1.5 s) are
 * printed beside the numbers.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { freePort } from './processes';

/** The commands a user runs, each asked for its usage. */
const COMMANDS = ['load', 'export', 'annotate', 'eval:extract', 'centrality', 'generate', 'neo4j', 'parser', 'schema'];
const FIRST_ANSWER_WITHIN_S = 30;
const COMMAND_WITHIN_S = 1.5;

export interface StartRun {
  readonly graph: 'empty (seed loaded)' | 'loaded';
  readonly firstAnswerSeconds: number;
  /** The service's own account of its start (its `ready ...` line). */
  readonly phases: string;
}

export interface StartBench {
  readonly buildSeconds: number;
  readonly starts: readonly StartRun[];
  readonly commands: readonly { readonly command: string; readonly seconds: number }[];
}

const round1 = (seconds: number): number => Math.round(seconds * 10) / 10;

function timed(command: string, args: string[], cwd: string): number {
  const started = performance.now();
  const run = spawnSync(command, args, { cwd, stdio: 'ignore' });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${run.status}`);
  return (performance.now() - started) / 1000;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** How long after the first answer the service's start-up line with its phases is waited for. */
const PHASES_WAIT_MS = 2_000;

/** Starts the service on `dataDir`, waits for its first GraphQL answer with data, then stops it. */
async function timeStart(root: string, dataDir: string, graph: StartRun['graph']): Promise<StartRun> {
  const port = await freePort();
  const started = performance.now();
  // As a newcomer starts it: a local Neo4j and a local parser of its own, nothing named.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NEO4J_URI' && name !== 'PARSER_URL'));
  const child = spawn(process.execPath, [join(root, 'dist', 'src', 'main.js')], {
    cwd: root,
    env: { ...inherited, PORT: String(port), LOCAL_NEO4J_PORT: String(await freePort()), LOCAL_NEO4J_DATA_DIR: dataDir, LOG_FORMAT: 'json' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let phases = '';
  let phasesSeen: () => void = () => undefined;
  const phasesLine = new Promise<void>((resolvePhases) => (phasesSeen = resolvePhases));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const msg = /"msg":"(ready [^"]*)"/.exec(line)?.[1];
    if (msg !== undefined) {
      phases = msg;
      phasesSeen();
    }
  });
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the service exited with code ${child.exitCode} before it answered`);
      const answered = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { actors } }' }),
      })
        .then(async (response) => response.ok && ((await response.json()) as { data?: unknown }).data !== undefined)
        .catch(() => false);
      if (answered) break;
      await new Promise((resolveWait) => setTimeout(resolveWait, 100));
    }
    const firstAnswerSeconds = round1((performance.now() - started) / 1000);
    // The service gathers its log lines and writes them at least every 250 ms, so the phases line
    // can come after the first answer.
    await Promise.race([phasesLine, new Promise((resolveWait) => setTimeout(resolveWait, PHASES_WAIT_MS))]);
    return { graph, firstAnswerSeconds, phases };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

export async function benchStart(root: string, log: (line: string) => void): Promise<StartBench> {
  log('start: npm run build on an unchanged tree');
  timed('npm', ['run', '--silent', 'build'], root);
  const buildSeconds = round1(median([0, 1, 2].map(() => timed('npm', ['run', '--silent', 'build'], root))));
  const dataDir = mkdtempSync(join(tmpdir(), 'actorgraph-start-'));
  const starts: StartRun[] = [];
  try {
    for (const graph of ['empty (seed loaded)', 'loaded'] as const) {
      log(`start: the service on a Neo4j of its own, graph ${graph}`);
      starts.push(await timeStart(root, dataDir, graph));
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const commands = COMMANDS.map((name) => {
    log(`start: npm run ${name} -- --help`);
    return { command: name, seconds: round1(median([0, 1, 2].map(() => timed('npm', ['run', '--silent', name, '--', '--help'], root)))) };
  });
  return { buildSeconds, starts, commands };
}

export function startMarkdown(result: StartBench): string {
  return [
    `### Start (\`npm start\` = the build, then the service; the first answer is aimed at within ${FIRST_ANSWER_WITHIN_S} s)`,
    '',
    '| graph | build (s) | service to first answer (s) | npm start to first answer (s) | the service\'s phases |',
    '|---|---|---|---|---|',
    ...result.starts.map((run) => `| ${run.graph} | ${result.buildSeconds} | ${run.firstAnswerSeconds} | ${round1(result.buildSeconds + run.firstAnswerSeconds)} | ${run.phases} |`),
    '',
    `### Commands (\`npm run <command> -- --help\`, median of three; aimed at within ${COMMAND_WITHIN_S} s)`,
    '',
    '| command | seconds |',
    '|---|---|',
    ...result.commands.map((entry) => `| ${entry.command} | ${entry.seconds} |`),
    '',
  ].join('\n');
}
