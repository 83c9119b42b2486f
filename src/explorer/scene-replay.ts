/**
 * Opening a scene from its steps (a link or a file): each step is fetched again in order, and a
 * step that cannot be replayed is dropped with a sentence saying which and why, so the rest of
 * the scene still opens. A step cannot be replayed when it names an actor the graph no longer
 * holds (the API answers NOT_FOUND), or hides, shows, pins or expands what the scene does not
 * hold (the step that brought it was dropped); a `relations` step keeps the relations that remain.
 */
import { describeError } from './page';
import { missingReferences, Scene, sceneOf, StepResult } from './scene-model';
import { describeStep, Step } from './scene-steps';

export interface Replayed {
  readonly steps: Step[];
  readonly results: StepResult[];
  readonly problems: string[];
}

export type StepFetcher = (step: Step, scene: Scene) => Promise<StepResult>;

export async function replaySteps(steps: readonly Step[], fetch: StepFetcher): Promise<Replayed> {
  const kept: Step[] = [];
  const results: StepResult[] = [];
  const problems: string[] = [];
  for (const [index, original] of steps.entries()) {
    const label = `Step ${index + 1} (${describeStep(original)})`;
    const scene = sceneOf(kept, results);
    const missing = missingReferences(original, scene);
    let step = original;
    if (missing.length > 0) {
      const remaining = 'ids' in original ? original.ids.filter((id) => !missing.includes(id)) : [];
      const why = `the scene holds no ${missing.join(', ')} (gone from the graph, or brought by a step dropped before)`;
      if (remaining.length === 0) {
        problems.push(`${label} was dropped: ${why}.`);
        continue;
      }
      step = { ...original, ids: remaining } as Step;
      problems.push(`${label}: ${why}; the rest was kept.`);
    }
    let result: StepResult;
    try {
      result = await fetch(step, scene);
    } catch (error) {
      problems.push(`${label} was dropped: ${describeError(error)}.`);
      continue;
    }
    if (result.missing && result.missing.length > 0) {
      if (result.edges.length === 0) {
        problems.push(`${label} was dropped: none of its relations is in the graph any more.`);
        continue;
      }
      problems.push(`${label}: ${result.note}`);
      const gone = new Set(result.missing);
      if ('ids' in step) step = { ...step, ids: step.ids.filter((id) => !gone.has(id)) } as Step;
    }
    kept.push(step);
    results.push(result);
  }
  return { steps: kept, results, problems };
}
