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
 * - a freed slot goes to the waiting owner that holds the fewest, and among those to the one
 *   served longest ago (one never served first), so a request's first traversal never queues
 *   behind another request's next one, however long that one has waited;
 * - an owner's second and later slots are taken only while more than a quarter of the slots stay
 *   free: that reserve is kept for owners that hold none;
 * - an owner that has asked for more than `perOwner` slots is bulk work (thirty aliases of
 *   `paths`), and all bulk owners together hold at most a quarter of the slots (at least one),
 *   whether or not others wait: a slot is not taken back once its work runs, so bulk work left to
 *   fill idle slots would hold them, and the database's processors, when normal work comes.
 * Work waiting for a slot leaves the queue when its request's client leaves (request-scope.ts).
 * A hostile request of thirty slow traversals thus holds at most `perOwner` slots, never the
 * reserve, and a normal request's one traversal waits only for the first slot to end, not for
 * the hostile request's queue. Many hostile requests each get their first share, as every request
 * does (the bulkhead cannot tell them from normal ones before they ask for more), and then share
 * the bulk quarter among them.
 */

import { onRequestCancelled, RequestCancelledError } from '../runtime/request-scope';

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
  /** Takes the waiter out of the queue and rejects its work. */
  readonly refuse: () => void;
}

interface OwnerState {
  held: number;
  waiting: number;
  /** Slots the owner has asked for, held, waiting or done, while it was known. */
  asked: number;
  /** When the owner last entered, counted in admissions; -1 before its first. */
  lastAdmission: number;
}

/** The owner of work run without one: each such piece counts as its own owner. */
const ANONYMOUS = (): object => ({});

export class Bulkhead {
  readonly capacity: number;
  private readonly perOwner: number;
  /** Slots that only owners holding none may take. */
  private readonly reserve: number;
  /** Slots that all bulk owners together may hold. */
  private readonly bulkShare: number;
  private active = 0;
  private bulkActive = 0;
  private admissions = 0;
  /** Owners holding a slot or waiting for one; an owner with neither is forgotten. */
  private readonly owners = new Map<object, OwnerState>();
  private readonly waiting: Waiter[] = [];

  constructor(private readonly options: BulkheadOptions) {
    this.capacity = options.capacity;
    this.perOwner = Math.min(options.perOwner ?? options.capacity, options.capacity);
    this.reserve = Math.floor(options.capacity / 4);
    this.bulkShare = Math.max(1, this.reserve);
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
    const bulk = await this.enter(owner);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.leave(owner, bulk);
    };
  }

  /**
   * Refuses the work `owner` still has waiting: its answer has gone (a GraphQL response is sent
   * as soon as an error nulls a non-null field, while its other fields still wait), and nobody
   * would read what that work found. Work already running ends by itself.
   */
  abandon(owner: object): void {
    for (const waiter of this.waiting.filter((candidate) => candidate.owner === owner)) waiter.refuse();
  }

  /** Work running now, for tests and metrics. */
  get running(): number {
    return this.active;
  }

  private state(owner: object): OwnerState {
    let state = this.owners.get(owner);
    if (state === undefined) {
      state = { held: 0, waiting: 0, asked: 0, lastAdmission: -1 };
      this.owners.set(owner, state);
    }
    return state;
  }

  private forgetIfIdle(owner: object, state: OwnerState): void {
    if (state.held === 0 && state.waiting === 0) this.owners.delete(owner);
  }

  private isBulk(state: OwnerState): boolean {
    return state.asked > this.perOwner;
  }

  /** Whether `owner` may take a free slot now, leaving others' shares, the reserve and the bulk share alone. */
  private mayEnter(state: OwnerState): boolean {
    if (this.active >= this.capacity || state.held >= this.perOwner) return false;
    if (this.isBulk(state) && this.bulkActive >= this.bulkShare) return false;
    return state.held === 0 || this.capacity - this.active > this.reserve;
  }

  /** Whether `a` goes before `b`: it holds fewer slots, or as many and was served longer ago. */
  private before(a: OwnerState, b: OwnerState): boolean {
    return a.held !== b.held ? a.held < b.held : a.lastAdmission < b.lastAdmission;
  }

  /** The waiter to admit next: among those that may enter, the first by `before`, the oldest of equals. */
  private nextWaiter(): number {
    let best = -1;
    for (let index = 0; index < this.waiting.length; index += 1) {
      const state = this.state(this.waiting[index].owner);
      if (!this.mayEnter(state)) continue;
      if (best < 0 || this.before(state, this.state(this.waiting[best].owner))) best = index;
    }
    return best;
  }

  /** Takes a slot for `state`; whether it counts in the bulk share. */
  private take(state: OwnerState): boolean {
    this.active += 1;
    state.held += 1;
    state.lastAdmission = this.admissions;
    this.admissions += 1;
    const bulk = this.isBulk(state);
    if (bulk) this.bulkActive += 1;
    return bulk;
  }

  /** Resolves once `owner` holds a slot, with whether the slot counts in the bulk share. */
  private enter(owner: object): Promise<boolean> {
    const state = this.state(owner);
    state.asked += 1;
    // A newcomer may not pass a waiting owner that goes before it.
    const next = this.nextWaiter();
    if (this.mayEnter(state) && (next < 0 || this.before(state, this.state(this.waiting[next].owner)))) {
      return Promise.resolve(this.take(state));
    }
    const { capacity, maxWaitMs, what } = this.options;
    const refusal = (): Error =>
      (this.options.refuse ?? ((message: string) => new DatabaseBusyError(message)))(
        maxWaitMs === 0 ? `${capacity} ${what} were running, the most allowed at once` : `${capacity} ${what} were running and none ended within ${maxWaitMs} ms`,
      );
    if (maxWaitMs === 0) {
      this.forgetIfIdle(owner, state);
      return Promise.reject(refusal());
    }
    state.waiting += 1;
    return new Promise((resolveEntered, rejectEntered) => {
      let stopListening = (): void => undefined;
      const leaveQueue = (error: Error): void => {
        clearTimeout(timer);
        stopListening();
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        state.waiting -= 1;
        this.forgetIfIdle(owner, state);
        rejectEntered(error);
      };
      const waiter: Waiter = {
        owner,
        admit: () => {
          clearTimeout(timer);
          stopListening();
          state.waiting -= 1;
          resolveEntered(this.take(state));
        },
        refuse: () => leaveQueue(refusal()),
      };
      const timer = setTimeout(() => waiter.refuse(), maxWaitMs);
      this.waiting.push(waiter);
      // A request whose client has gone stops waiting at once: its slot would serve nobody.
      stopListening = onRequestCancelled(() => leaveQueue(new RequestCancelledError()));
    });
  }

  private leave(owner: object, bulk: boolean): void {
    const state = this.state(owner);
    this.active -= 1;
    state.held -= 1;
    if (bulk) this.bulkActive -= 1;
    this.forgetIfIdle(owner, state);
    // One slot freed can admit one waiter; a freed share of an owner at its bound can admit another.
    for (let next = this.nextWaiter(); next >= 0; next = this.nextWaiter()) {
      const [waiter] = this.waiting.splice(next, 1);
      waiter.admit();
    }
  }
}
