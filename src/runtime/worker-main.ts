/**
 * The loop of one thread of the worker pool (worker-pool.ts). It runs one task at a time: a task is
 * a module that exports `run(input)`, loaded once by its file name, given a copy of the input the
 * request sent. It says when the task starts (after its module is loaded), then answers with the
 * result, or with the error's name and message, and with the bytes its heap holds after the task,
 * so that the pool can replace a thread whose caches have grown. It runs at the niceness the pool
 * gives it (thread-priority.ts).
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { lowerThreadPriority } from './thread-priority';

/** What the pool gives a thread when it starts it. */
export interface WorkerSettings {
  /** The thread's niceness; 0 leaves it as the event loop's. */
  readonly nice: number;
}

lowerThreadPriority((workerData as WorkerSettings | undefined)?.nice ?? 0);

/** What the pool sends: the task module's file and the task's input. */
export interface TaskMessage {
  readonly file: string;
  readonly input: unknown;
}

/**
 * What the thread says when its task's module is loaded and the task starts: the task's time budget
 * counts from here, so a new thread's start (loading the rules) is not the task's time.
 */
export interface TaskStarted {
  readonly started: true;
}

/** What the thread answers for each task. */
export type TaskAnswer =
  | { readonly ok: true; readonly result: unknown; readonly heapBytes: number }
  | { readonly ok: false; readonly error: { readonly name: string; readonly message: string }; readonly heapBytes: number };

interface TaskModuleExports {
  run(input: unknown): unknown;
}

const modules = new Map<string, TaskModuleExports>();

function taskModule(file: string): TaskModuleExports {
  let loaded = modules.get(file);
  if (loaded === undefined) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a task is named by its file at run time
    loaded = require(file) as TaskModuleExports;
    if (typeof loaded.run !== 'function') throw new TypeError(`expected ${file} to export a function run(input), found none`);
    modules.set(file, loaded);
  }
  return loaded;
}

async function answer({ file, input }: TaskMessage): Promise<TaskAnswer> {
  try {
    const task = taskModule(file);
    parentPort?.postMessage({ started: true } satisfies TaskStarted);
    const result = await task.run(input);
    return { ok: true, result, heapBytes: getHeapStatistics().used_heap_size };
  } catch (error) {
    const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
    return { ok: false, error: { name, message }, heapBytes: getHeapStatistics().used_heap_size };
  }
}

parentPort?.on('message', (message: TaskMessage) => {
  void answer(message).then((reply) => parentPort?.postMessage(reply));
});
