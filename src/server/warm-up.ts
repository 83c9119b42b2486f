/**
 * A restarted service is slow for its first minute: Neo4j plans each statement the first time it
 * sees it (the page over every relation type is a union of one seek per type, seconds to plan on
 * a cold server), and neither Neo4j's nor Node's compiler has seen the hot paths yet. Fifty
 * clients arriving at once each wait for that, and the first of them time out. So before it
 * listens, the service sends itself the requests most clients start with, each once in turn (one
 * plan per statement, not fifty at once; about 8 s on a cold server with 2 cores). Then it listens,
 * and sends them again, a few at a time, while it serves, until the time it is given has passed:
 * the compilers warm up without holding the first answer back (listening only after the whole
 * warm-up put the first answer 16 s later).
 */
import { EXAMPLE_QUERIES } from '../graphql/examples';

/** The pages most clients open first, beside the playground's examples. */
export const WARM_UP_QUERIES: readonly string[] = [
  '{ relations(first: 20) { totalCount edges { cursor node { id type from { id name } to { id name } time { text } } } pageInfo { endCursor hasNextPage } } }',
  // A document's page is a statement of its own (found through the quotes' document ids); any id plans it.
  '{ relations(documentId: "warm-up", first: 20) { totalCount edges { node { id type from { id name } to { id name } } } } }',
  '{ actors(first: 20) { totalCount edges { node { id name kind roles } } } }',
  '{ stats { actors relations } }',
  // An actor with its first relations is one statement, planned whether or not the actor exists.
  '{ actor(id: "warm-up") { name relations(first: 20) { edges { node { type from { name } to { name } } } } } }',
  '{ stats { mostCentral(measure: PAGERANK, first: 10) { actor { id name } score } } }',
  '{ stats { mostCentral(measure: DEGREE, first: 10) { actor { id name } score } } }',
  // A word found nowhere plans both statements: the exact words, then the misspellings.
  '{ searchEvidence(text: "warmup", first: 20) { edges { node { score evidence { quote } } } } }',
  ...EXAMPLE_QUERIES.map((example) => example.query),
];

/** Requests run at once after the first pass. */
const WARM_UP_CONCURRENCY = 4;

export interface WarmUpResult {
  readonly requests: number;
  readonly failed: number;
  readonly ms: number;
}

export interface WarmUp {
  /** The first pass, whole: each request once. */
  readonly firstPass: WarmUpResult;
  /** The whole warm-up, first pass included, once its time has passed (or it was stopped). */
  readonly finished: Promise<WarmUpResult>;
  /** Ends the rest of the warm-up early (on shutdown). */
  stop(): void;
}

/** Runs the first pass, and starts the rest of the warm-up without waiting for it. */
export async function warmUp(execute: (query: string) => Promise<unknown>, queries: readonly string[], budgetMs: number): Promise<WarmUp> {
  const started = Date.now();
  let requests = 0;
  let failed = 0;
  let stopped = false;
  const result = (): WarmUpResult => ({ requests, failed, ms: Date.now() - started });
  const run = async (query: string): Promise<void> => {
    requests += 1;
    await execute(query).catch(() => {
      failed += 1;
    });
  };
  if (budgetMs <= 0) {
    const none = { requests, failed, ms: 0 };
    return { firstPass: none, finished: Promise.resolve(none), stop: () => undefined };
  }
  // The first pass is whole, however long it takes: it is what plans each statement.
  for (const query of queries) await run(query);
  const firstPass = result();
  const rest = async (): Promise<WarmUpResult> => {
    for (let next = 0; !stopped && Date.now() - started < budgetMs; next += WARM_UP_CONCURRENCY) {
      await Promise.all(Array.from({ length: WARM_UP_CONCURRENCY }, (_, offset) => run(queries[(next + offset) % queries.length])));
    }
    return result();
  };
  return {
    firstPass,
    finished: rest(),
    stop: () => {
      stopped = true;
    },
  };
}
