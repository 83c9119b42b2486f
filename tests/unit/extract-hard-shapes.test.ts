/**
 * The shapes of English the word-list grammar got wrong, each in a sentence of its own, drafted
 * through the run's real parser from the text alone: a doer inside the subject's noun phrase, a
 * relative clause beside a passive, a deputy's title, a title qualifier ("Acting"), "of" after a
 * role noun, and pronouns and definite descriptions across sentences. Each case states what the
 * codebook (docs/reference/codebook.md) wants drafted, and what must not be.
 */
import { draftAlone, relations, relationsOf } from '../support/extract-drafts';

describe('shapes the parse reads that word lists did not', () => {
  it('finds the doer of an act that sits inside the noun phrase subject of "killed"', async () => {
    expect(await relationsOf('An air strike by the Ruritanian air force on the depot killed commander Ivo Brandt.')).toEqual(['KILLED_BY ivo-brandt -> ruritanian-air-force']);
  });

  it('reads a relative clause as what its antecedent did, and "alongside" after a passive as no cooperation', async () => {
    expect(await relationsOf('Ivo Brandt, who led the Northern Front, was killed alongside his deputy.')).toEqual(['LEADS ivo-brandt -> northern-front']);
  });

  it('makes a deputy head lead the body the title names, not the state that owns the body', async () => {
    const drafted = await relationsOf("The delegation included the deputy head of Ruritania's Border Guard, Ana Vell.");
    expect(drafted).toEqual(['LEADS ana-vell -> ruritania-border-guard']);
  });

  it('keeps a title qualifier ("Acting", "Caretaker", "Former") in the title, never as an actor of its own', async () => {
    const { annotation } = await draftAlone('Acting Prime Minister Olek Tam said Lebanon would not negotiate. Former President Omar Bongo ruled Gabon.');
    expect(annotation.actors.map((actor) => actor.id).sort()).toEqual(['gabon', 'lebanon', 'olek-tam', 'omar-bongo']);
    expect(relations(annotation)).toEqual(['LEADS olek-tam -> lebanon', 'LEADS omar-bongo -> gabon']);
  });

  it('reads a name of several words after "in" as a place when the tagger reads each word as one, not as a person', async () => {
    const { annotation } = await draftAlone('President Ana Vell said the army would stay in Cabo Delgado and in Nampula Province.');
    expect(annotation.actors.map((actor) => [actor.id, actor.kind])).toEqual([['ana-vell', 'PERSON']]);
    // A state's name inside a place's name ("Port Sudan") does not make the place an actor.
    const port = await draftAlone('The Atlas Brigade, based in Port Sudan, condemned the Coastal Guard.');
    expect(port.annotation.actors.map((actor) => actor.id)).toEqual(['atlas-brigade', 'coastal-guard']);
  });

  it('reads an "and" inside one name as part of it, and one between two names as a list', async () => {
    const { annotation } = await draftAlone(
      'The Council for Unity and Renewal of the Republic dissolved the cabinet. The Defence and Security Council of Ruritania met on Friday. Ruritania and Borovia signed a truce.',
    );
    expect(annotation.actors.map((actor) => actor.name).sort()).toEqual(['Borovia', 'Council for Unity and Renewal of the Republic', 'Defence and Security Council of Ruritania', 'Ruritania']);
  });

  it('reads a demonym that is also one of its state\'s spellings ("Togolese", "Thai") as the state, by its name', async () => {
    expect(await relationsOf('Ghanaian and Togolese negotiators met in Accra.')).toEqual(['NEGOTIATES_WITH ghana -> togo']);
    expect(await relationsOf('Thai troops attacked the Atlas Brigade.')).toEqual(['ATTACKS thailand -> atlas-brigade']);
  });

  it('reads the group after "a longtime ally of" as an actor the rest of the text still sees', async () => {
    expect(await relationsOf('Ivo Brandt is a longtime ally of the Northern Front. The Northern Front attacked the Border Guard.')).toEqual([
      'ATTACKS northern-front -> border-guard',
      'COOPERATES_WITH ivo-brandt -> northern-front',
    ]);
  });

  it('keeps a one-word group after "an ally of" an actor, where one unknown word after "of" or "in" is a place', async () => {
    const { annotation } = await draftAlone('Nabih Berri, a longtime ally of Hezbollah, met the envoy. Hezbollah fired rockets at Israel. Troops entered a base in Arauca.');
    expect(annotation.actors.map((actor) => actor.id).sort()).toEqual(['hezbollah', 'israel', 'nabih-berri']);
    expect(relations(annotation)).toEqual(['ATTACKS hezbollah -> israel', 'COOPERATES_WITH nabih-berri -> hezbollah']);
  });

  it('names a state body by its capitalised noun alone, and a group noun alone not', async () => {
    const { annotation } = await draftAlone('The junta dissolved the Senate and the National Assembly. The Army said Parliament would not meet.');
    expect(annotation.actors.map((actor) => [actor.id, actor.kind]).sort()).toEqual([
      ['national-assembly', 'GOVERNMENT'],
      ['parliament', 'GOVERNMENT'],
      ['senate', 'GOVERNMENT'],
    ]);
  });

  it('reads a commissioner and a party candidate as holding a position in the actor that owns the title', async () => {
    expect(await relationsOf("Ruritania's human rights commissioner, Ana Vell, met her Borovian counterpart. The Unity Party said its candidate Olek Tam had won.")).toEqual([
      'PART_OF ana-vell -> ruritania',
      'PART_OF olek-tam -> unity-party',
    ]);
  });

  it('reads no date as a name, and two names joined by a hyphen as two actors', async () => {
    const { annotation } = await draftAlone('An Israel-Hezbollah ceasefire took effect. Hezbollah began firing rockets at Israel on Oct. 8, and Israel struck back in late Sept.');
    expect(annotation.actors.map((actor) => actor.id).sort()).toEqual(['hezbollah', 'israel']);
    // A country's own hyphenated name stays one.
    expect((await draftAlone('Guinea-Bissau and Senegal signed a border accord.')).annotation.actors.map((actor) => actor.id).sort()).toEqual(['guinea-bissau', 'senegal']);
  });

  it('resolves "he" and "the group" to the actor named in the sentence before', async () => {
    expect(await relationsOf('Ivo Brandt leads the Northern Front. He ordered the strike on the Border Guard.')).toEqual([
      'ATTACKS ivo-brandt -> border-guard',
      'LEADS ivo-brandt -> northern-front',
    ]);
    expect(await relationsOf('The Northern Front attacked the port on Monday. The group later killed commander Ivo Brandt.')).toEqual(['KILLED_BY ivo-brandt -> northern-front']);
  });

  it('proposes nothing for what "the group" only says it would do', async () => {
    expect(await relationsOf('The Northern Front attacked the port. The group said it would attack the Border Guard again.')).toEqual([]);
  });
});
