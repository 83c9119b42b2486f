/**
 * Dates a sentence gives, as the project's partial dates (`2020`, `2023-10`, `2023-10-07`, or a
 * range `2003/..` for "since 2003").
 *
 * chrono-node reads the dates and resolves the relative ones ("two days later", "last year")
 * against the document's date; only what it leaves out is written here: a bare year ("in 2003",
 * which chrono does not take for a date), a year given apart from its day ("October 7 last
 * year"), and "since", which opens a range.
 */
import * as chrono from 'chrono-node';
import { partialDateBounds } from '../graph/partial-time';

export interface FoundDate {
  /** A partial date or an open range `START/..`. */
  readonly time: string;
  readonly start: number;
  readonly end: number;
}

const BARE_YEAR = /\b(?:in|since|from|until|by|of|year)\s+((?:19|20)\d{2})\b/gi;
const SINCE_BEFORE = /\bsince\s+(?:the\s+\w+\s+)?$/i;

/** The reference day for relative dates: the document's first day, or none when it has no date. */
export function referenceDay(documentDate: string | undefined): Date | undefined {
  if (documentDate === undefined) return undefined;
  const { first } = partialDateBounds(documentDate);
  return new Date(`${first}T12:00:00Z`);
}

/** Every date in `text` (a sentence), offsets relative to `text`, in order. */
export function findDates(text: string, reference: Date | undefined): FoundDate[] {
  const found: FoundDate[] = [];
  const results = chrono.parse(text, reference ?? new Date(Date.UTC(2000, 0, 1)));
  for (let i = 0; i < results.length; i += 1) {
    const result = results[i];
    // Without the document's date, only dates that give their year can be trusted.
    if (reference === undefined && !/\d{4}/.test(result.text)) continue;
    const start = result.start;
    let year = start.isCertain('year') ? start.get('year') : null;
    let end = result.index + result.text.length;
    const next = results[i + 1];
    // "October 7 last year": chrono reads the day and the year as two dates.
    if (year === null && next !== undefined && next.index - end <= 2 && next.start.isCertain('year') && !next.start.isCertain('month')) {
      year = next.start.get('year');
      end = next.index + next.text.length;
      i += 1;
    }
    if (year === null) {
      if (reference === undefined) continue;
      year = start.get('year');
    }
    const month = start.isCertain('month') || start.isCertain('day') ? start.get('month') : null;
    const day = start.isCertain('day') ? start.get('day') : null;
    const time = partial(year, month, day);
    if (time !== null) found.push({ time: opened(text, result.index, time), start: result.index, end });
  }
  for (const match of text.matchAll(BARE_YEAR)) {
    const start = (match.index ?? 0) + match[0].length - match[1].length;
    if (found.some((date) => start >= date.start && start < date.end)) continue;
    found.push({ time: opened(text, start, match[1]), start, end: start + 4 });
  }
  return found.sort((a, b) => a.start - b.start);
}

function partial(year: number | null, month: number | null, day: number | null): string | null {
  if (year === null || year < 1000 || year > 9999) return null;
  if (month === null) return String(year);
  const mm = String(month).padStart(2, '0');
  if (day === null) return `${year}-${mm}`;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

/** "since 2003" is a range that is still open. */
function opened(text: string, start: number, time: string): string {
  return SINCE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ? `${time}/..` : time;
}
