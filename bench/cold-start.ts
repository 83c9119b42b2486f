/**
 * The cold-start row: what the first requests cost after a restart without the warm-up, against
 * the same requests warm. A restart empties Neo4j's query-plan cache (it lives in Neo4j, not in
 * our process) and our process's compiled code, so the row clears the plan caches
 * (`db.clearQueryCaches()`), starts a fresh service with `WARM_UP_MS=0`, and sends each
 * benchmark query's first request, one at a time, in the benchmark's order, timing each from the
 * request to the parsed answer. Queries that share a statement with an earlier one (the typical
 * actor's neighbourhood after the hub's) find it planned, as after a real restart.
 *
 * Then, on the same service, each query again one request at a time: a few unmeasured, then
 * `WARM_REQUESTS` measured, their median the warm time. One at a time, as the cold requests were:
 * the p50 of the queries table is measured under 10 concurrent clients and holds their queueing.
 * The ratio first / warm is the row's figure; its worst is what a client restarting the service sees.
 */
import { Driver } from 'neo4j-driver';
import { bodies, QuerySpec } from './bench-queries';
import { percentile } from './measure';

/** Unmeasured requests of each query before its warm ones: each statement is planned and the hot paths compiled by then. */
const WARMING_REQUESTS = 5;
/** Measured warm requests of each query. */
const WARM_REQUESTS = 15;

export interface ColdStartQuery {
  readonly name: string;
  /** The query's first request after the restart, ms. */
  readonly firstMs: number;
  /** The median of its warm requests on the same service, one at a time, ms. */
  readonly warmP50Ms: number;
  /** First over warm; null when either answer was an error. */
  readonly ratio: number | null;
  /** What went wrong, when an answer was not data. */
  readonly error: string | null;
}

/**
 * How the restarted service warms up before its first request: `none` (`WARM_UP_MS=0`), or its
 * first pass only (`WARM_UP_MS=1`): each warm-up request sent once before it listens, which plans
 * the statements, and none of the repeated requests after it.
 */
export type ColdStartWarmUp = 'none' | 'first pass';

/** The service's `WARM_UP_MS` for each way of starting. */
export const COLD_START_WARM_UP_MS: Readonly<Record<ColdStartWarmUp, string>> = { none: '0', 'first pass': '1' };

export interface ColdStart {
  readonly warmUp: ColdStartWarmUp;
  /** From the spawn of the service to its first line saying where it listens, s. */
  readonly serviceStartSeconds: number;
  readonly queries: readonly ColdStartQuery[];
  /** The query whose first request is furthest above its warm ones. */
  readonly worst: { readonly name: string; readonly ratio: number } | null;
  readonly warmRequests: number;
}

/** A service started for the row; `stop` ends it. */
export interface StartedService {
  readonly url: string;
  /** Ends it, resolving once it has exited. */
  stop(): Promise<void>;
}

const tenths = (value: number): number => Math.round(value * 10) / 10;

/** One request, timed to its parsed answer; an answer that is not a 2xx or carries `errors` is an error. */
async function timedRequest(url: string, body: string): Promise<{ ms: number; error: string | null }> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { data?: unknown; errors?: unknown };
  const ms = performance.now() - started;
  const failed = !response.ok || json.errors !== undefined;
  return { ms, error: failed ? `expected data, found ${response.status} ${JSON.stringify(json).slice(0, 200)}` : null };
}

/** Each query's first request on a freshly started service over cleared plan caches, then the same queries warm. */
export async function benchColdStart(
  warmUp: ColdStartWarmUp,
  specs: readonly QuerySpec[],
  driver: Driver,
  startService: () => Promise<StartedService>,
  log: (line: string) => void,
): Promise<ColdStart> {
  const session = driver.session();
  try {
    await session.run('CALL db.clearQueryCaches()');
  } finally {
    await session.close();
  }
  const starting = performance.now();
  const service = await startService();
  const serviceStartSeconds = tenths((performance.now() - starting) / 1000);
  try {
    const first = [];
    for (const spec of specs) {
      first.push(await timedRequest(service.url, bodies(spec)[0]));
      log(`cold start: ${spec.name}: first request ${Math.round(first[first.length - 1].ms)} ms`);
    }
    const queries: ColdStartQuery[] = [];
    for (const [index, spec] of specs.entries()) {
      const requests = bodies(spec);
      const warm: number[] = [];
      let error = first[index].error;
      for (let sent = 0; sent < WARMING_REQUESTS + WARM_REQUESTS; sent += 1) {
        const answer = await timedRequest(service.url, requests[sent % requests.length]);
        error ??= answer.error;
        if (sent >= WARMING_REQUESTS) warm.push(answer.ms);
      }
      const warmP50Ms = tenths(percentile([...warm].sort((a, b) => a - b), 50));
      const firstMs = tenths(first[index].ms);
      queries.push({ name: spec.name, firstMs, warmP50Ms, ratio: error === null && warmP50Ms > 0 ? Math.round((firstMs / warmP50Ms) * 100) / 100 : null, error });
    }
    const worst = queries.reduce<ColdStart['worst']>((most, query) => (query.ratio !== null && (most === null || query.ratio > most.ratio) ? { name: query.name, ratio: query.ratio } : most), null);
    return { warmUp, serviceStartSeconds, queries, worst, warmRequests: WARM_REQUESTS };
  } finally {
    await service.stop();
  }
}

/**
 * The row's markdown table; `loadedP50` gives, where the queries table of the same run measured
 * it, each query's warm p50 under the benchmark's concurrent clients, for comparison.
 */
export function coldStartMarkdown(coldStart: ColdStart, loadedP50: (name: string) => number | undefined): string[] {
  const lines = [
    `Cold start, ${coldStart.warmUp === 'none' ? 'without the warm-up' : "after the warm-up's first pass only"}: plan caches cleared, a fresh service with \`WARM_UP_MS=${COLD_START_WARM_UP_MS[coldStart.warmUp]}\` (listening ${coldStart.serviceStartSeconds} s after its spawn), each query's first request one at a time; warm: the same service, the same queries one at a time, the median of ${coldStart.warmRequests}.`,
    '',
    '| query | first request ms | warm p50 ms, one at a time | first / warm | warm p50 ms under load (queries table) |',
    '|---|---|---|---|---|',
  ];
  for (const query of coldStart.queries) {
    // An error's text may hold a '|', which would split the table's cell.
    const ratio = query.ratio ?? `n/a: ${query.error?.replaceAll('|', '/')}`;
    lines.push(`| ${query.name} | ${query.firstMs} | ${query.warmP50Ms} | ${ratio} | ${loadedP50(query.name) ?? 'n/a'} |`);
  }
  lines.push('', coldStart.worst === null ? 'Worst first / warm: n/a.' : `Worst first / warm: ${coldStart.worst.ratio} (${coldStart.worst.name}).`);
  return lines;
}
