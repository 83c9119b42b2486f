/**
 * Starts the project's own parser on this machine: Stanford CoreNLP 4.5.10 with its English models,
 * behind the small Java launcher in `src/parser/launcher/` (an HTTP server on 127.0.0.1 that speaks
 * CoreNLP server's protocol). Maven fetches CoreNLP and its models (about 480 MB) from Maven
 * Central into `<libDir>` on first use; later starts reuse them.
 *
 * `startLocalParser` returns as soon as the launcher listens; its models load in the background
 * (30-60 s), and `ready` settles when they have (or when loading failed). Its lifetime is tied to
 * ours through its standard input: when this process exits, for any reason, the launcher sees
 * end-of-file and exits too, so no orphan holds the port or gigabytes of memory.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from '../config/project-root';
import { HOW_TO_GET_JAVA_TOOLS, missingJavaTools, withoutStackFrames } from '../jvm/java-tools';
import { buildWithMaven } from '../jvm/maven-build';

export interface LocalParserOptions {
  /** Where the launcher's jars go. */
  readonly libDir: string;
  readonly host: string;
  readonly port: number;
  readonly heapMb: number;
  /** The niceness it runs at (`nice -n`); 0 runs it as the service runs. */
  readonly nice: number;
  /** Texts parsed at once (annotator threads). */
  readonly threads: number;
  readonly maxSentenceTokens: number;
  /** The launcher's own bound on one parse. */
  readonly timeoutMs: number;
  readonly properties: Readonly<Record<string, string>>;
  /** For tests only: a sentence holding this text fails in the sentence annotators (see LocalParser.java). */
  readonly faultMarker?: string;
  /** Where progress goes; one line a call. */
  readonly log: (line: string) => void;
}

export interface LocalParser {
  readonly url: string;
  readonly pid: number;
  /** Resolves once the models are loaded; rejects when loading failed or the process ended first. */
  readonly ready: Promise<void>;
  /** Resolves when the process has ended, with how. */
  readonly exited: Promise<string>;
  stop(): Promise<void>;
}

/** Java or Maven is missing, the build failed, or the launcher could not listen: the local parser cannot run here. */
export class LocalParserError extends Error {
  /** `permanent`: this machine cannot run it at all (a tool missing, the build failed); trying again will not help. */
  constructor(
    message: string,
    readonly permanent = false,
  ) {
    super(message);
    this.name = 'LocalParserError';
  }
}

const LAUNCHER_CLASS = 'actorgraph.parser.LocalParser';
const LISTENING = 'actorgraph-parser: listening ';
const READY = 'actorgraph-parser: ready';
const LOAD_FAILED = 'actorgraph-parser: failed to load';
const STOP_TIMEOUT_MS = 10_000;
/** How long the JVM may take to listen (the models load after that). */
const LISTEN_TIMEOUT_MS = 60_000;
export const LOCAL_PARSER_DOWNLOAD = 'the first time, this downloads about 480 MB of jars: CoreNLP and its English models';

/** Checks the tools and builds the launcher when needed; fails with what is missing and how to get it. */
export async function prepareLocalParser(libDir: string, log: (line: string) => void): Promise<void> {
  await buildWithMaven({
    projectDir: join(projectRoot(), 'src', 'parser', 'launcher'),
    libDir,
    name: 'parser',
    downloadNote: LOCAL_PARSER_DOWNLOAD,
    log,
    fail: (message) => new LocalParserError(message, true),
    checkTools: (needsMaven) => {
      const missing = missingJavaTools('run the local parser', needsMaven);
      if (missing !== undefined) throw new LocalParserError(`${missing}: ${HOW_TO_GET_JAVA_TOOLS}, or point PARSER_URL at a CoreNLP server`, true);
    },
  });
}

