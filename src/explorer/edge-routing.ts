/**
 * Edges that go around actors. A straight relation drawn under an actor that is not one of its
 * ends reads as that actor's relation; after each layout, such an edge is bent (an unbundled
 * Bézier with a control point beside each actor in its way) to the side that clears them, and
 * checked again along the curve Cytoscape will draw. An edge no bend clears is drawn over the
 * actors rather than under them.
 *
 * Cytoscape measures a control point's distance from the line between the two actors, with a
 * sign that depends on how it orders the pair internally; the sign is read back from the control
 * point it computes instead of being guessed.
 */
import type { Core, EdgeSingular, NodeCollection, Position } from 'cytoscape';
import { drawnEdges, drawnNodes } from './drawn-elements';

/** Room kept between an edge and an actor it passes, in model units. */
const CLEARANCE = 8;
/** Control points stay this far from the ends (0 and 1 along the edge), where a bend would not show. */
const END_ZONE = 0.08;
const ROUTED = 'routed';
/** Drawn over the actors (see graph-style.ts): an edge no bend could clear. */
export const OVER = 'over';
/** Bends tried, as multiples of the smallest that could clear. */
const BENDS = [2.2, 3.2, 4.5, 6.5, 9];
const MIN_BEND = 8;
/** Extra bend for each relation of the same two actors already bent, so they do not lie on one curve. */
const PARALLEL_STEP = 14;
const PASSES = 3;

interface Disc {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

function discs(nodes: NodeCollection): Disc[] {
  return nodes.map((node) => {
    const { x, y } = node.position();
    return { id: node.id(), x, y, r: Math.max(node.outerWidth(), node.outerHeight()) / 2 + CLEARANCE };
  });
}

/** Where `p` falls along a→b (0 to 1) and its signed distance from the line (positive to the left). */
function alongAndAcross(a: Position, b: Position, p: Position): { along: number; across: number } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  return { along: ((p.x - a.x) * dx + (p.y - a.y) * dy) / (length * length), across: ((p.y - a.y) * dx - (p.x - a.x) * dy) / -length };
}

/** Points along the edge as drawn: straight, or the chain of quadratic curves Cytoscape draws through its control points. */
export function edgeSamples(edge: EdgeSingular, perSegment = 16): Position[] {
  return curveSamples(edge.sourceEndpoint(), edge.targetEndpoint(), edge.isLoop() ? [] : (edge.controlPoints() ?? []), perSegment);
}

/** Points along a straight line, or along the quadratic curves Cytoscape draws through the control points (joined at their midpoints). */
function curveSamples(start: Position, end: Position, controls: readonly Position[], perSegment = 16): Position[] {
  if (controls.length === 0) return Array.from({ length: perSegment + 1 }, (_, index) => lerp(start, end, index / perSegment));
  const joints = [start, ...controls.slice(0, -1).map((point, index) => lerp(point, controls[index + 1], 0.5)), end];
  const points: Position[] = [];
  controls.forEach((control, index) => {
    for (let step = 0; step <= perSegment; step += 1) {
      const t = step / perSegment;
      const a = lerp(joints[index], control, t);
      const b = lerp(control, joints[index + 1], t);
      points.push(lerp(a, b, t));
    }
  });
  return points;
}

function lerp(a: Position, b: Position, t: number): Position {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/** The distance from `p` to the line through the points (the curve, in short straight pieces). */
function distanceToLine(points: readonly Position[], p: Position): number {
  let nearest = Infinity;
  for (let index = 1; index < points.length; index += 1) {
    const a = points[index - 1];
    const b = points[index];
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const lengthSquared = dx * dx + dy * dy;
    const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
    nearest = Math.min(nearest, Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy)));
  }
  return nearest;
}

/** The actors (other than its ends) that the edge, as drawn, passes under. */
export function actorsUnder(edge: EdgeSingular, others: readonly Disc[]): Disc[] {
  return discsUnder(edgeSamples(edge), others, new Set([edge.source().id(), edge.target().id()]));
}

/**
 * The discs (other than the ends') that a line through the points passes under. Only a disc that
 * reaches into the box round the points can be: the box is checked first, which spares the
 * distance to every piece of the line for nearly every actor of a large scene.
 */
function discsUnder(samples: readonly Position[], others: readonly Disc[], ends: ReadonlySet<string>): Disc[] {
  const xs = samples.map((point) => point.x);
  const ys = samples.map((point) => point.y);
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return others.filter(
    (disc) =>
      disc.x + disc.r > left && disc.x - disc.r < right && disc.y + disc.r > top && disc.y - disc.r < bottom && !ends.has(disc.id) && distanceToLine(samples, disc) < disc.r - CLEARANCE / 2,
  );
}

/**
 * The curve a bend would draw, computed here rather than by Cytoscape: a control point `across`
 * from the line between the actors' centres (positive to the left, as `alongAndAcross` counts), at
 * `along` of the way. Trying bends this way costs no restyling of the edge for each try.
 */
function bentSamples(a: Position, b: Position, bends: readonly { along: number; across: number }[]): Position[] {
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const left = { x: (b.y - a.y) / length, y: -(b.x - a.x) / length };
  const controls = bends.map(({ along, across }) => {
    const point = lerp(a, b, along);
    return { x: point.x + left.x * across, y: point.y + left.y * across };
  });
  return curveSamples(a, b, controls);
}

