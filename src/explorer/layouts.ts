/**
 * The layouts offered in the menu and how each is run on a scene: fCoSE (the force-directed
 * layout of Cytoscape.js's cytoscape-fcose extension), concentric rings by degree, a breadth-first
 * tree from the searched actor, and the time layout (time-layout.ts).
 *
 * Layouts are reproducible: the random numbers fCoSE draws come from a seeded generator while it
 * runs, and labels are measured at their base size, so a scene opened from a link is laid out as
 * it was when the link was made. fCoSE places what a step added around what was there (the
 * actors already drawn are its starting point); pinned actors stay where they were put.
 */
import cytoscape, { Collection, Core, LayoutOptions, NodeCollection, NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { drawnElements } from './drawn-elements';
import { labelsForLayout } from './label-detail';
import type { Scene } from './scene-model';
import type { LayoutName } from './scene-steps';
import { TimeScale, timePlacement } from './time-layout';

cytoscape.use(fcose);

export const LAYOUT_LABELS: Readonly<Record<LayoutName, string>> = {
  fcose: 'Force-directed (fCoSE)',
  concentric: 'Rings by relations (concentric)',
  breadthfirst: 'Tree from the searched actor (breadth-first)',
  time: 'Time: first relation, left to right',
};

const SEED = 20_240_101;
/** How far down, as a share of the gap between rows, every other actor of a breadth-first row goes. */
const STAGGER = 0.4;
/** Distance at which an added actor is first put from the actor it hangs on, before fCoSE settles it. */
const NEW_ACTOR_RING = 90;

/** Mulberry32: a small, well-mixed generator whose sequence depends only on its seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Runs `work` with Math.random seeded. The layouts run synchronously (no animation), so nothing
 * else draws a number meanwhile; fCoSE has no option for a seed of its own.
 */
function seeded<T>(work: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(SEED);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}

/** Puts each added actor on a ring around a neighbour already placed, in a fixed order, so fCoSE starts near where it will settle. */
function placeNewActors(fresh: NodeCollection): void {
  const placedAround = new Map<string, number>();
  fresh.forEach((node) => {
    const anchor = node.neighborhood().nodes().filter((other) => !fresh.contains(other))[0];
    if (!anchor) return;
    const count = placedAround.get(anchor.id()) ?? 0;
    placedAround.set(anchor.id(), count + 1);
    const angle = count * 2.399963; // the golden angle: neighbours spread evenly however many come
    const radius = NEW_ACTOR_RING * (1 + Math.floor(count / 8) * 0.6);
    const centre = anchor.position();
    node.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  });
}

function rootsOf(elements: Collection, focus: string | null): string[] {
  return elements.components().map((component) => {
    const nodes = component.nodes();
    const chosen = focus && nodes.getElementById(focus).nonempty() ? nodes.getElementById(focus) : nodes.max((node: NodeSingular) => node.degree(false)).ele;
    return chosen.id();
  });
}

/** How a layout is run, and the scale of the axis drawn under it (only the time layout has one). */
interface Layout {
  readonly options: LayoutOptions;
  readonly timeScale: TimeScale | null;
}

function timeLayout(elements: Collection): Layout {
  const actors = elements.nodes().map((node) => {
    const days = node
      .connectedEdges()
      .intersection(elements)
      .map((edge) => {
        const time = edge.data('time') as { start: string | null; end: string | null } | null;
        return time?.start ?? time?.end ?? null;
      })
      .filter((day): day is string => day !== null)
      .sort();
    return { id: node.id(), label: String(node.data('label')), first: days[0] ?? null };
  });
  const placement = timePlacement(actors);
  // Cytoscape calls `positions` with the node, though its types say an id.
  const positions = ((node: NodeSingular) => placement.positions.get(node.id()) ?? node.position()) as unknown as (id: string) => cytoscape.Position;
  return { options: { name: 'preset', positions, fit: false, animate: false }, timeScale: placement.scale };
}

function layoutFor(elements: Collection, scene: Scene, incremental: boolean): Layout {
  if (scene.layout === 'time') return timeLayout(elements);
  return { options: optionsFor(scene.layout, elements, scene, incremental), timeScale: null };
}

function optionsFor(name: Exclude<LayoutName, 'time'>, elements: Collection, scene: Scene, incremental: boolean): LayoutOptions {
  const size = Math.max(600, Math.sqrt(elements.nodes().length) * 160);
  const boundingBox = { x1: 0, y1: 0, w: size, h: size };
  switch (name) {
    case 'fcose': {
      const fixed = elements
        .nodes()
        .filter((node) => scene.pinned.has(node.id()))
        .map((node) => ({ nodeId: node.id(), position: { ...scene.pinned.get(node.id())! } }));
      return {
        name: 'fcose',
        quality: 'proof',
        randomize: !incremental,
        animate: false,
        fit: false,
        nodeDimensionsIncludeLabels: true,
        packComponents: false,
        // Tried on the seed graph: these leave room for the most labels at the fitted zoom.
        nodeSeparation: 75,
        idealEdgeLength: () => 60,
        nodeRepulsion: () => 20_000,
        ...(fixed.length > 0 ? { fixedNodeConstraint: fixed } : {}),
      } as LayoutOptions;
    }
    case 'concentric':
      return {
        name: 'concentric',
        concentric: (node: NodeSingular) => node.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 36,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
        boundingBox,
        fit: false,
        animate: false,
      };
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        roots: rootsOf(elements, scene.focus),
        directed: false,
        direction: 'downward',
        spacingFactor: 1.1,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
        boundingBox,
        fit: false,
        animate: false,
      } as LayoutOptions;
  }
}

