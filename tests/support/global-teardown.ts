import { LocalServer } from '../../src/neo4j/local-server';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { testNeo4j?: LocalServer }).testNeo4j?.stop();
}
