/**
 * Brings up the parser a process drafts with: the parsers named by PARSER_URL, or, when none is,
 * the local parser this project starts itself. Nothing here waits: the local parser starts in the
 * background (models take 30-60 s), the service serves everything else meanwhile, and a parse
 * asked for before the models are in waits up to PARSER_READY_WAIT_MS, then is refused with
 * PARSER_STARTING and a retry-after.
 *
 * A local parser that dies (killed, out of memory) is noticed; the parse it was doing fails with
 * PARSER_FAILED, and the next parse starts a new one. Without Java and Maven, or with
 * LOCAL_PARSER=false and no PARSER_URL, every parse is refused with PARSER_NOT_CONFIGURED and the
 * rest of the service is unaffected.
 */
import { ParserConfig } from '../config/config';
import { ERROR_CODES } from '../errors/error-codes';
import { CoreNlpClient } from './corenlp.client';
import { LocalParser, LocalParserError, LocalParserOptions, startLocalParser } from './local-parser';
import { ParsedText, TextParser } from './parse.types';
import { ParserError } from './parser-error';
import { ParserPool } from './parser-pool';
import { PARSER_PROPERTIES } from './parser-properties';

export type ParserState = 'starting' | 'ready' | 'unavailable';

export interface ParserHealth {
  readonly state: ParserState;
  /** What the state means here, in a sentence (why unavailable, how long it has been loading). */
  readonly detail: string;
  /** Where the parsers are: the PARSER_URLs, or the local parser's address once it listens. */
  readonly urls: readonly string[];
}

export interface ParserConnection {
  readonly parser: TextParser;
  /** How many texts it parses at once: each parser's PARSER_CONCURRENCY, over every PARSER_URL. */
  readonly slots: number;
  health(): Promise<ParserHealth>;
  /** Stops the local parser, if this process started one. */
  close(): Promise<void>;
}

export interface ConnectParserOptions {
  /** Where the launcher's progress goes; one line a call. */
  readonly log: (line: string) => void;
  /** The pipeline; PARSER_PROPERTIES unless a test asks for a lighter one. */
  readonly properties?: Readonly<Record<string, string>>;
  /** The local parser's port; the configured LOCAL_PARSER_PORT unless given. */
  readonly port?: number;
}

/** How long loading is expected to take before the first load has been measured. */
const EXPECTED_LOAD_MS = 60_000;
const HEALTH_TIMEOUT_MS = 2_000;
/**
 * A probe this recent is the answer as it stands; an older one is still the answer (with its age),
 * while a fresh probe runs in the background. /health never waits for a parser once one probe has
 * answered: a parser deep in a long parse (or collecting its heap) can take a second to say it is
 * ready, and /health must answer within a small bound whatever the parser is doing.
 */
const HEALTH_PROBE_REUSE_MS = 1_000;
const POLL_MS = 500;

export function connectParser(config: ParserConfig, options: ConnectParserOptions): ParserConnection {
  const properties = options.properties ?? PARSER_PROPERTIES;
  if (config.urls.length > 0) return remoteParsers(config, properties);
  if (!config.local.enabled) return notConfigured('no PARSER_URL is set and LOCAL_PARSER is false');
  const local = new LocalParserSupervisor(config, properties, options);
  local.start();
  return { parser: local, slots: config.concurrency, health: async () => local.health(), close: () => local.close() };
}

/**
 * For a command a person started and waits on (annotate, eval:extract): a parse waits for the
 * models as long as they may take to load (LOCAL_PARSER_START_TIMEOUT_MS), not the API's
 * PARSER_READY_WAIT_MS, which bounds how long a request is held.
 */
export function connectParserForCommand(config: ParserConfig, log: (line: string) => void): ParserConnection {
  return connectParser({ ...config, readyWaitMs: Math.max(config.readyWaitMs, config.local.startTimeoutMs) }, { log });
}

/** The local parser as the configuration describes it. */
export function localParserOptions(config: ParserConfig, properties: Readonly<Record<string, string>>, log: (line: string) => void, port = config.local.port): LocalParserOptions {
  return {
    libDir: config.local.libDir,
    host: config.local.host,
    port,
    heapMb: config.local.heapMb,
    nice: config.local.nice,
    threads: config.concurrency,
    maxSentenceTokens: config.maxSentenceTokens,
    timeoutMs: config.timeoutMs,
    properties,
    log,
  };
}

function clientFor(url: string, config: ParserConfig, properties: Readonly<Record<string, string>>): CoreNlpClient {
  return new CoreNlpClient(url, { timeoutMs: config.timeoutMs, properties });
}

