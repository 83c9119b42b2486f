import { Bulkhead, DatabaseBusyError } from '../../src/neo4j/bulkhead';

describe('Bulkhead', () => {
  it('runs at most its capacity at once, admits the next in order, and refuses one that waited too long', async () => {
    const bulkhead = new Bulkhead(1, 200, 'traversals');
    const order: string[] = [];
    let release = (): void => undefined;
    const first = bulkhead.run(() => new Promise<void>((resolveWork) => {
      order.push('first started');
      release = resolveWork;
    }));
    const second = bulkhead.run(async () => {
      order.push('second started');
    });
    // Work starts once its turn is known, a tick later.
    await new Promise((resolveTick) => setImmediate(resolveTick));
    expect(bulkhead.running).toBe(1);
    expect(order).toEqual(['first started']);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first started', 'second started']);

    const held = bulkhead.run(() => new Promise<void>((resolveWork) => {
      release = resolveWork;
    }));
    await new Promise((resolveTick) => setImmediate(resolveTick));
    await expect(bulkhead.run(async () => 'never')).rejects.toThrow(new DatabaseBusyError('1 traversals were running and none ended within 200 ms'));
    release();
    await held;
    expect(bulkhead.running).toBe(0);
    expect(await bulkhead.run(async () => 'after')).toBe('after');
  });
});
