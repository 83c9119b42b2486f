/**
 * The worker pool's time budget (src/runtime/worker-pool.ts), with real threads: a task past it is
 * stopped with WORK_LIMIT_EXCEEDED and its thread replaced; the budget counts from the moment the
 * thread starts the task, after its module has loaded, so a new thread's start is not held against it.
 */
import { join } from 'node:path';
import { taskModule, WorkerPool, WorkLimitError } from '../../src/runtime/worker-pool';

const TASKS = join(__dirname, '..', 'support', 'tasks');
const spin = taskModule<typeof import('../support/tasks/spin.task')>(TASKS, 'spin.task');
const slowStart = taskModule<typeof import('../support/tasks/slow-start.task')>(TASKS, 'slow-start.task');
const priority = taskModule<typeof import('../support/tasks/priority.task')>(TASKS, 'priority.task');

describe('the worker pool', () => {
  let pool: WorkerPool;
  beforeEach(() => {
    pool = new WorkerPool({ size: 1, timeBudgetMs: 300, memoryMb: 64 });
  });
  afterEach(() => pool.close());

  it('stops a task past its budget with WORK_LIMIT_EXCEEDED, and runs the next on a new thread', async () => {
    await expect(pool.run(spin, { ms: 5_000 })).rejects.toEqual(
      expect.objectContaining({ constructor: WorkLimitError, code: 'WORK_LIMIT_EXCEEDED', message: 'the task ran longer than its time budget of 300 ms (WORKER_TIME_BUDGET_MS) and was stopped' }),
    );
    await expect(pool.run(spin, { ms: 10 })).resolves.toBe(10);
  });

  it('does not count the time a task module takes to load against the task', async () => {
    await expect(pool.run(slowStart, { word: 'ready' })).resolves.toBe('READY');
    expect(pool.load).toEqual({ running: 0, queued: 0 });
  });

  it('runs its threads at the niceness it was given, so that a draft yields the processor to the event loop', async () => {
    const niced = new WorkerPool({ size: 1, timeBudgetMs: 5_000, memoryMb: 64, nice: 7 });
    try {
      await expect(niced.run(priority, undefined)).resolves.toBe(7);
    } finally {
      await niced.close();
    }
    await expect(pool.run(priority, undefined)).resolves.toBe(0);
  });
});
