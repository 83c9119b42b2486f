/**
 * Assembles the running service from a connected database: the graph services, the GraphQL
 * schema, Apollo Server and the HTTP server. Used by `main` and by the end-to-end tests, which
 * start the real thing.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { Config } from '../config/config';
import { draftDocument } from '../extract/draft';
import { ExtractionService } from '../extract/extract.service';
import { GraphReader } from '../graph/graph.reader';
import { GraphQLContext, RequestNote } from '../graphql/context';
import { DraftingBusyError } from '../graphql/errors';
import { createLoaders } from '../graphql/loaders';
import { buildGraphQLSchema } from '../graphql/schema';
import { GraphWriter } from '../loader/graph.writer';
import { loadOptionsFrom } from '../loader/load-options';
import { Bulkhead } from '../neo4j/bulkhead';
import { Database } from '../neo4j/database';
import { errorFormatter, errorReporting } from './error-format';
import { jsonLogger, Logger } from './log';
import { queryLimitsPlugin } from './query-limits';
import { responseLimitPlugin } from './response-limit';
import { createHttpServer, listen, RunningHttpServer, StaticPage } from './http-server';
import { WARM_UP_QUERIES, warmUp, WarmUpResult } from './warm-up';
import { explorerPages } from './explorer-pages';
import { playgroundPages } from './playground';
import { requestNotes, requestObserver } from './request-log';
import { metricsRegistry } from '../metrics/metrics';
import { exportHandler } from './export.route';
import { ExportReader } from '../graph/export.reader';
import { exportLimitsFrom } from '../export/export.source';

export interface ServiceOptions {
  readonly config: Pick<
    Config,
    | 'host'
    | 'port'
    | 'apiKey'
    | 'limits'
    | 'neo4j'
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
  >;
  readonly database: Database;
  readonly log?: Logger;
  readonly pages?: ReadonlyMap<string, StaticPage>;
  /** How long to warm up before listening (see warm-up.ts); none by default. */
  readonly warmUpMs?: number;
}

export interface RunningService extends RunningHttpServer {
  /** Bytes held by the query limits' measure cache (bounded by MEASURE_CACHE_BYTES). */
  measureCacheBytes(): number;
  /** What the warm-up before listening did. */
  readonly warmedUp: WarmUpResult;
}

export async function startService(options: ServiceOptions): Promise<RunningService> {
  const { config, database } = options;
  const log = options.log ?? jsonLogger();
  const reader = new GraphReader(database);
  // Documents ingested through the API log their summary and the centrality recomputation after them.
  const writer = new GraphWriter(database, loadOptionsFrom(config, (line) => log('info', line)));
  const extraction = new ExtractionService(() => reader.actorNames(), draftDocument, config.limits.maxExtractChars);
  const waitMs = config.neo4j.acquisitionTimeoutMs;
  const traversals = new Bulkhead({ capacity: config.limits.maxConcurrentTraversals, perOwner: config.limits.maxTraversalsPerRequest, maxWaitMs: waitMs, what: 'traversals' });
  // Drafting is the service's own processor time, not the database's: waiting for a slot would only grow the backlog.
  const drafts = new Bulkhead({ capacity: config.limits.maxConcurrentDrafts, maxWaitMs: 0, what: 'drafts', refuse: (message) => new DraftingBusyError(message) });
  const exports = new Bulkhead({ capacity: config.limits.maxConcurrentExports, maxWaitMs: waitMs, what: 'whole-graph exports' });
  const schema = await buildGraphQLSchema({ database, reader, writer, limits: config.limits, writesEnabled: config.apiKey !== undefined, traversals, drafts, extraction });
  const limits = queryLimitsPlugin<GraphQLContext>(config.limits);
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    csrfPrevention: true,
    // The playground and GraphQL tools need the schema, in production too.
    introspection: true,
    formatError: errorFormatter(config.debugErrors),
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: config.limits.maxQueryTokens },
    plugins: [
      limits,
      // A response can be sent while some of its fields still wait for a traversal slot: nobody would read them.
      { requestDidStart: async () => ({ willSendResponse: async ({ contextValue }) => traversals.abandon(contextValue) }) },
      // Before errorReporting, so that its refusal gets the request id too.
      responseLimitPlugin(config.limits.maxResponseBytes),
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
  const createContext = (requestId: string, authenticated: boolean, note: RequestNote): GraphQLContext => ({
    requestId,
    authenticated,
    loaders: createLoaders(reader),
    note,
  });
  const warmedUp = await warmUp(
    async (query) => {
      const { body } = await apollo.executeOperation({ query }, { contextValue: createContext('warm-up', false, { operation: null, errorCode: null }) });
      if (body.kind === 'single' && body.singleResult.errors !== undefined) throw new Error(body.singleResult.errors[0].message);
    },
    WARM_UP_QUERIES,
    options.warmUpMs ?? 0,
  );
  const server = createHttpServer({
    apollo,
    createContext,
    database,
    apiKey: config.apiKey,
    corsOrigins: config.corsOrigins,
    maxBodyBytes: config.limits.maxBodyBytes,
    pages: options.pages ?? new Map([...playgroundPages(), ...explorerPages()]),
    exportGraph: exportHandler(new ExportReader(database), exportLimitsFrom(config), { traversals, wholeGraph: exports }, log),
    log,
    metrics: async () => ({ contentType: metricsRegistry.contentType, body: await metricsRegistry.metrics() }),
    onRequestEnd: requestObserver(log, config.metricsMaxOperations),
  });
  const running = await listen(server, config.port, config.host, config.shutdownDrainMs);
  return {
    ...running,
    measureCacheBytes: limits.measureCacheBytes,
    warmedUp,
    close: async () => {
      await running.close();
      await apollo.stop();
    },
  };
}
