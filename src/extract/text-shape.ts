/**
 * Shapes a text before a language library reads it, within DRAFT_SHAPE's bounds: a run of more
 * than `tokenChars` characters without white space is blanked (replaced by as many spaces), and a
 * stretch of more than `sentenceChars` characters without a sentence end (`.`, `!`, `?` or a line
 * break) is broken at its last space by a line break, which ends a sentence for the analysis.
 *
 * The shaped text has the same length as the original, character for character where nothing was
 * changed, so every offset found in it is an offset in the original: quotes and mentions are cut
 * from the original text, never from the shaped one.
 */
import { DRAFT_SHAPE } from '../config/annotation-limits';
import { ParsedText, TextParser } from '../parser/parse.types';

const LONG_TOKEN = new RegExp(`\\S{${DRAFT_SHAPE.tokenChars + 1},}`, 'g');

const isSentenceEnd = (code: number): boolean => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a;
const isSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0c || code === 0xa0;

export function shapeText(text: string): string {
  const chars = text.replace(LONG_TOKEN, (token) => ' '.repeat(token.length)).split('');
  let lastEnd = -1;
  let lastSpace = -1;
  for (let index = 0; index < chars.length; index += 1) {
    const code = chars[index].charCodeAt(0);
    if (isSentenceEnd(code)) lastEnd = index;
    else if (isSpace(code)) lastSpace = index;
    // Tokens are short by now, so a space is never far behind.
    if (index - lastEnd > DRAFT_SHAPE.sentenceChars && lastSpace > lastEnd) {
      chars[lastSpace] = '\n';
      lastEnd = lastSpace;
    }
  }
  return chars.join('');
}

/**
 * Parses the text as drafting reads it: shaped first. Here rather than beside the rules, so that
 * the service's process, which only parses, does not load them (they run in the worker pool).
 */
export function parseForDrafting(parser: TextParser, text: string, signal?: AbortSignal): Promise<ParsedText> {
  return parser.parse(shapeText(text), signal);
}
