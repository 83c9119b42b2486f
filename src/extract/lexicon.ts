/**
 * What a word is known to be: a country, a city or region, a first name, a demonym. The lists are
 * compromise's English lexicon, read directly (running its tagger on every candidate name would
 * cost milliseconds each), and for states the names, demonyms and capitals of world-countries
 * (countries.ts); nothing here is a list of our own.
 */
import { State, statesNamed, statesOfCapital, statesOfDemonym } from './countries';
import { tagsOf } from './english-words';

export { isCommonWord } from './english-words';

export function isCountry(name: string): boolean {
  return tagsOf(name).includes('Country') || statesNamed(name).length > 0;
}

/**
 * The state a capital's name stands for when a text uses it for the government ("Kinshasa
 * rejected the report"); null for any other word, and for a capital that is also a first name
 * ("Victoria").
 */
export function capitalCountry(word: string): State | null {
  if (isFirstName(word)) return null;
  return statesOfCapital(word)[0] ?? null;
}

/** A city, region or other place that is not a country: a place, not an actor. */
export function isPlaceName(name: string): boolean {
  return tagsOf(name).some((tag) => tag === 'City' || tag === 'Region' || tag === 'Place');
}

export function isFirstName(word: string): boolean {
  return tagsOf(word).some((tag) => tag === 'MaleName' || tag === 'FemaleName' || tag === 'FirstName');
}

export function isDemonym(word: string): boolean {
  return tagsOf(word).includes('Demonym') || statesOfDemonym(word).length > 0;
}

/**
 * The country a word names as a demonym ("Turkish" → "Turkey"), null for a country's own name or
 * any other word. A state's demonym that world-countries also lists among its spellings
 * ("Togolese", "Thai") is a demonym: English writes it before a noun, and the state has a name.
 */
export function demonymCountry(word: string): string | null {
  if (isCountry(word) && statesOfDemonym(word).length === 0) return null;
  return countryOfDemonym(word);
}

/**
 * The country a demonym names ("Iraqi" → "Iraq", "Congolese" → "DR Congo", "Turkish" → "Turkey"):
 * world-countries says which state, by its common name; only when that name is not plain English
 * letters ("Türkiye") the English endings tried on the demonym give the short name compromise
 * knows, kept when it names that same state ("Nigerian" is not "Niger").
 */
export function countryOfDemonym(demonym: string): string | null {
  const endings: ReadonlyArray<readonly [string, string]> = [
    ['i', ''],
    ['i', 'ia'],
    ['ian', ''],
    ['ian', 'ia'],
    ['ian', 'e'],
    ['n', ''],
    ['an', ''],
    ['an', 'a'],
    ['ese', ''],
    ['ese', 'a'],
    ['ese', 'on'],
    ['ish', 'ey'],
    ['ish', 'and'],
    ['ine', 'ines'],
    ['ine', 'ina'],
  ];
  const candidates = endings.filter(([ending]) => demonym.endsWith(ending)).map(([ending, replacement]) => demonym.slice(0, demonym.length - ending.length) + replacement);
  const short = candidates.find((country) => country.length > 2 && tagsOf(country).includes('Country')) ?? null;
  const state = statesOfDemonym(demonym)[0];
  // "Philippine": no state has it as its demonym, but an ending gives a state's name.
  if (state === undefined) return short ?? candidates.find((country) => country.length > 2 && statesNamed(country).length > 0) ?? null;
  if (/^[A-Za-z .'-]+$/.test(state.name)) return state.name;
  return short !== null && statesNamed(short).some((named) => named.code === state.code) ? short : state.name;
}
