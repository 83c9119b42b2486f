/**
 * A bulkhead: at most `capacity` pieces of work at once, the others queued for at most `maxWaitMs`
 * (or, with a wait of 0, refused at once). Expensive traversals pass one for the whole service, so
 * that a few requests with thirty aliases of `paths` between hubs cannot hold the driver's pool:
 * cheap reads keep the connections the traversals may not take. Work that waits too long fails
 * with the bulkhead's refusal (DatabaseBusyError, DATABASE_BUSY, like a pool that stays full),
 * rather than waiting on.
 *
 * The slots are shared fairly among their owners (for traversals, the GraphQL request):
 * - an owner holds at most `perOwner` slots; its further work waits for its own to end;
 * - a freed slot goes to the waiting owner that holds the fewest, the longest waiting first, so a
 *   request's first traversal never queues behind another request's second;
 * - an owner's second and later slots are taken only while more than a quarter of the slots stay
 *   free: that reserve is kept for owners that hold none.
 * A hostile request of thirty slow traversals thus holds at most `perOwner` slots, never the
 * reserve, and a normal request's one traversal waits only for the first slot to end, not for
 * the hostile request's queue. Many hostile requests each get one share, as every request does:
 * the bulkhead cannot tell them from normal ones before they run.
 */

export class DatabaseBusyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseBusyError';
  }
}

export interface BulkheadOptions {
  readonly capacity: number;
  /** How long work may wait for a slot; 0 refuses it at once when every slot is taken. */
  readonly maxWaitMs: number;
  /** What runs here, for the refusal: 'traversals'. */
  readonly what: string;
  /** Slots one owner may hold at once (default: all of them). */
  readonly perOwner?: number;
  /** The error of work refused a slot (default: DatabaseBusyError). */
  readonly refuse?: (message: string) => Error;
}

interface Waiter {
  readonly owner: object;
  readonly admit: () => void;
}

/** The owner of work run without one: each such piece counts as its own owner. */
const ANONYMOUS = (): object => ({});

export class Bulkhead {
  readonly capacity: number;
  private readonly perOwner: number;
  /** Slots that only owners holding none may take. */
  private readonly reserve: number;
  private active = 0;
  private readonly held = new Map<object, number>();
  private readonly waiting: Waiter[] = [];

  constructor(private readonly options: BulkheadOptions) {
    this.capacity = options.capacity;
    this.perOwner = Math.min(options.perOwner ?? options.capacity, options.capacity);
    this.reserve = Math.floor(options.capacity / 4);
  }

  async run<T>(work: () => Promise<T>, owner: object = ANONYMOUS()): Promise<T> {
    const release = await this.acquire(owner);
    try {
      return await work();
    } finally {
      release();
    }
  }

  /** A slot for `owner`, held until the returned function is called (once). */
  async acquire(owner: object = ANONYMOUS()): Promise<() => void> {
    await this.enter(owner);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.leave(owner);
    };
  }

  /** Work running now, for tests and metrics. */
  get running(): number {
    return this.active;
  }

  private heldBy(owner: object): number {
    return this.held.get(owner) ?? 0;
  }

  /** Whether `owner` may take a free slot now, leaving others' shares and the reserve alone. */
  private mayEnter(owner: object): boolean {
    const holds = this.heldBy(owner);
    if (this.active >= this.capacity || holds >= this.perOwner) return false;
    return holds === 0 || this.capacity - this.active > this.reserve;
  }

  /** The waiter to admit next: among those that may enter, the one whose owner holds fewest, the oldest first. */
  private nextWaiter(): number {
    let best = -1;
    for (let index = 0; index < this.waiting.length; index += 1) {
      const { owner } = this.waiting[index];
      if (!this.mayEnter(owner)) continue;
      if (best < 0 || this.heldBy(owner) < this.heldBy(this.waiting[best].owner)) best = index;
    }
    return best;
  }

  private take(owner: object): void {
    this.active += 1;
    this.held.set(owner, this.heldBy(owner) + 1);
  }

  private enter(owner: object): Promise<void> {
    // A newcomer may not pass a waiting owner that holds fewer slots than it does.
    const passes = this.waiting.every((waiter) => !this.mayEnter(waiter.owner) || this.heldBy(waiter.owner) > this.heldBy(owner));
    if (this.mayEnter(owner) && passes) {
      this.take(owner);
      return Promise.resolve();
    }
    const { capacity, maxWaitMs, what } = this.options;
    const refusal = (): Error => (this.options.refuse ?? ((message: string) => new DatabaseBusyError(message)))(
      maxWaitMs === 0 ? `${capacity} ${what} were running, the most allowed at once` : `${capacity} ${what} were running and none ended within ${maxWaitMs} ms`,
    );
    if (maxWaitMs === 0) return Promise.reject(refusal());
    return new Promise((resolveEntered, rejectEntered) => {
      const waiter: Waiter = {
        owner,
        admit: () => {
          clearTimeout(timer);
          this.take(owner);
          resolveEntered();
        },
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        rejectEntered(refusal());
      }, maxWaitMs);
      this.waiting.push(waiter);
    });
  }

  private leave(owner: object): void {
    this.active -= 1;
    const holds = this.heldBy(owner) - 1;
    if (holds === 0) this.held.delete(owner);
    else this.held.set(owner, holds);
    // One slot freed can admit one waiter; a freed share of an owner at its bound can admit another.
    for (let next = this.nextWaiter(); next >= 0; next = this.nextWaiter()) {
      const [waiter] = this.waiting.splice(next, 1);
      waiter.admit();
    }
  }
}
