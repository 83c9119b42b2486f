/**
 * The peer for the benchmark: `@neo4j/graphql`, the library a user would otherwise pick, serving
 * the same database with an equivalent schema (generated from our vocabulary: one relationship
 * field per type and direction), on Apollo Server's standalone HTTP server.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { RELATION_TYPE_NAMES } from '../src/graph/vocabulary';
import { runCli } from '../src/cli/run-cli';

export function fieldName(type: string, direction: 'Out' | 'In'): string {
  const camel = type.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return `${camel}${direction}`;
}

export const PEER_TYPE_DEFS = `
type Actor @node @fulltext(indexes: [{ indexName: "actor_names", queryName: "actorsByName", fields: ["name", "aliasText"] }]) {
  id: ID!
  name: String!
  kind: String!
  aliasText: String
${RELATION_TYPE_NAMES.flatMap((type) => [
  `  ${fieldName(type, 'Out')}: [Actor!]! @relationship(type: "${type}", direction: OUT)`,
  `  ${fieldName(type, 'In')}: [Actor!]! @relationship(type: "${type}", direction: IN)`,
]).join('\n')}
}
`;

async function main(): Promise<void> {
  const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD!));
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema, csrfPrevention: false });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' }, context: async () => ({}) });
  process.stdout.write(`peer at ${url}\n`);
}

if (require.main === module) runCli('peer', main);
