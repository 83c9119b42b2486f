/**
 * Pairs of actors that may be one, found without comparing every actor with every other: actors
 * are put in blocks by the keys their names give (each word's consonant skeleton, the acronym, the
 * Wikidata id), and only actors that share a block are compared. A block larger than `MAX_BLOCK`
 * says little (a word such as "army" or "brigade") and is left out; the other words of a name
 * still bring its duplicates together.
 */
import { ActorProfile } from '../graph/duplicates.repository';
import { nameForm, NameForm } from './name-forms';
import { NameMatch, nameSimilarity, RARE_SURNAME_SCORE, SURNAME_SCORE } from './name-similarity';

export interface NameCandidate {
  /** The two actors, the smaller id first. */
  readonly a: ActorProfile;
  readonly b: ActorProfile;
  /** The best match among the two actors' names and aliases. */
  readonly name: NameMatch;
  /** Both actors have the same Wikidata item: one real-world entity, whatever the names say. */
  readonly sameWikidataId: boolean;
}

/** Blocks larger than this are left out (see the module's comment). */
const MAX_BLOCK = 100;

interface Profiled {
  readonly actor: ActorProfile;
  readonly forms: readonly NameForm[];
}

function blockKeys({ actor, forms }: Profiled): Set<string> {
  const keys = new Set<string>();
  for (const form of forms) {
    for (const skeleton of form.skeletons) if (skeleton.length >= 2) keys.add(`${actor.kind}|s:${skeleton}`);
    for (const consonants of form.consonants) if (consonants.length >= 2) keys.add(`${actor.kind}|c:${consonants}`);
    if (form.acronym !== null) keys.add(`${actor.kind}|a:${form.acronym}`);
    if (form.tokens.length === 1 && form.tokens[0].length >= 2 && form.tokens[0].length <= 6) keys.add(`${actor.kind}|a:${form.tokens[0]}`);
  }
  if (actor.wikidataId !== null) keys.add(`w:${actor.wikidataId}`);
  return keys;
}

/**
 * The best match among two actors' names. A surname alone weighs more when no other person has
 * it (`surnameHolders` counts the people whose names end with a word): "al-Muhandis" names one
 * person, "al-Amiri" many.
 */
function bestNameMatch(a: Profiled, b: Profiled, surnameHolders: ReadonlyMap<string, number>): NameMatch {
  let best: NameMatch = { score: 0, reason: '' };
  for (const formA of a.forms) {
    for (const formB of b.forms) {
      let match = nameSimilarity(formA, formB, a.actor.kind === 'PERSON');
      if (match.surname === true) {
        const surname = (formA.tokens.length < formB.tokens.length ? formA : formB).skeletons.join(' ');
        if ((surnameHolders.get(surname) ?? 0) <= 1) match = { ...match, score: (match.score * RARE_SURNAME_SCORE) / SURNAME_SCORE };
      }
      if (match.score > best.score) best = match;
    }
  }
  return best;
}

/** How many people have a name of several words ending with each surname (its last word's skeleton). */
function countSurnames(profiled: readonly Profiled[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { actor, forms } of profiled) {
    if (actor.kind !== 'PERSON') continue;
    const surnames = new Set(forms.filter((form) => form.tokens.length > 1).map((form) => form.skeletons[form.skeletons.length - 1]));
    for (const surname of surnames) counts.set(surname, (counts.get(surname) ?? 0) + 1);
  }
  return counts;
}

/**
 * Every pair that shares a block and whose names match at all, or that shares a Wikidata id. Two
 * actors of different kinds are not compared by name (a state and its government share a name);
 * two with different Wikidata ids are different entities and never paired. With `only`, just the
 * pairs with that actor: every actor is still profiled (surnames are counted over all of them), but
 * only its pairs are compared, so one actor's duplicates cost a pass over the names, not every pair.
 */
export function nameCandidates(actors: readonly ActorProfile[], { only = null }: { only?: string | null } = {}): NameCandidate[] {
  const profiled: Profiled[] = actors.map((actor) => ({ actor, forms: [...new Set([actor.name, ...actor.aliases])].map(nameForm) }));
  const blocks = new Map<string, number[]>();
  profiled.forEach((entry, index) => {
    for (const key of blockKeys(entry)) {
      const block = blocks.get(key);
      if (block === undefined) blocks.set(key, [index]);
      else block.push(index);
    }
  });
  const surnameHolders = countSurnames(profiled);
  const seen = new Set<string>();
  const candidates: NameCandidate[] = [];
  for (const [key, members] of blocks) {
    if (members.length < 2 || (members.length > MAX_BLOCK && !key.startsWith('w:'))) continue;
    const onlyAt = only === null ? -1 : members.findIndex((member) => profiled[member].actor.id === only);
    if (only !== null && onlyAt < 0) continue;
    for (const [one, other] of pairsIn(members, onlyAt)) {
      const [first, second] = profiled[one].actor.id < profiled[other].actor.id ? [one, other] : [other, one];
      const pairKey = `${first} ${second}`;
      if (seen.has(pairKey)) continue;
      seen.add(pairKey);
      const a = profiled[first];
      const b = profiled[second];
      const wikidata = a.actor.wikidataId !== null && b.actor.wikidataId !== null;
      if (wikidata && a.actor.wikidataId !== b.actor.wikidataId) continue;
      const sameWikidataId = wikidata && a.actor.wikidataId === b.actor.wikidataId;
      if (!sameWikidataId && a.actor.kind !== b.actor.kind) continue;
      const name = bestNameMatch(a, b, surnameHolders);
      if (sameWikidataId || name.score > 0) candidates.push({ a: a.actor, b: b.actor, name, sameWikidataId });
    }
  }
  return candidates;
}

/** The pairs of a block to compare: every pair, or only the pairs of the member at `onlyAt` (when it is 0 or more). */
function* pairsIn(members: readonly number[], onlyAt: number): Generator<[number, number]> {
  if (onlyAt >= 0) {
    for (let k = 0; k < members.length; k += 1) if (k !== onlyAt) yield [members[onlyAt], members[k]];
    return;
  }
  for (let i = 0; i < members.length; i += 1) for (let j = i + 1; j < members.length; j += 1) yield [members[i], members[j]];
}
