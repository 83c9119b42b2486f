/**
 * A text cut into plain and highlighted stretches, so that the page can show the mentions a draft
 * found without writing any of the text as HTML. Mentions that overlap an earlier one are left
 * out: a stretch is highlighted once.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Segment<T extends Span> {
  readonly text: string;
  /** The mention this stretch shows, or null for plain text. */
  readonly mark: T | null;
}

export function segments<T extends Span>(text: string, marks: readonly T[]): Segment<T>[] {
  const ordered = [...marks].filter((mark) => mark.start >= 0 && mark.end <= text.length && mark.start < mark.end).sort((a, b) => a.start - b.start || b.end - a.end);
  const result: Segment<T>[] = [];
  let at = 0;
  for (const mark of ordered) {
    if (mark.start < at) continue;
    if (mark.start > at) result.push({ text: text.slice(at, mark.start), mark: null });
    result.push({ text: text.slice(mark.start, mark.end), mark });
    at = mark.end;
  }
  if (at < text.length) result.push({ text: text.slice(at), mark: null });
  return result;
}
