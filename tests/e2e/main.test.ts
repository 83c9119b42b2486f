import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../support/free-port';
import { runMain } from '../support/main-process';

function javaProcessesUsing(folder: string): string[] {
  try {
    return execFileSync('pgrep', ['-f', folder], { encoding: 'utf8' }).trim().split('\n');
  } catch {
    // pgrep exits 1 when nothing matches.
    return [];
  }
}

describe('npm start (the built main)', () => {
  it('fails within the connect timeout with one line naming the URI when nothing listens there', async () => {
    const started = Date.now();
    const main = runMain({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_CONNECT_TIMEOUT_MS: '2000', PORT: '0' });
    const { code } = await main.exited;
    expect(code).not.toBe(0);
    expect(Date.now() - started).toBeLessThan(2000 + 5000);
    const lines = main.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^actorgraph: cannot start: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 within 2000 ms: /);
    expect(main.output()).not.toMatch(/\n\s+at /);
  });

  it('exits non-zero with the reason when the local Neo4j port is taken by another program', async () => {
    // A plain TCP listener that accepts and never answers, as another program on the port would.
    const sockets: Socket[] = [];
    const squatter = createServer((socket) => sockets.push(socket));
    const port = await new Promise<number>((resolvePort) => squatter.listen(0, '127.0.0.1', () => resolvePort((squatter.address() as { port: number }).port)));
    try {
      const main = runMain({ LOCAL_NEO4J_DIR: join(__dirname, '..', '..', '.neo4j'), LOCAL_NEO4J_PORT: String(port), PORT: '0' });
      const { code } = await main.exited;
      expect(code).toBe(1);
      expect(main.output()).toBe(
        `actorgraph: cannot start: port ${port} on 127.0.0.1 is taken by something that is not a Neo4j accepting user neo4j with the configured password; ` +
          'free the port or choose another with LOCAL_NEO4J_PORT\n',
      );
    } finally {
      for (const socket of sockets) socket.destroy();
      squatter.close();
    }
  }, 60_000);

  it('refuses a bad configuration with every problem named, before touching anything', async () => {
    const main = runMain({ PORT: 'eighty', NEO4J_URI: 'http://x' });
    const { code } = await main.exited;
    expect(code).toBe(1);
    expect(main.output()).toContain("PORT: expected a whole number from 0 to 65535, found 'eighty'");
    expect(main.output()).toContain("NEO4J_URI: expected a URI with scheme neo4j://");
  });

  it('starts its own Neo4j, seeds it, listens before computing the seed centrality, answers /health, and leaves no Java process behind on SIGTERM', async () => {
    const data = mkdtempSync(join(tmpdir(), 'actorgraph-main-'));
    let main: ReturnType<typeof runMain> | undefined;
    try {
      main = runMain({
        LOCAL_NEO4J_DIR: join(__dirname, '..', '..', '.neo4j'),
        LOCAL_NEO4J_DATA_DIR: data,
        LOCAL_NEO4J_PORT: String(await freePort()),
        LOCAL_NEO4J_HEAP_MB: '256',
        PORT: '0',
        WARM_UP_MS: '1000',
      });
      const [, url] = await main.waitFor(/GraphQL at (http:\/\/\S+)\/graphql/, 120_000);
      expect(javaProcessesUsing(data)).toHaveLength(1);
      // Its first warm-up pass came before it listened (the line comes before the address); the rest, while it answered.
      expect(main.output()).toMatch(/"msg":"warming up for 1000 ms: each request once before listening, the rest while answering"}\n(.*\n)*.*"msg":"first warm-up pass: \d+ requests in \d+ ms, \d+ answered with errors"}\n.*"msg":"explorer at /);
      await main.waitFor(/"msg":"warmed up: \d+ requests in \d+ ms/, 10_000);
      // The seed was loaded before listening; its centrality, computed after, does not hold the first answer back.
      await main.waitFor(/"msg":"seeds: centrality: PageRank, betweenness/, 60_000);
      expect(main.output()).toMatch(/"msg":"seeds: validated [^\n]*\n(.*\n)*.*"msg":"explorer at (.*\n)*.*"msg":"seeds: centrality: PageRank/);

      const response = await fetch(`${url}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok', database: { reachable: true } });

      main.child.kill('SIGTERM');
      expect(await main.exited).toEqual({ code: 0, signal: null });
      expect(main.output()).toContain('neo4j: stopped');
      expect(javaProcessesUsing(data)).toEqual([]);
    } finally {
      // A failed expectation must not leave the service and its Neo4j running past the test.
      if (main !== undefined && main.child.exitCode === null && main.child.signalCode === null) {
        main.child.kill('SIGTERM');
        await main.exited;
      }
      rmSync(data, { recursive: true, force: true });
    }
  }, 180_000);
});
