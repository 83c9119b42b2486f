/**
 * The world's states as a text names them: by a name or another spelling ("DR Congo",
 * "Democratic Republic of Congo", "DRC"), by a demonym ("Congolese"), or by the capital that
 * stands for its government ("Kinshasa rejected the report"). The names, demonyms and capitals are
 * world-countries' (the mledoze/countries data set); nothing here is a list of our own.
 *
 * A surface may fit several states ("Congo", "Korea"): each answer is ranked, a state's own common
 * or official name first, then the larger state; the caller may prefer a state the text already
 * named.
 */
import countries from 'world-countries';
import { isCommonWord } from './english-words';

export interface State {
  /** ISO 3166-1 alpha-3, the same for every surface of one state. */
  readonly code: string;
  readonly name: string;
  readonly area: number;
}

interface Entry {
  readonly state: State;
  /** 0: the state's own common or official name; 1: another spelling or a short form of a name. */
  readonly tier: number;
}

function add(index: Map<string, Entry[]>, surface: string, entry: Entry): void {
  const key = surface.toLowerCase();
  const list = index.get(key) ?? [];
  if (!list.some((known) => known.state.code === entry.state.code)) list.push(entry);
  index.set(key, list);
}

/** "DRC" for "Democratic Republic of the Congo": the capitals of a name's capitalised words. */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
}

/**
 * The short forms a long name is known by: what follows "of" or "of the" ("Republic of the Congo"
 * → "Congo", "Kingdom of Saudi Arabia" → "Saudi Arabia") or a capitalised abbreviation ("DR
 * Congo" → "Congo"). A compass word never drops ("South Africa" is not "Africa"), and a word
 * English knows only as a common word is no short form ("the Abode of Peace" is not "Peace").
 */
function shortForms(name: string): string[] {
  const forms: string[] = [];
  const afterOf = /\bof (?:the )?(\p{Lu}.*)$/u.exec(name);
  if (afterOf !== null && !isCommonWord(afterOf[1])) forms.push(afterOf[1]);
  const abbreviated = /^\p{Lu}{2,3} (\p{Lu}.*)$/u.exec(name);
  if (abbreviated !== null) forms.push(abbreviated[1]);
  return forms;
}

function buildIndexes(): { names: Map<string, Entry[]>; demonyms: Map<string, Entry[]>; capitals: Map<string, Entry[]> } {
  const names = new Map<string, Entry[]>();
  const demonyms = new Map<string, Entry[]>();
  const capitals = new Map<string, Entry[]>();
  for (const country of countries) {
    const state: State = { code: country.cca3, name: country.name.common, area: country.area };
    const own = [country.name.common, country.name.official];
    for (const name of own) add(names, name, { state, tier: 0 });
    const spellings = country.altSpellings.filter((spelling) => !spelling.includes(','));
    for (const spelling of spellings) {
      // An all-capital spelling counts only as the initials of a name ("US", "UK", "DRC"), never as a bare code ("SO", "IN").
      const acronym = /^\p{Lu}+$/u.test(spelling);
      if (!acronym || [...own, ...spellings].some((name) => name !== spelling && initials(name) === spelling)) add(names, spelling, { state, tier: 1 });
    }
    for (const name of [...own, ...spellings]) for (const form of shortForms(name)) add(names, form, { state, tier: 1 });
    const english = country.demonyms.eng;
    if (english !== undefined) for (const demonym of [english.m, english.f]) add(demonyms, demonym, { state, tier: 0 });
    // "Washington D.C." is named "Washington".
    for (const capital of country.capital) add(capitals, capital.replace(/\s+\S*\.\S*$/u, ''), { state, tier: 0 });
  }
  return { names, demonyms, capitals };
}

const INDEXES = buildIndexes();

function ranked(entries: readonly Entry[] | undefined): State[] {
  if (entries === undefined) return [];
  return [...entries].sort((a, b) => a.tier - b.tier || b.state.area - a.state.area).map((entry) => entry.state);
}

/** The states a name or spelling may stand for, best first. */
export function statesNamed(surface: string): State[] {
  return ranked(INDEXES.names.get(surface.toLowerCase()));
}

/** The states a demonym ("Congolese", "American") stands for, best first. */
export function statesOfDemonym(word: string): State[] {
  return ranked(INDEXES.demonyms.get(word.toLowerCase()));
}

/** The states whose capital has this name, best first. */
export function statesOfCapital(word: string): State[] {
  return ranked(INDEXES.capitals.get(word.toLowerCase()));
}
