/**
 * The time layout: actors left to right by the date of their first relation in the scene (its
 * start, or its end when only that is known), in lanes so that no two labels meet; actors with
 * no dated relation stand in a column of their own on the left. A pure function of the actors
 * and their dates, so the page can draw the same axis the layout used.
 */

export interface TimedActor {
  readonly id: string;
  readonly label: string;
  /** The first day of its earliest dated relation, YYYY-MM-DD; null when none is dated. */
  readonly first: string | null;
}

export interface TimeScale {
  /** Model x of a day (YYYY-MM-DD). */
  readonly x: (day: string) => number;
  readonly from: string;
  readonly to: string;
  /** Model x of the column of undated actors, when there are any. */
  readonly undatedX: number | null;
}

export interface TimePlacement {
  readonly positions: Map<string, { x: number; y: number }>;
  readonly scale: TimeScale | null;
}

/** Model units per day of the span shown, and its least and most width. */
const MIN_WIDTH = 900;
const WIDTH_PER_ACTOR = 70;
/** Height of a lane: an actor at its largest and a label of two lines. */
const LANE = 104;
/** A label's width in model units: about six units a character at the base size, wrapped at 110. */
const CHAR_WIDTH = 6.4;
const MAX_LABEL = 110;
const GAP = 14;
const UNDATED_GAP = 160;

function labelWidth(label: string): number {
  return Math.min(MAX_LABEL, label.length * CHAR_WIDTH) + GAP;
}

function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
}

export function timePlacement(actors: readonly TimedActor[]): TimePlacement {
  const dated = actors.filter((actor) => actor.first !== null).sort((a, b) => (a.first! < b.first! ? -1 : a.first! > b.first! ? 1 : a.id < b.id ? -1 : 1));
  const undated = actors.filter((actor) => actor.first === null);
  const positions = new Map<string, { x: number; y: number }>();
  let scale: TimeScale | null = null;
  if (dated.length > 0) {
    const from = dated[0].first!;
    const to = dated[dated.length - 1].first!;
    const span = Math.max(1, dayNumber(to) - dayNumber(from));
    const width = Math.max(MIN_WIDTH, dated.length * WIDTH_PER_ACTOR);
    const x = (day: string): number => ((dayNumber(day) - dayNumber(from)) / span) * width;
    scale = { x, from, to, undatedX: undated.length > 0 ? -UNDATED_GAP : null };
    // Each lane remembers where its last label ends; an actor takes the first lane it fits in,
    // lanes alternating above and below the middle so the drawing stays compact.
    const laneEnds: number[] = [];
    for (const actor of dated) {
      const centre = x(actor.first!);
      const half = labelWidth(actor.label) / 2;
      let lane = laneEnds.findIndex((end) => end <= centre - half);
      if (lane === -1) {
        lane = laneEnds.length;
        laneEnds.push(0);
      }
      laneEnds[lane] = centre + half;
      positions.set(actor.id, { x: centre, y: laneOffset(lane) });
    }
  }
  undated.forEach((actor, index) => positions.set(actor.id, { x: scale ? -UNDATED_GAP : 0, y: laneOffset(index) }));
  return { positions, scale };
}

/** Lane 0 in the middle, then one below, one above, and so on. */
function laneOffset(lane: number): number {
  const step = Math.ceil(lane / 2);
  return (lane % 2 === 1 ? step : -step) * LANE;
}

/** Years (YYYY) to mark on the axis of a scale: every year, or every n-th when there are many. */
export function axisYears(scale: TimeScale, most = 12): string[] {
  const first = Number(scale.from.slice(0, 4));
  const last = Number(scale.to.slice(0, 4)) + 1;
  const every = Math.max(1, Math.ceil((last - first + 1) / most));
  const years: string[] = [];
  for (let year = first; year <= last; year += every) years.push(String(year));
  return years;
}
