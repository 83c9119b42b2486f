/**
 * The time filter's rule, the API's own: a relation is shown when its time overlaps the window,
 * and while a bound is set a relation without a time is not, since nothing says it falls inside.
 */

export function inTimeWindow(time: { start: string | null; end: string | null } | null, since: string, until: string): boolean {
  if (!since && !until) return true;
  if (time === null || (time.start === null && time.end === null)) return false;
  const from = since ? firstDay(since) : null;
  const to = until ? lastDay(until) : null;
  return (from === null || time.end === null || time.end >= from) && (to === null || time.start === null || time.start <= to);
}

function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

function lastDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number);
    return `${date}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return date;
}
