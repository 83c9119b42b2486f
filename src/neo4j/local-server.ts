/**
 * Starts a real Neo4j 5.26 Community server on this machine, for users and CI without Docker.
 *
 * The server is the small Java launcher in `neo4j/` (an embedded Neo4j database with its Bolt
 * connector on 127.0.0.1), built by Maven from Maven Central artifacts into `<dir>/lib` on first
 * use. Its lifetime is tied to ours through its standard input: when this process exits, for any
 * reason, the launcher sees end-of-file and shuts the database down, so no orphan holds the port.
 *
 * Starting is idempotent: when a Neo4j already answers on the port with our credentials, it is
 * reused (and left running on stop).
 */
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import { projectRoot } from '../config/project-root';
import { HOW_TO_GET_JAVA_TOOLS, missingJavaTools, withoutStackFrames } from '../jvm/java-tools';
import { buildWithMaven } from '../jvm/maven-build';

export interface LocalServerOptions {
  /** Where the launcher's jars go; shared by every local server of the project. */
  readonly libDir: string;
  /** The server's home: store, transaction logs and Neo4j's own logs. */
  readonly homeDir: string;
  readonly port: number;
  readonly password: string;
  readonly heapMb: number;
  readonly pageCacheMb: number;
  readonly startTimeoutMs: number;
  /** Where progress goes; one line a call. */
  readonly log: (line: string) => void;
}

export interface LocalServer {
  readonly uri: string;
  /** False when an already running server was reused; `stop` then leaves it running. */
  readonly owned: boolean;
  /** The Java process, when this process started it. */
  readonly pid?: number;
  stop(): Promise<void>;
}

export class LocalServerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalServerError';
  }
}

const READY_LINE = 'actorgraph-neo4j: ready';
const LAUNCHER_CLASS = 'actorgraph.neo4j.LocalNeo4j';
const STOP_TIMEOUT_MS = 30_000;
const HOW_TO_GET_TOOLS = `${HOW_TO_GET_JAVA_TOOLS}, or run Neo4j with \`docker compose up neo4j\` and set NEO4J_URI`;

export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const uri = `bolt://127.0.0.1:${options.port}`;
  if (await answersWithOurCredentials(uri, options.password)) {
    options.log(`neo4j: reusing the server already running at ${uri}`);
    return { uri, owned: false, stop: async () => undefined };
  }
  if (await portIsOpen(options.port)) {
    throw new LocalServerError(
      `port ${options.port} on 127.0.0.1 is taken by something that is not a Neo4j accepting user neo4j with the ` +
        `configured password; free the port or choose another with LOCAL_NEO4J_PORT`,
    );
  }
  await buildWithMaven({
    projectDir: join(projectRoot(), 'neo4j'),
    libDir: options.libDir,
    name: 'neo4j',
    downloadNote: 'the first time, this downloads about 120 MB of jars',
    log: options.log,
    fail: (message) => new LocalServerError(message),
    checkTools: checkPrerequisites,
  });
  return launch(uri, options);
}

/** Fails with what is missing and how to get it, before anything slow starts. */
export function checkPrerequisites(needsMaven = true): void {
  const missing = missingJavaTools('run the local Neo4j', needsMaven);
  if (missing !== undefined) throw new LocalServerError(`${missing}: ${HOW_TO_GET_TOOLS}`);
}

/**
 * Makes `dir` and the folders above it that are missing, one level at a time, or throws a
 * LocalServerError that names the folder and why. Node's recursive mkdir loops forever, at full
 * processor, where a level cannot be made for a reason other than its parent missing (a folder
 * under /proc), so it is not used.
 */
function makeFolder(dir: string, what: string): void {
  const missing: string[] = [];
  for (let level = resolve(dir); !existsSync(level); level = dirname(level)) missing.unshift(level);
  for (const level of missing) {
    try {
      mkdirSync(level);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'an error';
      throw new LocalServerError(`could not create ${what} ${dir}: making ${level} failed with ${code}; choose a folder this user can write`);
    }
  }
}

async function launch(uri: string, options: LocalServerOptions): Promise<LocalServer> {
  makeFolder(options.homeDir, 'the data folder (LOCAL_NEO4J_DATA_DIR)');
  options.log(`neo4j: starting Neo4j 5.26 Community at ${uri} (data in ${options.homeDir})`);
  const child = spawn(
    'java',
    [
      `-Xmx${options.heapMb}m`,
      '-XX:+UseG1GC',
      '-cp',
      `${resolve(options.libDir)}/*`,
      LAUNCHER_CLASS,
      resolve(options.homeDir),
      String(options.port),
      String(options.pageCacheMb),
      resolve(options.libDir, 'plugins'),
    ],
    {
      env: { ...process.env, ACTORGRAPH_NEO4J_PASSWORD: options.password },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  const remember = (line: string): void => {
    output.push(line);
    if (output.length > 40) output.shift();
  };
  createInterface({ input: child.stderr! }).on('line', remember);

  await new Promise<void>((resolveReady, rejectReady) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rejectReady(new LocalServerError(`the local Neo4j did not become ready within ${options.startTimeoutMs} ms`));
    }, options.startTimeoutMs);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      remember(line);
      if (line.startsWith(READY_LINE)) {
        clearTimeout(timer);
        resolveReady();
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      rejectReady(
        new LocalServerError(
          `the local Neo4j exited during start (${signal ?? `exit code ${code}`}); its last output:\n${withoutStackFrames(output).join('\n')}` +
            `\nNeo4j's own log: ${join(options.homeDir, 'logs', 'debug.log')}`,
        ),
      );
    });
  });
  options.log(`neo4j: ready at ${uri}`);
  return { uri, owned: true, pid: child.pid, stop: () => stopChild(child, options.log) };
}

function stopChild(child: ChildProcess, log: (line: string) => void): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStopped) => {
    const timer = setTimeout(() => {
      log(`neo4j: no clean stop within ${STOP_TIMEOUT_MS} ms, killing it`);
      child.kill('SIGKILL');
    }, STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      log('neo4j: stopped');
      resolveStopped();
    });
    log('neo4j: stopping');
    child.stdin?.end();
  });
}

/**
 * A program that accepts connections and never answers Bolt's handshake holds the driver forever
 * (its connection timeout covers only the TCP connect), and so did `npm start`; the probe has a
 * deadline of its own, after which the driver is dropped without waiting for it to close.
 */
const PROBE_TIMEOUT_MS = 5_000;

async function answersWithOurCredentials(uri: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2_000 });
  let timer: NodeJS.Timeout | undefined;
  const silent = new Promise<'silent'>((resolveSilent) => {
    timer = setTimeout(() => resolveSilent('silent'), PROBE_TIMEOUT_MS);
  });
  // Resolves false for wrong credentials; rejects when nothing answers.
  const answer = driver.verifyAuthentication().catch(() => false);
  const outcome = await Promise.race([answer, silent]);
  clearTimeout(timer);
  if (outcome === 'silent') {
    void driver.close().catch(() => undefined);
    return false;
  }
  await driver.close();
  // Nothing there, or not ours: both mean "do not reuse", and the caller checks the port.
  return outcome;
}

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolveOpen) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(1_000);
    socket.once('connect', () => {
      socket.destroy();
      resolveOpen(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolveOpen(false);
    });
    socket.once('error', () => resolveOpen(false));
  });
}
