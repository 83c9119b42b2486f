import { startTestParser } from './test-parser';
import { startTestServer } from './test-server';

export default async function globalSetup(): Promise<void> {
  // Test files run after this in the same process and read the URLs through the config module.
  if (!process.env.NEO4J_URI) {
    const server = await startTestServer();
    process.env.NEO4J_URI = server.uri;
    (globalThis as { testNeo4j?: typeof server }).testNeo4j = server;
  }
  // Neo4j first, so the two do not compete for the processor while starting; the parser's models
  // then load in the background while the first tests run (those that parse wait for them).
  if (!process.env.PARSER_URL) {
    const parser = await startTestParser();
    process.env.PARSER_URL = parser.url;
    (globalThis as { testParser?: typeof parser }).testParser = parser;
  }
}
