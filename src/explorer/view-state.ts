/**
 * What the explorer shows, as plain data that lives in the page's URL, so a view can be shared
 * as a link and comes back the same on reload.
 */
import { PARTIAL_DATE } from '../graph/partial-time';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface ViewState {
  /** The actor at the centre; null before a search. */
  readonly actor: string | null;
  readonly depth: number;
  readonly direction: Direction;
  /** Relation types to follow; empty means all. */
  readonly types: readonly string[];
  /** Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) bounding the time filter; empty means open. */
  readonly since: string;
  readonly until: string;
  /** A second actor: the shortest path from `actor` to it is drawn and highlighted. */
  readonly to: string | null;
  /** True draws the shortest path whose relations do not go back in time instead. */
  readonly timeRespecting: boolean;
}

export const INITIAL_STATE: ViewState = { actor: null, depth: 1, direction: 'BOTH', types: [], since: '', until: '', to: null, timeRespecting: false };

const DIRECTIONS: readonly Direction[] = ['OUT', 'IN', 'BOTH'];

/** The view a URL describes; what it cannot use (a depth beyond `maxDepth`, an unknown direction) is left initial. */
export function readState(search: string, maxDepth: number): ViewState {
  const params = new URLSearchParams(search);
  const depth = Number(params.get('depth'));
  const direction = params.get('direction') as Direction;
  const date = (value: string | null): string => (value !== null && PARTIAL_DATE.test(value) ? value : '');
  return {
    actor: params.get('actor') || null,
    depth: Number.isInteger(depth) && depth >= 1 && depth <= maxDepth ? depth : INITIAL_STATE.depth,
    direction: DIRECTIONS.includes(direction) ? direction : INITIAL_STATE.direction,
    types: (params.get('types') ?? '').split(',').filter((type) => /^[A-Z_]+$/.test(type)),
    since: date(params.get('since')),
    until: date(params.get('until')),
    to: params.get('to') || null,
    timeRespecting: params.get('timeRespecting') === 'true',
  };
}

/** Only what differs from the initial state goes into the URL, in a fixed order. */
export function writeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.actor) params.set('actor', state.actor);
  if (state.depth !== INITIAL_STATE.depth) params.set('depth', String(state.depth));
  if (state.direction !== INITIAL_STATE.direction) params.set('direction', state.direction);
  if (state.types.length > 0) params.set('types', state.types.join(','));
  if (state.since) params.set('since', state.since);
  if (state.until) params.set('until', state.until);
  if (state.to) params.set('to', state.to);
  if (state.timeRespecting) params.set('timeRespecting', 'true');
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * Whether a relation's time overlaps the window, with the API's rule: when a bound is set,
 * relations without a time are hidden, since nothing says they fall inside.
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
