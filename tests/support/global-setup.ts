import { startTestServer } from './test-server';

export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const server = await startTestServer();
  // Test files run after this in the same process and read the URI through the config module.
  process.env.NEO4J_URI = server.uri;
  (globalThis as { testNeo4j?: typeof server }).testNeo4j = server;
}
