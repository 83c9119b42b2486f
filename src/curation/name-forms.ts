/**
 * Names reduced to the forms that duplicates share: the same letters in any script, with or
 * without diacritics and apostrophes, "al-" as "al " or nothing, and consonant skeletons that
 * survive transliteration variants ("Hezbollah" and "Hizballah" are both h-z-b-l-h; "Soleimani",
 * "Suleimani" and the Arabic "سليماني" all s-l-m-n).
 *
 * Knowledge about names is data here: the articles, the words an acronym skips, the letter
 * groups that transliterations write differently.
 */
import { transliterate } from 'transliteration';

/** Arabic articles, written before a name with a hyphen or a space ("al-Sadr", "as-Sadr", "el Sisi"). */
const ARTICLES = new Set(['al', 'el', 'ad', 'adh', 'an', 'ar', 'as', 'ash', 'at', 'ath', 'az', 'the']);

/** Words an acronym leaves out ("Islamic Revolutionary Guard Corps" → IRGC, "Army of the Men" → AM). */
const ACRONYM_SKIPS = new Set(['of', 'the', 'and', 'for', 'in', 'al', 'el', 'de', 'la']);

/** Letter groups that transliterations write in several ways, each with the one it is read as. */
const SOUND_GROUPS: readonly (readonly [RegExp, string])[] = [
  [/dzh/g, 'j'],
  [/ph/g, 'f'],
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/sh/g, 's'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/dj/g, 'j'],
  [/ch/g, 'k'],
  [/q/g, 'k'],
  [/c/g, 'k'],
  [/z/g, 's'],
  [/w/g, 'v'],
];

export interface NameForm {
  /** The name as written. */
  readonly raw: string;
  /** Latin letters and digits, lower-case, words separated by one space, articles kept. */
  readonly normalized: string;
  /** The words that identify: articles and apostrophes gone ("Kata'ib al-Hezbollah" → kataib, hezbollah). */
  readonly tokens: readonly string[];
  /** Each token's consonant skeleton (see `skeleton`). */
  readonly skeletons: readonly string[];
  /** Each token's consonants alone, first letter too: what a name in a script without short vowels can be compared by. */
  readonly consonants: readonly string[];
  /** Written in a script that leaves out short vowels (Arabic): compare it by its consonants. */
  readonly vowelless: boolean;
  /** The initials of the significant words (two or more), or the name itself when it is written as an acronym. */
  readonly acronym: string | null;
}

/** Latin letters, without marks, apostrophes or the Arabic letters' transliteration signs. */
function latin(name: string): string {
  // The Arabic article is written joined to its word ("العامري"); apart, it transliterates as "al-".
  const articles = name.normalize('NFC').replace(/(^|\s)ال(?=\p{L})/gu, '$1al-');
  return transliterate(articles)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’`ʻʿʾ~]/g, '')
    .toLowerCase();
}

/**
 * The consonants of a word in the order they are said, each sound group written one way, doubled
 * letters once; its first letter stays whatever it is (a vowel too), so that "Ali" is a-l.
 */
export function skeleton(token: string): string {
  let text = token;
  for (const [group, sound] of SOUND_GROUPS) text = text.replace(group, sound);
  const first = text[0] ?? '';
  const rest = text.slice(1).replace(/[aeiouy]/g, '');
  return `${first}${rest}`.replace(/(.)\1+/g, '$1');
}

/**
 * A word's skeleton without its first letter's vowel either, nor w and y, which Arabic also writes
 * for long vowels ("Amiri" → m-r as "العامري", "Mahmoud" → m-h-m-d as "محمود").
 */
export function consonants(token: string): string {
  const text = skeleton(token.replace(/[wy]/g, '') || token);
  return text.length > 1 ? text.replace(/^[aeiouy]/, '') : text;
}

export function nameForm(raw: string): NameForm {
  const text = latin(raw);
  // "al-Sadr", "as-Sadr": an article joined by a hyphen; "Al Sadr" too.
  const words = text.split(/[^a-z0-9]+/).filter((word) => word !== '');
  const tokens = words.filter((word, index) => !(ARTICLES.has(word) && index < words.length - 1));
  const significant = words.filter((word) => !ACRONYM_SKIPS.has(word) && !ARTICLES.has(word));
  const written = raw.trim();
  const isAcronym = /^[\p{Lu}\d]{2,6}$/u.test(written) || /^(\p{Lu}\.){2,6}$/u.test(written);
  const acronym = isAcronym ? words.join('') : significant.length >= 2 ? significant.map((word) => word[0]).join('') : null;
  return { raw, normalized: words.join(' '), tokens, skeletons: tokens.map(skeleton), consonants: tokens.map(consonants), vowelless: /[\u0600-\u06FF]/.test(raw), acronym };
}
