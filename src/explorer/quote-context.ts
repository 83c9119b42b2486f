/**
 * A quote shown inside its sentence: the text around [start, end) up to the sentence's ends, so
 * a reader sees what was said around the evidence.
 */

export interface QuoteInContext {
  readonly before: string;
  readonly quote: string;
  readonly after: string;
}

const SENTENCE_END = /[.!?]["'”’)]?\s|\n/g;

export function quoteInContext(text: string, start: number, end: number): QuoteInContext {
  let sentenceStart = 0;
  let sentenceEnd = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    const boundary = match.index + match[0].length;
    if (boundary <= start) sentenceStart = boundary;
    else if (match.index >= end) {
      sentenceEnd = match.index + match[0].trimEnd().length;
      break;
    }
  }
  return { before: text.slice(sentenceStart, start), quote: text.slice(start, end), after: text.slice(end, sentenceEnd) };
}
