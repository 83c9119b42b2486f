/**
 * Times as documents give them: partial ISO dates (`2020`, `2023-10`, `2023-10-07`) and ranges
 * between them (`2003/2011`, `2023-10-07/..` still going on, `../2011` since some time before).
 *
 * Each time is stored with its text and two sortable day keys, the earliest and the latest day it
 * can mean, so `2020` sorts before `2020-03-01` and a range sorts by its start; comparisons on
 * the keys are plain string comparisons in Cypher.
 */

export interface PartialTime {
  /** As written in the annotation, e.g. `2023-10-07/..`. */
  readonly text: string;
  /** The earliest day meant, `YYYY-MM-DD`; null for an open start. */
  readonly start: string | null;
  /** The latest day meant, `YYYY-MM-DD`; null for an open end. */
  readonly end: string | null;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the explorer checks its date fields with it too (this module imports nothing, so its bundle can). */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
export const OPEN = '..';

export class PartialTimeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PartialTimeError';
  }
}

/** The earliest and latest day of one partial date, or throws saying what is wrong. */
export function partialDateBounds(text: string): { first: string; last: string } {
  const match = PARTIAL_DATE.exec(text);
  if (!match) throw new PartialTimeError(`expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found '${text}'`);
  const [, year, month, day] = match;
  const y = Number(year);
  if (month === undefined) return { first: `${year}-01-01`, last: `${year}-12-31` };
  const m = Number(month);
  if (m < 1 || m > 12) throw new PartialTimeError(`expected a month from 01 to 12, found '${text}'`);
  const lastDay = String(daysInMonth(y, m)).padStart(2, '0');
  if (day === undefined) return { first: `${year}-${month}-01`, last: `${year}-${month}-${lastDay}` };
  const d = Number(day);
  if (d < 1 || d > daysInMonth(y, m)) throw new PartialTimeError(`expected a day that exists in ${year}-${month}, found '${text}'`);
  return { first: text, last: text };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a partial date or a range; throws a `PartialTimeError` that says what was expected. */
export function parsePartialTime(text: string): PartialTime {
  const parts = text.split('/');
  if (parts.length === 1) {
    const { first, last } = partialDateBounds(text);
    return { text, start: first, end: last };
  }
  if (parts.length !== 2 || (parts[0] === OPEN && parts[1] === OPEN)) {
    throw new PartialTimeError(`expected a date or a range START/END (either side may be '..'), found '${text}'`);
  }
  const start = parts[0] === OPEN ? null : partialDateBounds(parts[0]).first;
  const end = parts[1] === OPEN ? null : partialDateBounds(parts[1]).last;
  if (start !== null && end !== null && start > end) {
    throw new PartialTimeError(`expected a range whose start is not after its end, found '${text}'`);
  }
  return { text, start, end };
}

/** A `since` or `until` that is not a date, or an `until` before its `since`; `argument` names the one at fault. */
export class TimeWindowError extends PartialTimeError {
  constructor(
    readonly argument: 'since' | 'until',
    message: string,
  ) {
    super(message);
    this.name = 'TimeWindowError';
  }
}

/**
 * The day keys a `since`/`until` filter compares with: the first day of `since`, the last of
 * `until`. A window whose `until` ends before its `since` begins would match nothing, and is
 * refused as a mistake rather than answered with an empty list: every path that filters by time
 * (the API's lists, traversals and timeline, the exports) reads its window here.
 */
export function filterBounds(since: string | null | undefined, until: string | null | undefined): { since: string | null; until: string | null } {
  const bound = (argument: 'since' | 'until', text: string, which: 'first' | 'last'): string => {
    try {
      return partialDateBounds(text)[which];
    } catch (error) {
      if (error instanceof PartialTimeError) throw new TimeWindowError(argument, error.message);
      throw error;
    }
  };
  const window = { since: since == null ? null : bound('since', since, 'first'), until: until == null ? null : bound('until', until, 'last') };
  if (window.since !== null && window.until !== null && window.since > window.until) {
    throw new TimeWindowError('until', `expected a date not before since '${since}', found '${until}'`);
  }
  return window;
}
