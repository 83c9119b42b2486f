/**
 * The service's configuration: every setting, its default and its check, in one typed module.
 *
 * Nothing else in the project reads `process.env`. `loadConfig` checks every variable and reports
 * all bad values at once, each naming the variable, what was expected and what was found, so a
 * user fixes a broken environment in one pass.
 */
import { join } from 'node:path';
import { DEFAULT_MAX_DOCUMENT_CHARS } from './annotation-limits';

export interface LocalNeo4jConfig {
  /** Folder for the launcher's jars. */
  readonly libDir: string;
  /** The server's home: its store, transaction logs and Neo4j's own logs. */
  readonly dataDir: string;
  readonly port: number;
  /** The port of the separate server the test suite starts, so tests never touch `npm start`'s data. */
  readonly testPort: number;
  readonly heapMb: number;
  readonly pageCacheMb: number;
  readonly startTimeoutMs: number;
}

export interface Neo4jConfig {
  /** Unset means: start the local Neo4j server and use it. */
  readonly uri: string | undefined;
  readonly username: string;
  readonly password: string;
  readonly database: string;
  /** How long start-up keeps trying to reach Neo4j before it gives up. */
  readonly connectTimeoutMs: number;
  /** Upper bound on every transaction the service runs. */
  readonly transactionTimeoutMs: number;
  /** How long the driver retries a transaction that failed for a transient reason. */
  readonly retryTimeMs: number;
  /** Connections the driver keeps to Neo4j. */
  readonly poolSize: number;
  /** How long a request waits for a free connection (or traversal slot) before DATABASE_BUSY. */
  readonly acquisitionTimeoutMs: number;
  readonly local: LocalNeo4jConfig;
}

export interface LocalParserConfig {
  /** False: never start a local parser (drafting then needs PARSER_URL). */
  readonly enabled: boolean;
  /** Folder for the launcher's jars (CoreNLP and its models, about 480 MB). */
  readonly libDir: string;
  /** The loopback address it listens on: 127.0.0.1 or ::1, never another (it has no authentication). */
  readonly host: string;
  readonly port: number;
  /** The port of the separate parser the test suite starts. */
  readonly testPort: number;
  readonly heapMb: number;
  /**
   * The niceness the parser runs at (0: as the service). A parse takes every processor it can get;
   * niced, it takes what the service and Neo4j leave, so reads keep answering while a text parses.
   */
  readonly nice: number;
  /** How long loading the models may take before the start counts as failed. */
  readonly startTimeoutMs: number;
}

export interface ParserConfig {
  /** Parsers run elsewhere (CoreNLP servers or our launcher); empty means: start the local one. */
  readonly urls: readonly string[];
  /** Upper bound on one parse request (one block of a text). */
  readonly timeoutMs: number;
  /** How long a parse waits for a parser that is still loading its models before PARSER_STARTING. */
  readonly readyWaitMs: number;
  /** Texts longer than this are parsed in blocks of at most this many characters, cut between paragraphs or sentences. */
  readonly blockChars: number;
  /** Texts one parser works on at once (the local parser's threads). */
  readonly concurrency: number;
  /** Longer sentences are cut into pieces of this many tokens before tagging and parsing (the local parser). */
  readonly maxSentenceTokens: number;
  readonly local: LocalParserConfig;
}

