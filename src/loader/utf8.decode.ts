/**
 * Strict UTF-8 decoding that says where it failed. Node's `readFileSync(file, 'utf8')` turns every
 * byte that is not UTF-8 into U+FFFD without a word, so a Latin-1 file would load with its accents
 * replaced and its quotes no longer matching; `TextDecoder` with `fatal: true` refuses such bytes
 * but does not say where they are, which a person fixing the file needs: the scan below finds the
 * first one (following the table of well-formed sequences of the Unicode standard, section 3.9).
 */

export type Utf8Decoding = { readonly text: string } | { readonly invalidAt: number; readonly byte: number };

/** Refuses bad bytes; drops a leading byte order mark, which is not part of the text. */
const strict = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(bytes: Uint8Array): Utf8Decoding {
  try {
    return { text: strict.decode(bytes) };
  } catch (error) {
    // The decoder's error carries no position; the scan finds it. Anything else is not ours.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_ENCODING_INVALID_ENCODED_DATA') throw error;
    const at = firstInvalidUtf8Byte(bytes);
    return { invalidAt: at, byte: bytes[at] };
  }
}

/** The offset of the first byte that starts no well-formed UTF-8 sequence, or -1 when there is none. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index];
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    const form = sequenceForm(lead);
    if (form === null) return index;
    for (let k = 1; k <= form.continuations; k += 1) {
      const next = bytes[index + k];
      const [low, high] = k === 1 ? [form.secondLow, form.secondHigh] : [0x80, 0xbf];
      // A sequence cut short or broken is reported at its first byte: that is where the file goes wrong.
      if (next === undefined || next < low || next > high) return index;
    }
    index += form.continuations + 1;
  }
  return -1;
}

interface SequenceForm {
  readonly continuations: number;
  /** The second byte's range is narrower after some lead bytes (no overlong forms, no surrogates, nothing above U+10FFFF). */
  readonly secondLow: number;
  readonly secondHigh: number;
}

function sequenceForm(lead: number): SequenceForm | null {
  if (lead >= 0xc2 && lead <= 0xdf) return { continuations: 1, secondLow: 0x80, secondHigh: 0xbf };
  if (lead === 0xe0) return { continuations: 2, secondLow: 0xa0, secondHigh: 0xbf };
  if (lead === 0xed) return { continuations: 2, secondLow: 0x80, secondHigh: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { continuations: 2, secondLow: 0x80, secondHigh: 0xbf };
  if (lead === 0xf0) return { continuations: 3, secondLow: 0x90, secondHigh: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { continuations: 3, secondLow: 0x80, secondHigh: 0xbf };
  if (lead === 0xf4) return { continuations: 3, secondLow: 0x80, secondHigh: 0x8f };
  return null;
}

/** The two hex digits of a byte, as problem reports show it: 0xE9. */
export function hexByte(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}
