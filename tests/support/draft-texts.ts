/**
 * Texts that stress how drafting finds actors: known and unknown names, hyphenated compounds,
 * lists, appositions, place prepositions, pronouns and punctuation, built by fast-check from a
 * list of known actors. Used by the property tests that drafting never throws, whatever engine
 * drafts.
 */
import fc from 'fast-check';
import { KnownActor } from '../../src/extract/draft.types';
import { nthIndexOf } from '../../src/loader/quote-finder';
import { ExtractionResult } from '../../src/extract/draft.types';

const UNKNOWN_NAMES = ['Hezbollah', 'Redland', 'Northern Front', 'Ivo Brandt', 'Olek Tam', 'Border Guard', 'Ruritanian', 'Atlas Brigade', 'Sahra Movement', 'Kurdish', 'Ceasefire', 'Ana Vell', 'al-Rafidain', 'ELN'];
const VERBS = ['attacked', 'killed', 'met', 'backed', 'fought', 'entered', 'crossed into', 'deployed to', 'was killed by', 'negotiated with', 'accused', 'said', 'led', 'withdrew from'];
const PLACE_WORDS = ['in', 'near', 'of', 'at', 'into', 'an ally of', 'the capital of', 'forces of', 'troops were deployed to', "'s people flee from"];
const PRONOUNS = ['He', 'She', 'It', 'They', 'its', 'their', 'the group', 'the movement'];
const PUNCTUATION = ['.', ',', ';', '(', ')', '-', '—', '"', '“', '”', '\n', ' '];

function nameArbitrary(known: readonly KnownActor[]): fc.Arbitrary<string> {
  const unknown = fc.constantFrom(...UNKNOWN_NAMES);
  if (known.length === 0) return unknown;
  // Half the names from the known list (any of them), half unknown, so both kinds meet in one text.
  const knownName = fc.integer({ min: 0, max: known.length - 1 }).chain((index) => fc.constantFrom(known[index].name, ...known[index].aliases));
  return fc.oneof(unknown, knownName);
}

/** One stretch of text: a name alone, two names hyphenated, a list, an apposition, a place phrase, a clause. */
function pieceArbitrary(known: readonly KnownActor[]): fc.Arbitrary<string> {
  const name = nameArbitrary(known);
  return fc.oneof(
    name,
    fc.tuple(name, name).map(([a, b]) => `${a}-${b}`),
    fc.tuple(name, name, fc.constantFrom('ceasefire', 'war', 'talks', 'border')).map(([a, b, noun]) => `the ${a}-${b} ${noun}`),
    fc.tuple(name, name, name).map(([a, b, c]) => `${a}, ${b} and ${c}`),
    fc.tuple(name, name).map(([a, b]) => `${a}, an ally of ${b},`),
    fc.tuple(fc.constantFrom(...PLACE_WORDS), name).map(([word, place]) => `${word} ${place}`),
    fc.tuple(name, fc.constantFrom(...VERBS), name).map(([a, verb, b]) => `${a} ${verb} ${b}`),
    fc.constantFrom(...PRONOUNS),
    fc.constantFrom(...VERBS),
    fc.constantFrom(...PUNCTUATION),
  );
}

/** A text of a few sentences made of pieces, each sentence ending with a full stop. */
export function draftTextArbitrary(known: readonly KnownActor[]): fc.Arbitrary<string> {
  const sentence = fc.array(pieceArbitrary(known), { minLength: 1, maxLength: 8 }).map((pieces) => `${pieces.join(' ')}.`);
  return fc.array(sentence, { minLength: 1, maxLength: 6 }).map((sentences) => sentences.join(' '));
}

/** What is wrong with a draft of `text`: quotes not in the text, mentions off their text, relation ends that are not actors of the draft. */
export function draftDefects(text: string, result: ExtractionResult): string[] {
  const defects: string[] = [];
  const actorIds = new Set(result.annotation.actors.map((actor) => actor.id));
  for (const item of [...result.annotation.actors, ...result.annotation.relations]) {
    if (item.evidence.length === 0) defects.push(`no evidence: ${JSON.stringify(item)}`);
    for (const evidence of item.evidence) {
      if (evidence.quote.trim() === '' || nthIndexOf(text, evidence.quote, evidence.occurrence ?? 1) < 0) defects.push(`quote not in the text: ${evidence.quote}`);
    }
  }
  for (const relation of result.annotation.relations) {
    for (const end of [relation.from, relation.to]) if (!actorIds.has(end)) defects.push(`relation ${relation.type} ends at ${end}, not an actor of the draft`);
  }
  for (const mention of result.mentions) {
    if (text.slice(mention.start, mention.end) !== mention.text) defects.push(`mention off its text: ${mention.text}`);
    if (!actorIds.has(mention.actorId)) defects.push(`mention of ${mention.actorId}, not an actor of the draft`);
  }
  return defects;
}

/** A list of `count` actors with distinct, name-like names of several kinds, as a large graph holds. */
export function generatedKnownActors(count: number): KnownActor[] {
  const first = ['Ivo', 'Ana', 'Olek', 'Mira', 'Tomas', 'Lena', 'Karim', 'Yusuf', 'Sara', 'Dmitri', 'Leila', 'Omar'];
  const last = ['Brandt', 'Vell', 'Tam', 'Kova', 'Halden', 'Rask', 'Noor', 'Haddad', 'Petrov', 'Aziz', 'Moreau', 'Lind'];
  const groups = ['Front', 'Brigade', 'Movement', 'Army', 'Guard', 'Council', 'Alliance', 'Forces'];
  const places = ['Redland', 'Ruritania', 'Ostrel', 'Varna', 'Kesh', 'Talor', 'Morvia', 'Istra'];
  const actors: KnownActor[] = [];
  for (let i = 0; actors.length < count; i += 1) {
    const n = Math.floor(i / 4);
    const suffix = n === 0 ? '' : ` ${n}`;
    switch (i % 4) {
      case 0:
        actors.push({ id: `person-${i}`, name: `${first[i % first.length]} ${last[(i >> 2) % last.length]}${suffix}`, kind: 'PERSON', aliases: [] });
        break;
      case 1:
        actors.push({ id: `group-${i}`, name: `${places[i % places.length]} ${groups[(i >> 2) % groups.length]}${suffix}`, kind: 'ARMED_GROUP', aliases: [] });
        break;
      case 2:
        actors.push({ id: `state-${i}`, name: `${places[(i >> 2) % places.length]}${suffix}`, kind: 'STATE', aliases: [] });
        break;
      default:
        actors.push({ id: `org-${i}`, name: `${last[i % last.length]} Council${suffix}`, kind: 'ORGANIZATION', aliases: [`RC${n}`] });
    }
  }
  return actors;
}
