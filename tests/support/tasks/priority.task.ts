/** A worker-pool task that answers its own thread's niceness. */
import { getPriority } from 'node:os';
import { currentThreadId } from '../../../src/runtime/thread-priority';

export function run(): number {
  return getPriority(currentThreadId());
}
