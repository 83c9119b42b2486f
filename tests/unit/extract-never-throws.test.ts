/**
 * Drafting never throws on a text (issue: a name read both as an actor and as a place left a
 * mention pointing at an actor that was dropped): texts built from known and unknown names,
 * compounds, lists, appositions, place phrases and pronouns, with and without known actors, each
 * give a draft whose quotes are verbatim and whose relations and mentions end at its own actors.
 */
import fc from 'fast-check';
import { draftDocument } from '../../src/extract/draft';
import { KnownActor } from '../../src/extract/draft.types';
import { draftDefects, draftTextArbitrary, generatedKnownActors } from '../support/draft-texts';

const RURITANIA: KnownActor = { id: 'ruritania', name: 'Ruritania', kind: 'STATE', aliases: [] };

function expectSoundDraft(text: string, knownActors: readonly KnownActor[]): void {
  expect(draftDefects(text, draftDocument(text, { knownActors }))).toEqual([]);
}

describe('drafting never throws', () => {
  it('drafts a known name hyphenated with a name that stands again after "of"', () => {
    expectSoundDraft('Ruritania-Hezbollah and Hezbollah of Hezbollah.', [RURITANIA]);
  });

  it('drafts a name used as an actor and then as a place, without known actors', () => {
    expectSoundDraft("Redland's people flee. Troops were deployed to Redland. They fought in Redland.", []);
  });

  it('drafts built texts without known actors', () => {
    fc.assert(fc.property(draftTextArbitrary([]), (text) => expectSoundDraft(text, [])), { numRuns: 400 });
  });

  it('drafts built texts with a few known actors', () => {
    const known = [RURITANIA, { id: 'northern-front', name: 'Northern Front', kind: 'ARMED_GROUP', aliases: ['the Front'] } as KnownActor];
    fc.assert(fc.property(draftTextArbitrary(known), (text) => expectSoundDraft(text, known)), { numRuns: 400 });
  });

  it('drafts built texts against 10,000 known actors', () => {
    const known = generatedKnownActors(10_000);
    fc.assert(fc.property(draftTextArbitrary(known), (text) => expectSoundDraft(text, known)), { numRuns: 200 });
  });
});
