/**
 * Evidence quotes as the loader reads them: a verbatim slice of the text and, when that slice
 * occurs more than once, which occurrence (counted as the loader counts, overlaps included).
 * Every quote is checked against the text here before a draft holds it.
 */
import { DraftEvidence } from './draft.types';

export class QuoteError extends Error {}

/** The evidence for `text.slice(start, end)`, trimmed; throws if it would not point back at that slice. */
export function quoteAt(text: string, start: number, end: number): DraftEvidence & { start: number } {
  let from = start;
  let to = end;
  while (from < to && /[\s,;:“”"‘]/.test(text[from])) from += 1;
  while (to > from && /[\s,;:“”"’(]/.test(text[to - 1])) to -= 1;
  const quote = text.slice(from, to);
  if (quote === '') throw new QuoteError(`expected a quote with words in it, found an empty stretch at ${start}`);
  let occurrence = 0;
  let index = -1;
  do {
    index = text.indexOf(quote, index + 1);
    occurrence += 1;
  } while (index >= 0 && index < from);
  if (index !== from) throw new QuoteError(`expected '${quote}' to occur verbatim at offset ${from}, found it ${index < 0 ? 'nowhere' : `at ${index}`}`);
  const repeated = text.indexOf(quote, from + 1) >= 0 || occurrence > 1;
  return repeated ? { quote, occurrence, start: from } : { quote, start: from };
}
