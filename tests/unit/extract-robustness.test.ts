/**
 * Drafting never fails on odd text and never emits a quote that is not in the text: hostile
 * strings, arbitrary strings and sentences of names and trigger words at random, each parsed by
 * the run's real parser; and, without the parser, a parse that does not fit its text (offsets
 * beyond it, tokens out of order, edges and chains to tokens that do not exist), which
 * `draftFromParse` must read as far as it holds and no further.
 */
import fc from 'fast-check';
import { draftFromParse } from '../../src/extract/draft';
import { ParsedText } from '../../src/parser/parse.types';
import { draftDefects } from '../support/draft-texts';
import { draft, extractionParser } from '../support/extract-drafts';
import { HOSTILE_STRINGS } from '../support/hostile-strings';

const WORDS = ['The', 'Atlas', 'Brigade', 'attacked', 'was', 'killed', 'by', 'in', 'a', 'US', 'strike', ',', 'Iraqi', 'Prime', 'Minister', 'al', '-', 'backed', 'spokesman', 'for', "'s", 'Kenya', 'did', 'not', 'talks', 'between', 'and', '(', 'ELN', ')', 'the', 'group', '.', '\n', 'that', 'includes', 'since', '2003', 'Two', 'days', 'later', '“', '”',
  'its', 'whose', 'his', 'including', 'known', 'as', 'alongside', 'loyal', 'to', 'said', 'troops', 'of', 'Congolese', 'Kinshasa', 'al-Qaeda', 'urged', 'fighters', 'People', 'Army', 'led', 'on', 'side', 'province', 'Sea'];
const ATLAS = [{ id: 'atlas', name: 'Atlas Brigade', kind: 'ARMED_GROUP' as const, aliases: ['US'] }];

describe('drafting odd text through the parser', () => {
  it('drafts hostile strings without failing, every quote verbatim', async () => {
    for (const text of HOSTILE_STRINGS.filter((candidate) => candidate.trim() !== '')) {
      expect({ text, defects: draftDefects(text, await draft(text, { knownActors: [], date: '2024' })) }).toEqual({ text, defects: [] });
    }
  });

  it('drafts arbitrary strings without failing, every quote verbatim', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 300 }).filter((text) => text.trim() !== ''),
        async (text) => expect(draftDefects(text, await draft(text, { knownActors: [] }))).toEqual([]),
      ),
      { numRuns: 60 },
    );
  });

  it('drafts random sentences of names and trigger words, every quote verbatim', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 60 }).map((words) => words.join(' ')).filter((text) => text.trim() !== ''),
        async (text) => expect(draftDefects(text, await draft(text, { knownActors: ATLAS, date: '2024-05' }))).toEqual([]),
      ),
      { numRuns: 100 },
    );
  });
});

describe('a parse that does not fit its text', () => {
  const TEXT = 'The Atlas Brigade attacked the Coastal Guard. Its spokesman, Omar Haddad, said the group would fight on.';
  let parsed: ParsedText;
  beforeAll(async () => {
    parsed = await (await extractionParser()).parser.parse(TEXT);
  });

  /** The parse with each number nudged by what fast-check draws: offsets, indices, heads and sentence numbers. */
  function mangled(shifts: readonly number[]): ParsedText {
    let n = 0;
    const shift = (value: number): number => value + (shifts[n++ % shifts.length] ?? 0);
    return {
      sentences: parsed.sentences.map((sentence) => ({
        ...sentence,
        tokens: sentence.tokens.map((token) => ({ ...token, characterOffsetBegin: shift(token.characterOffsetBegin), characterOffsetEnd: shift(token.characterOffsetEnd) })),
        enhancedPlusPlusDependencies: sentence.enhancedPlusPlusDependencies.map((edge) => ({ ...edge, governor: shift(edge.governor), dependent: shift(edge.dependent) })),
      })),
      corefs: Object.fromEntries(
        Object.entries(parsed.corefs ?? {}).map(([id, chain]) => [id, chain.map((mention) => ({ ...mention, sentNum: shift(mention.sentNum), startIndex: shift(mention.startIndex), endIndex: shift(mention.endIndex), headIndex: shift(mention.headIndex) }))]),
      ),
    };
  }

  it('drafts what still fits, every quote verbatim', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -40, max: 40 }), { minLength: 1, maxLength: 30 }), (shifts) => {
        expect(draftDefects(TEXT, draftFromParse(TEXT, mangled(shifts), { knownActors: [] }))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('drafts from an empty parse, or one of another text, an empty draft', () => {
    expect(draftFromParse(TEXT, { sentences: [] }, { knownActors: [] }).annotation.relations).toEqual([]);
    const other = draftFromParse('Short.', parsed, { knownActors: [] });
    expect(other.annotation.actors).toEqual([]);
    expect(draftDefects('Short.', other)).toEqual([]);
  });
});
