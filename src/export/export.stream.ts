/**
 * Writes an export's chunks to a stream (an HTTP response, a file, standard output) at the pace
 * the reader takes them: when `write` says the stream's buffer is full, the next page is not read
 * from the database until the stream has drained. A slow client therefore slows the export
 * instead of filling the service's memory; a client that goes away ends it.
 */
import { once } from 'node:events';
import { Writable } from 'node:stream';

export class StreamClosedError extends Error {}

export async function writeChunks(chunks: AsyncIterable<string>, out: Writable): Promise<void> {
  for await (const chunk of chunks) {
    if (out.destroyed || out.writableEnded) throw new StreamClosedError('the stream closed before the export ended');
    if (!out.write(chunk)) await drained(out);
  }
}

/** Resolves on 'drain'; rejects when the stream closes or fails first, so an export never waits forever. */
async function drained(out: Writable): Promise<void> {
  const controller = new AbortController();
  try {
    await Promise.race([
      once(out, 'drain', { signal: controller.signal }),
      once(out, 'close', { signal: controller.signal }).then(() => {
        throw new StreamClosedError('the stream closed before the export ended');
      }),
    ]);
  } finally {
    controller.abort();
  }
}
