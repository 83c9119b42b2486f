/**
 * Assembles the running service from a connected database: the graph services, the GraphQL
 * schema, Apollo Server and the HTTP server. Used by `main` and by the end-to-end tests, which
 * start the real thing.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { Config } from '../config/config';
import { GraphReader } from '../graph/graph.reader';
import { GraphQLContext } from '../graphql/context';
import { createLoaders } from '../graphql/loaders';
import { buildGraphQLSchema } from '../graphql/schema';
import { GraphWriter } from '../loader/graph.writer';
import { loadOptionsFrom } from '../loader/loader';
import { Database } from '../neo4j/database';
import { errorFormatter, errorReporting } from './error-format';
import { jsonLogger, Logger } from './log';
import { queryLimitsPlugin } from './query-limits';
import { createHttpServer, listen, RunningHttpServer, StaticPage } from './http-server';
import { explorerPages } from './explorer-pages';
import { playgroundPages } from './playground';

export interface ServiceOptions {
  readonly config: Pick<Config, 'host' | 'port' | 'apiKey' | 'limits' | 'loadTransactionTimeoutMs' | 'loadBatchSize' | 'loadStagedAbove' | 'loadAbandonedAfterMs' | 'centrality' | 'corsOrigins' | 'debugErrors'>;
  readonly database: Database;
  readonly log?: Logger;
  readonly pages?: ReadonlyMap<string, StaticPage>;
}

export async function startService(options: ServiceOptions): Promise<RunningHttpServer> {
  const { config, database } = options;
  const log = options.log ?? jsonLogger();
  const reader = new GraphReader(database);
  // Documents ingested through the API log their summary and the centrality recomputation after them.
  const writer = new GraphWriter(database, loadOptionsFrom(config, (line) => log('info', line)));
  const schema = await buildGraphQLSchema({ database, reader, writer, limits: config.limits, writesEnabled: config.apiKey !== undefined });
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    csrfPrevention: true,
    // The playground and GraphQL tools need the schema, in production too.
    introspection: true,
    formatError: errorFormatter(config.debugErrors),
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: config.limits.maxQueryTokens },
    plugins: [
      queryLimitsPlugin(
        { maxDepth: config.limits.maxQueryDepth, maxAliases: config.limits.maxAliases, maxCost: config.limits.maxQueryCost },
        config.limits,
      ),
      errorReporting(log),
      // No cache hints are used, and the plugin would wrap every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
    ],
    // main owns the signals, so that the database stops after the HTTP server, in order.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  const server = createHttpServer({
    apollo,
    createContext: (requestId, authenticated) => ({ requestId, authenticated, loaders: createLoaders(reader) }),
    database,
    apiKey: config.apiKey,
    corsOrigins: config.corsOrigins,
    maxBodyBytes: config.limits.maxBodyBytes,
    pages: options.pages ?? new Map([...playgroundPages(), ...explorerPages()]),
    log,
  });
  const running = await listen(server, config.port, config.host);
  return {
    ...running,
    close: async () => {
      await running.close();
      await apollo.stop();
    },
  };
}
