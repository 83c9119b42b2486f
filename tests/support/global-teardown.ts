import { LocalServer } from '../../src/neo4j/local-server';
import { LocalParser } from '../../src/parser/local-parser';

export default async function globalTeardown(): Promise<void> {
  const started = globalThis as { testNeo4j?: LocalServer; testParser?: LocalParser };
  await Promise.all([started.testNeo4j?.stop(), started.testParser?.stop()]);
}
