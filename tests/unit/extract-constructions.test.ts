/**
 * The English constructions the relation rules read beyond a bare "X verb Y", each on a sentence
 * written for this test: subjects across appositions, relative clauses and coordination, pronouns
 * and possessives, the one asked or reported on, and statements by a spokesperson.
 */
import { draft, draftAlone, relation, relations } from '../support/extract-drafts';

/** [construction, sentence, the relations drafted with the Atlas Brigade and the Coastal Guard in the graph]. */
const CONSTRUCTIONS: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  [
    'a subject across a relative clause',
    'The Sahra Movement, which is backed by Chad, attacked the Coastal Guard.',
    ['ATTACKS sahra-movement -> coastal-guard', 'SUPPORTS chad -> sahra-movement'],
  ],
  [
    'a subject across a participle phrase',
    'The Sahra Movement, led by Omar Diallo, attacked the Coastal Guard.',
    ['ATTACKS sahra-movement -> coastal-guard', 'LEADS omar-diallo -> sahra-movement'],
  ],
  [
    'a subject across "whose members include A, B and C"',
    'The Dune Pact, whose members include Chad, Mali and Niger, sent troops to Libya.',
    ['PART_OF chad -> dune-pact', 'PART_OF mali -> dune-pact', 'PART_OF niger -> dune-pact', 'PRESENT_IN dune-pact -> libya'],
  ],
  [
    'coordinated subjects and coordinated verbs',
    'Ghana and Togo condemned the raid and urged the Atlas Brigade to leave.',
    ['DEMANDS_WITHDRAWAL_OF ghana -> atlas-brigade', 'DEMANDS_WITHDRAWAL_OF togo -> atlas-brigade'],
  ],
  [
    'the groups a subject includes',
    'Several groups, including the Sahra Movement and the Dune Front, attacked the Coastal Guard.',
    ['ATTACKS dune-front -> coastal-guard', 'ATTACKS sahra-movement -> coastal-guard'],
  ],
  ['"its" at a sentence\'s start: the actor the sentence before is about', 'The Sahra Movement denied the report. Its spokesman, Ali Farah, called it false.', ['SPOKESPERSON_FOR ali-farah -> sahra-movement']],
  ['"its" after a comma: the actor the sentence is about', 'The Sahra Movement shelled a port on Monday, its spokesman Ali Farah said.', ['SPOKESPERSON_FOR ali-farah -> sahra-movement']],
  ['"its" as a target: not the subject of the verb before it', 'The Coastal Guard left the port after Ghana demanded its departure.', ['DEMANDS_WITHDRAWAL_OF ghana -> coastal-guard']],
  ['"whose" and a role', 'Chad, whose defence minister Idriss Kaka spoke on Monday, stayed neutral.', ['PART_OF idriss-kaka -> chad']],
  ['"Y, an X affiliate"', 'The Sahra Movement, an Atlas Brigade affiliate, claimed the raid.', ['AFFILIATED_WITH sahra-movement -> atlas-brigade']],
  ['"X said it": the pronoun stands for the one who spoke', 'The Sahra Movement said it would back the Coastal Guard.', ['SUPPORTS sahra-movement -> coastal-guard']],
  ['"fighters of X" as a subject', 'Fighters of the Sahra Movement attacked the Coastal Guard.', ['ATTACKS sahra-movement -> coastal-guard']],
  ['"X said troops clashed": the troops are the speaker\'s', 'The Coastal Guard said troops clashed with the Sahra Movement.', ['FIGHTS coastal-guard -> sahra-movement']],
  ['"urged X to attack": the one urged attacks', 'Ghana urged Togo to attack the Sahra Movement.', ['ATTACKS togo -> sahra-movement']],
  ['"X is linked to Y" is a state, not a passive', 'The Sahra Movement is linked to the Dune Front.', ['AFFILIATED_WITH sahra-movement -> dune-front']],
  ['fighting "between" two sides is each fighting the other', 'Heavy fighting broke out on Monday between the Sahra Movement and the Dune Front.', ['FIGHTS dune-front -> sahra-movement', 'FIGHTS sahra-movement -> dune-front']],
  ['national modifiers own a plain noun', 'Kenyan and Ugandan jets struck the Sahra Movement.', ['ATTACKS kenya -> sahra-movement', 'ATTACKS uganda -> sahra-movement']],
  ['a title after a demonym: the person is the object', 'Amadou Sow met Kenyan President William Ruto in Nairobi.', ['LEADS william-ruto -> kenya', 'NEGOTIATES_WITH amadou-sow -> william-ruto']],
  ['the receiver of a thing given', 'Turkey supplied drones to the Coastal Guard.', ['SUPPORTS turkey -> coastal-guard']],
  ['"units of X" as an object', 'Turkey trained units of the Coastal Guard.', ['SUPPORTS turkey -> coastal-guard']],
  ['"whose government": a person leads it', 'The Ghanaian government met. Ama Mensah, whose government took office in May, spoke.', ['LEADS ama-mensah -> ghanaian-government', 'PART_OF ghanaian-government -> ghana']],
  ['a spokesperson\'s words are their principal\'s', "The Coastal Guard's spokesman, Amina Yusuf, condemned Chad.", ['OPPOSES coastal-guard -> chad', 'SPOKESPERSON_FOR amina-yusuf -> coastal-guard']],
];

