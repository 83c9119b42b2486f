/**
 * Undo and redo over a scene's steps: the steps taken, and how many of them are applied. A new
 * step after an undo drops the undone ones, as editors do.
 */
import { Step } from './scene-steps';

export interface History {
  readonly steps: readonly Step[];
  /** How many of `steps` are applied; the rest are there to redo. */
  readonly applied: number;
}

export const EMPTY_HISTORY: History = { steps: [], applied: 0 };

export function appliedSteps(history: History): Step[] {
  return history.steps.slice(0, history.applied);
}

export function pushStep(history: History, step: Step): History {
  return { steps: [...appliedSteps(history), step], applied: history.applied + 1 };
}

export function canUndo(history: History): boolean {
  return history.applied > 0;
}

export function canRedo(history: History): boolean {
  return history.applied < history.steps.length;
}

export function undo(history: History): History {
  return canUndo(history) ? { ...history, applied: history.applied - 1 } : history;
}

export function redo(history: History): History {
  return canRedo(history) ? { ...history, applied: history.applied + 1 } : history;
}