/**
 * Lays out what is drawn with the scene's layout. `fresh` are the actors the last step added;
 * when some actors were already placed and the layout is fCoSE, it goes on from their places.
 * Returns the scale of the time axis when the time layout placed the actors, else null.
 */
export function runLayout(cy: Core, scene: Scene, fresh: NodeCollection, relayout: boolean): TimeScale | null {
  const elements = drawnElements(cy);
  if (elements.nodes().empty()) return null;
  const unpinned = elements.filter((element) => !element.isNode() || !scene.pinned.has(element.id()));
  const incremental = scene.layout === 'fcose' && !relayout && fresh.length < elements.nodes().length;
  if (incremental) placeNewActors(fresh);
  labelsForLayout(cy);
  // A selected actor's overlay counts in its size for a layout: what a person clicked last must
  // not change where actors go, or a link would not lay out as the scene it was made from.
  const selected = cy.$(':selected');
  selected.unselect();
  // Pinned actors are locked, so no layout moves them; fCoSE is also told where they are, so
  // it places the others around them.
  const laidOut = scene.layout === 'fcose' ? elements : unpinned;
  const layout = layoutFor(elements, scene, incremental);
  try {
    seeded(() => laidOut.layout(layout.options).run());
    if (scene.layout === 'breadthfirst') staggerRows(laidOut.nodes());
  } finally {
    selected.select();
  }
  return layout.timeScale;
}

/**
 * A breadth-first level of many actors is a long row whose labels, side by side, meet; every
 * other actor of a row is moved down by part of the gap to the next row, so labels alternate.
 */
function staggerRows(nodes: NodeCollection): void {
  const rows = new Map<number, NodeSingular[]>();
  nodes.forEach((node) => {
    const y = Math.round(node.position('y'));
    rows.set(y, [...(rows.get(y) ?? []), node]);
  });
  const ys = [...rows.keys()].sort((a, b) => a - b);
  const gap = Math.min(...ys.slice(1).map((y, index) => y - ys[index]));
  if (!Number.isFinite(gap)) return;
  for (const row of rows.values()) {
    row.sort((a, b) => a.position('x') - b.position('x'));
    row.forEach((node, index) => {
      if (index % 2 === 1) node.position('y', node.position('y') + gap * STAGGER);
    });
  }
}
