/**
 * Where a full-text query's words stand in a quote, so that a client can mark them: the spans of
 * the quote's words that the index matched, found again in the text because Lucene gives scores,
 * not positions. A quote word matches a query word when it is the word, starts with it (the
 * query's prefix terms), shares its stem as the English analyzer would cut it ("strikes" for
 * "strike"), or, when the query allowed misspellings, is within two edits of it.
 */

/** Words the English analyzer leaves out of the index, so they match nothing and mark nothing (Lucene's English stop set). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '),
);

/** A span of a text in UTF-16 offsets, end exclusive. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** The query's words that the index can match: letters and digits, lower-case, stop words left out. */
export function searchWords(text: string): string[] {
  return [...new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !STOP_WORDS.has(word)))].slice(0, 16);
}

/** Edit distance with transpositions (as Lucene's fuzzy terms count it), stopping past `max`. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], before[j - 2] + 1);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] <= max;
}

function matches(word: string, query: string, misspelt: boolean): boolean {
  if (word === query || word.startsWith(query)) return true;
  // The same stem: one is the other with a short ending ("strike", "strikes", "striking").
  const shorter = word.length < query.length ? word : query;
  const longer = shorter === word ? query : word;
  if (shorter.length >= 4 && longer.startsWith(shorter.slice(0, -1)) && longer.length - shorter.length <= 3) return true;
  return misspelt && query.length >= 4 && withinEdits(word, query, 2);
}

/** The spans of `quote`'s words that match a query word, in order, offsets within the quote. */
export function highlightSpans(quote: string, words: readonly string[], misspelt: boolean): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const found of quote.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = found[0].toLowerCase();
    if (STOP_WORDS.has(word)) continue;
    if (words.some((query) => matches(word, query, misspelt))) spans.push({ start: found.index, end: found.index + found[0].length });
  }
  return spans;
}
