/**
 * Assembles the running service from a connected database: the graph services, the GraphQL
 * schema, Apollo Server and the HTTP server. Used by `main` and by the end-to-end tests, which
 * start the real thing.
 */
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { Config } from '../config/config';
import { ExtractionService } from '../extract/extract.service';
import { backfillDegrees } from '../graph/degree.repository';
import { GraphReader } from '../graph/graph.reader';
import { GraphQLContext, RequestNote } from '../graphql/context';
import { DraftingBusyError } from '../graphql/errors';
import { ERROR_CODES } from '../errors/error-codes';
import { createLoaders } from '../graphql/loaders';
import { buildGraphQLSchema } from '../graphql/schema';
import { GraphWriter } from '../loader/graph.writer';
import { ActorMergeService } from '../curation/actor-merge.service';
import { DeletionService } from '../curation/deletion.service';
import { loadOptionsFrom } from '../loader/load-options';
import { Bulkhead } from '../neo4j/bulkhead';
import { Database } from '../neo4j/database';
import { errorFormatter, errorReporting } from './error-format';
import { jsonLogger, Logger } from './log';
import { queryLimitsPlugin } from './query-limits';
import { createHttpServer, listen, RunningHttpServer, StaticPage } from './http-server';
import { WARM_UP_QUERIES, warmUp, WarmUpResult } from './warm-up';
import { explorerPages } from './explorer-pages';
import { documentCache } from './document-cache';
import { faviconPages } from './favicon';
import { playgroundPages } from './playground';
import { requestNotes, requestObserver } from './request-log';
import { metricsRegistry } from '../metrics/metrics';
import { exportHandler } from './export.route';
import { ExportReader } from '../graph/export.reader';
import { exportLimitsFrom } from '../export/export.source';
import { taskModule, WorkerPool } from '../runtime/worker-pool';
import { ReviewService } from '../review/review.service';
import { connectParser, ParserConnection } from '../parser/connect-parser';
import { jsonInTurns } from '../runtime/event-loop-turns';

/** Drafting's task for the worker pool; its input is plain data (the text, its parse and the options). */
const DRAFT_TASK = taskModule<typeof import('../extract/draft.task')>(join(__dirname, '..', 'extract'), 'draft.task');

export interface ServiceOptions {
  readonly config: Pick<
    Config,
    | 'host'
    | 'port'
    | 'apiKeys'
    | 'limits'
    | 'neo4j'
    | 'parser'
    | 'loadTransactionTimeoutMs'
    | 'loadBatchSize'
    | 'loadStagedAbove'
    | 'loadAbandonedAfterMs'
    | 'centrality'
    | 'corsOrigins'
    | 'debugErrors'
    | 'shutdownDrainMs'
    | 'metricsMaxOperations'
    | 'exportPageSize'
    | 'parser'
  >;
  readonly database: Database;
  readonly log?: Logger;
  readonly pages?: ReadonlyMap<string, StaticPage>;
  /** How long to warm up before listening (see warm-up.ts); none by default. */
  readonly warmUpMs?: number;
  /** The parser drafting uses, left running at close; by default the configured one (PARSER_URL, or a local parser this service starts in the background and stops). */
  readonly parser?: ParserConnection;
}

export interface RunningService extends RunningHttpServer {
  /** Bytes held by the query limits' measure cache (bounded by MEASURE_CACHE_BYTES). */
  measureCacheBytes(): number;
  /** What the warm-up before listening did. */
  /** The warm-up's first pass, done before listening. */
  readonly warmedUp: WarmUpResult;
  /** The whole warm-up, which goes on while the service answers. */
  readonly warmingUp: Promise<WarmUpResult>;
}

