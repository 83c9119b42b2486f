/**
 * How the benchmark measures one system on one query: CONCURRENCY clients, each sending its next
 * request as soon as the last is answered, for SECONDS. Every answer's time is recorded, and
 * throughput and percentiles are computed from those times in the same way for every system,
 * whether it is reached over HTTP (autocannon) or called in process through the driver (the
 * floor). Autocannon's own summary is not used: its percentiles come from a histogram at fixed
 * points (p97.5, not p95), and its throughput is a mean of per-second samples.
 */
import autocannon from 'autocannon';
import { Driver } from 'neo4j-driver';

export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

export interface Load {
  readonly seconds: number;
  readonly concurrency: number;
}

/** The nearest-rank percentile of ascending times. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const tenths = (value: number): number => Math.round(value * 10) / 10;

/** Throughput and p50/p95/p99 (ms, to a tenth) from every successful answer's time. */
export function summarise(times: number[], seconds: number, errors: number): Measurement {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    requestsPerSecond: tenths(sorted.length / seconds),
    p50: tenths(percentile(sorted, 50)),
    p95: tenths(percentile(sorted, 95)),
    p99: tenths(percentile(sorted, 99)),
    errors,
  };
}

/** The mean of each figure over rounds; errors are summed. */
export function mean(values: readonly Measurement[]): Measurement {
  const average = (pick: (m: Measurement) => number): number => tenths(values.reduce((sum, m) => sum + pick(m), 0) / values.length);
  return {
    requestsPerSecond: average((m) => m.requestsPerSecond),
    p50: average((m) => m.p50),
    p95: average((m) => m.p95),
    p99: average((m) => m.p99),
    errors: values.reduce((sum, m) => sum + m.errors, 0),
  };
}

/** POSTs the bodies in turn to `url`; an answer that is not a 2xx or that carries `errors` counts as an error. */
export function measureHttp(url: string, bodies: string[], load: Load): Promise<Measurement> {
  const times: number[] = [];
  let failed = 0;
  let lastSucceeded = false;
  return new Promise((resolveMeasured, rejectMeasured) => {
    const instance = autocannon(
      {
        url,
        connections: load.concurrency,
        duration: load.seconds,
        requests: bodies.map((body) => ({ method: 'POST', path: new URL(url).pathname, headers: { 'content-type': 'application/json' }, body })),
        // Called right after its answer's 'response' below: a 200 that carries errors is not a success.
        verifyBody: (body) => {
          const ok = !String(body ?? '').includes('"errors"');
          if (!ok && lastSucceeded) {
            times.pop();
            failed += 1;
          }
          return ok;
        },
      },
      (error, result) => {
        if (error) rejectMeasured(error);
        // result.errors: connections refused, reset or timed out.
        else resolveMeasured(summarise(times, load.seconds, failed + result.errors));
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      lastSucceeded = statusCode >= 200 && statusCode < 300;
      if (lastSucceeded) times.push(responseTime);
      else failed += 1;
    });
  });
}

/** Runs the statement with each parameter set in turn, one auto-commit statement in a fresh session each. */
export async function measureCypher(driver: Driver, cypher: string, parameters: Record<string, unknown>[], load: Load): Promise<Measurement> {
  const times: number[] = [];
  let errors = 0;
  const deadline = Date.now() + load.seconds * 1000;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (Date.now() < deadline) {
      const params = parameters[next++ % parameters.length];
      const started = performance.now();
      const session = driver.session({ defaultAccessMode: 'READ' });
      try {
        // Auto-commit, as the service reads: one round trip instead of a transaction's two.
        await session.run(cypher, params);
        times.push(performance.now() - started);
      } catch {
        errors += 1;
      } finally {
        await session.close();
      }
    }
  };
  await Promise.all(Array.from({ length: load.concurrency }, worker));
  return summarise(times, load.seconds, errors);
}
