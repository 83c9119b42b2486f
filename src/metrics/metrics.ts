/**
 * The service's Prometheus metrics, in one registry that `GET /metrics` serves: requests and their
 * latency by operation and outcome, Neo4j calls by access mode, the driver's connections in use,
 * and load progress. Like the error codes, this module sits below every layer, so the layer that
 * sees an event counts it where it happens (the database wrapper its calls, the loader its writes).
 *
 * Labels are bounded: an outcome is `ok` or an error code, a mode `read` or `write`, and
 * operation names, which clients choose, are kept up to a configured number of distinct ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { projectRoot } from '../config/project-root';

/** The version package.json gives (the one source of it). */
function packageVersion(): string {
  return (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

const registers = [metricsRegistry];

/**
 * Always 1, with the service's version and the Node.js version running it as labels: the
 * Prometheus convention for telling which build answered (join on it, or alert on a mix).
 */
export const buildInfo = new Gauge({
  name: 'actorgraph_build_info',
  help: 'Always 1; the labels say which version of actorgraph, on which Node.js, is running.',
  labelNames: ['version', 'nodejs'] as const,
  registers,
});
buildInfo.set({ version: packageVersion(), nodejs: process.versions.node }, 1);

export const httpRequests = new Counter({
  name: 'actorgraph_http_requests_total',
  help: 'HTTP requests answered, by operation (GraphQL operation name, or method and route) and outcome (ok, or the error code).',
  labelNames: ['operation', 'outcome'] as const,
  registers,
});

export const httpRequestDuration = new Histogram({
  name: 'actorgraph_http_request_duration_seconds',
  help: 'Time from a request arriving to its response being sent, by operation and outcome.',
  labelNames: ['operation', 'outcome'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
  registers,
});

export const neo4jCalls = new Counter({
  name: 'actorgraph_neo4j_calls_total',
  help: 'Database calls (a read, a write transaction, a load transaction or batch), by access mode and outcome (ok or error).',
  labelNames: ['mode', 'outcome'] as const,
  registers,
});

export const neo4jCallDuration = new Histogram({
  name: 'actorgraph_neo4j_call_duration_seconds',
  help: 'Time a database call took, retries included, by access mode.',
  labelNames: ['mode'] as const,
  buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 15, 60],
  registers,
});

export const neo4jCallsInFlight = new Gauge({
  name: 'actorgraph_neo4j_calls_in_flight',
  help: "Database calls running now, by access mode; each holds one of the driver's pooled connections (the driver publishes no pool statistics).",
  labelNames: ['mode'] as const,
  registers,
});

export const neo4jPoolSize = new Gauge({
  name: 'actorgraph_neo4j_pool_max_connections',
  help: "The driver's connection pool size: calls in flight beyond it wait for a connection.",
  registers,
});

export const loadRelationsWritten = new Counter({
  name: 'actorgraph_load_relations_written_total',
  help: 'Relations written by loads (created or updated), counted batch by batch as they are sent.',
  registers,
});

export const loadsRunning = new Gauge({
  name: 'actorgraph_loads_running',
  help: 'Loads writing now (the seed load, the load command, ingestDocument).',
  registers,
});

export type DatabaseMode = 'read' | 'write';

/** Runs one database call, counting it and timing it under its access mode. */
export async function measureDatabaseCall<T>(mode: DatabaseMode, call: () => Promise<T>): Promise<T> {
  const stopTimer = neo4jCallDuration.startTimer({ mode });
  neo4jCallsInFlight.inc({ mode });
  try {
    const result = await call();
    neo4jCalls.inc({ mode, outcome: 'ok' });
    return result;
  } catch (error) {
    neo4jCalls.inc({ mode, outcome: 'error' });
    throw error;
  } finally {
    neo4jCallsInFlight.dec({ mode });
    stopTimer();
  }
}