/** Parsers run elsewhere: spread over, waited for while they load, probed for health. */
function remoteParsers(config: ParserConfig, properties: Readonly<Record<string, string>>): ParserConnection {
  const pool = new ParserPool(config.urls.map((url) => clientFor(url, config, properties)), config.concurrency, config.blockChars);
  const started = Date.now();
  let probed: { states: ParserState[]; at: number } | undefined;
  let probing: Promise<{ states: ParserState[]; at: number }> | undefined;
  const probe = (): Promise<{ states: ParserState[]; at: number }> =>
    (probing ??= Promise.all(config.urls.map((url) => readiness(url)))
      .then((states) => (probed = { states, at: Date.now() }))
      .finally(() => (probing = undefined)));
  // The first /health finds an answer waiting, rather than waiting for one.
  void probe();
  return {
    slots: config.concurrency * config.urls.length,
    parser: {
      parse: async (text, signal) => {
        const deadline = Date.now() + config.readyWaitMs;
        for (;;) {
          try {
            return await pool.parse(text, signal);
          } catch (error) {
            // A parser still loading is waited for, within the bound; every other answer is final.
            if (!(error instanceof ParserError) || error.code !== ERROR_CODES.PARSER_STARTING || Date.now() + POLL_MS > deadline) throw error;
            await sleep(POLL_MS, signal);
          }
        }
      },
    },
    health: async () => {
      if (probed === undefined) return describe(await probe());
      if (Date.now() - probed.at >= HEALTH_PROBE_REUSE_MS) void probe();
      return describe(probed);
    },
    close: async () => undefined,
  };

  function describe({ states, at }: { states: ParserState[]; at: number }): ParserHealth {
    const state: ParserState = states.includes('ready') ? 'ready' : states.includes('starting') ? 'starting' : 'unavailable';
    const detail =
      state === 'ready'
        ? `${states.filter((one) => one === 'ready').length} of ${states.length} parsers ready`
        : state === 'starting'
          ? `loading models (asked ${Math.round((Date.now() - started) / 1000)} s ago)`
          : `no parser answers at ${config.urls.join(', ')}`;
    const age = Date.now() - at;
    return { state, detail: age < HEALTH_PROBE_REUSE_MS ? detail : `${detail} (as probed ${age} ms ago; a probe is under way)`, urls: config.urls };
  }
}

/** `/ready` is CoreNLP server's own readiness check (200 ready, 503 loading), and the launcher's. */
async function readiness(url: string): Promise<ParserState> {
  try {
    const response = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) });
    await response.arrayBuffer();
    if (response.ok) return 'ready';
    return response.status === 503 ? 'starting' : 'unavailable';
  } catch {
    // Nothing answering is the answer here, not a failure of the check.
    return 'unavailable';
  }
}

function notConfigured(why: string): ParserConnection {
  const refusal = (): ParserError =>
    new ParserError(ERROR_CODES.PARSER_NOT_CONFIGURED, `drafting needs the syntactic parser, and none is configured: ${why}; set PARSER_URL or let the local parser start (LOCAL_PARSER=true, Java 17 and Maven)`);
  return {
    parser: { parse: async () => Promise.reject(refusal()) },
    slots: 1,
    health: async () => ({ state: 'unavailable', detail: why, urls: [] }),
    close: async () => undefined,
  };
}

interface Instance {
  readonly startedAt: number;
  /** Settles when the launcher listens (or could not be started). */
  readonly launched: Promise<LocalParser>;
  /** Settles when the models are loaded and the parser takes texts. */
  readonly ready: Promise<TextParser>;
  process?: LocalParser;
  loaded: boolean;
}

/** The local parser, started at once and again after it died; a parse waits for it within the bound. */
class LocalParserSupervisor implements TextParser {
  private instance: Instance | undefined;
  /** Set when this machine cannot run the local parser at all (no Java, no Maven, build failed). */
  private cannotRun: string | undefined;
  /** Why the last instance ended, for health. */
  private lastEnd: string | undefined;
  private expectedLoadMs = EXPECTED_LOAD_MS;
  private closed = false;

  constructor(
    private readonly config: ParserConfig,
    private readonly properties: Readonly<Record<string, string>>,
    private readonly options: ConnectParserOptions,
  ) {}