export interface LimitsConfig {
  readonly maxQueryDepth: number;
  readonly maxAliases: number;
  readonly maxQueryTokens: number;
  /** See src/server/query-limits.ts for how a query's cost is counted. */
  readonly maxQueryCost: number;
  readonly maxBodyBytes: number;
  readonly maxPageSize: number;
  readonly defaultPageSize: number;
  readonly maxTraversalDepth: number;
  readonly maxPaths: number;
  readonly maxSubgraphNodes: number;
  /** Most relations one neighbourhood returns: a hub's few hundred neighbours can share tens of thousands. */
  readonly maxSubgraphEdges: number;
  /** Most selections a document may have once its fragments are expanded (measured before its cost). */
  readonly maxExpandedSelections: number;
  /** Deepest nesting under `__schema` or `__type`; introspection is measured apart from the rest. */
  readonly maxIntrospectionDepth: number;
  /** Largest answer the service sends; a larger one is refused with RESPONSE_TOO_LARGE. */
  readonly maxResponseBytes: number;
  /** Bytes the per-query measure cache may hold, keys and values together. */
  readonly measureCacheBytes: number;
  /** Traversals (paths, shortest paths, neighbourhoods beyond one hop) running at once, over all requests. */
  readonly maxConcurrentTraversals: number;
  /** Traversals one request runs at once; its others wait their turn. */
  readonly maxTraversalsPerRequest: number;
  /** Drafts (`extractDocument`) in progress at once over the service; more are refused at once. */
  readonly maxConcurrentDrafts: number;
  /** Whole-graph exports (`GET /export` without `actorId`) streaming at once. */
  readonly maxConcurrentExports: number;
  /** The longest document text the loader and `ingestDocument` accept, in UTF-16 code units. */
  readonly maxDocumentChars: number;
  /** Longest text, in characters, the extraction layer drafts (the annotate command and the API). */
  readonly maxExtractChars: number;
  /** Worker threads for a request's processor-heavy work (drafting). */
  readonly workerThreads: number;
  /** How long one such task may run in its thread before it is stopped (WORK_LIMIT_EXCEEDED). */
  readonly workerTimeBudgetMs: number;
  /** Each worker thread's heap limit in MiB; a thread holding more than half of it after a task is replaced. */
  readonly workerMemoryMb: number;
  /** The niceness of the worker threads (Linux; 0: as the event loop): drafting takes what the answers to everyone else leave. */
  readonly workerNice: number;
  /** How long a response may wait for its client to read on before it is abandoned (a stalled export frees its slot). */
  readonly stalledWriteTimeoutMs: number;
  /** Bytes Apollo's cache of parsed queries may hold, counting the query text each entry keeps. */
  readonly documentCacheBytes: number;
}

export interface CentralityConfig {
  /** Recompute after every load (files, seeds, ingestDocument). */
  readonly afterLoad: boolean;
  /** Source actors of the sampled betweenness estimate. */
  readonly betweennessSamples: number;
  /** Upper bound on each step of a recomputation. */
  readonly timeoutMs: number;
  /** Processors each measure of a recomputation takes in Neo4j. */
  readonly concurrency: number;
}

export interface Config {
  readonly host: string;
  readonly port: number;
  readonly neo4j: Neo4jConfig;
  /** The syntactic parser drafting reads (src/parser). */
  readonly parser: ParserConfig;
  readonly seedsDir: string;
  readonly loadSeedsOnStart: boolean;
  /** Upper bound on the one transaction of a load, which may be large. */
  readonly loadTransactionTimeoutMs: number;
  /** Records per UNWIND statement when loading. */
  readonly loadBatchSize: number;
  /** Loads of more relations are staged: committed batch by batch, undone if they fail. */
  readonly loadStagedAbove: number;
  /** A staged load without progress for this long is taken for dead and undone by the next load. */
  readonly loadAbandonedAfterMs: number;
  /** Whole-graph centrality (see src/loader/centrality-refresh.ts). */
  readonly centrality: CentralityConfig;
  /**
   * The keys that authorise writes, each with the name a write is recorded under (`reviewedBy`):
   * `API_KEYS` (`name:key,...`) and `API_KEY` (named `default`). Empty means mutations are
   * refused, unless `npm start` makes a local key (see `localKeyOnStart`).
   */
  readonly apiKeys: readonly ApiKey[];
  /**
   * Whether `npm start`, listening on loopback only with no key configured, makes a key for this
   * run and prints a link that opens the review page with it.
   */
  readonly localKeyOnStart: boolean;
  /** Origins allowed to call the API from a browser; empty sends no CORS headers. */
  readonly corsOrigins: readonly string[];
  /** Sends internal error messages to clients; for development only. */
  readonly debugErrors: boolean;
  /** Every line is a pino JSON line; `pretty` writes them for a person, `auto` when standard output is a terminal (see server/log.ts). */
  readonly logFormat: LogFormat;
  /** On shutdown, how long requests in flight may take to finish before their connections are closed. */
  readonly shutdownDrainMs: number;
  /** How long the service warms itself up (plans, compilers) before it listens; 0 skips it. */
  readonly warmUpMs: number;
  /** Distinct GraphQL operation names the metrics keep as labels; later ones count as `other`. */
  readonly metricsMaxOperations: number;
  /** Actors or relations per database read of a whole-graph export (`GET /export`, `npm run export`). */
  readonly exportPageSize: number;
  readonly limits: LimitsConfig;
  /** How long `npm run annotate` tries to reach the graph for its actors before drafting from the text alone. */
  readonly extractConnectTimeoutMs: number;
}

/** A key that authorises writes, and the name its writes are recorded under. Never logged. */
export interface ApiKey {
  readonly name: string;
  readonly key: string;
}

/** The name of the key given by `API_KEY`, which has no name of its own. */
export const DEFAULT_KEY_NAME = 'default';

