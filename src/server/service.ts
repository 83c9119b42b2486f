/**
 * Assembles the running service from a connected database: the GraphQL schema, Apollo Server and
 * the HTTP server. Used by `main` and by the end-to-end tests, which start the real thing.
 */
import { ApolloServer } from '@apollo/server';
import { Config } from '../config/config';
import { GraphQLContext } from '../graphql/context';
import { buildGraphQLSchema } from '../graphql/schema';
import { Database } from '../neo4j/database';
import { createHttpServer, listen, RunningHttpServer } from './http-server';

export interface ServiceOptions {
  readonly config: Pick<Config, 'host' | 'port' | 'apiKey' | 'limits'>;
  readonly database: Database;
}

const MAX_BODY_BYTES = 1024 * 1024;

export async function startService(options: ServiceOptions): Promise<RunningHttpServer> {
  const schema = await buildGraphQLSchema({ database: options.database });
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    csrfPrevention: true,
    // main owns the signals, so that the database stops after the HTTP server, in order.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  const server = createHttpServer({
    apollo,
    database: options.database,
    apiKey: options.config.apiKey,
    maxBodyBytes: MAX_BODY_BYTES,
  });
  const running = await listen(server, options.config.port, options.config.host);
  return {
    ...running,
    close: async () => {
      await running.close();
      await apollo.stop();
    },
  };
}
