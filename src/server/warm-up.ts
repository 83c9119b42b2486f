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

/**
 * Neo4j plans a statement once per size class of each string parameter, not once per text: on
 * 5.26, after a statement had run with an 18-character id, the same statement with a 10-character
 * id was planned again (over 0.5 s on the relation page of a document), while ids of 11 and 100
 * characters found the plan made for 18. Ids come in both classes (`iraq`, `actor-123`;
 * `qassem-soleimani`), so each request that names an actor or a document is sent with an id of
 * each. No actor or document has these ids: the statements run and find nothing.
 */
const WARM_UP_IDS = ['warm-up', 'warm-up-longer-id'] as const;
const OTHER_WARM_UP_IDS = ['warm-up-2', 'warm-up-longer-id-2'] as const;

/** The requests that name actors or documents, each with ids of every size class. */
function requestsNamingIds(): string[] {
  const requests: string[] = [];
  for (const id of WARM_UP_IDS) {
    // A document's page is a statement of its own (found through the quotes' document ids).
    requests.push(`{ relations(documentId: "${id}", first: 20) { totalCount edges { node { id type from { id name } to { id name } } } } }`);
    // An actor with its first relations is one statement, planned whether or not the actor exists.
    requests.push(`{ actor(id: "${id}") { name relations(first: 20) { edges { node { type from { name } to { name } } } } } }`);
    requests.push(`{ timeline(actorId: "${id}") { type from { name } to { name } time { text } } }`);
    // Each depth is a statement of its own.
    for (const depth of [1, 2, 3]) {
      requests.push(`{ neighborhood(actorId: "${id}", depth: ${depth}) { nodes { id label kind } edges { id source target type } edgesTruncated } }`);
    }
    for (const other of OTHER_WARM_UP_IDS) requests.push(`{ shortestPath(from: "${id}", to: "${other}") { length actors { name } relations { type } } }`);
  }
  return requests;
}

/** The pages most clients open first, beside the playground's examples. */
export const WARM_UP_QUERIES: readonly string[] = [
  '{ relations(first: 20) { totalCount edges { cursor node { id type from { id name } to { id name } time { text } } } pageInfo { endCursor hasNextPage } } }',
  '{ actors(first: 20) { totalCount edges { node { id name kind roles } } } }',
  '{ stats { actors relations } }',
  '{ stats { mostCentral(measure: PAGERANK, first: 10) { actor { id name } score } } }',
  '{ stats { mostCentral(measure: DEGREE, first: 10) { actor { id name } score } } }',
  // A word found nowhere plans both statements: the exact words, then the misspellings.
  '{ searchEvidence(text: "warmup", first: 20) { edges { node { score evidence { quote } } } } }',
  ...requestsNamingIds(),
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
