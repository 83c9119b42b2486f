/**
 * A thread's own niceness, on Linux, where a thread is a task of its own with its own id
 * (`/proc/thread-self` names it) and its own niceness. Elsewhere there is no such id: the thread
 * runs as its process does.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** The calling thread's id as the kernel knows it; throws where there is no /proc/thread-self. */
export function currentThreadId(): number {
  return Number(readlinkSync('/proc/thread-self').split('/').pop());
}

/**
 * Lowers the calling thread's priority to `nice`: a draft then takes the processor time the event
 * loop leaves, and every other request keeps being answered while it runs.
 */
export function lowerThreadPriority(nice: number): void {
  if (nice <= 0) return;
  try {
    setPriority(currentThreadId(), nice);
  } catch {
    // No /proc (not Linux), or not allowed: the thread keeps the process's priority.
  }
}
