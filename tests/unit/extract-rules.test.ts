/**
 * The extraction rules, one family at a time, on sentences written for these tests (none is taken
 * from a seed document): what each rule proposes, in which direction, and what it must not
 * propose (a trigger word with no relation, a denial, a passive read the wrong way round).
 */
import { draftDocument } from '../../src/extract/draft';
import { ExtractionResult } from '../../src/extract/draft.types';
import { draft, relation, relations } from '../support/extract-drafts';

/** Every quote must point back at the text, at the occurrence it names. */
function expectQuotesVerbatim(text: string, result: ExtractionResult): void {
  const items = [...result.annotation.actors, ...result.annotation.relations];
  for (const item of items) {
    expect(item.evidence.length).toBeGreaterThan(0);
    for (const evidence of item.evidence) {
      let index = -1;
      for (let n = 0; n < (evidence.occurrence ?? 1); n += 1) index = text.indexOf(evidence.quote, index + 1);
      expect(index).toBeGreaterThanOrEqual(0);
    }
  }
}

describe('verbs', () => {
  it('reads an active verb from subject to object', () => {
    const text = 'The Atlas Brigade attacked the Coastal Guard near Aleppo.';
    const result = draft(text);
    expect(relations(result.annotation)).toEqual(['ATTACKS atlas-brigade -> coastal-guard']);
    const attack = relation(result, 'ATTACKS');
    expect(attack).toMatchObject({ rule: 'active-verb', confidence: 0.7, review: 'proposed', place: 'Aleppo' });
    expect(attack.evidence).toEqual([{ quote: 'Atlas Brigade attacked the Coastal Guard' }]);
    expectQuotesVerbatim(text, result);
  });

  it('flips a passive: the one after "by" is the source', () => {
    const text = 'The Coastal Guard was attacked by the Atlas Brigade on 3 March 2021.';
    const result = draft(text);
    expect(relations(result.annotation)).toEqual(['ATTACKS atlas-brigade -> coastal-guard']);
    expect(relation(result, 'ATTACKS')).toMatchObject({ rule: 'passive-verb', time: '2021-03-03' });
  });

  it('proposes nothing for a denial or a negated verb', () => {
    expect(relations(draft('The Atlas Brigade did not attack the Coastal Guard.').annotation)).toEqual([]);
    expect(relations(draft('The Atlas Brigade denied attacking the Coastal Guard.').annotation)).toEqual([]);
    expect(relations(draft('The Atlas Brigade never fought the Coastal Guard.').annotation)).toEqual([]);
  });

  it('lowers the confidence of a hedged statement', () => {
    const result = draft('The Atlas Brigade may have attacked the Coastal Guard.');
    expect(relation(result, 'ATTACKS')).toMatchObject({ from: 'atlas-brigade', to: 'coastal-guard', confidence: 0.42 });
  });

  it('reads an inverse verb the other way: the one killed is the source of KILLED_BY', () => {
    const result = draft('The Atlas Brigade killed Colonel Omar Haddad in an ambush.');
    expect(relations(result.annotation)).toEqual(['KILLED_BY omar-haddad -> atlas-brigade']);
  });

  it('finds the doer of a killing in the act that names it', () => {
    const result = draft('Omar Haddad was killed in a Turkish drone strike last year.', { date: '2022-06-01' });
    expect(relations(result.annotation)).toEqual(['KILLED_BY omar-haddad -> turkey']);
    expect(relation(result, 'KILLED_BY')).toMatchObject({ rule: 'named-act', time: '2021' });
  });

  it('proposes nothing for a trigger word whose other side is not an actor', () => {
    expect(relations(draft('The attack on the market shocked the Atlas Brigade.').annotation)).toEqual([]);
    expect(relations(draft('Officials said the strikes had been planned for weeks.').annotation)).toEqual([]);
  });
});

describe('patterns and appositions', () => {
  it('reads "X fired rockets at Y" as an attack, and "a senior X official, Y" as membership', () => {
    const result = draftDocument('Hamas fired rockets at southern Israel. A senior Hamas official, Musa Abu Marzouk, spoke.', { knownActors: [] });
    expect(relations(result.annotation)).toEqual(['ATTACKS hamas -> israel', 'PART_OF musa-abu-marzouk -> hamas']);
  });

  it('resolves "the <demonym> group" to the last group named, not to a state force', () => {
    const text = 'Hezbollah fired rockets at Israel and the Israeli army shelled a village. The Lebanese group, which is backed by Iran, vowed to continue.';
    const result = draftDocument(text, { knownActors: [] });
    expect(relations(result.annotation)).toContain('SUPPORTS iran -> hezbollah');
    expect(relations(result.annotation)).not.toContain('SUPPORTS iran -> israeli-army');
  });

  it('reads an agreement between two sides, and does not take "United Nations" for a person', () => {
    const result = draftDocument('The United Nations brokered a grain deal between Russia and Ukraine.', { knownActors: [] });
    expect(relations(result.annotation)).toEqual(['NEGOTIATES_WITH russia -> ukraine']);
    expect(result.annotation.actors.find((actor) => actor.id === 'united-nations')?.kind).toBe('ORGANIZATION');
  });
});