/** A key's name is recorded as the reviewer (`reviewedBy`): a word a person can read. */
export const KEY_NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

/** Keys of `API_KEYS` are at least this long: a named key is meant to be shared, so it must not be guessable. */
export const MIN_NAMED_KEY_CHARS = 16;

export const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const LOOPBACK_HOSTS = ['127.0.0.1', '::1', 'localhost'];

/** Reads variables, collecting every problem instead of stopping at the first. */
class EnvReader {
  readonly problems: string[] = [];

  constructor(private readonly env: Env) {}

  string(name: string, fallback: string): string {
    const value = this.optional(name);
    return value ?? fallback;
  }

  optional(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^-?\d+$/.test(raw) || value < min || value > max) {
      this.problems.push(`${name}: expected a whole number from ${min} to ${max}, found '${raw}'`);
      return fallback;
    }
    return value;
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
    this.problems.push(`${name}: expected true or false, found '${raw}'`);
    return fallback;
  }

  oneOf<T extends string>(name: string, choices: readonly T[], fallback: T): T {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    const choice = choices.find((candidate) => candidate === raw.toLowerCase());
    if (choice === undefined) this.problems.push(`${name}: expected one of ${choices.join(', ')}, found '${raw}'`);
    return choice ?? fallback;
  }

  /**
   * `API_KEYS` (`name:key` pairs, comma-separated) and `API_KEY` (named `default`). A key's value
   * never appears in a problem: only its name and position do.
   */
  apiKeys(): ApiKey[] {
    const keys: ApiKey[] = [];
    const single = this.optional('API_KEY');
    if (single !== undefined) keys.push({ name: DEFAULT_KEY_NAME, key: single });
    const raw = this.optional('API_KEYS');
    const entries = raw === undefined ? [] : raw.split(',').map((entry) => entry.trim());
    entries.forEach((entry, index) => {
      const colon = entry.indexOf(':');
      const name = colon < 0 ? '' : entry.slice(0, colon).trim();
      const key = colon < 0 ? '' : entry.slice(colon + 1).trim();
      const where = `API_KEYS: entry ${index + 1}`;
      if (colon < 0) this.problems.push(`${where}: expected name:key, found no ':'`);
      else if (!KEY_NAME.test(name)) this.problems.push(`${where}: expected a name of letters, digits and . _ @ - (at most 64), found '${name}'`);
      else if (key.length < MIN_NAMED_KEY_CHARS || /\s/.test(key)) {
        this.problems.push(`${where} (${name}): expected a key of at least ${MIN_NAMED_KEY_CHARS} characters without spaces, found ${key.length} characters`);
      } else if (keys.some((other) => other.name === name)) this.problems.push(`${where}: expected each name once, found '${name}' again`);
      else if (keys.some((other) => other.key === key)) this.problems.push(`${where} (${name}): expected each key once, found the key of '${keys.find((other) => other.key === key)!.name}' again`);
      else keys.push({ name, key });
    });
    return keys;
  }

  /**
   * An address a process of ours listens on: loopback only, since nothing it serves asks who is
   * calling. A parser meant for other machines is run there and named by PARSER_URL instead.
   */
  loopbackHost(name: string, fallback: string): string {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (!LOOPBACK_HOSTS.includes(raw.toLowerCase())) {
      this.problems.push(`${name}: expected a loopback address (${LOOPBACK_HOSTS.join(', ')}): the process listens on this machine only, found '${raw}'`);
      return fallback;
    }
    return raw.toLowerCase();
  }

  /** Comma-separated http(s) URLs; empty when unset. */
  httpUrls(name: string): string[] {
    const raw = this.optional(name);
    if (raw === undefined) return [];
    const urls = raw.split(',').map((url) => url.trim()).filter((url) => url !== '');
    for (const url of urls) {
      if (!/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(url)) this.problems.push(`${name}: expected http:// or https:// URLs separated by commas, found '${url}'`);
    }
    return urls.map((url) => url.replace(/\/+$/, ''));
  }

  neo4jUri(name: string): string | undefined {
    const raw = this.optional(name);
    if (raw === undefined) return undefined;
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/]+/.test(raw)) {
      this.problems.push(
        `${name}: expected a URI with scheme neo4j://, bolt://, neo4j+s://, bolt+s://, neo4j+ssc:// or bolt+ssc://, found '${raw}'`,
      );
    }
    return raw;
  }
}

/** The password the local server is given when none is configured; it only listens on loopback. */
export const LOCAL_DEFAULT_PASSWORD = 'actorgraph-local';

