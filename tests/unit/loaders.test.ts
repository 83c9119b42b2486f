/**
 * A failed batch is a failure, never "none": the loaders run against a database that cannot be
 * reached (a real driver, nothing listening), so every batch's query fails as it would in an outage.
 */
import { ExtractionService } from '../../src/extract/extract.service';
import { connectParser } from '../../src/parser/connect-parser';
import { draftFromParse } from '../../src/extract/draft';
import { Bulkhead } from '../../src/neo4j/bulkhead';
import { execute, parse } from 'graphql';
import { loadConfig } from '../../src/config/config';
import { GraphReader } from '../../src/graph/graph.reader';
import { RelationRow } from '../../src/graph/read-models';
import { GraphQLContext } from '../../src/graphql/context';
import { createLoaders, loadFound, loadReferenced } from '../../src/graphql/loaders';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { ReviewService } from '../../src/review/review.service';
import { ActorMergeService } from '../../src/curation/actor-merge.service';
import { DeletionService } from '../../src/curation/deletion.service';
import { GraphWriter } from '../../src/loader/graph.writer';
import { DEFAULT_ABANDONED_AFTER_MS } from '../../src/loader/load-options';
import { Database } from '../../src/neo4j/database';
import { createDriver } from '../../src/neo4j/driver';

describe('loader rows', () => {
  // Port 1: nothing listens there, so each batch's query fails at once.
  const driver = createDriver({ uri: 'bolt://127.0.0.1:1', username: 'neo4j', password: 'unused', connectTimeoutMs: 1_000, retryTimeMs: 0 });
  const database = new Database(driver, { database: 'neo4j', transactionTimeoutMs: 1_000, retryTimeMs: 0 });
  const reader = new GraphReader(database);
  afterAll(() => driver.close());

  it('loadFound rethrows the Error rows of a failed batch instead of returning an empty list', async () => {
    const loaders = createLoaders(reader);
    await expect(loadFound(loaders.document, ['doc-a', 'doc-b'])).rejects.toMatchObject({ code: 'ServiceUnavailable' });
  });

  it('loadFound drops the ids that have no row and keeps the order of the rest', async () => {
    const loaders = createLoaders(reader);
    const documentRow = (id: string): never => ({ id }) as never;
    loaders.document.prime('doc-a', documentRow('doc-a'));
    loaders.document.prime('doc-b', null);
    loaders.document.prime('doc-c', documentRow('doc-c'));
    expect(await loadFound(loaders.document, ['doc-c', 'doc-b', 'doc-a'])).toEqual([{ id: 'doc-c' }, { id: 'doc-a' }]);
  });

  it('loadReferenced names the row that refers to a missing one', async () => {
    const loaders = createLoaders(reader);
    loaders.actor.prime('nobody', null);
    await expect(loadReferenced(loaders.actor, 'nobody', 'actor', "relation 'r-1'")).rejects.toThrow("relation 'r-1' refers to actor 'nobody', which does not exist");
  });

  it('a request whose documents batch fails gets an error on that field, not an empty list', async () => {
    const config = loadConfig({});
    // These tests draft nothing: no parser is started.
    const noParser = connectParser({ ...config.parser, local: { ...config.parser.local, enabled: false } }, { log: () => undefined });
    const extraction = new ExtractionService(() => reader.actorNames(), noParser.parser, draftFromParse, config.limits.maxExtractChars);
    const schema = await buildGraphQLSchema({
      database,
      reader,
      writer: new GraphWriter(database, {}),
      merges: new ActorMergeService(database, DEFAULT_ABANDONED_AFTER_MS),
      deletions: new DeletionService(database, DEFAULT_ABANDONED_AFTER_MS),
      limits: config.limits,
      writesEnabled: false,
      traversals: new Bulkhead({ capacity: 1, maxWaitMs: 1_000, what: 'traversals' }),
      drafts: new Bulkhead({ capacity: 1, maxWaitMs: 0, what: 'drafts' }),
      extraction,
      review: new ReviewService(database, new GraphWriter(database, {}), extraction, new Bulkhead({ capacity: 1, maxWaitMs: 0, what: 'drafts' }), config.limits.maxDocumentChars),
      parserHealth: () => noParser.health(),
    });
    const loaders = createLoaders(reader);
    // The relation itself comes from the loader's cache; only its documents need the database.
    const relation: RelationRow = {
      id: 'r-1', type: 'ATTACKS', from: 'a', to: 'b', timeText: null, timeStart: null, timeEnd: null, place: null, description: 'd', documentIds: ['doc-a'], reviewed: true, reviewedBy: null, reviewedAt: null,
    };
    loaders.relation.prime('r-1', relation);
    const context: GraphQLContext = { requestId: 'test', keyName: null, loaders, note: { operation: null, errorCode: null } };
    const result = await execute({ schema, document: parse('{ relation(id: "r-1") { id documents { id } } }'), contextValue: context });
    expect(result.data).toEqual({ relation: null });
    expect(result.errors?.map((error) => [error.path, (error.originalError as { code?: string }).code])).toEqual([[['relation', 'documents'], 'ServiceUnavailable']]);
  });
});
