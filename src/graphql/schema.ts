/**
 * Builds the executable schema from the type-graphql classes. Resolvers get their services through
 * their constructors from a small container that this module fills, so no resolver builds its own
 * dependencies.
 */
import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, ContainerType } from 'type-graphql';
import { LimitsConfig } from '../config/config';
import { ExtractionService } from '../extract/extract.service';
import { GraphReader } from '../graph/graph.reader';
import { GraphWriter } from '../loader/graph.writer';
import { Bulkhead } from '../neo4j/bulkhead';
import { Database } from '../neo4j/database';
import { ParserHealth } from '../parser/connect-parser';
import { ActorResolver } from './actor.resolver';
import { ActorMergeService } from '../curation/actor-merge.service';
import { DeletionService } from '../curation/deletion.service';
import { DuplicateFinder } from '../curation/duplicates.service';
import { CentralityResolver } from './centrality.resolver';
import { CurationResolver } from './curation.resolver';
import { DocumentResolver } from './document.resolver';
import { EvidenceResolver } from './evidence.resolver';
import { EvidenceSearchResolver } from './evidence-search.resolver';
import { ExtractResolver } from './extract.resolver';
import { HealthResolver } from './health.resolver';
import { LimitsResolver } from './limits.resolver';
import { NodeResolver } from './node.resolver';
import { RelationResolver } from './relation.resolver';
import { StatsResolver } from './stats.resolver';
import { TraversalResolver } from './traversal.resolver';
import { WriteResolver } from './write.resolver';
import { ReviewResolver } from './review.resolver';
import { ReviewService } from '../review/review.service';

export interface SchemaServices {
  readonly database: Database;
  readonly reader: GraphReader;
  readonly writer: GraphWriter;
  readonly merges: ActorMergeService;
  readonly deletions: DeletionService;
  readonly extraction: ExtractionService;
  readonly limits: LimitsConfig;
  readonly writesEnabled: boolean;
  /** The service's bound on traversals running at once (MAX_CONCURRENT_TRAVERSALS, MAX_TRAVERSALS_PER_REQUEST). */
  readonly traversals: Bulkhead;
  /** The service's bound on drafts in progress (MAX_CONCURRENT_DRAFTS). */
  readonly drafts: Bulkhead;
  /** Review drafts kept by the service. */
  readonly review: ReviewService;
  /** The parser's state, for `health { parser }`. */
  readonly parserHealth: () => Promise<ParserHealth>;
}

const RESOLVERS = [
  ActorResolver,
  RelationResolver,
  EvidenceResolver,
  EvidenceSearchResolver,
  DocumentResolver,
  TraversalResolver,
  StatsResolver,
  CentralityResolver,
  WriteResolver,
  CurationResolver,
  HealthResolver,
  LimitsResolver,
  NodeResolver,
  ExtractResolver,
  ReviewResolver,
] as const;

function containerFor(services: SchemaServices): ContainerType {
  const { reader, limits } = services;
  const instances = new Map<unknown, unknown>([
    [ActorResolver, new ActorResolver(reader, limits)],
    [RelationResolver, new RelationResolver(reader, limits)],
    [EvidenceResolver, new EvidenceResolver()],
    [EvidenceSearchResolver, new EvidenceSearchResolver(reader, limits)],
    [DocumentResolver, new DocumentResolver(reader, limits)],
    [TraversalResolver, new TraversalResolver(reader, limits, services.traversals)],
    [StatsResolver, new StatsResolver(reader, limits)],
    [CentralityResolver, new CentralityResolver(reader, limits)],
    [WriteResolver, new WriteResolver(services.writer, services.writesEnabled)],
    [CurationResolver, new CurationResolver(services.merges, services.deletions, new DuplicateFinder(services.database), limits, services.writesEnabled)],
    [HealthResolver, new HealthResolver(services.database, services.parserHealth)],
    [LimitsResolver, new LimitsResolver(limits)],
    [NodeResolver, new NodeResolver()],
    [ExtractResolver, new ExtractResolver(services.extraction, services.drafts)],
    [ReviewResolver, new ReviewResolver(services.review, limits, services.writesEnabled)],
  ]);
  return {
    get(someClass: unknown): unknown {
      const instance = instances.get(someClass);
      if (instance === undefined) throw new Error(`no instance registered for ${String(someClass)}`);
      return instance;
    },
  };
}

export async function buildGraphQLSchema(services: SchemaServices): Promise<GraphQLSchema> {
  return describeRoots(await buildSchema({ resolvers: RESOLVERS, container: containerFor(services), validate: false }));
}

/** The schema without services: it resolves nothing, but prints and measures (field costs) as the served one. */
export async function bareSchema(): Promise<GraphQLSchema> {
  return describeRoots(await buildSchema({ resolvers: RESOLVERS, validate: false }));
}

/** The schema's SDL, as committed in schema/schema.graphql. */
export async function schemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await bareSchema()))}\n`;
}

/** type-graphql has no place for the root types' descriptions; they are set here. */
function describeRoots(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = 'Reads: actors, relations, documents, traversals, search and statistics, and drafts of new documents. Open to everyone.';
  if (mutation) mutation.description = 'Writes, checked by the loader\'s rules. They need Authorization: Bearer <API key>.';
  return schema;
}
