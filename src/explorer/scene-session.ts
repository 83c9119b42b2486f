/**
 * The scene being built in the page: its steps with undo and redo, what each step fetched, and
 * where each step left the actors (with the time axis's scale when the time layout placed them),
 * so undo and redo put the drawing back exactly and never ask the API again. A new step is
 * fetched first and joins the history only when it succeeded, so a failure leaves the scene as it
 * was.
 *
 * Steps are applied one at a time, in the order they were asked for: a second click while the
 * first expansion is loading waits for it. Opening a link or a file replays its steps, laying out
 * after each as the first run did, which is why the picture it opens is the one that was shared.
 *
 * Other parts of the page add to the scene through `apply` (the `relations` step adds relations
 * by id, for anything that finds relations).
 */
import type { Core } from 'cytoscape';
import { routeEdges } from './edge-routing';
import { fitLabels } from './label-detail';
import { drawnElements } from './drawn-elements';
import { runLayout } from './layouts';
import { appliedSteps, canRedo, canUndo, EMPTY_HISTORY, History, pushStep, redo, undo } from './scene-history';
import { movesActors, Position, Scene, sceneOf, StepResult } from './scene-model';
import { Replayed, replaySteps, StepFetcher } from './scene-replay';
import type { Step } from './scene-steps';
import { applySceneClasses, positionsOf, restorePositions, syncElements } from './scene-view';
import type { TimeScale } from './time-layout';

/** What the page learns after each drawing: the scene, and what the drawing made of it. */
export interface Drawn {
  readonly scene: Scene;
  readonly labels: { shown: number; labelled: number };
  readonly edges: { bent: number; over: number };
}

/** Where a step left the drawing: the actors' places, and the axis's scale when the time layout set them. */
interface Drawing {
  readonly positions: Map<string, Position>;
  readonly timeScale: TimeScale | null;
}

const FIT_PADDING = 30;
/** A small scene is not blown up past this zoom when fitted. */
const MOST_FIT_ZOOM = 1.25;

export class SceneSession {
  private history: History = EMPTY_HISTORY;
  /** Replaced, never changed in place: the folded scene is kept for one history and one results list. */
  private results: readonly StepResult[] = [];
  /** The scene of the steps applied, folded once: a pan or zoom frame asks for it again. */
  private folded: { history: History; results: readonly StepResult[]; scene: Scene } | null = null;
  /** drawings[i]: where step i left the drawing. */
  private drawings: Drawing[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly cy: Core,
    private readonly fetch: StepFetcher,
    private readonly drawn: (drawn: Drawn) => void,
  ) {}

  steps(): Step[] {
    return appliedSteps(this.history);
  }

  scene(): Scene {
    if (this.folded?.history !== this.history || this.folded.results !== this.results) {
      this.folded = { history: this.history, results: this.results, scene: sceneOf(this.steps(), this.results) };
    }
    return this.folded.scene;
  }

  /** The scale the actors were placed by, when the time layout placed them: the axis's ticks line up with them. */
  timeScale(): TimeScale | null {
    return this.drawingAfter(this.history.applied)?.timeScale ?? null;
  }

  canUndo(): boolean {
    return canUndo(this.history);
  }

  canRedo(): boolean {
    return canRedo(this.history);
  }

  /** Fetches what the step needs, then adds it to the scene; rejects (and changes nothing) when the fetch fails. */
  apply(step: Step): Promise<StepResult> {
    return this.enqueue(async () => {
      const before = this.scene();
      const result = await this.fetch(step, before);
      this.results = [...this.results.slice(0, this.history.applied), result];
      this.drawings = this.drawings.slice(0, this.history.applied);
      this.history = pushStep(this.history, step);
      this.drawStep(step, result, before, true);
      return result;
    });
  }

  undo(): Promise<void> {
    return this.enqueue(async () => {
      if (!this.canUndo()) return;
      this.history = undo(this.history);
      this.redraw();
    });
  }

  redo(): Promise<void> {
    return this.enqueue(async () => {
      if (!this.canRedo()) return;
      this.history = redo(this.history);
      this.redraw();
    });
  }

  /** Replaces the scene by the steps of a link or a file, replayed; says what it dropped. */
  open(steps: readonly Step[]): Promise<Replayed> {
    return this.enqueue(async () => {
      const replayed = await replaySteps(steps, this.fetch);
      this.cy.elements().remove();
      this.history = EMPTY_HISTORY;
      this.results = [];
      this.drawings = [];
      replayed.steps.forEach((step, index) => {
        const before = this.scene();
        this.results = [...this.results, replayed.results[index]];
        this.history = pushStep(this.history, step);
        this.drawStep(step, replayed.results[index], before, index === replayed.steps.length - 1);
      });
      if (replayed.steps.length === 0) this.redraw();
      return replayed;
    });
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Where the drawing was after the first `count` steps. */
  private drawingAfter(count: number): Drawing | undefined {
    return this.drawings[count - 1];
  }

  /** Draws the scene after a step applied for the first time, laying out when the step moves actors. */
  private drawStep(step: Step, result: StepResult, before: Scene, last: boolean): void {
    const scene = this.scene();
    const fresh = syncElements(this.cy, scene);
    applySceneClasses(this.cy, scene);
    const moved = movesActors(step, result, before);
    // A step that moves no actor keeps the scale they were placed by.
    const timeScale = moved ? runLayout(this.cy, scene, fresh, step.kind === 'layout') : (this.drawingAfter(this.history.applied - 1)?.timeScale ?? null);
    this.drawings[this.history.applied - 1] = { positions: positionsOf(this.cy), timeScale };
    if (last) this.finish(scene, moved);
  }

  /** Draws the scene at the history's place from what is kept: no fetch, no layout. */
  private redraw(): void {
    const scene = this.scene();
    syncElements(this.cy, scene);
    applySceneClasses(this.cy, scene);
    const saved = this.drawingAfter(this.history.applied);
    if (saved) restorePositions(this.cy, saved.positions);
    this.finish(scene, true);
  }

  /** Fits the drawing to the graph's box, without blowing a small scene up. */
  fit(): void {
    this.cy.fit(drawnElements(this.cy), FIT_PADDING);
    if (this.cy.zoom() > MOST_FIT_ZOOM) this.cy.zoom({ level: MOST_FIT_ZOOM, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
  }

  private finish(scene: Scene, fit: boolean): void {
    if (fit) this.fit();
    const edges = routeEdges(this.cy);
    const labels = fitLabels(this.cy, labelOrder(scene, this.cy));
    this.drawn({ scene, labels, edges });
  }

  /** Draws the labels again for the current zoom (after the person zoomed). */
  relabel(): { shown: number; labelled: number } {
    return fitLabels(this.cy, labelOrder(this.scene(), this.cy));
  }
}

/** Whose label is drawn first: the searched actor, the path, pinned and selected actors. */
function labelOrder(scene: Scene, cy: Core): string[] {
  return [...(scene.focus ? [scene.focus] : []), ...scene.path, ...scene.pinned.keys(), ...cy.$(':selected').map((element) => element.id())];
}
