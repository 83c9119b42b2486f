/**
 * Where a draft's quote stands in its text. A draft names a quote by its words and, when they
 * occur more than once, by which occurrence (as the loader reads evidence); a reviewing page
 * needs the offsets to highlight it.
 */
import { DraftEvidence } from './draft.types';

export interface QuoteOffsets {
  /** UTF-16 offsets, end exclusive: `text.slice(start, end) === quote`. */
  readonly start: number;
  readonly end: number;
}

/** The offsets of the quote's occurrence, or null when the text does not hold it that often. */
export function quoteOffsets(text: string, evidence: DraftEvidence): QuoteOffsets | null {
  let start = -1;
  for (let n = 0; n < (evidence.occurrence ?? 1); n += 1) {
    start = text.indexOf(evidence.quote, start + 1);
    if (start < 0) return null;
  }
  return { start, end: start + evidence.quote.length };
}
