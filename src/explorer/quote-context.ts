/**
 * Quotes shown inside their sentences, each sentence once: quotes taken from the same sentence
 * (or from sentences that overlap, when a quote runs across a sentence's end) share one passage
 * with every quote in it highlighted, so a reader sees what was said around the evidence without
 * reading the same sentence again for each quote.
 */

export interface QuotedSpan {
  readonly start: number;
  readonly end: number;
  readonly document: { readonly id: string; readonly title: string; readonly text: string };
}

export interface Passage {
  readonly documentId: string;
  readonly title: string;
  /** The sentence (or run of sentences) the quotes are in. */
  readonly text: string;
  /** Stretches of `text` to highlight, in order; quotes that overlap are one stretch. */
  readonly marks: readonly { readonly start: number; readonly end: number }[];
  /** How many quotes the passage holds. */
  readonly quotes: number;
}

const SENTENCE_END = /[.!?]["'”’)]?\s|\n/g;

/** The sentence around [start, end) of `text`: from the end of the sentence before to the end of the one it finishes in. */
export function sentenceSpan(text: string, start: number, end: number): { start: number; end: number } {
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
  return { start: sentenceStart, end: sentenceEnd };
}

interface Span {
  start: number;
  end: number;
}

/** Spans merged where they overlap, in order. */
function union(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The passages of a list of quotes, in the order their documents and sentences first appear. */
export function quotePassages(quotes: readonly QuotedSpan[]): Passage[] {
  const byDocument = new Map<string, QuotedSpan[]>();
  for (const quote of quotes) {
    const list = byDocument.get(quote.document.id);
    if (list) list.push(quote);
    else byDocument.set(quote.document.id, [quote]);
  }
  const passages: Passage[] = [];
  for (const [documentId, documentQuotes] of byDocument) {
    const { text, title } = documentQuotes[0].document;
    const valid = documentQuotes.filter((quote) => quote.start >= 0 && quote.end <= text.length && quote.start < quote.end);
    const withSentence = valid.map((quote) => ({ quote, sentence: sentenceSpan(text, quote.start, quote.end) }));
    for (const sentence of union(withSentence.map((item) => item.sentence))) {
      const inside = withSentence.filter((item) => item.sentence.start >= sentence.start && item.sentence.end <= sentence.end);
      passages.push({
        documentId,
        title,
        text: text.slice(sentence.start, sentence.end),
        marks: union(inside.map((item) => ({ start: item.quote.start - sentence.start, end: item.quote.end - sentence.start }))),
        quotes: inside.length,
      });
    }
  }
  return passages;
}
