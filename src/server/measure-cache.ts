/**
 * The query limits' memory of the costs they measured, bounded in bytes (a cost depends on some
 * variables, so it cannot live with the parsed document as the other measures do): measuring a
 * small query again was half of its GraphQL time, but a cache whose keys a client chooses must not grow with them
 * (keyed on every variable, one query with a megabyte of distinct unused variables grew the
 * service to 4 GB). Keys are counted at two bytes a character, plus a fixed share for the entry;
 * the least recently used entries go first, and a key too large for a sixteenth of the budget is
 * measured every time instead of kept.
 */

/** What one entry costs besides its key's characters: the map's slot and the number. */
const ENTRY_OVERHEAD_BYTES = 64;

export class MeasureCache {
  private readonly entries = new Map<string, number>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** The measure of `key`, from the cache or from `measure` (which may throw; nothing is kept then). */
  get(key: string, measure: () => number): number {
    const known = this.entries.get(key);
    if (known !== undefined) {
      // Map keeps insertion order: moving a hit to the end makes the first entry the least recently used.
      this.entries.delete(key);
      this.entries.set(key, known);
      return known;
    }
    const value = measure();
    const size = entrySize(key);
    if (size > this.maxBytes / 16) return value;
    this.entries.set(key, value);
    this.bytes += size;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entrySize(oldest);
    }
    return value;
  }

  /** Bytes held now, as counted against the bound. */
  size(): number {
    return this.bytes;
  }
}

function entrySize(key: string): number {
  return key.length * 2 + ENTRY_OVERHEAD_BYTES;
}
