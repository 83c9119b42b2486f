/**
 * Builds the executable schema from the type-graphql classes. Resolvers get their services through
 * their constructors from a small container that this module fills, so no resolver builds its own
 * dependencies.
 */
import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema, ContainerType } from 'type-graphql';
import { Database } from '../neo4j/database';
import { HealthResolver } from './health.resolver';

export interface SchemaServices {
  readonly database: Database;
}

const RESOLVERS = [HealthResolver] as const;

function containerFor(services: SchemaServices): ContainerType {
  const instances = new Map<unknown, unknown>([[HealthResolver, new HealthResolver(services.database)]]);
  return {
    get(someClass: unknown): unknown {
      const instance = instances.get(someClass);
      if (instance === undefined) throw new Error(`no instance registered for ${String(someClass)}`);
      return instance;
    },
  };
}

export function buildGraphQLSchema(services: SchemaServices): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, container: containerFor(services), validate: false });
}
