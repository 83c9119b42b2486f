/**
 * The query part of the benchmark: each query against our service, the HTTP floor, the in-process
 * floor and the peer, alternating in rounds, after checking that our answers and the HTTP floor's
 * agree; and the table that reports them.
 */
import { isDeepStrictEqual } from 'node:util';
import { Driver } from 'neo4j-driver';
import { actorSearchQueries } from '../src/graph/actor.repository';
import { evidenceSearchQueries } from '../src/graph/evidence-search.repository';
import { searchWithFallback } from '../src/graph/fulltext-search';
import { searchWords } from '../src/graph/search-highlights';
import { bodies, QuerySpec } from './bench-queries';
import { Load, mean, Measurement, measureCypher, measureHttp } from './measure';

export interface QueryResult {
  name: string;
  ours: Measurement;
  /** The same Cypher through the driver in the benchmark's process: no HTTP, no GraphQL. */
  floor: Measurement;
  /** The same Cypher behind a plain `node:http` server (bench/http-floor.ts): HTTP, no GraphQL. */
  httpFloor: Measurement;
  /** The peer, or why it cannot express the query. */
  peer: Measurement | string;
  /** Null where the other system answered nothing in the time, or (the peer) cannot express the query. */
  oursOverFloorP50: number | null;
  oursOverHttpFloorP50: number | null;
  oursOverHttpFloorThroughput: number | null;
  oursOverPeerThroughput: number | null;
  /**
   * Another build of our service (`--against`), measured in the same rounds: what a change gained
   * or lost, side by side, where two runs minutes apart on a shared machine differ by more.
   */
  against?: { measurement: Measurement; oursOverAgainstP50: number | null; oursOverAgainstThroughput: number | null; againstOverHttpFloorP50: number | null; againstOverHttpFloorThroughput: number | null };
}

export interface Systems {
  readonly ours: string;
  readonly httpFloor: string;
  readonly peer: string;
  readonly driver: Driver;
  /** Another build of our service, or undefined. */
  readonly against?: string;
}

/** Seconds each system answers a query, unmeasured, before its measurements. */
const WARM_UP_SECONDS = 2;

/** a / b to a hundredth; null when b is nothing (a system that answered nothing in the time). */
const ratio = (a: number, b: number): number | null => (b > 0 ? Math.round((a / b) * 100) / 100 : null);

/**
 * The Lucene query the service ends up running for each word: exact and prefix terms when they
 * find anything, else the query with misspellings too (see src/graph/fulltext-search.ts).
 */
export async function floorSearches(driver: Driver, words: readonly string[]): Promise<Record<string, string>> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const queries: Record<string, string> = {};
    for (const word of words) {
      const searches = actorSearchQueries(word);
      if (searches === null) continue;
      const search = await searchWithFallback(searches, async (query) =>
        (await session.run("CALL db.index.fulltext.queryNodes('actor_names', $query, {limit: 20}) YIELD node RETURN node.id AS id", { query })).records,
      );
      queries[word] = search.query;
    }
    return queries;
  } finally {
    await session.close();
  }
}

/**
 * Words of quotes to search for, half of them misspelt (two inner letters swapped), and the Lucene
 * query the service ends up running for each: the exact one, or the misspelt one when the exact
 * finds nothing (as searchEvidence does; see evidence-search.repository.ts).
 */
export async function evidenceSearchInputs(driver: Driver, count: number): Promise<{ quoteWords: string[]; evidenceSearches: Record<string, string> }> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const quotes = (await session.run('MATCH (e:Evidence) WHERE e.relationId IS NOT NULL RETURN e.quote AS quote LIMIT 10000')).records.map((record) => record.get('quote') as string);
    const longest = (quote: string): string => searchWords(quote).reduce((best, word) => (word.length > best.length && /^\p{L}+$/u.test(word) ? word : best), '');
    const found = quotes.map(longest).filter((word) => word.length >= 6);
    const picked = Array.from({ length: Math.ceil(count / 2) }, (_, index) => found[(index * 7919) % found.length]);
    const misspelt = picked.map((word) => `${word.slice(0, 2)}${word[3]}${word[2]}${word.slice(4)}`);
    const quoteWords = [...new Set([...picked, ...misspelt])].slice(0, count);
    const evidenceSearches: Record<string, string> = {};
    for (const text of quoteWords) {
      // Every word has six letters or more, so there are queries.
      const search = await searchWithFallback(evidenceSearchQueries(searchWords(text))!, async (query) =>
        (await session.run("CALL db.index.fulltext.queryNodes('evidence_quotes', $query, {limit: 1}) YIELD node RETURN node.quote", { query })).records,
      );
      evidenceSearches[text] = search.query;
    }
    return { quoteWords, evidenceSearches };
  } finally {
    await session.close();
  }
}

