/**
 * What the client sends and how long texts are cut and put back together: pure functions, pinned
 * with exact values.
 */
import { sendableText } from '../../src/parser/corenlp.client';
import { ParsedText } from '../../src/parser/parse.types';
import { mergeBlocks, splitIntoBlocks } from '../../src/parser/text-blocks';

describe('sendableText', () => {
  it('keeps the length and every ordinary character, emoji pairs, tabs and line breaks included', () => {
    const text = 'Vell\u00e9ville\t👩🏽‍⚖️ said:\r\n\u200b\u200f\u202eok\f';
    expect(sendableText(text)).toBe(text);
  });

  it('turns lone surrogates into U+FFFD and control characters into spaces, one for one', () => {
    const text = 'a\u0000b\ud800c\udc00d\u0007e\u007ff\ud83d';
    const sent = sendableText(text);
    expect(sent).toBe('a b\ufffdc\ufffdd e f\ufffd');
    expect(sent.length).toBe(text.length);
  });
});

describe('splitIntoBlocks', () => {
  it('leaves a text within the limit whole', () => {
    expect(splitIntoBlocks('One. Two.', 100)).toEqual([{ start: 0, text: 'One. Two.' }]);
  });

  it('cuts at the last paragraph break in the second half of a block', () => {
    const text = `${'a'.repeat(60)}.\n\n${'b'.repeat(20)}. ${'c'.repeat(30)}. ${'d'.repeat(10)}`;
    const blocks = splitIntoBlocks(text, 100);
    expect(blocks.map((block) => [block.start, block.text.length])).toEqual([
      [0, 63],
      [63, 64],
    ]);
    expect(blocks.map((block) => block.text).join('')).toBe(text);
  });

  it('cuts after the last full stop when no paragraph or line break is in the second half', () => {
    const text = `${'a'.repeat(30)}.\n\n${'b'.repeat(20)}. ${'c'.repeat(30)}. ${'d'.repeat(30)}`;
    expect(splitIntoBlocks(text, 100).map((block) => [block.start, block.text.length])).toEqual([
      [0, 87],
      [87, 30],
    ]);
  });

  it('cuts a text without any break at the limit, never inside a surrogate pair', () => {
    const text = `${'x'.repeat(99)}😀${'y'.repeat(50)}`;
    const blocks = splitIntoBlocks(text, 100);
    expect(blocks.map((block) => block.text.length)).toEqual([99, 52]);
    expect(blocks[1].text.startsWith('😀')).toBe(true);
  });
});

describe('mergeBlocks', () => {
  const token = (index: number, begin: number, word: string): ParsedText['sentences'][number]['tokens'][number] => ({
    index,
    word,
    originalText: word,
    lemma: word,
    characterOffsetBegin: begin,
    characterOffsetEnd: begin + word.length,
    pos: 'NNP',
    ner: 'PERSON',
    before: '',
    after: ' ',
  });
  const block = (word: string, failed?: number[]): ParsedText => ({
    sentences: [
      { index: 0, tokens: [token(1, 0, word)], basicDependencies: [], enhancedPlusPlusDependencies: [] },
      { index: 1, tokens: [token(1, 5, 'he')], basicDependencies: [], enhancedPlusPlusDependencies: [] },
    ],
    corefs: {
      '3': [
        { id: 3, text: word, type: 'PROPER', number: 'SINGULAR', gender: 'MALE', animacy: 'ANIMATE', startIndex: 1, endIndex: 2, headIndex: 1, sentNum: 1, isRepresentativeMention: true },
        { id: 4, text: 'he', type: 'PRONOMINAL', number: 'SINGULAR', gender: 'MALE', animacy: 'ANIMATE', startIndex: 1, endIndex: 2, headIndex: 1, sentNum: 2, isRepresentativeMention: false },
      ],
    },
    ...(failed ? { failedSentences: failed } : {}),
  });

  it('moves offsets, sentence numbers and chain ids of later blocks past the earlier ones', () => {
    const merged = mergeBlocks(
      [
        { start: 0, text: 'Tam. he.' },
        { start: 100, text: 'Vell. he.' },
      ],
      [block('Tam'), block('Vell', [1])],
    );
    expect(merged.sentences.map((sentence) => [sentence.index, sentence.tokens[0].word, sentence.tokens[0].characterOffsetBegin])).toEqual([
      [0, 'Tam', 0],
      [1, 'he', 5],
      [2, 'Vell', 100],
      [3, 'he', 105],
    ]);
    expect(Object.entries(merged.corefs!).map(([chain, mentions]) => [chain, mentions.map((mention) => `${mention.id}@${mention.sentNum}:${mention.text}`)])).toEqual([
      ['3', ['3@1:Tam', '4@2:he']],
      ['8', ['8@3:Vell', '9@4:he']],
    ]);
    expect(merged.failedSentences).toEqual([3]);
  });
});