describe('nouns', () => {
  it("reads a possessive noun: X's support for Y", () => {
    const result = draft("Turkey's support for the Atlas Brigade grew.");
    expect(relations(result.annotation)).toEqual(['SUPPORTS turkey -> atlas-brigade']);
    expect(relation(result, 'SUPPORTS').rule).toBe('noun');
  });

  it('reads a demonym before the noun as its actor, the target after "of"', () => {
    expect(relations(draft('The Russian invasion of Ukraine began in February 2022.').annotation)).toEqual(['INVADES russia -> ukraine']);
  });

  it('reads talks between two sides as one symmetric relation', () => {
    const result = draft('Talks between Armenia and Azerbaijan resumed in Brussels.');
    expect(relations(result.annotation)).toEqual(['NEGOTIATES_WITH armenia -> azerbaijan']);
    expect(relation(result, 'NEGOTIATES_WITH').place).toBe('Brussels');
  });

  it("takes a noun's source from the subject of the verb that governs it", () => {
    expect(relations(draft('The Atlas Brigade launched new attacks on the Coastal Guard.').annotation)).toEqual([
      'ATTACKS atlas-brigade -> coastal-guard',
    ]);
  });
});

describe('roles and titles', () => {
  it('reads "Y, a commander of X"', () => {
    const result = draft('Yusuf Karim, a commander of the Atlas Brigade, was arrested.');
    expect(relations(result.annotation)).toEqual(['COMMANDS yusuf-karim -> atlas-brigade']);
    expect(relation(result, 'COMMANDS').rule).toBe('role');
  });

  it('reads "the spokesman for X, Title Y"', () => {
    const result = draft('The spokesman for the Coastal Guard, Major Lina Saad, said the port was calm.');
    expect(relations(result.annotation)).toEqual(['SPOKESPERSON_FOR lina-saad -> coastal-guard']);
    const lina = result.annotation.actors.find((actor) => actor.id === 'lina-saad');
    expect(lina).toMatchObject({ name: 'Lina Saad', kind: 'PERSON', roles: ['Major'], review: 'proposed' });
  });

  it("reads \"X's spokesman Y\"", () => {
    expect(relations(draft("The Atlas Brigade's spokesman Rami Aziz spoke on Monday.").annotation)).toEqual([
      'SPOKESPERSON_FOR rami-aziz -> atlas-brigade',
    ]);
  });

  it('reads a title with a demonym: the person leads the state, or its government when the text names it', () => {
    expect(relations(draft('Kenyan President William Ruto spoke in Nairobi.').annotation)).toEqual(['LEADS william-ruto -> kenya']);
    const result = draft('The Kenyan government met. Kenyan President William Ruto spoke in Nairobi.');
    expect(relations(result.annotation)).toContain('LEADS william-ruto -> kenyan-government');
  });
});

describe('compounds, lists and national bodies', () => {
  it('reads "X-backed Y"', () => {
    const result = draft('The Turkish-backed Atlas Brigade advanced.');
    expect(relations(result.annotation)).toEqual(['SUPPORTS turkey -> atlas-brigade']);
    expect(relation(result, 'SUPPORTS')).toMatchObject({ rule: 'compound', evidence: [{ quote: 'Turkish-backed Atlas Brigade' }] });
  });

  it('reads an umbrella group that includes its members, each a PART_OF it', () => {
    const result = draft('The Northern Alliance, an umbrella group that includes the Atlas Brigade and the Coastal Guard, met.');
    expect(relations(result.annotation)).toEqual(['PART_OF atlas-brigade -> northern-alliance', 'PART_OF coastal-guard -> northern-alliance']);
  });

  it("reads a state's forces as part of the state", () => {
    const result = draft('Kenyan security forces patrolled the border.');
    expect(relations(result.annotation)).toEqual(['PART_OF kenyan-security-forces -> kenya']);
    expect(result.annotation.actors.find((actor) => actor.id === 'kenyan-security-forces')?.kind).toBe('MILITARY_FORCE');
  });

  it('reads a pattern of the vocabulary: a call on Y to leave', () => {
    const result = draft('The Atlas Brigade called on the Coastal Guard to leave the island.');
    expect(relations(result.annotation)).toEqual(['DEMANDS_WITHDRAWAL_OF atlas-brigade -> coastal-guard']);
    expect(relation(result, 'DEMANDS_WITHDRAWAL_OF').rule).toBe('pattern');
  });

  it('reads a participle apposition: "X, affiliated with Y"', () => {
    expect(relations(draft('The Atlas Brigade, affiliated with the Coastal Guard, denied the report.').annotation)).toEqual([
      'AFFILIATED_WITH atlas-brigade -> coastal-guard',
    ]);
  });
});

