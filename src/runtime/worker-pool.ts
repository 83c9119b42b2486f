/**
 * A small pool of worker threads for the processor-heavy work of a request (drafting a text), so
 * that the event loop, which answers every other request, never waits for it. (A load's records,
 * whose quotes are located one record at a time, instead give the loop turns: event-loop-turns.ts.)
 *
 * A task is a module that exports `run(input)`, a pure function of plain data (what the structured
 * clone algorithm copies) to plain data; the pool knows it only by its file (`taskModule`). Each
 * task has a time budget that starts when its thread starts it: past it the thread is terminated,
 * whatever the task was doing (a tokenizer's quadratic loop cannot be interrupted any other way),
 * and the request answers WORK_LIMIT_EXCEEDED; a thread that runs out of its heap
 * (`memoryMb`) answers the same. A task whose request's client has gone is dropped from the queue,
 * or its thread terminated. Terminated threads are replaced when work comes.
 *
 * Memory: a thread whose heap holds more than half its limit after a task (the caches of the
 * libraries it runs grow with every new word they see) is replaced, so what the threads hold is
 * bounded however many distinct texts clients send.
 *
 * The threads run the built JavaScript. Under the tests, which run the TypeScript sources, a thread
 * compiles the modules it loads with esbuild (a development dependency) instead: the same task
 * files, without a build step between a change and its test.
 *
 * Written here rather than taken from a pool library because the budget counts from the moment a
 * thread starts the task (its module loaded: a new thread's start is not the task's time), not from
 * the moment it was queued, and the time spent waiting is bounded
 * by the callers' own slots (MAX_CONCURRENT_DRAFTS, one load at a time).
 */
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CodedError } from '../errors/coded-error';
import { ERROR_CODES } from '../errors/error-codes';
import { onRequestCancelled, RequestCancelledError, requestSignal } from './request-scope';
import type { TaskAnswer, TaskMessage, TaskStarted, WorkerSettings } from './worker-main';

/** A task module, known by its file; the types are those of its `run`. */
export interface Task<Input, Output> {
  readonly file: string;
  /** Never set: carries the types of the module's `run`. */
  readonly run?: (input: Input) => Output;
}

/** The extension of this project's modules as they run now: `.js` built, `.ts` under the tests. */
const MODULE_EXTENSION = extname(__filename);

/**
 * The task module `name` (without extension) in `dir`, typed by the module itself:
 * `taskModule<typeof import('./draft.task')>(__dirname, 'draft.task')` imports nothing at run time.
 */
export function taskModule<Module extends { run(input: never): unknown }>(dir: string, name: string): Task<Parameters<Module['run']>[0], Awaited<ReturnType<Module['run']>>> {
  return { file: join(dir, `${name}${MODULE_EXTENSION}`) };
}

export interface WorkerPoolOptions {
  /** Threads at most. */
  readonly size: number;
  /** How long a task may run in its thread. */
  readonly timeBudgetMs: number;
  /** Each thread's heap limit, in MiB. */
  readonly memoryMb: number;
  /** The threads' niceness (Linux; 0 or absent: as the event loop). */
  readonly nice?: number;
}

/** The task ran past its time budget or out of its thread's memory; it was stopped. */
export class WorkLimitError extends CodedError {
  constructor(message: string) {
    super(ERROR_CODES.WORK_LIMIT_EXCEEDED, message);
    this.name = 'WorkLimitError';
  }
}

/** The task's own code threw; `name` and message are those of the error in the thread. */
export class TaskFailedError extends Error {
  constructor(name: string, message: string) {
    super(`${name}: ${message}`);
    this.name = 'TaskFailedError';
  }
}

interface Job {
  readonly message: TaskMessage;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: Error) => void;
  stopListening: () => void;
}

interface Thread {
  readonly worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | undefined;
}

export class WorkerPool {
  private readonly threads = new Set<Thread>();
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {}

