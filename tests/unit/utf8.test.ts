import fc from 'fast-check';
import { decodeUtf8, firstInvalidUtf8Byte } from '../../src/loader/utf8.decode';

const fatal = new TextDecoder('utf-8', { fatal: true });
const decodes = (bytes: Uint8Array): boolean => {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('strict UTF-8 decoding', () => {
  it.each([
    ['Latin-1 é', [0x43, 0x61, 0x66, 0xe9], 3],
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['an overlong slash', [0x61, 0xc0, 0xaf], 1],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut short at the end', [0x61, 0x62, 0xe2, 0x82], 2],
  ])('finds %s at its first byte', (_name, bytes, offset) => {
    expect(firstInvalidUtf8Byte(Uint8Array.from(bytes))).toBe(offset);
    expect(decodeUtf8(Uint8Array.from(bytes))).toEqual({ invalidAt: offset, byte: bytes[offset] });
  });

  it('decodes text in every plane, and drops a leading byte order mark', () => {
    expect(decodeUtf8(Buffer.from('\ufeffé€🐍'))).toEqual({ text: 'é€🐍' });
  });

  it('agrees with the fatal TextDecoder on any bytes: valid exactly when it decodes, and valid up to the offset it gives', () => {
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 24 }), fc.string({ unit: 'binary', maxLength: 12 }).map((text) => Uint8Array.from(Buffer.from(text))));
    fc.assert(
      fc.property(bytes, fc.uint8Array({ maxLength: 4 }), (valid, tail) => {
        const all = Uint8Array.from([...valid, ...tail]);
        const at = firstInvalidUtf8Byte(all);
        expect(at === -1).toBe(decodes(all));
        if (at !== -1) expect(decodes(all.subarray(0, at))).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});