describe('actors', () => {
  it('links an actor the graph holds, by an alias, instead of proposing a new one', () => {
    const result = draft('The Atlas fighters crossed the river.');
    expect(result.mentions).toEqual([{ actorId: 'atlas-brigade', start: 0, end: 18, text: 'The Atlas fighters', known: true }]);
    const atlas = result.annotation.actors.find((actor) => actor.id === 'atlas-brigade');
    expect(atlas).toMatchObject({ name: 'Atlas Brigade', kind: 'ARMED_GROUP' });
    expect(atlas?.review).toBeUndefined();
  });

  it('resolves a surname and "the movement" to the actor named in full before', () => {
    const text = 'Commander Yusuf Karim leads the Sahra Movement. Karim said the movement would fight on.';
    const result = draftDocument(text, { knownActors: [] });
    const ids = result.mentions.map((mention) => `${mention.actorId}:${mention.text}`);
    expect(ids).toEqual(['yusuf-karim:Yusuf Karim', 'sahra-movement:Sahra Movement', 'yusuf-karim:Karim', 'sahra-movement:the movement']);
    expect(relations(result.annotation)).toEqual(['LEADS yusuf-karim -> sahra-movement']);
    expect(result.annotation.actors.find((actor) => actor.id === 'sahra-movement')).toMatchObject({ kind: 'ORGANIZATION', aliases: ['the movement'] });
  });

  it('takes an acronym in brackets as the alias of the name before it, and "the group" for the last group named', () => {
    const text = 'The Ruvuma Liberation Front (RLF) shelled the port. Later the group fought the Coastal Guard.';
    const result = draft(text);
    expect(result.annotation.actors.find((actor) => actor.id === 'ruvuma-liberation-front')).toMatchObject({ aliases: ['RLF', 'the group'] });
    expect(relations(result.annotation)).toEqual(['FIGHTS ruvuma-liberation-front -> coastal-guard']);
  });

  it('reads a progressive as active, not as a passive', () => {
    expect(relations(draft('The Atlas Brigade is fighting the Coastal Guard.').annotation)).toEqual(['FIGHTS atlas-brigade -> coastal-guard']);
  });

  it('guesses kinds from cues: a militia, a government, a coalition, a country', () => {
    const result = draftDocument('The Red Hand Militia, the Somali government and the Eastern Coalition met in Ghana.', { knownActors: [] });
    const kinds = Object.fromEntries(result.annotation.actors.map((actor) => [actor.id, actor.kind]));
    expect(kinds).toEqual({
      'red-hand-militia': 'ARMED_GROUP',
      'somali-government': 'GOVERNMENT',
      somalia: 'STATE',
      'eastern-coalition': 'COALITION',
      ghana: 'STATE',
    });
  });
});

describe('time', () => {
  it('resolves a relative date against the document date', () => {
    const result = draft('Two days later, the Atlas Brigade attacked the Coastal Guard.', { date: '2024-05-10' });
    expect(relation(result, 'ATTACKS').time).toBe('2024-05-12');
  });

  it('reads "since" as an open range and a bare year as a year', () => {
    expect(relation(draft('The Atlas Brigade has fought the Coastal Guard since 2019.'), 'FIGHTS').time).toBe('2019/..');
    expect(relation(draft('In 2015 the Atlas Brigade attacked the Coastal Guard.'), 'ATTACKS').time).toBe('2015');
  });

  it('warns when a relative date cannot be resolved without a document date', () => {
    const result = draft('Last year the Atlas Brigade attacked the Coastal Guard.');
    expect(relation(result, 'ATTACKS').time).toBeUndefined();
    expect(result.warnings).toEqual(["sentence 1 may give a relative date, which needs the document's date (--date) to be resolved"]);
  });
});

describe('the draft', () => {
  it('is an annotation in the loader format, every quote verbatim, with occurrence when a quote repeats', () => {
    const text = 'The Atlas Brigade attacked the Coastal Guard.\nLater the Atlas Brigade attacked the Coastal Guard again.';
    const result = draft(text, { id: 'two-attacks', title: 'Two attacks', textFile: 'two-attacks.txt', date: '2024' });
    expect(result.annotation.document).toEqual({ id: 'two-attacks', title: 'Two attacks', textFile: 'two-attacks.txt', date: '2024', language: 'en' });
    expect(result.annotation.relations).toHaveLength(1);
    expect(result.annotation.relations[0].evidence).toEqual([
      { quote: 'Atlas Brigade attacked the Coastal Guard', occurrence: 1 },
      { quote: 'Atlas Brigade attacked the Coastal Guard', occurrence: 2 },
    ]);
    expectQuotesVerbatim(text, result);
  });
});