/** The document with the median number of relations among those that give quotes for any, ties by id; and that number. */
export async function typicalDocument(driver: Driver): Promise<{ id: string; relations: number }> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const documents = (
      await session.run('MATCH (e:Evidence) WHERE e.relationId IS NOT NULL WITH e.documentId AS id, count(DISTINCT e.relationId) AS relations RETURN id, relations ORDER BY relations, id')
    ).records.map((record) => ({ id: record.get('id') as string, relations: record.get('relations') as number }));
    if (documents.length === 0) throw new Error('expected a document that gives quotes for relations, found none');
    return documents[Math.floor(documents.length / 2)];
  } finally {
    await session.close();
  }
}

async function answer(url: string, body: string): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { data?: unknown; errors?: unknown };
  if (!response.ok || json.errors !== undefined) throw new Error(`expected data from ${url}, found ${response.status} ${JSON.stringify(json).slice(0, 300)}`);
  return json.data;
}

/** Ours and the HTTP floor must give the same answer to the first few requests, or the comparison means nothing. */
export async function checkAnswers(spec: QuerySpec, systems: Systems): Promise<void> {
  for (const body of bodies(spec).slice(0, 3)) {
    const [ours, floor] = [spec.comparable(await answer(systems.ours, body)), spec.comparable(await answer(systems.httpFloor, body))];
    if (!isDeepStrictEqual(ours, floor)) {
      throw new Error(`${spec.name}: expected the HTTP floor to answer ${body} as ours does, found ours ${JSON.stringify(ours).slice(0, 300)} and the floor's ${JSON.stringify(floor).slice(0, 300)}`);
    }
    if (systems.against !== undefined) {
      const against = spec.comparable(await answer(systems.against, body));
      if (!isDeepStrictEqual(ours, against)) {
        throw new Error(`${spec.name}: expected the other build to answer ${body} as ours does, found ours ${JSON.stringify(ours).slice(0, 300)} and its ${JSON.stringify(against).slice(0, 300)}`);
      }
    }
  }
}

/** How many measurements of `load.seconds` the queries take. */
export function measurementCount(specs: readonly QuerySpec[], rounds: number, against = false): number {
  return specs.reduce((sum, spec) => sum + rounds * ((Array.isArray(spec.peer) ? 4 : 3) + (against ? 1 : 0)), 0);
}

