import { MeasureCache } from '../../src/server/measure-cache';

describe('MeasureCache', () => {
  it('stays within its bytes, dropping the least recently used entry first', () => {
    // Each 8-character key counts 8 * 2 + 64 = 80 bytes: twenty fit in 1600.
    const cache = new MeasureCache(1_600);
    let measured = 0;
    const measure = (value: number) => (): number => {
      measured += 1;
      return value;
    };
    const key = (index: number): string => `key-${String(index).padStart(4, '0')}`;
    for (let index = 0; index < 20; index += 1) expect(cache.get(key(index), measure(index))).toBe(index);
    expect(cache.size()).toBe(1_600);
    expect(cache.get(key(0), measure(-1))).toBe(0);
    expect(cache.get(key(20), measure(20))).toBe(20);
    expect(cache.size()).toBe(1_600);
    // key-0001 was the least recently used: it went, key-0000 stayed.
    expect(cache.get(key(0), measure(-1))).toBe(0);
    expect(cache.get(key(1), measure(11))).toBe(11);
    expect(measured).toBe(22);
  });

  it('measures a key too large for a sixteenth of the budget every time, keeping nothing', () => {
    const cache = new MeasureCache(1_600);
    expect(cache.get('x'.repeat(100), () => 7)).toBe(7);
    expect(cache.size()).toBe(0);
  });
});