  start(): Instance {
    if (this.instance !== undefined) return this.instance;
    const startedAt = Date.now();
    const launched = startLocalParser(localParserOptions(this.config, this.properties, this.options.log, this.options.port));
    const instance: Instance = {
      startedAt,
      launched,
      loaded: false,
      ready: launched.then(async (process) => {
        instance.process = process;
        void process.exited.then((how) => this.ended(instance, how));
        await withTimeout(process.ready, this.config.local.startTimeoutMs, `the local parser did not load its models within LOCAL_PARSER_START_TIMEOUT_MS (${this.config.local.startTimeoutMs} ms)`);
        instance.loaded = true;
        this.expectedLoadMs = Date.now() - startedAt;
        return new ParserPool([clientFor(process.url, this.config, this.properties)], this.config.concurrency, this.config.blockChars);
      }),
    };
    instance.ready.catch((error: unknown) => this.failed(instance, error));
    this.instance = instance;
    return instance;
  }

  async parse(text: string, signal?: AbortSignal): Promise<ParsedText> {
    if (this.cannotRun !== undefined) throw this.notConfigured();
    if (this.closed) throw new ParserError(ERROR_CODES.PARSER_UNAVAILABLE, 'the local parser has been stopped: the service is shutting down');
    const instance = this.start();
    const parser = await this.waitReady(instance, signal);
    try {
      return await parser.parse(text, signal);
    } catch (error) {
      if (error instanceof ParserError && (error.code === ERROR_CODES.PARSER_FAILED || error.code === ERROR_CODES.PARSER_UNAVAILABLE)) {
        throw new ParserError(error.code, `${error.message}; the next request starts a new local parser`, { cause: error });
      }
      throw error;
    }
  }

  private async waitReady(instance: Instance, signal: AbortSignal | undefined): Promise<TextParser> {
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<'waited'>((resolveWaited) => {
      timer = setTimeout(() => resolveWaited('waited'), this.config.readyWaitMs);
    });
    const aborted = new Promise<never>((_, rejectAborted) => {
      signal?.addEventListener('abort', () => rejectAborted(signal.reason), { once: true });
    });
    try {
      const outcome = await Promise.race([instance.ready, waited, aborted]);
      if (outcome !== 'waited') return outcome;
    } catch (error) {
      if (signal?.aborted) throw error;
      if (this.cannotRun !== undefined) throw this.notConfigured();
      throw new ParserError(ERROR_CODES.PARSER_UNAVAILABLE, `${error instanceof Error ? error.message : String(error)}; the next request tries again`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
    const elapsed = Date.now() - instance.startedAt;
    const retryAfter = Math.max(5, Math.ceil((this.expectedLoadMs - elapsed) / 1000));
    throw new ParserError(
      ERROR_CODES.PARSER_STARTING,
      `the parser is still loading its models (started ${Math.round(elapsed / 1000)} s ago, waited ${this.config.readyWaitMs} ms); try again in about ${retryAfter} s`,
      { retryAfterSeconds: retryAfter },
    );
  }

  health(): ParserHealth {
    const instance = this.instance;
    const urls = instance?.process ? [instance.process.url] : [];
    if (this.cannotRun !== undefined) return { state: 'unavailable', detail: this.cannotRun, urls: [] };
    if (instance === undefined) {
      return { state: 'unavailable', detail: `${this.lastEnd ?? 'not started'}; the next draft starts it`, urls };
    }
    if (!instance.loaded) return { state: 'starting', detail: `loading models (started ${Math.round((Date.now() - instance.startedAt) / 1000)} s ago)`, urls };
    return { state: 'ready', detail: 'the local parser', urls };
  }

  async close(): Promise<void> {
    this.closed = true;
    const instance = this.instance;
    if (instance === undefined) return;
    const process = await instance.launched.catch(() => undefined);
    await process?.stop();
  }

  private notConfigured(): ParserError {
    return new ParserError(ERROR_CODES.PARSER_NOT_CONFIGURED, `drafting needs the syntactic parser, and none can run here: ${this.cannotRun}`);
  }

  private ended(instance: Instance, how: string): void {
    if (this.instance !== instance) return;
    this.instance = undefined;
    this.lastEnd = `the local parser stopped (${how})`;
    if (!this.closed) this.options.log(`parser: the local parser stopped (${how}); the next parse starts a new one`);
  }

  private failed(instance: Instance, error: unknown): void {
    if (this.instance !== instance) return;
    // A missing tool or a failed build stays so; anything else (a port taken, models that did not load) may pass.
    if (error instanceof LocalParserError && error.permanent) {
      this.cannotRun = error.message;
    }
    this.instance = undefined;
    this.lastEnd = error instanceof Error ? error.message : String(error);
    this.options.log(`parser: ${this.lastEnd}`);
    void instance.process?.stop();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, rejectTimeout) => {
    timer = setTimeout(() => rejectTimeout(new LocalParserError(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolveSlept, rejectSlept) => {
    const timer = setTimeout(resolveSlept, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        rejectSlept(signal.reason);
      },
      { once: true },
    );
  });
}
