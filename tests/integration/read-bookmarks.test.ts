import { Connection } from '../../src/neo4j/connect';
import { checkDatabase } from '../../src/neo4j/health';
import { openTestConnection, uniqueId } from '../support/database';

/**
 * A transaction that carries a bookmark waits until Neo4j has applied the write the bookmark names.
 * A read's own bookmark can name a large write that is committed but still updating its full-text
 * index; fed to the next read, it held that read until the write was applied. Reads and health
 * checks carry only the bookmarks of this process's writes, so a small read does not wait for a
 * large write it has nothing to do with.
 */
describe('reads while a large write is applied', () => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await openTestConnection();
  });
  afterAll(() => connection.close());

  it('answer without waiting for it, through the API\'s reads and the health check alike', async () => {
    const documentId = uniqueId('large-write');
    const quote = 'the column crossed the river at dawn and shelled the villages along the northern road '.repeat(40);
    const slowest = { read: 0, health: 0 };
    let writing = true;
    const probes = (async () => {
      while (writing) {
        const started = performance.now();
        await connection.database.read((runner) => runner.run('RETURN 1 AS one'));
        slowest.read = Math.max(slowest.read, performance.now() - started);
        slowest.health = Math.max(slowest.health, (await checkDatabase(connection.database)).latencyMs);
        await new Promise((resolveWait) => setTimeout(resolveWait, 5));
      }
    })();
    const applied: number[] = [];
    try {
      for (let round = 0; round < 4; round += 1) {
        const started = performance.now();
        // Quotes land in the full-text index, which Neo4j updates as it applies the commit: the slow part.
        await connection.database.write((runner) =>
          runner.run('UNWIND range(1, 8000) AS n CREATE (:Evidence {id: $prefix + toString(n), documentId: $documentId, quote: toString(n) + $quote})', {
            prefix: `${documentId}-${round}-`,
            documentId,
            quote,
          }),
        );
        applied.push(performance.now() - started);
      }
    } finally {
      writing = false;
      await probes;
      await connection.database.write((runner) => runner.run('MATCH (e:Evidence {documentId: $documentId}) DELETE e', { documentId }));
    }
    process.stdout.write(`large writes took ${applied.map(Math.round).join(', ')} ms; slowest read ${Math.round(slowest.read)} ms, slowest health check ${slowest.health} ms\n`);
    // Each write takes far longer than a read may wait: a read held for one would show it.
    expect(Math.min(...applied)).toBeGreaterThan(500);
    expect(slowest.read).toBeLessThan(300);
    expect(slowest.health).toBeLessThan(300);
  }, 180_000);
});