describe('constructions of news English', () => {
  it.each(CONSTRUCTIONS)('%s: %s', (_construction, sentence, expected) => {
    expect(relations(draft(sentence).annotation)).toEqual(expected);
  });

  it('keeps the rule and a quote of the sentence for an attributed statement', () => {
    const result = draft("The Coastal Guard's spokesman, Amina Yusuf, condemned Chad.");
    expect(relation(result, 'OPPOSES')).toMatchObject({ rule: 'active-verb', evidence: [{ quote: 'Amina Yusuf, condemned Chad' }] });
  });

  it('proposes nothing for the people a participle describes, for mediators, nor for what others are asked to do', () => {
    expect(relations(draft('Ghana seized ships linked to the Sahra Movement.').annotation)).toEqual([]);
    expect(relations(draftAlone('Qatar and Egypt hosted talks on the crisis.').annotation)).toEqual([]);
    expect(relations(draftAlone('Qatar and Egypt held talks on the crisis.').annotation)).toEqual(['NEGOTIATES_WITH qatar -> egypt']);
    expect(relations(draftAlone('Kenya called on its allies to impose sanctions on Chad.').annotation)).toEqual([]);
  });
});

describe('actors as news names them', () => {
  it('knows a state by any name, demonym or capital, as one actor', () => {
    const result = draftAlone('DRC troops crossed into Goma. Kinshasa later accused Kigali, a Congolese envoy said.');
    expect(relations(result.annotation)).toEqual(['OPPOSES drc -> rwanda']);
    expect(result.mentions.filter((mention) => mention.actorId === 'drc').map((mention) => mention.text)).toEqual(['DRC troops', 'Kinshasa', 'Congolese']);
    expect(result.annotation.actors.find((actor) => actor.id === 'rwanda')).toMatchObject({ name: 'Rwanda', kind: 'STATE', aliases: ['Kigali'] });
  });

  it("takes a state's troops named once for the state, and a body the text keeps naming for an actor", () => {
    expect(draftAlone('Chadian troops entered Niger.').annotation.actors.map((actor) => actor.id)).toEqual(['chad', 'niger']);
    const twice = draftAlone('Chadian troops entered Niger. Chadian troops later left.');
    expect(relations(twice.annotation)).toEqual(['PART_OF chadian-troops -> chad']);
  });

  it('reads the group noun after a name as the group itself, and a body of a group as its own actor', () => {
    expect(draftAlone('Sahra rebels shelled the port. Sahra later withdrew.').annotation.actors).toMatchObject([{ id: 'sahra', aliases: ['Sahra rebels'] }]);
    expect(relations(draftAlone('The UN monitoring mission left Chad.').annotation)).toEqual(['WITHDRAWS_FROM un-monitoring-mission -> chad']);
  });

  it('tells places from actors by what the text calls them', () => {
    const result = draftAlone('Fighting reached the town of Mabanda. Mabanda fell on Sunday, and Lake Tumba was closed.');
    expect(result.annotation.actors).toEqual([]);
  });

  it('reads a nickname given with "known as", and a first name used alone', () => {
    const result = draftAlone('Omar Diallo, known as Simba, leads the Sahra Movement. Simba spoke. Abebe Kebede met Omar Diallo. Abebe left.');
    const ids = result.mentions.map((mention) => mention.actorId);
    expect(ids).toEqual(['omar-diallo', 'omar-diallo', 'sahra-movement', 'omar-diallo', 'abebe-kebede', 'omar-diallo', 'abebe-kebede']);
  });

  it('makes a government named by its seat an actor, a body of the state', () => {
    expect(relations(draftAlone('The junta in Bamako expelled the envoy.').annotation)).toEqual(['PART_OF junta-in-bamako -> mali']);
  });

  it('starts a name with a particle joined by a hyphen, and keeps it a group when one word follows', () => {
    const result = draftAlone('Fighters of al-Nasr attacked Chad.');
    expect(result.annotation.actors.find((actor) => actor.id === 'al-nasr')).toMatchObject({ name: 'al-Nasr', kind: 'ORGANIZATION' });
    expect(relations(result.annotation)).toEqual(['ATTACKS al-nasr -> chad']);
  });
});
