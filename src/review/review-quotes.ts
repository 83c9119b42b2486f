/**
 * Quotes a reviewer gives (a selection of the text, or words typed): located in the draft's text,
 * verbatim, or refused with what was expected; and the `occurrence` the loader's format names a
 * located quote by.
 */
import { FIELD_CHARS } from '../config/annotation-limits';
import { describeValue } from '../loader/annotation-source';
import { nthIndexOf } from '../loader/quote-finder';
import { LocatedQuote } from './review-draft.types';
import { ReviewInputError } from './review-errors';

/** A quote as a reviewer sends it: the words, and where they start when the reviewer selected them. */
export interface GivenQuote {
  readonly quote: string;
  /** Where the words start in the text (UTF-16 code units); absent: their first occurrence. */
  readonly start?: number | null;
}

/** `given` located in `text`; `field` names it in the refusal. */
export function locateQuote(text: string, given: GivenQuote, field: string): LocatedQuote {
  const { quote, start } = given;
  if (quote.trim() === '') throw new ReviewInputError(`${field}.quote`, `expected words of the text, found ${describeValue(quote)}`);
  if (quote.length > FIELD_CHARS.quote) throw new ReviewInputError(`${field}.quote`, `expected at most ${FIELD_CHARS.quote} characters, found ${quote.length}`);
  if (start === undefined || start === null) {
    const found = text.indexOf(quote);
    if (found < 0) throw new ReviewInputError(`${field}.quote`, `expected a quote that occurs verbatim in the text, found ${describeValue(quote)}`);
    return { quote, start: found, end: found + quote.length };
  }
  const at = text.slice(start, start + quote.length);
  if (!Number.isInteger(start) || start < 0 || at !== quote) {
    throw new ReviewInputError(`${field}.start`, `expected ${describeValue(quote)} at offset ${start} of the text, found ${describeValue(at)}`);
  }
  return { quote, start, end: start + quote.length };
}

/** The span [start, end) of `text` as a quote, or refused when it is empty or outside the text. */
export function spanQuote(text: string, start: number, end: number, field: string): LocatedQuote {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    throw new ReviewInputError(field, `expected a stretch of the text (0 <= start < end <= ${text.length}), found ${start} to ${end}`);
  }
  return locateQuote(text, { quote: text.slice(start, end), start }, field);
}

/** Which occurrence (from 1) of its words a located quote is, as the loader's format names it. */
export function occurrenceOf(text: string, quote: LocatedQuote): number {
  for (let occurrence = 1; ; occurrence += 1) {
    const at = nthIndexOf(text, quote.quote, occurrence);
    if (at < 0) throw new Error(`quote ${JSON.stringify(quote.quote)} is not at ${quote.start} of the text`);
    if (at === quote.start) return occurrence;
  }
}
