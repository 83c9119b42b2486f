/**
 * The one rule of full-text search, for actors' names (`search`, actor.repository.ts) and for
 * quotes (`searchEvidence`, evidence-search.repository.ts), and for the benchmark's floor, which
 * must run what the service runs: a Lucene query of exact words and prefixes first, and only when
 * it finds nothing, the same with misspellings allowed. Text that names something finds it without
 * the near misses, and edit-distance terms, which cost Lucene several times more than the others,
 * are paid for only when they are needed.
 */

/** Which of the two queries: exact words and prefixes, or with misspellings too. */
export type SearchMode = 'EXACT' | 'MISSPELT';

/** A search's query in each mode. */
export type SearchQueries = Readonly<Record<SearchMode, string>>;

/**
 * The queries of words made of letters and digits only, so that no user text can use Lucene's
 * syntax: each word exactly (best), as a prefix when it has `shortestPrefix` letters or more, and
 * when misspelt, within two edits when it has four. Null without words.
 */
export function searchQueries(words: readonly string[], shortestPrefix: number): SearchQueries | null {
  if (words.length === 0) return null;
  const query = (misspelt: boolean): string => {
    const term = (word: string): string =>
      [`${word}^4`, ...(word.length >= shortestPrefix ? [`${word}*^2`] : []), ...(misspelt && word.length >= 4 ? [`${word}~2`] : [])].join(' OR ');
    return words.map((word) => `(${term(word)})`).join(' OR ');
  };
  return { EXACT: query(false), MISSPELT: query(true) };
}

/**
 * Runs the exact query, then, when it found nothing, the misspelt one; returns the mode and query
 * that gave the answer. `run` returns what a query found.
 */
export async function searchWithFallback<T>(queries: SearchQueries, run: (query: string) => Promise<T[]>): Promise<{ mode: SearchMode; query: string; hits: T[] }> {
  const hits = await run(queries.EXACT);
  // Words shorter than four letters get no edit-distance terms: the second query would be the first.
  if (hits.length > 0 || queries.MISSPELT === queries.EXACT) return { mode: 'EXACT', query: queries.EXACT, hits };
  return { mode: 'MISSPELT', query: queries.MISSPELT, hits: await run(queries.MISSPELT) };
}
