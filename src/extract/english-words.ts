/**
 * What compromise's English lexicon knows a word as, read directly (running its tagger on every
 * candidate name would cost milliseconds each): the ground of the lexicon's questions and of the
 * states' short forms.
 */
import nlp from 'compromise';

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
}

const LEXICON = (nlp.model() as CompromiseModel).one.lexicon;

export function tagsOf(words: string): string[] {
  const tags = LEXICON[words.toLowerCase()];
  if (tags === undefined) return [];
  return Array.isArray(tags) ? tags : [tags];
}

const PROPER_TAGS = new Set(['ProperNoun', 'Country', 'City', 'Place', 'Region', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Demonym', 'Organization', 'Person', 'Honorific']);

/** A word the lexicon knows only as a common word ("Talks", "Officials" at a sentence's start). */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  const tags = [...tagsOf(lower), ...(lower.endsWith('s') ? tagsOf(lower.slice(0, -1)) : [])];
  return tags.length > 0 && !tags.some((tag) => PROPER_TAGS.has(tag));
}
