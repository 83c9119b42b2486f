/**
 * Drafting never fails on odd text and never emits a quote that is not in the text: arbitrary
 * strings, hostile ones, and sentences assembled from names and trigger words at random.
 */
import fc from 'fast-check';
import { draftDocument } from '../../src/extract/draft';
import { ExtractionResult } from '../../src/extract/draft.types';
import { nthIndexOf } from '../../src/loader/annotation.validate';
import { HOSTILE_STRINGS } from '../support/hostile-strings';

function badQuotes(text: string, result: ExtractionResult): string[] {
  const items = [...result.annotation.actors, ...result.annotation.relations];
  const bad: string[] = [];
  for (const item of items) {
    if (item.evidence.length === 0) bad.push(`no evidence: ${JSON.stringify(item)}`);
    for (const evidence of item.evidence) {
      if (evidence.quote.trim() === '' || nthIndexOf(text, evidence.quote, evidence.occurrence ?? 1) < 0) bad.push(evidence.quote);
    }
  }
  for (const mention of result.mentions) if (text.slice(mention.start, mention.end) !== mention.text) bad.push(`mention ${mention.text}`);
  return bad;
}

const WORDS = ['The', 'Atlas', 'Brigade', 'attacked', 'was', 'killed', 'by', 'in', 'a', 'US', 'strike', ',', 'Iraqi', 'Prime', 'Minister', 'al', '-', 'backed', 'spokesman', 'for', "'s", 'Kenya', 'did', 'not', 'talks', 'between', 'and', '(', 'ELN', ')', 'the', 'group', '.', '\n', 'that', 'includes', 'since', '2003', 'Two', 'days', 'later', '“', '”',
  'its', 'whose', 'his', 'including', 'known', 'as', 'alongside', 'loyal', 'to', 'said', 'troops', 'of', 'Congolese', 'Kinshasa', 'al-Qaeda', 'urged', 'fighters', 'People', 'Army', 'led', 'on', 'side', 'province', 'Sea'];

describe('drafting odd text', () => {
  it('drafts hostile strings without failing, every quote verbatim', () => {
    for (const text of HOSTILE_STRINGS) {
      const result = draftDocument(text, { knownActors: [], date: '2024' });
      expect(badQuotes(text, result)).toEqual([]);
    }
  });

  it('drafts arbitrary strings without failing, every quote verbatim', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(badQuotes(text, draftDocument(text, { knownActors: [] }))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('drafts random sentences of names and trigger words, every quote verbatim', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }), (words) => {
        const text = words.join(' ');
        expect(badQuotes(text, draftDocument(text, { knownActors: [{ id: 'atlas', name: 'Atlas Brigade', kind: 'ARMED_GROUP', aliases: ['US'] }], date: '2024-05' }))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
