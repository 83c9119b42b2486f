/**
 * Level of detail for labels: at every zoom, labels keep a readable size on screen, and a label
 * that would overlap a label already drawn, or an actor other than its own, gives way. The order
 * of who gives way is the order of importance: the searched actor, the path, pinned and selected
 * actors, then actors by how many relations they have in the scene; relation labels come after
 * every actor's. Zooming in spreads the actors apart, so more labels find room.
 *
 * The boxes are Cytoscape's own label bounding boxes (`includeLabels` only), so what is checked
 * is what is drawn; a label that gives way keeps its box (it is only made transparent), which
 * lets the next pass measure it again.
 */
import type { BoundingBox12, Core, SingularElementArgument } from 'cytoscape';
import { drawnEdges, drawnNodes, NOT_DRAWN } from './drawn-elements';
import { EDGE_FONT_SIZE, NODE_FONT_SIZE } from './graph-style';

/** The smallest label size on screen, in pixels, for actors and for relations. */
const NODE_SCREEN_FONT = 10;
const EDGE_SCREEN_FONT = 8;
const NODE_TEXT_WIDTH = 110;
const NODE_TEXT_MARGIN = 4;
/** Grid cell of the overlap index, in model units at zoom 1. */
const CELL = 80;

export const LABEL_OFF = 'label-off';

interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** A spatial hash of boxes, so a scene of hundreds of labels is checked in about linear time. */
class BoxIndex {
  private readonly cells = new Map<string, Box[]>();
  constructor(private readonly cell: number) {}

  private keys(box: Box): string[] {
    const keys: string[] = [];
    for (let x = Math.floor(box.x1 / this.cell); x <= Math.floor(box.x2 / this.cell); x += 1) {
      for (let y = Math.floor(box.y1 / this.cell); y <= Math.floor(box.y2 / this.cell); y += 1) keys.push(`${x}:${y}`);
    }
    return keys;
  }

  add(box: Box): void {
    for (const key of this.keys(box)) {
      const list = this.cells.get(key);
      if (list) list.push(box);
      else this.cells.set(key, [box]);
    }
  }

  hits(box: Box, except?: Box): boolean {
    return this.keys(box).some((key) => (this.cells.get(key) ?? []).some((other) => other !== except && overlaps(box, other)));
  }
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** The label sizes that keep labels readable at `zoom`, in model units. */
function labelScale(zoom: number): number {
  return Math.max(1, NODE_SCREEN_FONT / (NODE_FONT_SIZE * zoom));
}

/**
 * How much larger than the stylesheet's labels are when a layout measures them. A scene is
 * usually fitted at a zoom below one, where labels are drawn larger than their base size (see
 * `labelScale`); a layout that leaves room for labels of that size leaves most of them room to be
 * drawn. The same factor at every zoom, so a layout never depends on the zoom it ran at.
 */
const LAYOUT_LABEL_SCALE = 1.6;

/** Gives actors' labels the size layouts measure, whatever the zoom. */
export function labelsForLayout(cy: Core): void {
  cy.batch(() => {
    cy.nodes().style(labelStyle(LAYOUT_LABEL_SCALE));
    cy.edges().removeStyle('font-size');
  });
}

function labelStyle(scale: number): Record<string, string | number> {
  return { 'font-size': NODE_FONT_SIZE * scale, 'text-max-width': `${NODE_TEXT_WIDTH * scale}px`, 'text-margin-y': NODE_TEXT_MARGIN * scale };
}

function labelBox(element: SingularElementArgument): BoundingBox12 | null {
  const box = element.boundingBox({ includeLabels: true, includeNodes: false, includeEdges: false, includeOverlays: false });
  return box.w > 0 && box.h > 0 ? box : null;
}

/**
 * Decides which labels are drawn at the current zoom. `first` lists ids drawn before the others
 * (the searched actor, the path, pinned and selected actors), in that order.
 */
export function fitLabels(cy: Core, first: readonly string[]): { shown: number; labelled: number } {
  const scale = labelScale(cy.zoom());
  const nodes = drawnNodes(cy);
  const edges = drawnEdges(cy);
  cy.batch(() => {
    nodes.style(labelStyle(scale));
    edges.style({ 'font-size': Math.max(EDGE_FONT_SIZE, EDGE_SCREEN_FONT / cy.zoom()) });
  });
  const rank = new Map(first.map((id, index) => [id, index]));
  // Counted once, not inside the comparator: a zoom relabels every drawn actor.
  const degrees = new Map(nodes.map((node) => [node.id(), node.connectedEdges().not(NOT_DRAWN).length]));
  const degree = (id: string): number => degrees.get(id) ?? 0;
  const orderedNodes = nodes.toArray().sort((a, b) => (rank.get(a.id()) ?? Infinity) - (rank.get(b.id()) ?? Infinity) || degree(b.id()) - degree(a.id()) || (a.id() < b.id() ? -1 : 1));
  const orderedEdges = edges.toArray().sort((a, b) => (rank.get(a.id()) ?? Infinity) - (rank.get(b.id()) ?? Infinity));

  const bodies = new BoxIndex(CELL * scale);
  const bodyOf = new Map<string, Box>();
  for (const node of nodes) {
    const box = node.boundingBox({ includeLabels: false, includeOverlays: false });
    bodies.add(box);
    bodyOf.set(node.id(), box);
  }
  const labels = new BoxIndex(CELL * scale);
  let shown = 0;
  let labelled = 0;
  const on: SingularElementArgument[] = [];
  const off: SingularElementArgument[] = [];
  for (const element of [...orderedNodes, ...orderedEdges]) {
    const box = labelBox(element);
    if (!box) continue;
    labelled += 1;
    // An actor's label may touch its own body; a relation's label may touch no actor.
    const free = !labels.hits(box) && !bodies.hits(box, element.isNode() ? bodyOf.get(element.id()) : undefined);
    if (free) {
      labels.add(box);
      on.push(element);
      shown += 1;
    } else off.push(element);
  }
  cy.batch(() => {
    for (const element of on) element.removeClass(LABEL_OFF);
    for (const element of off) element.addClass(LABEL_OFF);
  });
  return { shown, labelled };
}
