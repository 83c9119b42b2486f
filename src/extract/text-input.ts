/**
 * Reads a text file for drafting and refuses what is not a text to draft: an empty file, a binary
 * file, bytes that are not UTF-8, a text above MAX_EXTRACT_CHARS. Each refusal names the file,
 * what was expected and what was found. The same check serves a text that came another way
 * (`checkText`).
 */
import { readFileSync } from 'node:fs';
import { partialDateBounds, PartialTimeError } from '../graph/partial-time';
import { malformedUnicode } from '../graph/well-formed-text';

export class TextInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TextInputError';
  }
}

/** The text of `file`, checked; a leading byte-order mark is dropped. */
export function readTextFile(file: string, maxChars: number): string {
  const bytes = readFileSync(file);
  if (bytes.length === 0) throw new TextInputError(`${file}: expected a text to draft, found an empty file`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new TextInputError(`${file}: expected a text file, found binary content (a NUL byte at byte ${nul})`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TextInputError(`${file}: expected UTF-8 text, found bytes that are not UTF-8 (at byte ${firstInvalidUtf8(bytes)})`);
  }
  return checkText(text.replace(/^\uFEFF/, ''), maxChars, file);
}

/** `text` if it has words and is within `maxChars`; `source` names it in errors. */
export function checkText(text: string, maxChars: number, source = 'text'): string {
  if (text.trim() === '') throw new TextInputError(`${source}: expected a text to draft, found only white space`);
  if (text.length > maxChars) {
    throw new TextInputError(`${source}: expected at most ${maxChars} characters (MAX_EXTRACT_CHARS), found ${text.length}`);
  }
  return checkWellFormed(text, source);
}

/** `text` if it is well-formed Unicode, as the loader wants every string: a draft holding a lone surrogate would not save. */
export function checkWellFormed(text: string, source: string): string {
  const problem = malformedUnicode(text);
  if (problem !== null) throw new TextInputError(`${source}: ${problem}`);
  return text;
}

/** A document date as the loader reads it, or an error saying what was expected. */
export function checkDocumentDate(date: string, source = '--date'): string {
  try {
    partialDateBounds(date);
  } catch (error) {
    if (error instanceof PartialTimeError) throw new TextInputError(`${source}: ${error.message}`);
    throw error;
  }
  return date;
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i];
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k += 1) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return i;
}