export async function startLocalParser(options: LocalParserOptions): Promise<LocalParser> {
  await prepareLocalParser(options.libDir, options.log);
  if (await portIsOpen(options.host, options.port)) {
    throw new LocalParserError(`port ${options.port} on ${options.host} is taken; free it or choose another with LOCAL_PARSER_PORT`);
  }
  return launch(options);
}

function launch(options: LocalParserOptions): Promise<LocalParser> {
  const java = [
    'java',
    `-Xmx${options.heapMb}m`,
    '-XX:+UseG1GC',
    // The collector's threads as many as the parses that run at once, not one a processor: the
    // service's processors stay the service's while a parse collects.
    `-XX:ParallelGCThreads=${options.threads}`,
    '-XX:ConcGCThreads=1',
    '-cp',
    `${resolve(options.libDir)}/*`,
    LAUNCHER_CLASS,
    '--host',
    options.host,
    '--port',
    String(options.port),
    '--threads',
    String(options.threads),
    '--max-sentence-tokens',
    String(options.maxSentenceTokens),
    '--timeout-ms',
    String(options.timeoutMs),
    '--properties',
    JSON.stringify(options.properties),
    ...(options.faultMarker === undefined ? [] : ['--fault-marker', options.faultMarker]),
  ];
  // `nice` is POSIX; the parser is the one process of ours that may take every processor for seconds.
  const [command, ...args] = options.nice > 0 ? ['nice', '-n', String(options.nice), ...java] : java;
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const output: string[] = [];
  const remember = (line: string): void => {
    output.push(line);
    if (output.length > 40) output.shift();
  };
  const lastOutput = (): string => withoutStackFrames(output).slice(-12).join('\n');
  createInterface({ input: child.stderr! }).on('line', remember);

  const exited = new Promise<string>((resolveExited) => {
    child.once('exit', (code, signal) => resolveExited(signal ?? `exit code ${code}`));
  });
  let markReady: () => void = () => undefined;
  let failReady: (error: Error) => void = () => undefined;
  const ready = new Promise<void>((resolveReady, rejectReady) => {
    markReady = resolveReady;
    failReady = rejectReady;
  });
  // Nobody may be waiting for `ready` when it fails; the failure is still reported to the next waiter.
  ready.catch(() => undefined);
  void exited.then((how) => failReady(new LocalParserError(`the local parser ended (${how}) before its models were loaded; its last output:\n${lastOutput()}`)));

  return new Promise<LocalParser>((resolveStarted, rejectStarted) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rejectStarted(new LocalParserError(`the local parser did not listen within ${LISTEN_TIMEOUT_MS} ms`));
    }, LISTEN_TIMEOUT_MS);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      remember(line);
      if (line.startsWith(LISTENING)) {
        clearTimeout(timer);
        const url = line.slice(LISTENING.length).trim();
        options.log(`parser: listening at ${url}, loading its models in the background`);
        resolveStarted({ url, pid: child.pid!, ready, exited, stop: () => stopChild(child, options.log) });
      } else if (line.startsWith(READY)) {
        options.log(`parser: ${line.slice('actorgraph-parser: '.length)}`);
        markReady();
      } else if (line.startsWith(LOAD_FAILED)) {
        failReady(new LocalParserError(`the local parser could not load its models (LOCAL_PARSER_HEAP_MB is ${options.heapMb}): ${line.slice(LOAD_FAILED.length + 1).trim()}`));
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      rejectStarted(new LocalParserError(`the local parser could not be started: ${error.message}`));
    });
    void exited.then((how) => {
      clearTimeout(timer);
      rejectStarted(new LocalParserError(`the local parser exited during start (${how}); its last output:\n${lastOutput()}`));
    });
  });
}

function stopChild(child: ChildProcess, log: (line: string) => void): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStopped) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      log('parser: stopped');
      resolveStopped();
    });
    child.stdin?.end();
  });
}

function portIsOpen(host: string, port: number): Promise<boolean> {
  return new Promise((resolveOpen) => {
    const socket = createConnection({ host, port });
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