  /** Runs `task` on `input` in a thread; cancelled when the current request's client leaves. */
  run<Input, Output>(task: Task<Input, Output>, input: Input): Promise<Output> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    if (requestSignal()?.aborted) return Promise.reject(new RequestCancelledError());
    return new Promise<Output>((resolve, reject) => {
      const job: Job = { message: { file: task.file, input }, resolve: resolve as (result: unknown) => void, reject, stopListening: () => undefined };
      this.queue.push(job);
      job.stopListening = onRequestCancelled(() => this.cancel(job));
      this.dispatch();
    });
  }

  /** Tasks running now and waiting for a thread, for tests and metrics. */
  get load(): { running: number; queued: number } {
    return { running: [...this.threads].filter((thread) => thread.job !== null).length, queued: this.queue.length };
  }

  /** Terminates every thread; tasks still waiting are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) this.settle(job, new Error('the worker pool closed before the task ran'));
    await Promise.all([...this.threads].map((thread) => this.retire(thread, new Error('the worker pool closed while the task ran'))));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const thread = [...this.threads].find((candidate) => candidate.job === null) ?? (this.threads.size < this.options.size ? this.startThread() : undefined);
      if (thread === undefined) return;
      const job = this.queue.shift() as Job;
      thread.job = job;
      thread.worker.postMessage(job.message);
    }
  }

  private startThread(): Thread {
    const worker = startWorker(this.options.memoryMb, this.options.nice ?? 0);
    const thread: Thread = { worker, job: null, timer: undefined };
    worker.on('message', (message: TaskAnswer | TaskStarted) => ('started' in message ? this.started(thread) : this.answered(thread, message)));
    worker.on('error', (error: Error & { code?: string }) => {
      const cause = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new WorkLimitError(`the task used more than its ${this.options.memoryMb} MiB of memory (WORKER_MEMORY_MB) and was stopped`) : error;
      void this.retire(thread, cause);
    });
    worker.on('exit', () => void this.retire(thread, new Error('the worker thread exited while it ran the task')));
    // An idle pool does not keep the process alive; a caller waiting for a result does.
    worker.unref();
    this.threads.add(thread);
    return thread;
  }

  /** The thread has loaded the task's module and runs it: its time budget starts. */
  private started(thread: Thread): void {
    if (thread.job === null) return;
    thread.timer = setTimeout(
      () => void this.retire(thread, new WorkLimitError(`the task ran longer than its time budget of ${this.options.timeBudgetMs} ms (WORKER_TIME_BUDGET_MS) and was stopped`)),
      this.options.timeBudgetMs,
    );
  }

  private answered(thread: Thread, answer: TaskAnswer): void {
    const job = thread.job;
    if (job === null) return;
    clearTimeout(thread.timer);
    thread.job = null;
    this.settle(job, answer.ok ? undefined : new TaskFailedError(answer.error.name, answer.error.message), answer.ok ? answer.result : undefined);
    // The caches of a thread's libraries grow with every new word: a grown thread is replaced.
    if (answer.heapBytes > (this.options.memoryMb * 1024 * 1024) / 2) void this.retire(thread, null);
    this.dispatch();
  }

  /** Takes the job out of the queue, or stops the thread that runs it. */
  private cancel(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.settle(job, new RequestCancelledError());
      return;
    }
    const thread = [...this.threads].find((candidate) => candidate.job === job);
    if (thread !== undefined) void this.retire(thread, new RequestCancelledError());
  }

  /** Terminates a thread; its job, if any, fails with `error`. */
  private async retire(thread: Thread, error: Error | null): Promise<void> {
    if (!this.threads.delete(thread)) return;
    clearTimeout(thread.timer);
    const job = thread.job;
    thread.job = null;
    if (job !== null) this.settle(job, error ?? new Error('the worker thread was retired while it ran the task'));
    thread.worker.removeAllListeners();
    // A late 'error' from a thread being terminated must not become an uncaught exception.
    thread.worker.on('error', () => undefined);
    const terminated = thread.worker.terminate();
    if (!this.closed) this.dispatch();
    await terminated;
  }

  private settle(job: Job, error: Error | undefined, result?: unknown): void {
    job.stopListening();
    if (error === undefined) job.resolve(result);
    else job.reject(error);
  }
}

/**
 * Under the tests the sources are TypeScript: the thread compiles each module it loads with
 * esbuild's transform (types dropped, imports made `require`s) before it runs it.
 */
function typeScriptBootstrap(): string {
  return `
const { readFileSync } = require('node:fs');
const { transformSync } = require(${JSON.stringify(require.resolve('esbuild'))});
require.extensions['.ts'] = (module, file) => {
  const { code } = transformSync(readFileSync(file, 'utf8'), { loader: 'ts', format: 'cjs', target: 'node20', sourcefile: file, sourcemap: 'inline' });
  module._compile(code, file);
};
require(${JSON.stringify(join(__dirname, 'worker-main.ts'))});
`;
}

function startWorker(memoryMb: number, nice: number): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: memoryMb }, workerData: { nice } satisfies WorkerSettings };
  if (MODULE_EXTENSION === '.ts') return new Worker(typeScriptBootstrap(), { ...options, eval: true });
  return new Worker(join(__dirname, 'worker-main.js'), options);
}