/** One query on every system, warmed up, then alternating in rounds (in a turning order) so that a slow spell of the machine falls on all of them. */
export async function benchQuery(spec: QuerySpec, systems: Systems, load: Load, rounds: number): Promise<QueryResult> {
  await checkAnswers(spec, systems);
  const measured = { ours: [] as Measurement[], httpFloor: [] as Measurement[], floor: [] as Measurement[], peer: [] as Measurement[], against: [] as Measurement[] };
  const requests = bodies(spec);
  const floorParameters = spec.variables.map(spec.floor.params);
  const measures: [keyof typeof measured, (load: Load) => Promise<Measurement>][] = [
    ['ours', (within) => measureHttp(systems.ours, requests, within)],
    ['httpFloor', (within) => measureHttp(systems.httpFloor, requests, within)],
    ['floor', (within) => measureCypher(systems.driver, spec.floor.cypher, floorParameters, within)],
  ];
  if (Array.isArray(spec.peer)) measures.push(['peer', (within) => measureHttp(systems.peer, spec.peer as string[], within)]);
  const against = systems.against;
  if (against !== undefined) measures.push(['against', (within) => measureHttp(against, requests, within)]);
  // Each system answers the query unmeasured first, and the order turns each round: the first
  // measurement of a run met a cold page cache and cold code, and it always fell on ours (an actor
  // with its relations measured at 2.4 times the build it was compared with, then even with it).
  for (const [, measure] of measures) await measure({ ...load, seconds: WARM_UP_SECONDS });
  for (let round = 0; round < rounds; round += 1) {
    for (let turn = 0; turn < measures.length; turn += 1) {
      const [system, measure] = measures[(round + turn) % measures.length];
      measured[system].push(await measure(load));
    }
  }
  const ours = mean(measured.ours);
  const httpFloor = mean(measured.httpFloor);
  const floor = mean(measured.floor);
  const peer = Array.isArray(spec.peer) ? mean(measured.peer) : spec.peer;
  const againstMeasured = measured.against.length === 0 ? undefined : mean(measured.against);
  return {
    name: spec.name,
    ours,
    floor,
    httpFloor,
    peer,
    oursOverFloorP50: ratio(ours.p50, floor.p50),
    oursOverHttpFloorP50: ratio(ours.p50, httpFloor.p50),
    oursOverHttpFloorThroughput: ratio(ours.requestsPerSecond, httpFloor.requestsPerSecond),
    oursOverPeerThroughput: typeof peer === 'string' ? null : ratio(ours.requestsPerSecond, peer.requestsPerSecond),
    ...(againstMeasured === undefined
      ? {}
      : {
          against: {
            measurement: againstMeasured,
            oursOverAgainstP50: ratio(ours.p50, againstMeasured.p50),
            oursOverAgainstThroughput: ratio(ours.requestsPerSecond, againstMeasured.requestsPerSecond),
            againstOverHttpFloorP50: ratio(againstMeasured.p50, httpFloor.p50),
            againstOverHttpFloorThroughput: ratio(againstMeasured.requestsPerSecond, httpFloor.requestsPerSecond),
          },
        }),
  };
}

const figures = (m: Measurement): string => `${m.requestsPerSecond} | ${m.p50}/${m.p95}/${m.p99}`;

/** The markdown table of a size's queries. */
export function queryTable(results: readonly QueryResult[]): string[] {
  const lines = [
    '| query | ours req/s | ours p50/p95/p99 ms | HTTP floor req/s | HTTP floor p50/p95/p99 ms | floor req/s | floor p50/p95/p99 ms | peer req/s | peer p50/p95/p99 ms | ours/HTTP floor p50 | ours/HTTP floor req/s | ours/floor p50 | ours/peer req/s | errors |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const query of results) {
    const peer = typeof query.peer === 'string' ? `n/a: ${query.peer} | ` : figures(query.peer);
    const errors = query.ours.errors + query.httpFloor.errors + query.floor.errors + (typeof query.peer === 'string' ? 0 : query.peer.errors) + (query.against?.measurement.errors ?? 0);
    lines.push(
      `| ${query.name} | ${figures(query.ours)} | ${figures(query.httpFloor)} | ${figures(query.floor)} | ${peer} | ${query.oursOverHttpFloorP50 ?? 'n/a'} | ${query.oursOverHttpFloorThroughput ?? 'n/a'} | ${query.oursOverFloorP50 ?? 'n/a'} | ${query.oursOverPeerThroughput ?? 'n/a'} | ${errors} |`,
    );
  }
  if (results.some((query) => query.against !== undefined)) {
    lines.push(
      '',
      'Against the other build of the service (`--against`), in the same rounds:',
      '',
      '| query | other build req/s | other build p50/p95/p99 ms | other build/HTTP floor p50 | other build/HTTP floor req/s | ours/HTTP floor p50 | ours/HTTP floor req/s | ours/other build p50 | ours/other build req/s |',
      '|---|---|---|---|---|---|---|---|---|',
    );
    for (const query of results) {
      if (query.against === undefined) continue;
      const { measurement, againstOverHttpFloorP50, againstOverHttpFloorThroughput, oursOverAgainstP50, oursOverAgainstThroughput } = query.against;
      lines.push(
        `| ${query.name} | ${figures(measurement)} | ${againstOverHttpFloorP50 ?? 'n/a'} | ${againstOverHttpFloorThroughput ?? 'n/a'} | ${query.oursOverHttpFloorP50 ?? 'n/a'} | ${query.oursOverHttpFloorThroughput ?? 'n/a'} | ${oursOverAgainstP50 ?? 'n/a'} | ${oursOverAgainstThroughput ?? 'n/a'} |`,
      );
    }
  }
  return lines;
}
