/**
 * A path query that finds no path asks the actor loader whether its ends exist: an end that is
 * absent is NOT_FOUND, and a failed actor batch is a failure, never "not found" nor "no path".
 * The path query runs on the test Neo4j; the request's loaders, in the failing case, on a database
 * that cannot be reached (a real driver, nothing listening), as in an outage between the two reads.
 */
import { execute, ExecutionResult, parse } from 'graphql';
import { loadConfig } from '../../src/config/config';
import { draftFromParse } from '../../src/extract/draft';
import { connectParser } from '../../src/parser/connect-parser';
import { ExtractionService } from '../../src/extract/extract.service';
import { GraphReader } from '../../src/graph/graph.reader';
import { GraphQLContext } from '../../src/graphql/context';
import { createLoaders } from '../../src/graphql/loaders';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { ReviewService } from '../../src/review/review.service';
import { ActorMergeService } from '../../src/curation/actor-merge.service';
import { DeletionService } from '../../src/curation/deletion.service';
import { GraphWriter } from '../../src/loader/graph.writer';
import { DEFAULT_ABANDONED_AFTER_MS } from '../../src/loader/load-options';
import { Bulkhead } from '../../src/neo4j/bulkhead';
import { Connection } from '../../src/neo4j/connect';
import { Database } from '../../src/neo4j/database';
import { createDriver } from '../../src/neo4j/driver';
import { openTestConnection, uniqueId } from '../support/database';
import { GraphQLSchema } from 'graphql';

describe('the ends of a path query that finds no path', () => {
  let connection: Connection;
  let schema: GraphQLSchema;
  // Port 1: nothing listens there, so each batch's query fails at once.
  const unreachable = createDriver({ uri: 'bolt://127.0.0.1:1', username: 'neo4j', password: 'unused', connectTimeoutMs: 1_000, retryTimeMs: 0 });
  const failingReader = new GraphReader(new Database(unreachable, { database: 'neo4j', transactionTimeoutMs: 1_000, retryTimeMs: 0 }));

  beforeAll(async () => {
    connection = await openTestConnection();
    const reader = new GraphReader(connection.database);
    const config = loadConfig({});
    // These tests draft nothing: no parser is started.
    const noParser = connectParser({ ...config.parser, local: { ...config.parser.local, enabled: false } }, { log: () => undefined });
    const extraction = new ExtractionService(() => reader.actorNames(), noParser.parser, draftFromParse, config.limits.maxExtractChars);
    schema = await buildGraphQLSchema({
      database: connection.database,
      reader,
      writer: new GraphWriter(connection.database, {}),
      merges: new ActorMergeService(connection.database, DEFAULT_ABANDONED_AFTER_MS),
      deletions: new DeletionService(connection.database, DEFAULT_ABANDONED_AFTER_MS),
      limits: config.limits,
      writesEnabled: false,
      traversals: new Bulkhead({ capacity: 1, maxWaitMs: 1_000, what: 'traversals' }),
      drafts: new Bulkhead({ capacity: 1, maxWaitMs: 0, what: 'drafts' }),
      extraction,
      review: new ReviewService(connection.database, new GraphWriter(connection.database, {}), extraction, new Bulkhead({ capacity: 1, maxWaitMs: 0, what: 'drafts' }), config.limits.maxDocumentChars),
      parserHealth: () => noParser.health(),
    });
  });
  afterAll(async () => {
    await unreachable.close();
    await connection.close();
  });

  function run(query: string, reader: GraphReader): Promise<ExecutionResult> {
    const context: GraphQLContext = {
      requestId: 'test',
      keyName: null,
      loaders: createLoaders(reader),
      note: { operation: null, errorCode: null },
    };
    return Promise.resolve(execute({ schema, document: parse(query), contextValue: context }));
  }

  const codes = (result: ExecutionResult): unknown[] =>
    (result.errors ?? []).map((error) => (error.extensions.code as string | undefined) ?? (error.originalError as { code?: string } | undefined)?.code);

  it('names the end that does not exist', async () => {
    const missing = uniqueId('nobody');
    const result = await run(`{ shortestPath(from: "${missing}", to: "${missing}-too") { length } }`, new GraphReader(connection.database));
    expect(codes(result)).toEqual(['NOT_FOUND']);
    expect(result.errors?.[0].message).toContain(missing);
    expect(result.errors?.[0].message).not.toContain(`${missing}-too`);
  });

  it('fails, and says neither NOT_FOUND nor "no path", when the actor batch fails', async () => {
    const missing = uniqueId('nobody');
    for (const field of ['shortestPath', 'allShortestPaths', 'paths']) {
      const result = await run(`{ ${field}(from: "${missing}", to: "${missing}-too") { length } }`, failingReader);
      expect({ field, codes: codes(result) }).toEqual({ field, codes: ['ServiceUnavailable'] });
      expect(result.data?.[field] ?? null).toBeNull();
    }
  });
});
