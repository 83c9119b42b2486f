import { Bulkhead, DatabaseBusyError } from '../../src/neo4j/bulkhead';

/** Work that runs until `finish` is called, noting when it started. */
interface HeldWork {
  readonly done: Promise<void>;
  finish(): void;
}

const tick = (): Promise<void> => new Promise((resolveTick) => setImmediate(resolveTick));

/** Finishes each piece of work as it starts, until all have ended. */
async function finishAll(works: readonly HeldWork[]): Promise<void> {
  let ended = 0;
  for (const work of works) void work.done.then(() => (ended += 1));
  while (ended < works.length) {
    for (const work of works) work.finish();
    await tick();
  }
}

describe('Bulkhead', () => {
  function hold(bulkhead: Bulkhead, started: string[], name: string, owner?: object): HeldWork {
    let finish = (): void => undefined;
    const done = bulkhead.run(
      () =>
        new Promise<void>((resolveWork) => {
          started.push(name);
          finish = resolveWork;
        }),
      owner,
    );
    return { done, finish: () => finish() };
  }

  it('runs at most its capacity at once, admits the next in order, and refuses one that waited too long', async () => {
    const bulkhead = new Bulkhead({ capacity: 1, maxWaitMs: 200, what: 'traversals' });
    const started: string[] = [];
    const first = hold(bulkhead, started, 'first');
    const second = hold(bulkhead, started, 'second');
    // Work starts once its turn is known, a tick later.
    await tick();
    expect(bulkhead.running).toBe(1);
    expect(started).toEqual(['first']);
    first.finish();
    await first.done;
    await tick();
    expect(started).toEqual(['first', 'second']);
    second.finish();
    await second.done;

    const held = hold(bulkhead, started, 'held');
    await tick();
    await expect(bulkhead.run(async () => 'never')).rejects.toThrow(new DatabaseBusyError('1 traversals were running and none ended within 200 ms'));
    held.finish();
    await held.done;
    expect(bulkhead.running).toBe(0);
    expect(await bulkhead.run(async () => 'after')).toBe('after');
  });

  it('with no wait, refuses at once with its own error when every slot is taken', async () => {
    const bulkhead = new Bulkhead({ capacity: 1, maxWaitMs: 0, what: 'drafts', refuse: (message) => new RangeError(message) });
    const held = hold(bulkhead, [], 'held');
    await tick();
    const started = Date.now();
    await expect(bulkhead.run(async () => 'never')).rejects.toThrow(new RangeError('1 drafts were running, the most allowed at once'));
    expect(Date.now() - started).toBeLessThan(50);
    held.finish();
    await held.done;
    expect(await bulkhead.run(async () => 'after')).toBe('after');
  });

  it("holds an owner to its share, and gives a freed slot to an owner that holds none before another's second", async () => {
    const bulkhead = new Bulkhead({ capacity: 4, perOwner: 2, maxWaitMs: 1_000, what: 'traversals' });
    const hostile = {};
    const started: string[] = [];
    // Thirty traversals of one request: two run, the others wait for them.
    const thirty = Array.from({ length: 30 }, (_, index) => hold(bulkhead, started, `hostile ${index}`, hostile));
    await tick();
    expect(started).toEqual(['hostile 0', 'hostile 1']);
    // Two other requests take the last two slots.
    const others = [hold(bulkhead, started, 'a', {}), hold(bulkhead, started, 'b', {})];
    await tick();
    expect(bulkhead.running).toBe(4);
    // A normal request arrives while everything is taken; when a hostile traversal ends, it goes first.
    const normal = hold(bulkhead, started, 'normal', {});
    await tick();
    thirty[0].finish();
    await tick();
    await tick();
    expect(started.slice(4)).toEqual(['normal']);
    // A slot freed by another request stays free: the hostile request holds one, and the last free slot is the reserve.
    others[0].finish();
    await tick();
    await tick();
    expect(started).toHaveLength(5);
    others[1].finish();
    await tick();
    await tick();
    expect(started.slice(5)).toEqual(['hostile 2']);
    normal.finish();
    await finishAll(thirty);
    expect(bulkhead.running).toBe(0);
  });

  it('gives a freed slot to an owner never served before one served already, however long its work has waited', async () => {
    const bulkhead = new Bulkhead({ capacity: 1, maxWaitMs: 1_000, what: 'traversals' });
    const hostile = {};
    const started: string[] = [];
    const works = [hold(bulkhead, started, 'hostile 0', hostile), hold(bulkhead, started, 'hostile 1', hostile)];
    await tick();
    const normal = hold(bulkhead, started, 'normal', {});
    await tick();
    works[0].finish();
    await tick();
    await tick();
    expect(started).toEqual(['hostile 0', 'normal']);
    await finishAll([...works, normal]);
    expect(started).toEqual(['hostile 0', 'normal', 'hostile 1']);
  });

  it("keeps a quarter of the slots for owners that hold none: an owner's second slot waits while they are all that is free", async () => {
    const bulkhead = new Bulkhead({ capacity: 4, perOwner: 4, maxWaitMs: 1_000, what: 'traversals' });
    const greedy = {};
    const started: string[] = [];
    const works = Array.from({ length: 4 }, (_, index) => hold(bulkhead, started, `greedy ${index}`, greedy));
    await tick();
    // Three of four slots: the fourth is the reserve.
    expect(started).toEqual(['greedy 0', 'greedy 1', 'greedy 2']);
    const normal = hold(bulkhead, started, 'normal', {});
    await tick();
    expect(started).toEqual(['greedy 0', 'greedy 1', 'greedy 2', 'normal']);
    normal.finish();
    await normal.done;
    await tick();
    // The reserve is free again: the greedy owner still waits.
    expect(started).toHaveLength(4);
    works[0].finish();
    await tick();
    await tick();
    expect(started).toEqual(['greedy 0', 'greedy 1', 'greedy 2', 'normal', 'greedy 3']);
    await finishAll(works);
  });

  it('lets all requests with more work than one share hold a quarter of the slots between them, even when the others are free', async () => {
    const bulkhead = new Bulkhead({ capacity: 8, perOwner: 2, maxWaitMs: 1_000, what: 'traversals' });
    const started: string[] = [];
    // Two requests of thirty traversals each: each gets its first share at once.
    const [first, second] = [{}, {}];
    const bulk = [
      ...Array.from({ length: 30 }, (_, index) => hold(bulkhead, started, `a ${index}`, first)),
      ...Array.from({ length: 30 }, (_, index) => hold(bulkhead, started, `b ${index}`, second)),
    ];
    await tick();
    expect(started).toEqual(['a 0', 'a 1', 'b 0', 'b 1']);
    // What follows their first shares is bulk work: two slots of eight between them, while six stay free.
    for (const work of bulk) work.finish();
    await tick();
    await tick();
    expect(started).toHaveLength(6);
    expect(bulkhead.running).toBe(2);
    const normal = Array.from({ length: 6 }, (_, index) => hold(bulkhead, started, `normal ${index}`, {}));
    await tick();
    expect(bulkhead.running).toBe(8);
    expect(started.slice(6)).toEqual(Array.from({ length: 6 }, (_, index) => `normal ${index}`));
    await finishAll([...bulk, ...normal]);
    expect(bulkhead.running).toBe(0);
  });

  it("refuses at once the waiting work of an owner whose answer has gone, and leaves others' alone", async () => {
    const bulkhead = new Bulkhead({ capacity: 1, maxWaitMs: 10_000, what: 'traversals' });
    const gone = {};
    const started: string[] = [];
    const running = hold(bulkhead, started, 'running', gone);
    const waiting = bulkhead.run(async () => 'never', gone);
    const other = hold(bulkhead, started, 'other', {});
    await tick();
    bulkhead.abandon(gone);
    await expect(waiting).rejects.toThrow(DatabaseBusyError);
    running.finish();
    await running.done;
    await tick();
    expect(started).toEqual(['running', 'other']);
    other.finish();
    await other.done;
  });

  it('holds a slot acquired for a stream until it is released, once', async () => {
    const bulkhead = new Bulkhead({ capacity: 1, maxWaitMs: 0, what: 'exports' });
    const release = await bulkhead.acquire();
    expect(bulkhead.running).toBe(1);
    await expect(bulkhead.acquire()).rejects.toThrow('1 exports were running, the most allowed at once');
    release();
    release();
    expect(bulkhead.running).toBe(0);
    const again = await bulkhead.acquire();
    expect(bulkhead.running).toBe(1);
    again();
  });
});