export function loadConfig(env: Env = process.env): Config {
  const read = new EnvReader(env);
  const uri = read.neo4jUri('NEO4J_URI');
  const password = read.optional('NEO4J_PASSWORD') ?? LOCAL_DEFAULT_PASSWORD;
  if (uri === undefined && password.length < 8) {
    read.problems.push(
      `NEO4J_PASSWORD: the local Neo4j server needs a password of at least 8 characters, found ${password.length}`,
    );
  }
  const localDir = read.string('LOCAL_NEO4J_DIR', '.neo4j');
  const maxPageSize = read.integer('MAX_PAGE_SIZE', 100, 1, 10_000);
  const config: Config = {
    host: read.string('HOST', '127.0.0.1'),
    port: read.integer('PORT', 4000, 0, 65_535),
    neo4j: {
      uri,
      username: read.string('NEO4J_USERNAME', 'neo4j'),
      password,
      database: read.string('NEO4J_DATABASE', 'neo4j'),
      connectTimeoutMs: read.integer('NEO4J_CONNECT_TIMEOUT_MS', 30_000, 100, 600_000),
      transactionTimeoutMs: read.integer('NEO4J_TRANSACTION_TIMEOUT_MS', 15_000, 100, 3_600_000),
      retryTimeMs: read.integer('NEO4J_RETRY_TIME_MS', 5_000, 0, 600_000),
      poolSize: read.integer('NEO4J_POOL_SIZE', 50, 2, 1_000),
      acquisitionTimeoutMs: read.integer('NEO4J_ACQUISITION_TIMEOUT_MS', 10_000, 100, 600_000),
      local: {
        libDir: join(localDir, 'lib'),
        dataDir: read.string('LOCAL_NEO4J_DATA_DIR', join(localDir, 'data')),
        port: read.integer('LOCAL_NEO4J_PORT', 7687, 1, 65_535),
        testPort: read.integer('LOCAL_NEO4J_TEST_PORT', 7690, 1, 65_535),
        heapMb: read.integer('LOCAL_NEO4J_HEAP_MB', 2_048, 128, 65_536),
        pageCacheMb: read.integer('LOCAL_NEO4J_PAGECACHE_MB', 256, 16, 65_536),
        startTimeoutMs: read.integer('LOCAL_NEO4J_START_TIMEOUT_MS', 120_000, 1_000, 3_600_000),
      },
    },
    parser: {
      urls: read.httpUrls('PARSER_URL'),
      timeoutMs: read.integer('PARSER_TIMEOUT_MS', 60_000, 100, 3_600_000),
      readyWaitMs: read.integer('PARSER_READY_WAIT_MS', 20_000, 0, 3_600_000),
      blockChars: read.integer('PARSER_BLOCK_CHARS', 20_000, 1_000, 10_000_000),
      concurrency: read.integer('PARSER_CONCURRENCY', 1, 1, 64),
      maxSentenceTokens: read.integer('PARSER_MAX_SENTENCE_TOKENS', 100, 10, 100_000),
      local: {
        enabled: read.boolean('LOCAL_PARSER', true),
        libDir: join(read.string('LOCAL_PARSER_DIR', '.parser'), 'lib'),
        host: read.loopbackHost('LOCAL_PARSER_HOST', '127.0.0.1'),
        port: read.integer('LOCAL_PARSER_PORT', 9000, 1, 65_535),
        testPort: read.integer('LOCAL_PARSER_TEST_PORT', 9010, 1, 65_535),
        heapMb: read.integer('LOCAL_PARSER_HEAP_MB', 3_072, 512, 65_536),
        nice: read.integer('LOCAL_PARSER_NICE', 10, 0, 19),
        startTimeoutMs: read.integer('LOCAL_PARSER_START_TIMEOUT_MS', 600_000, 1_000, 3_600_000),
      },
    },
    seedsDir: read.string('SEEDS_DIR', 'seeds'),
    loadSeedsOnStart: read.boolean('LOAD_SEEDS_ON_START', true),
    loadBatchSize: read.integer('LOAD_BATCH_SIZE', 1_000, 1, 100_000),
    loadTransactionTimeoutMs: read.integer('LOAD_TRANSACTION_TIMEOUT_MS', 3_600_000, 1_000, 86_400_000),
    loadStagedAbove: read.integer('LOAD_STAGED_ABOVE', 200_000, 0, 1_000_000_000),
    loadAbandonedAfterMs: read.integer('LOAD_ABANDONED_AFTER_MS', 120_000, 1_000, 86_400_000),
    centrality: {
      afterLoad: read.boolean('CENTRALITY_AFTER_LOAD', true),
      betweennessSamples: read.integer('CENTRALITY_BETWEENNESS_SAMPLES', 1_000, 1, 10_000_000),
      timeoutMs: read.integer('CENTRALITY_TIMEOUT_MS', 1_800_000, 1_000, 86_400_000),
      concurrency: read.integer('CENTRALITY_CONCURRENCY', 1, 1, 4),
    },
    apiKeys: read.apiKeys(),
    localKeyOnStart: read.boolean('LOCAL_KEY_ON_START', true),
    corsOrigins: (read.optional('CORS_ORIGINS') ?? '').split(',').map((origin) => origin.trim()).filter((origin) => origin !== ''),
    debugErrors: read.boolean('DEBUG_ERRORS', false),
    logFormat: read.oneOf('LOG_FORMAT', LOG_FORMATS, 'auto'),
    shutdownDrainMs: read.integer('SHUTDOWN_DRAIN_MS', 10_000, 0, 600_000),
    warmUpMs: read.integer('WARM_UP_MS', 15_000, 0, 600_000),
    metricsMaxOperations: read.integer('METRICS_MAX_OPERATIONS', 100, 0, 10_000),
    exportPageSize: read.integer('EXPORT_PAGE_SIZE', 5_000, 1, 100_000),
    limits: {
      maxQueryDepth: read.integer('MAX_QUERY_DEPTH', 12, 1, 100),
      maxAliases: read.integer('MAX_ALIASES', 30, 0, 1_000),
      maxQueryTokens: read.integer('MAX_QUERY_TOKENS', 5_000, 100, 1_000_000),
      maxQueryCost: read.integer('MAX_QUERY_COST', 50_000, 10, 100_000_000),
      maxBodyBytes: read.integer('MAX_BODY_BYTES', 1_048_576, 1_024, 1_073_741_824),
      maxPageSize,
      defaultPageSize: Math.min(read.integer('DEFAULT_PAGE_SIZE', 20, 1, 10_000), maxPageSize),
      maxTraversalDepth: read.integer('MAX_TRAVERSAL_DEPTH', 4, 1, 10),
      maxPaths: read.integer('MAX_PATHS', 50, 1, 1_000),
      maxSubgraphNodes: read.integer('MAX_SUBGRAPH_NODES', 500, 1, 100_000),
      maxSubgraphEdges: read.integer('MAX_SUBGRAPH_EDGES', 5_000, 1, 1_000_000),
      maxExpandedSelections: read.integer('MAX_EXPANDED_SELECTIONS', 10_000, 10, 1_000_000),
      maxIntrospectionDepth: read.integer('MAX_INTROSPECTION_DEPTH', 20, 15, 100),
      maxResponseBytes: read.integer('MAX_RESPONSE_BYTES', 16_777_216, 1_024, 1_073_741_824),
      measureCacheBytes: read.integer('MEASURE_CACHE_BYTES', 4_194_304, 0, 1_073_741_824),
      maxConcurrentTraversals: read.integer('MAX_CONCURRENT_TRAVERSALS', 8, 1, 1_000),
      maxTraversalsPerRequest: read.integer('MAX_TRAVERSALS_PER_REQUEST', 2, 1, 1_000),
      maxConcurrentDrafts: read.integer('MAX_CONCURRENT_DRAFTS', 2, 1, 100),
      maxConcurrentExports: read.integer('MAX_CONCURRENT_EXPORTS', 2, 1, 100),
      maxDocumentChars: read.integer('MAX_DOCUMENT_CHARS', DEFAULT_MAX_DOCUMENT_CHARS, 1, 100_000_000),
      maxExtractChars: read.integer('MAX_EXTRACT_CHARS', 200_000, 100, 10_000_000),
      workerThreads: read.integer('WORKER_THREADS', 2, 1, 64),
      workerTimeBudgetMs: read.integer('WORKER_TIME_BUDGET_MS', 20_000, 100, 3_600_000),
      workerMemoryMb: read.integer('WORKER_MEMORY_MB', 512, 64, 65_536),
      workerNice: read.integer('WORKER_NICE', 10, 0, 19),
      stalledWriteTimeoutMs: read.integer('STALLED_WRITE_TIMEOUT_MS', 30_000, 100, 3_600_000),
      documentCacheBytes: read.integer('DOCUMENT_CACHE_BYTES', 16_777_216, 0, 1_073_741_824),
    },
    extractConnectTimeoutMs: read.integer('EXTRACT_CONNECT_TIMEOUT_MS', 2_000, 100, 600_000),
  };
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return config;
}