export async function startService(options: ServiceOptions): Promise<RunningService> {
  const { config, database } = options;
  const log = options.log ?? jsonLogger();
  // A graph written before degrees were stored gets them at its first start; then every write keeps them.
  await backfillDegrees(database);
  const reader = new GraphReader(database);
  // Documents ingested through the API log their summary and the centrality recomputation after them. Their
  // transactions have the API's bound, not the load command's hour: a write stuck behind a lock ends with a code.
  const writer = new GraphWriter(database, { ...loadOptionsFrom(config, (line) => log('info', line)), transactionTimeoutMs: config.neo4j.transactionTimeoutMs });
  const workers = new WorkerPool({ size: config.limits.workerThreads, timeBudgetMs: config.limits.workerTimeBudgetMs, memoryMb: config.limits.workerMemoryMb, nice: config.limits.workerNice });
  // The parser loads in the background: the service reads and serves meanwhile, and a draft waits for it up to a bound.
  // The parser's lines name themselves ('parser: ...').
  const parser = options.parser ?? connectParser(config.parser, { log: (line) => log('info', line) });
  const extraction = new ExtractionService(
    () => reader.actorNames(),
    parser.parser,
    async (text, parsed, options) => workers.run(DRAFT_TASK, { text, parsedJson: await jsonInTurns(parsed), options }),
    config.limits.maxExtractChars,
    config.limits.maxBodyBytes,
  );
  const waitMs = config.neo4j.acquisitionTimeoutMs;
  const traversals = new Bulkhead({ capacity: config.limits.maxConcurrentTraversals, perOwner: config.limits.maxTraversalsPerRequest, maxWaitMs: waitMs, what: 'traversals' });
  // Drafting is the service's own processor time, not the database's: waiting for a slot would only grow the backlog.
  const drafts = new Bulkhead({ capacity: config.limits.maxConcurrentDrafts, maxWaitMs: 0, what: 'drafts', refuse: (message) => new DraftingBusyError(message) });
  const exports = new Bulkhead({ capacity: config.limits.maxConcurrentExports, maxWaitMs: waitMs, what: 'whole-graph exports' });
  const review = new ReviewService(database, writer, extraction, drafts, config.limits.maxDocumentChars);
  const merges = new ActorMergeService(database, config.loadAbandonedAfterMs);
  const deletions = new DeletionService(database, config.loadAbandonedAfterMs);
  const schema = await buildGraphQLSchema({
    database,
    reader,
    writer,
    merges,
    deletions,
    limits: config.limits,
    writesEnabled: config.apiKeys.length > 0,
    traversals,
    drafts,
    extraction,
    review,
    parserHealth: () => parser.health(),
  });
  const limits = queryLimitsPlugin<GraphQLContext>(config.limits);
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    csrfPrevention: true,
    // The playground and GraphQL tools need the schema, in production too.
    introspection: true,
    formatError: errorFormatter(config.debugErrors),
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: config.limits.maxQueryTokens },
    // Parsed queries and persisted query texts, each counted by what it really holds (document-cache.ts).
    documentStore: documentCache(config.limits.documentCacheBytes),
    cache: new InMemoryLRUCache<string>({ maxSize: Math.max(1, config.limits.documentCacheBytes), sizeCalculation: (text) => 2 * text.length }),
    plugins: [
      limits,
      // A response can be sent while some of its fields still wait for a traversal slot: nobody would read them.
      { requestDidStart: async () => ({ willSendResponse: async ({ contextValue }) => traversals.abandon(contextValue) }) },
      errorReporting(log),
      requestNotes(),
      // A browser opening /graphql gets our own playground (see http-server.ts), never Apollo's CDN page.
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used, and the plugin would wrap every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
    ],
    // main owns the signals, so that the database stops after the HTTP server, in order.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  const createContext = (requestId: string, keyName: string | null, note: RequestNote): GraphQLContext => ({
    requestId,
    keyName,
    loaders: createLoaders(reader),
    note,
  });
  const warming = await warmUp(
    async (query) => {
      const { body } = await apollo.executeOperation({ query }, { contextValue: createContext('warm-up', null, { operation: null, errorCode: null }) });
      // The warm-up's ids name nothing on purpose: NOT_FOUND is their expected answer, after the statement ran.
      const errors = body.kind === 'single' ? (body.singleResult.errors ?? []).filter((error) => error.extensions?.code !== ERROR_CODES.NOT_FOUND) : [];
      if (errors.length > 0) throw new Error(errors[0].message);
    },
    WARM_UP_QUERIES,
    options.warmUpMs ?? 0,
  );
  const server = createHttpServer({
    apollo,
    createContext,
    database,
    parserHealth: () => parser.health(),
    apiKeys: config.apiKeys,
    corsOrigins: config.corsOrigins,
    maxBodyBytes: config.limits.maxBodyBytes,
    stalledWriteTimeoutMs: config.limits.stalledWriteTimeoutMs,
    maxResponseBytes: config.limits.maxResponseBytes,
    pages: options.pages ?? new Map([...playgroundPages(), ...explorerPages(), ...faviconPages()]),
    exportGraph: exportHandler(new ExportReader(database), exportLimitsFrom(config), { traversals, wholeGraph: exports }, log),
    log,
    metrics: async () => ({ contentType: metricsRegistry.contentType, body: await metricsRegistry.metrics() }),
    onRequestEnd: requestObserver(log, config.metricsMaxOperations),
  });
  const running = await listen(server, config.port, config.host, config.shutdownDrainMs);
  return {
    ...running,
    measureCacheBytes: limits.measureCacheBytes,
    warmedUp: warming.firstPass,
    warmingUp: warming.finished,
    close: async () => {
      warming.stop();
      await running.close();
      await warming.finished;
      await apollo.stop();
      await workers.close();
      if (options.parser === undefined) await parser.close();
    },
  };
}
