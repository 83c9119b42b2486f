/**
 * Gives up responses whose clients stopped reading them. A client that asks for a whole-graph
 * export (or a 16 MiB answer) and never reads holds what the response holds (an export slot, the
 * answer's memory) for as long as its connection stays open; TCP alone never ends it.
 *
 * One sweep for the whole server, every second or so, looks at the responses being written: one
 * with bytes waiting to be sent whose socket has written nothing for `timeoutMs` is destroyed,
 * and its 'close' frees what its request held. A client that reads slowly but reads is never cut
 * off, since every byte the socket writes restarts the wait; nor is a request still being
 * worked on, since it has nothing waiting to be sent.
 */
import { ServerResponse } from 'node:http';

interface Progress {
  /** Bytes the socket had written at the last sweep. */
  written: number;
  /** When the socket last wrote something while bytes were waiting; undefined when none wait. */
  since: number | undefined;
}

export class StalledWrites {
  private readonly open = new Map<ServerResponse, Progress>();
  private readonly sweep: NodeJS.Timeout;

  constructor(private readonly timeoutMs: number) {
    this.sweep = setInterval(() => this.check(), Math.min(1_000, Math.max(50, timeoutMs / 4)));
    this.sweep.unref();
  }

  /** Watches `response` until it closes. */
  watch(response: ServerResponse): void {
    this.open.set(response, { written: 0, since: undefined });
    response.once('close', () => this.open.delete(response));
  }

  stop(): void {
    clearInterval(this.sweep);
  }

  private check(): void {
    const now = performance.now();
    for (const [response, progress] of this.open) {
      const socket = response.socket;
      if (socket === null) continue;
      const waiting = socket.writableLength > 0 || response.writableLength > 0;
      if (!waiting || socket.bytesWritten !== progress.written) {
        progress.written = socket.bytesWritten;
        progress.since = waiting ? now : undefined;
        continue;
      }
      progress.since ??= now;
      if (now - progress.since >= this.timeoutMs) response.destroy();
    }
  }
}
