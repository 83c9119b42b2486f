/**
 * How alike two names are, and why: a score from 0 to 1 with the rule that gave it. The rules are
 * the ways one actor comes to have several names in news text: the same name in another script or
 * spelling, an acronym, a surname alone, initials.
 */
import { NameForm } from './name-forms';

export interface NameMatch {
  readonly score: number;
  /** True when the match is a surname alone (its weight depends on how rare the surname is). */
  readonly surname?: boolean;
  /** Why, in words: "'PMF' is the acronym of 'Popular Mobilization Forces'". */
  readonly reason: string;
}

/** Edit distance (Levenshtein). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

function editSimilarity(a: string, b: string): number {
  return 1 - distance(a, b) / Math.max(a.length, b.length, 1);
}

/**
 * How alike two words are: equal 1, the same sounds 0.85 at least, a close spelling with the same
 * first letter its edit similarity ("Adel" and "Fadel" are two names), an initial 0.7.
 */
function wordSimilarity(a: string, soundA: string, b: string, soundB: string): number {
  if (a === b) return 1;
  const edit = editSimilarity(a, b);
  // Two consonants ("Ali", "Alaa") say less than three ("Hezbollah", "Hizballah").
  if (soundA === soundB && soundA.length >= 2) return Math.max(soundA.length >= 3 ? 0.85 : 0.75, edit);
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return 0.7;
  return edit >= 0.75 && a[0] === b[0] ? edit : 0;
}

interface Alignment {
  /** For each token of the shorter name, its best partner in the longer one (index) and how alike they are. */
  readonly pairs: readonly { readonly longer: number; readonly similarity: number }[];
  /** Of the shorter name's tokens, weighted by length. */
  readonly mean: number;
}

/** Each token of `short` with the most alike unused token of `long`, greedily. */
function align(short: NameForm, long: NameForm): Alignment {
  const used = new Set<number>();
  // Names in a script without short vowels are compared by their consonants alone.
  const [soundsShort, soundsLong] = short.vowelless || long.vowelless ? [short.consonants, long.consonants] : [short.skeletons, long.skeletons];
  const pairs = short.tokens.map((token, index) => {
    let best = { longer: -1, similarity: 0 };
    long.tokens.forEach((other, otherIndex) => {
      if (used.has(otherIndex)) return;
      const similarity = wordSimilarity(token, soundsShort[index], other, soundsLong[otherIndex]);
      if (similarity > best.similarity) best = { longer: otherIndex, similarity };
    });
    if (best.longer >= 0) used.add(best.longer);
    return best;
  });
  const weight = short.tokens.reduce((sum, token) => sum + token.length, 0) || 1;
  const mean = pairs.reduce((sum, pair, index) => sum + pair.similarity * short.tokens[index].length, 0) / weight;
  return { pairs, mean };
}

const NONE: NameMatch = { score: 0, reason: '' };

/** A surname alone, as common surnames go; a rare one counts more (duplicate-candidates.ts). */
export const SURNAME_SCORE = 0.78;
export const RARE_SURNAME_SCORE = 0.86;

/** The score of two names of actors of one kind (`isPerson` allows a surname alone). */
export function nameSimilarity(a: NameForm, b: NameForm, isPerson: boolean): NameMatch {
  if (a.tokens.length === 0 || b.tokens.length === 0) return NONE;
  if (a.normalized === b.normalized) return { score: 0.97, reason: `'${a.raw}' and '${b.raw}' are one name written in other letters` };
  if (a.tokens.join('') === b.tokens.join('')) return { score: 0.95, reason: `'${a.raw}' and '${b.raw}' differ only in articles, spaces or punctuation` };
  const acronymOf = (short: NameForm, long: NameForm): boolean => short.tokens.length === 1 && long.tokens.length >= 2 && long.acronym !== null && short.tokens[0] === long.acronym;
  if (acronymOf(a, b) || acronymOf(b, a)) {
    const [short, long] = acronymOf(a, b) ? [a, b] : [b, a];
    return { score: 0.9, reason: `'${short.raw}' is the acronym of '${long.raw}'` };
  }
  const [short, long] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  const alignment = align(short, long);
  const allMatched = alignment.pairs.every((pair) => pair.similarity > 0);
  if (short.tokens.length === long.tokens.length) {
    const initials = alignment.pairs.some((pair) => pair.similarity === 0.7);
    if (!allMatched) return { score: alignment.mean * 0.6, reason: `'${a.raw}' and '${b.raw}' share some words` };
    return { score: alignment.mean * 0.95, reason: `'${a.raw}' and '${b.raw}' are ${initials ? 'the same name with initials' : 'spellings of one name'}` };
  }
  // "al-Muhandis" for "Abu Mahdi al-Muhandis": the last words of a person's name, alone.
  const tail = long.tokens.length - short.tokens.length;
  const isSurname = isPerson && allMatched && alignment.pairs.every((pair, index) => pair.longer === tail + index && pair.similarity >= 0.85);
  if (isSurname) return { score: SURNAME_SCORE * alignment.mean, reason: `'${short.raw}' is the surname in '${long.raw}'`, surname: true };
  const share = alignment.pairs.filter((pair) => pair.similarity > 0).length / long.tokens.length;
  return { score: alignment.mean * share * 0.7, reason: `'${a.raw}' and '${b.raw}' share some words` };
}
