/**
 * Drafting never throws on a text (issue: a name read both as an actor and as a place left a
 * mention pointing at an actor that was dropped): texts built from known and unknown names,
 * compounds, lists, appositions, place phrases and pronouns, with and without known actors, each
 * give a draft whose quotes are verbatim and whose relations and mentions end at its own actors.
 * Each text is parsed by the run's real parser: as many runs as when drafting read no parse, each
 * property given the time its parses take on a loaded machine (a timeout, not a bound on quality).
 */
import fc from 'fast-check';
import { KnownActor } from '../../src/extract/draft.types';
import { draftDefects, draftTextArbitrary, generatedKnownActors } from '../support/draft-texts';
import { draft, extractionParser } from '../support/extract-drafts';
import { PARSER_LOAD_WAIT_MS } from '../support/test-parser';

const RURITANIA: KnownActor = { id: 'ruritania', name: 'Ruritania', kind: 'STATE', aliases: [] };

async function expectSoundDraft(text: string, knownActors: readonly KnownActor[]): Promise<void> {
  expect(draftDefects(text, await draft(text, { knownActors }))).toEqual([]);
}

/** Hundreds of parses of short texts; each takes tens of milliseconds, ten times that under load. */
const PROPERTY_TIMEOUT_MS = 900_000;

beforeAll(async () => {
  await extractionParser();
}, PARSER_LOAD_WAIT_MS + 10_000);

describe('drafting never throws', () => {
  it('drafts a known name hyphenated with a name that stands again after "of"', async () => {
    await expectSoundDraft('Ruritania-Hezbollah and Hezbollah of Hezbollah.', [RURITANIA]);
  });

  it('drafts a name used as an actor and then as a place, without known actors', async () => {
    await expectSoundDraft("Redland's people flee. Troops were deployed to Redland. They fought in Redland.", []);
  });

  it('drafts built texts without known actors', async () => {
    await fc.assert(fc.asyncProperty(draftTextArbitrary([]), (text) => expectSoundDraft(text, [])), { numRuns: 400 });
  }, PROPERTY_TIMEOUT_MS);

  it('drafts built texts with a few known actors', async () => {
    const known = [RURITANIA, { id: 'northern-front', name: 'Northern Front', kind: 'ARMED_GROUP', aliases: ['the Front'] } as KnownActor];
    await fc.assert(fc.asyncProperty(draftTextArbitrary(known), (text) => expectSoundDraft(text, known)), { numRuns: 400 });
  }, PROPERTY_TIMEOUT_MS);

  it('drafts built texts against 10,000 known actors', async () => {
    const known = generatedKnownActors(10_000);
    await fc.assert(fc.asyncProperty(draftTextArbitrary(known), (text) => expectSoundDraft(text, known)), { numRuns: 200 });
  }, PROPERTY_TIMEOUT_MS);
});
