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
import { ActorResolver } from './actor.resolver';
import { CentralityResolver } from './centrality.resolver';
import { DocumentResolver } from './document.resolver';
import { EvidenceResolver } from './evidence.resolver';
import { ExtractResolver } from './extract.resolver';
import { HealthResolver } from './health.resolver';
import { LimitsResolver } from './limits.resolver';
import { NodeResolver } from './node.resolver';
import { RelationResolver } from './relation.resolver';
import { StatsResolver } from './stats.resolver';
import { TraversalResolver } from './traversal.resolver';
import { WriteResolver } from './write.resolver';

export interface SchemaServices {
  readonly database: Database;
  readonly reader: GraphReader;
  readonly writer: GraphWriter;
  readonly extraction: ExtractionService;
  readonly limits: LimitsConfig;
  readonly writesEnabled: boolean;
  /** The service's bound on traversals running at once (MAX_CONCURRENT_TRAVERSALS). */
  readonly traversals: Bulkhead;
}

const RESOLVERS = [
  ActorResolver,
  RelationResolver,
  EvidenceResolver,
  DocumentResolver,
  TraversalResolver,
  StatsResolver,
  CentralityResolver,
  WriteResolver,
  HealthResolver,
  LimitsResolver,
  NodeResolver,
  ExtractResolver,
] as const;

function containerFor(services: SchemaServices): ContainerType {
  const { reader, limits } = services;
  const instances = new Map<unknown, unknown>([
    [ActorResolver, new ActorResolver(reader, limits)],
    [RelationResolver, new RelationResolver(reader, limits)],
    [EvidenceResolver, new EvidenceResolver()],
    [DocumentResolver, new DocumentResolver(reader, limits)],
    [TraversalResolver, new TraversalResolver(reader, limits, services.traversals)],
    [StatsResolver, new StatsResolver(reader, limits)],
    [CentralityResolver, new CentralityResolver(reader, limits)],
    [WriteResolver, new WriteResolver(services.writer, services.writesEnabled)],
    [HealthResolver, new HealthResolver(services.database)],
    [LimitsResolver, new LimitsResolver(limits)],
    [NodeResolver, new NodeResolver()],
    [ExtractResolver, new ExtractResolver(services.extraction)],
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
