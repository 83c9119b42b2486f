/**
 * Long texts are parsed in blocks: each block is one request, with its own timeout, and blocks can
 * go to several parsers at once. A block ends at a paragraph break when one is in its second half,
 * else at a line break, else after a sentence's full stop, else at a space, else anywhere but inside
 * a surrogate pair. Coreference does not cross blocks, so blocks are large (PARSER_BLOCK_CHARS).
 *
 * `mergeBlocks` puts the blocks' parses back into one parse of the whole text: character offsets
 * move by the block's start, sentence numbers by the sentences before it, coreference chains and
 * mention ids by the ids before it.
 */
import { ParsedCorefMention, ParsedText } from './parse.types';

export interface TextBlock {
  readonly start: number;
  readonly text: string;
}

const BREAKS: readonly RegExp[] = [/\n\s*\n/g, /\n/g, /[.!?]["')\]]*\s/g, /\s/g];

export function splitIntoBlocks(text: string, maxChars: number): TextBlock[] {
  const blocks: TextBlock[] = [];
  let start = 0;
  while (text.length - start > maxChars) {
    const end = blockEnd(text, start, maxChars);
    blocks.push({ start, text: text.slice(start, end) });
    start = end;
  }
  blocks.push({ start, text: text.slice(start) });
  return blocks;
}

function blockEnd(text: string, start: number, maxChars: number): number {
  const window = text.slice(start, start + maxChars);
  for (const pattern of BREAKS) {
    let last = -1;
    for (const match of window.matchAll(pattern)) last = match.index + match[0].length;
    if (last > maxChars / 2) return start + last;
  }
  const end = start + maxChars;
  // Never between the two halves of a surrogate pair.
  return /[\ud800-\udbff]/.test(text[end - 1]) ? end - 1 : end;
}

export function mergeBlocks(blocks: readonly TextBlock[], parses: readonly ParsedText[]): ParsedText {
  if (parses.length === 1 && blocks[0].start === 0) return parses[0];
  const sentences: ParsedText['sentences'][number][] = [];
  const corefs: Record<string, ParsedCorefMention[]> = {};
  const failedSentences: number[] = [];
  let corefRan = false;
  let corefFailed = false;
  let idShift = 0;
  parses.forEach((parse, position) => {
    const shift = blocks[position].start;
    const sentenceShift = sentences.length;
    for (const sentence of parse.sentences) {
      sentences.push({
        ...sentence,
        index: sentence.index + sentenceShift,
        tokens: sentence.tokens.map((token) => ({ ...token, characterOffsetBegin: token.characterOffsetBegin + shift, characterOffsetEnd: token.characterOffsetEnd + shift })),
        ...(sentence.entitymentions
          ? { entitymentions: sentence.entitymentions.map((mention) => ({ ...mention, characterOffsetBegin: mention.characterOffsetBegin + shift, characterOffsetEnd: mention.characterOffsetEnd + shift })) }
          : {}),
      });
    }
    for (const index of parse.failedSentences ?? []) failedSentences.push(index + sentenceShift);
    corefFailed ||= parse.corefFailed === true;
    if (parse.corefs === undefined) return;
    corefRan = true;
    let highest = 0;
    for (const [chain, mentions] of Object.entries(parse.corefs)) {
      corefs[String(Number(chain) + idShift)] = mentions.map((mention) => {
        highest = Math.max(highest, mention.id, Number(chain));
        return { ...mention, id: mention.id + idShift, sentNum: mention.sentNum + sentenceShift };
      });
    }
    idShift += highest + 1;
  });
  return {
    sentences,
    ...(corefRan ? { corefs } : {}),
    ...(failedSentences.length > 0 ? { failedSentences } : {}),
    ...(corefFailed ? { corefFailed } : {}),
  };
}