function bend(edge: EdgeSingular, distances: number[], weights: number[]): void {
  edge.addClass(ROUTED);
  edge.style({ 'curve-style': 'unbundled-bezier', 'edge-distances': 'node-position', 'control-point-distances': distances, 'control-point-weights': weights });
}

function unbend(edge: EdgeSingular): void {
  edge.removeClass(`${ROUTED} ${OVER}`);
  edge.removeStyle('curve-style edge-distances control-point-distances control-point-weights');
}

/**
 * How Cytoscape places a control point of this edge: `sign` is +1 when a positive distance puts it
 * left of source→target (as `alongAndAcross` counts), else -1; `flipped` when it measures weights
 * from the target. Both follow the order in which Cytoscape keeps the pair, read back from a trial
 * bend rather than guessed.
 */
function placementOf(edge: EdgeSingular): { sign: number; flipped: boolean } {
  bend(edge, [40], [0.25]);
  const [control] = edge.controlPoints() ?? [];
  if (!control) return { sign: 1, flipped: false };
  const { along, across } = alongAndAcross(edge.source().position(), edge.target().position(), control);
  return { sign: across >= 0 ? 1 : -1, flipped: along > 0.5 };
}

/**
 * Bends every drawn edge that passes under an actor other than its ends. An edge no bend clears
 * (in a dense cluster each side has another actor) keeps the bend that passes under fewest, and
 * is drawn over the actors instead of under them: crossing over an actor, it does not read as
 * ending there. Returns how many edges were bent and how many are drawn over.
 */
export function routeEdges(cy: Core): { bent: number; over: number } {
  const others = discs(drawnNodes(cy));
  let bent = 0;
  let over = 0;
  cy.batch(() => cy.edges(`.${ROUTED}, .${OVER}`).forEach(unbend));
  /** Routed edges per pair of actors, so parallel relations bent round the same actor stay apart. */
  const routedPerPair = new Map<string, number>();
  // Taking an edge out of a bundle of parallel ones re-spaces the rest of the bundle, which can
  // move one already checked under an actor: the edges are checked again until none moves.
  for (let pass = 0; pass < PASSES; pass += 1) {
    const inWay = drawnEdges(cy)
      .not(`.${ROUTED}, .${OVER}`)
      .edges()
      .filter((edge) => !edge.isLoop() && actorsUnder(edge, others).length > 0);
    if (inWay.empty()) break;
    inWay.forEach((edge) => {
      const result = routeEdge(edge, others, routedPerPair);
      if (result === 'bent') bent += 1;
      else over += 1;
    });
  }
  return { bent, over };
}

/** Bends one edge round what is in its way, or draws it over when no bend clears. */
function routeEdge(edge: EdgeSingular, others: readonly Disc[], routedPerPair: Map<string, number>): 'bent' | 'over' {
  const a = edge.source().position();
  const b = edge.target().position();
  // What is under the straight line is what a bend must clear; a bundled edge is curved already.
  const straight = others.filter((disc) => disc.id !== edge.source().id() && disc.id !== edge.target().id() && Math.abs(alongAndAcross(a, b, disc).across) < disc.r && between(a, b, disc));
  const inWay = straight.length > 0 ? straight : actorsUnder(edge, others);
  const placed = inWay
    .map((disc) => {
      const { along, across } = alongAndAcross(a, b, disc);
      return { disc, across, along: Math.min(1 - END_ZONE, Math.max(END_ZONE, along)) };
    })
    .sort((x, y) => x.along - y.along);
  const pair = [edge.source().id(), edge.target().id()].sort().join(' ');
  const spread = (routedPerPair.get(pair) ?? 0) * PARALLEL_STEP;
  const { sign, flipped } = placementOf(edge);
  // Go round on the side away from most of what is in the way first.
  const away = placed.reduce((sum, item) => sum - Math.sign(item.across || 1), 0) >= 0 ? 1 : -1;
  const ends = new Set([edge.source().id(), edge.target().id()]);
  const weights = placed.map((item) => (flipped ? 1 - item.along : item.along));
  let best: { distances: number[]; under: number } | null = null;
  for (const side of [away, -away]) {
    for (const factor of BENDS) {
      const across = placed.map((item) => side * (Math.max(MIN_BEND, item.disc.r + side * item.across) * factor + spread));
      const under = discsUnder(bentSamples(a, b, placed.map((item, index) => ({ along: item.along, across: across[index] }))), others, ends).length;
      const distances = across.map((distance) => sign * distance);
      if (under === 0) {
        bend(edge, distances, weights);
        routedPerPair.set(pair, (routedPerPair.get(pair) ?? 0) + 1);
        return 'bent';
      }
      if (!best || under < best.under) best = { distances, under };
    }
  }
  bend(edge, best!.distances, weights);
  routedPerPair.set(pair, (routedPerPair.get(pair) ?? 0) + 1);
  edge.addClass(OVER);
  return 'over';
}

/** Whether the disc's centre projects onto the segment a→b. */
function between(a: Position, b: Position, disc: Disc): boolean {
  const { along } = alongAndAcross(a, b, disc);
  return along > 0 && along < 1;
}
