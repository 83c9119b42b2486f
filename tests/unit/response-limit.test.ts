import fc from 'fast-check';
import { jsonSizeAtLeast, jsonStringBytes } from '../../src/server/response-limit';

const exactSize = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

describe('the size of an answer as JSON', () => {
  it('counts the escapes JSON.stringify writes: a text of control characters is six times its length', () => {
    const controls = '\u0001'.repeat(1_000);
    expect(jsonStringBytes(controls)).toBe(2 + 6 * 1_000);
    expect(jsonStringBytes('"quoted" \\ back\nslash\t')).toBe(exactSize('"quoted" \\ back\nslash\t'));
    // A lone surrogate is written as \udXXX; a pair as its 4 bytes of UTF-8.
    expect(jsonStringBytes('\ud800 and \udfff')).toBe(exactSize('\ud800 and \udfff'));
    expect(jsonStringBytes('😀')).toBe(2 + 4);
    expect(jsonSizeAtLeast({ text: controls }, Infinity)).toBe(exactSize({ text: controls }));
  });

  it('equals the length of JSON.stringify for any JSON value, with any strings', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' }), (value) => {
        expect(jsonSizeAtLeast(value, Infinity)).toBe(exactSize(value));
      }),
      { numRuns: 200, seed: 20261202 },
    );
  });

  it('stops as soon as it is over the bound', () => {
    const answer = { documents: Array.from({ length: 1_000 }, () => ({ text: '\u0002'.repeat(10_000) })) };
    const size = jsonSizeAtLeast(answer, 100_000);
    expect(size).toBeGreaterThan(100_000);
    expect(size).toBeLessThan(200_000);
  });
});
