/** A port free now, so that two checkouts running the suites at once do not meet on a fixed one. */
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolvePort) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}
