/**
 * A restarted service is slow for its first minute: Neo4j plans each statement the first time it
 * sees it (the page over every relation type is a union of one seek per type, seconds to plan on
 * a cold server), and neither Neo4j's nor Node's compiler has seen the hot paths yet. Fifty
 * clients arriving at once each wait for that, and the first of them time out. So before it
 * listens, the service sends itself the requests most clients start with, each once in turn (one
 * plan per statement, not fifty at once; about 8 s on a cold server with 2 cores), then again, a
 * few at a time, until the time it is given has passed.
 */
import { EXAMPLE_QUERIES } from '../graphql/examples';

/** The pages most clients open first, beside the playground's examples. */
export const WARM_UP_QUERIES: readonly string[] = [
  '{ relations(first: 20) { totalCount edges { cursor node { id type from { id name } to { id name } time { text } } } pageInfo { endCursor hasNextPage } } }',
  '{ actors(first: 20) { totalCount edges { node { id name kind roles } } } }',
  '{ stats { actors relations } }',
  ...EXAMPLE_QUERIES.map((example) => example.query),
];

/** Requests run at once after the first pass. */
const WARM_UP_CONCURRENCY = 4;

export interface WarmUpResult {
  readonly requests: number;
  readonly failed: number;
  readonly ms: number;
}

/**
 * Runs `queries` through `execute`: each once in turn, then in rounds of WARM_UP_CONCURRENCY at a
 * time until `budgetMs` have passed since the start (nothing at all with a budget of 0). A failed request is counted, not thrown: an answer with
 * errors (an example's actor that this graph does not hold) still planned its statements.
 */
export async function warmUp(execute: (query: string) => Promise<unknown>, queries: readonly string[], budgetMs: number): Promise<WarmUpResult> {
  const started = Date.now();
  let requests = 0;
  let failed = 0;
  const run = async (query: string): Promise<void> => {
    requests += 1;
    await execute(query).catch(() => {
      failed += 1;
    });
  };
  if (budgetMs <= 0) return { requests, failed, ms: 0 };
  // The first pass is whole, however long it takes: it is what plans each statement.
  for (const query of queries) await run(query);
  for (let next = 0; Date.now() - started < budgetMs; next += WARM_UP_CONCURRENCY) {
    await Promise.all(Array.from({ length: WARM_UP_CONCURRENCY }, (_, offset) => run(queries[(next + offset) % queries.length])));
  }
  return { requests, failed, ms: Date.now() - started };
}
