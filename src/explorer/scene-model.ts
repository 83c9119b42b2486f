/**
 * What a list of steps shows: the actors and relations they added, which of them are hidden or
 * pinned, the filter, the layout, the highlighted path and the focus. A pure function of the
 * steps and of what each step fetched, so undo, redo and a reopened link give the same scene.
 *
 * An actor met by several steps keeps the measures (PageRank, betweenness, community) of the
 * first step that brought it: they are computed within that step's neighbourhood.
 */
import type { SubgraphEdge, SubgraphNode } from './graphql-client';
import { INITIAL_FILTER, LayoutName, SceneFilter, Step } from './scene-steps';

/** What one step fetched. Steps that fetch nothing (hide, filter, layout, ...) have `NOTHING_FETCHED`. */
export interface StepResult {
  readonly nodes: readonly SubgraphNode[];
  readonly edges: readonly SubgraphEdge[];
  /** The actors and relations of the path a path step found, in order; empty when there was none. */
  readonly path?: readonly string[];
  /** Ids the step asked for that the graph no longer holds (a `relations` step). */
  readonly missing?: readonly string[];
  /** What the person should know about this step (cut at the limit, no path found). */
  readonly note?: string;
}

export const NOTHING_FETCHED: StepResult = { nodes: [], edges: [] };

export interface Position {
  readonly x: number;
  readonly y: number;
}

export interface Scene {
  /** In the order the steps brought them, which layouts are given, so a replay lays out alike. */
  readonly nodes: ReadonlyMap<string, SubgraphNode>;
  readonly edges: ReadonlyMap<string, SubgraphEdge>;
  /** Ids of actors and relations hidden; a hidden actor's relations are not drawn either. */
  readonly hidden: ReadonlySet<string>;
  readonly pinned: ReadonlyMap<string, Position>;
  readonly layout: LayoutName;
  readonly filter: SceneFilter;
  /** The path of the last path step. */
  readonly path: readonly string[];
  /** The actor of the last search: where "Path to" starts. */
  readonly focus: string | null;
}

export const DEFAULT_LAYOUT: LayoutName = 'fcose';

interface MutableScene {
  nodes: Map<string, SubgraphNode>;
  edges: Map<string, SubgraphEdge>;
  hidden: Set<string>;
  pinned: Map<string, Position>;
  layout: LayoutName;
  filter: SceneFilter;
  path: readonly string[];
  focus: string | null;
}

function emptyScene(): MutableScene {
  return { nodes: new Map(), edges: new Map(), hidden: new Set(), pinned: new Map(), layout: DEFAULT_LAYOUT, filter: INITIAL_FILTER, path: [], focus: null };
}

/** The scene after `steps`, each with what it fetched (`results[i]` for `steps[i]`). */
export function sceneOf(steps: readonly Step[], results: readonly StepResult[]): Scene {
  let scene = emptyScene();
  steps.forEach((step, index) => {
    const result = results[index] ?? NOTHING_FETCHED;
    for (const node of result.nodes) if (!scene.nodes.has(node.id)) scene.nodes.set(node.id, node);
    for (const edge of result.edges) if (!scene.edges.has(edge.id)) scene.edges.set(edge.id, edge);
    switch (step.kind) {
      case 'search':
        scene.focus = step.actor;
        break;
      case 'path':
        scene.path = result.path ?? [];
        break;
      case 'hide':
        for (const id of step.ids) scene.hidden.add(id);
        break;
      case 'show':
        for (const id of step.ids) scene.hidden.delete(id);
        break;
      case 'filter':
        scene.filter = { types: step.types, since: step.since, until: step.until };
        break;
      case 'layout':
        scene.layout = step.name;
        break;
      case 'pin':
        scene.pinned.set(step.actor, { x: step.x, y: step.y });
        break;
      case 'unpin':
        scene.pinned.delete(step.actor);
        break;
      case 'clear':
        scene = emptyScene();
        break;
      case 'expand':
      case 'relations':
        break;
    }
  });
  return scene;
}

/**
 * The ids a step names that the scene before it does not hold: a step that hides, shows, pins or
 * expands what is not there cannot be replayed (a link edited by hand, or a relation removed).
 */
export function missingReferences(step: Step, scene: Scene): string[] {
  const held = (id: string): boolean => scene.nodes.has(id) || scene.edges.has(id);
  switch (step.kind) {
    case 'hide':
    case 'show':
      return step.ids.filter((id) => !held(id));
    case 'pin':
    case 'unpin':
    case 'expand':
      return scene.nodes.has(step.actor) ? [] : [step.actor];
    default:
      return [];
  }
}

/** Whether a step can change where actors are: it adds some, or asks for another layout. */
export function movesActors(step: Step, result: StepResult, before: Scene): boolean {
  if (step.kind === 'layout' || step.kind === 'clear') return true;
  return result.nodes.some((node) => !before.nodes.has(node.id));
}
