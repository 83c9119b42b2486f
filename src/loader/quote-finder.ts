/**
 * Where quotes stand in one long text. `indexOf` scans the text from its start for every quote, so
 * a document of 280,000 characters with 1,200 quotes cost half a second of CPU a pass (the loader
 * makes two: checking, then writing), taken on the event loop in slices. After a few quotes, the
 * finder indexes every position of the text once by a hash of the 16 characters that start there;
 * a quote's candidate positions then come in order from its first 16 characters, each checked in
 * full, so that a quote costs its candidates, not the text. Occurrences may overlap, as with
 * `indexOf` from one past the last.
 */

/** Characters hashed at each position: quotes shorter than this are found with `indexOf`. */
const GRAM = 16;
/** Below this length a text is scanned, not indexed: the scan is cheap and the index is not. */
const MIN_INDEXED_CHARS = 20_000;
/** Quotes looked up with `indexOf` before the text is indexed: one or two quotes never pay for it. */
const SCANS_BEFORE_INDEX = 8;
const BASE = 31;

/** Where the `occurrence`-th (from 1) copy of `quote` starts in `text`, or -1, by scanning. */
export function nthIndexOf(text: string, quote: string, occurrence: number): number {
  let index = -1;
  for (let n = 0; n < occurrence; n += 1) {
    index = text.indexOf(quote, index + 1);
    if (index < 0) return -1;
  }
  return index;
}

export class QuoteFinder {
  private scans = 0;
  private index: GramIndex | null = null;

  constructor(private readonly text: string) {}

  /** Where the `occurrence`-th (from 1) copy of `quote` starts, or -1: the same as nthIndexOf. */
  nthIndexOf(quote: string, occurrence: number): number {
    if (quote.length < GRAM || this.text.length < MIN_INDEXED_CHARS || this.scans < SCANS_BEFORE_INDEX) {
      this.scans += 1;
      return nthIndexOf(this.text, quote, occurrence);
    }
    this.index ??= new GramIndex(this.text);
    return this.index.nthIndexOf(quote, occurrence);
  }
}

/** Every position of a text chained by the hash of its first GRAM characters, in ascending order. */
class GramIndex {
  private readonly mask: number;
  private readonly first: Int32Array;
  private readonly next: Int32Array;

  constructor(private readonly text: string) {
    const positions = text.length - GRAM + 1;
    let size = 1;
    while (size < positions) size *= 2;
    this.mask = size - 1;
    this.first = new Int32Array(size).fill(-1);
    this.next = new Int32Array(positions).fill(-1);
    // Each chain's last position while it is built, so that positions join their chain in order.
    const last = new Int32Array(size);
    // The highest power of BASE in a window, to take the leaving character out of the rolling hash.
    let top = 1;
    for (let i = 1; i < GRAM; i += 1) top = Math.imul(top, BASE);
    let hash = hashOf(text);
    for (let position = 0; position < positions; position += 1) {
      if (position > 0) hash = (Math.imul(hash - Math.imul(text.charCodeAt(position - 1), top), BASE) + text.charCodeAt(position + GRAM - 1)) | 0;
      const bucket = hash & this.mask;
      if (this.first[bucket] < 0) this.first[bucket] = position;
      else this.next[last[bucket]] = position;
      last[bucket] = position;
    }
  }

  nthIndexOf(quote: string, occurrence: number): number {
    let seen = 0;
    for (let position = this.first[hashOf(quote) & this.mask]; position >= 0; position = this.next[position]) {
      if (this.text.startsWith(quote, position) && (seen += 1) === occurrence) return position;
    }
    return -1;
  }
}

/** The hash of the first GRAM characters of `text`, as the rolling hash computes it. */
function hashOf(text: string): number {
  let hash = 0;
  for (let i = 0; i < GRAM; i += 1) hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) | 0;
  return hash;
}
