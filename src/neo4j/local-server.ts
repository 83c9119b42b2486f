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
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import { projectRoot } from '../config/project-root';

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
const HOW_TO_GET_TOOLS =
  'install them (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven), ' +
  'or run Neo4j with `docker compose up neo4j` and set NEO4J_URI';

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
  checkPrerequisites();
  await buildLauncher(options.libDir, options.log);
  return launch(uri, options);
}

/** Fails with what is missing and how to get it, before anything slow starts. */
export function checkPrerequisites(): void {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error) {
    throw new LocalServerError(`Java 17 or newer is needed to run the local Neo4j, and no 'java' was found: ${HOW_TO_GET_TOOLS}`);
  }
  const major = javaMajorVersion(`${java.stderr}${java.stdout}`);
  if (major === undefined || major < 17) {
    throw new LocalServerError(
      `Java 17 or newer is needed to run the local Neo4j, found ${major === undefined ? 'an unknown version' : `Java ${major}`}: ${HOW_TO_GET_TOOLS}`,
    );
  }
  const maven = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (maven.error) {
    throw new LocalServerError(`Maven is needed to fetch the local Neo4j's jars, and no 'mvn' was found: ${HOW_TO_GET_TOOLS}`);
  }
}

/** `java -version` prints `version "17.0.15"` (or `"1.8.0_392"` for Java 8). */
export function javaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** Builds the launcher and copies its jars, unless the jars of this exact launcher are there. */
async function buildLauncher(libDir: string, log: (line: string) => void): Promise<void> {
  const launcherDir = join(projectRoot(), 'neo4j');
  const stamp = join(libDir, '.launcher-hash');
  const hash = launcherHash(launcherDir);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;

  mkdirSync(libDir, { recursive: true });
  log('neo4j: building the local server with Maven (the first time, this downloads about 120 MB of jars)');
  const maven = spawn('mvn', ['-B', '-f', join(launcherDir, 'pom.xml'), `-Dlib.dir=${resolve(libDir)}`, 'package'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const errors: string[] = [];
  let downloads = 0;
  const started = Date.now();
  createInterface({ input: maven.stdout! }).on('line', (line) => {
    if (line.startsWith('Downloaded from ')) {
      downloads += 1;
      if (downloads % 25 === 0) log(`neo4j: ${downloads} artifacts downloaded (${Math.round((Date.now() - started) / 1000)} s)`);
    } else if (line.includes('ERROR')) {
      errors.push(line);
    }
  });
  createInterface({ input: maven.stderr! }).on('line', (line) => errors.push(line));
  const code = await new Promise<number | null>((resolveEnded, rejectEnded) => {
    maven.once('error', rejectEnded);
    maven.once('close', resolveEnded);
  });
  if (code !== 0) {
    throw new LocalServerError(`Maven could not build the local Neo4j launcher (exit code ${code}):\n${errors.slice(0, 8).join('\n')}`);
  }
  log(`neo4j: launcher built (${downloads} artifacts downloaded, ${readdirSync(libDir).filter((file) => file.endsWith('.jar')).length} jars in ${libDir})`);
  writeFileSync(stamp, hash);
}

function launcherHash(launcherDir: string): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(launcherDir, 'pom.xml')));
  const sources = join(launcherDir, 'src', 'main', 'java', 'actorgraph', 'neo4j');
  for (const file of readdirSync(sources).sort()) hash.update(readFileSync(join(sources, file)));
  return hash.digest('hex');
}

async function launch(uri: string, options: LocalServerOptions): Promise<LocalServer> {
  mkdirSync(options.homeDir, { recursive: true });
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

/**
 * Java's output with its stack traces cut to their causes: the exception lines and every
 * `Caused by:` stay, the `at ...` frames and `... 12 more` go (the user needs the cause, say a port
 * in use; the frames are in Neo4j's own log).
 */
export function withoutStackFrames(lines: readonly string[]): string[] {
  return lines.filter((line) => !/^\s+(at \S|\.\.\. \d+ more)/.test(line));
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
