import { nthIndexOf, QuoteFinder } from '../../src/loader/quote-finder';

/** A text of `length` characters from a small alphabet, so that windows repeat and hashes collide. */
function repetitiveText(length: number, seed: number): string {
  let state = seed;
  const random = (): number => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
  const words = ['in the long war ', 'the column ', 'crossed ', 'A', 'B', 'é', '😀', ' ', 'aaaa'];
  let text = '';
  while (text.length < length) text += words[Math.floor(random() * words.length)];
  return text.slice(0, length);
}

describe('QuoteFinder', () => {
  it('finds every quote and occurrence where the scan does, in a long text it indexes', () => {
    const text = repetitiveText(60_000, 7);
    const finder = new QuoteFinder(text);
    let compared = 0;
    for (let start = 0; start < text.length - 200; start += 997) {
      for (const length of [1, 15, 16, 17, 40, 200]) {
        const quote = text.slice(start, start + length);
        for (const occurrence of [1, 2, 3, 50]) {
          expect(finder.nthIndexOf(quote, occurrence)).toBe(nthIndexOf(text, quote, occurrence));
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(1_000);
  });

  it('counts overlapping occurrences as the scan does, and answers -1 for a quote not there', () => {
    const text = `${'ab'.repeat(15_000)}${'x'.repeat(20)}`;
    const finder = new QuoteFinder(text);
    // Past the scans it makes before it indexes the text.
    for (let n = 0; n < 10; n += 1) finder.nthIndexOf('abababababababab', 1);
    expect(finder.nthIndexOf('abababababababababab', 3)).toBe(4);
    expect(finder.nthIndexOf('abababababababababab', 14_991)).toBe(nthIndexOf(text, 'abababababababababab', 14_991));
    expect(finder.nthIndexOf('ababababababababxxxx', 1)).toBe(29_984);
    expect(finder.nthIndexOf('ababababababababxxxxb', 1)).toBe(-1);
    expect(finder.nthIndexOf(`b${'x'.repeat(20)}`, 1)).toBe(29_999);
    expect(finder.nthIndexOf('x'.repeat(21), 1)).toBe(-1);
  });

  it('finds a quote at the very start and at the very end of the text', () => {
    const text = repetitiveText(30_000, 3);
    const finder = new QuoteFinder(text);
    for (let n = 0; n < 10; n += 1) finder.nthIndexOf(text.slice(100, 130), 1);
    expect(finder.nthIndexOf(text.slice(0, 16), 1)).toBe(0);
    expect(finder.nthIndexOf(text.slice(-16), 1)).toBe(nthIndexOf(text, text.slice(-16), 1));
    expect(finder.nthIndexOf(text.slice(-40), 1)).toBe(text.length - 40);
  });
});
