/**
 * A bulkhead: at most `capacity` pieces of work at once, the others queued for at most `maxWaitMs`.
 * Expensive traversals pass one for the whole service and one for their request, so that a few
 * requests with thirty aliases of `paths` between hubs cannot hold the driver's pool: cheap reads
 * keep the connections the traversals may not take. Work that waits too long fails with
 * DatabaseBusyError (DATABASE_BUSY, like a pool that stays full), rather than waiting on.
 */

export class DatabaseBusyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseBusyError';
  }
}

export class Bulkhead {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly capacity: number,
    private readonly maxWaitMs: number,
    /** What runs here, for the error: 'traversals'. */
    private readonly what: string,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.enter();
    try {
      return await work();
    } finally {
      this.leave();
    }
  }

  /** Work running now, for tests and metrics. */
  get running(): number {
    return this.active;
  }

  private enter(): Promise<void> {
    if (this.active < this.capacity) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise((resolveEntered, rejectEntered) => {
      const admit = (): void => {
        clearTimeout(timer);
        this.active += 1;
        resolveEntered();
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(admit), 1);
        rejectEntered(new DatabaseBusyError(`${this.capacity} ${this.what} were running and none ended within ${this.maxWaitMs} ms`));
      }, this.maxWaitMs);
      this.waiting.push(admit);
    });
  }

  private leave(): void {
    this.active -= 1;
    this.waiting.shift()?.();
  }
}
