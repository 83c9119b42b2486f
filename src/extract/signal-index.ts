/**
 * The relation vocabulary's signals (src/graph/vocabulary.ts) indexed for the rules: which types
 * a lemma triggers as a verb, an inverse verb, a noun, a role or a compound, and the patterns
 * compiled into steps. Built once; adding a signal to the vocabulary is all a new trigger needs.
 */
import { RELATION_TYPE_NAMES, RELATION_TYPES, RelationSignals, RelationType } from '../graph/vocabulary';

export type PatternStep =
  | { readonly kind: 'slot'; readonly role: 'source' | 'target'; readonly list: boolean; readonly kinds?: ReadonlySet<string> }
  | { readonly kind: 'gap' }
  | { readonly kind: 'words'; readonly words: ReadonlySet<string> };

export interface CompiledPattern {
  readonly type: RelationType;
  readonly text: string;
  readonly steps: readonly PatternStep[];
  /** The words of its first word step: a sentence without any of them cannot match. */
  readonly anchor: ReadonlySet<string>;
}

export interface WordsSignal {
  readonly words: readonly string[];
  readonly type: RelationType;
}

export interface SignalIndex {
  readonly verbs: ReadonlyMap<string, readonly RelationType[]>;
  readonly inverseVerbs: ReadonlyMap<string, readonly RelationType[]>;
  /** Nouns by their words ("response to" → ['response', 'to']), longest first. */
  readonly nouns: ReadonlyArray<WordsSignal>;
  /** Roles by their words ("prime minister" → ['prime', 'minister']). */
  readonly roles: ReadonlyArray<WordsSignal>;
  /** Nouns and roles by their first word (and its plural), longest first: a token is looked up, not scanned for. */
  readonly nounsByFirstWord: ReadonlyMap<string, readonly WordsSignal[]>;
  readonly rolesByFirstWord: ReadonlyMap<string, readonly WordsSignal[]>;
  /** Roles by their last word, to tell "Minister" inside "Prime Minister" from a role of its own. */
  readonly rolesByLastWord: ReadonlyMap<string, readonly WordsSignal[]>;
  readonly compounds: ReadonlyMap<string, readonly RelationType[]>;
  readonly doerActs: ReadonlyMap<RelationType, ReadonlySet<string>>;
  readonly patterns: readonly CompiledPattern[];
}

function add(map: Map<string, RelationType[]>, word: string, type: RelationType): void {
  const list = map.get(word) ?? [];
  if (!list.includes(type)) list.push(type);
  map.set(word, list);
}

export function compilePattern(type: RelationType, text: string): CompiledPattern {
  const steps: PatternStep[] = text.split(/\s+/).map((part): PatternStep => {
    // "{target:COALITION}": the slot takes only actors of those kinds.
    const slot = /^\{(source|target)(s?)(?::([A-Z_|]+))?\}$/.exec(part);
    if (slot !== null) {
      const [, role, list, kinds] = slot;
      return { kind: 'slot', role: role as 'source' | 'target', list: list === 's', ...(kinds !== undefined ? { kinds: new Set(kinds.split('|')) } : {}) };
    }
    if (part === '*') return { kind: 'gap' };
    return { kind: 'words', words: new Set(part.split('|')) };
  });
  const first = steps.find((step) => step.kind === 'words');
  return { type, text, steps, anchor: first?.kind === 'words' ? first.words : new Set() };
}

/** Signals by one of their words, the word and its plural both as keys, in the order given. */
function byWord(signals: readonly WordsSignal[], word: (signal: WordsSignal) => string): Map<string, WordsSignal[]> {
  const map = new Map<string, WordsSignal[]>();
  for (const signal of signals) {
    for (const key of [word(signal), `${word(signal)}s`]) {
      const list = map.get(key) ?? [];
      list.push(signal);
      map.set(key, list);
    }
  }
  return map;
}

function buildIndex(): SignalIndex {
  const verbs = new Map<string, RelationType[]>();
  const inverseVerbs = new Map<string, RelationType[]>();
  const nouns: WordsSignal[] = [];
  const compounds = new Map<string, RelationType[]>();
  const roles: WordsSignal[] = [];
  const doerActs = new Map<RelationType, Set<string>>();
  const patterns: CompiledPattern[] = [];
  for (const type of RELATION_TYPE_NAMES) {
    const signals: RelationSignals = RELATION_TYPES[type].signals;
    for (const verb of signals.verbs ?? []) add(verbs, verb, type);
    for (const verb of signals.inverseVerbs ?? []) add(inverseVerbs, verb, type);
    for (const noun of signals.nouns ?? []) nouns.push({ words: noun.split(/\s+/), type });
    for (const compound of signals.compounds ?? []) add(compounds, compound, type);
    for (const role of signals.roles ?? []) roles.push({ words: role.split(/[\s-]+/), type });
    if (signals.doerActs !== undefined) doerActs.set(type, new Set(signals.doerActs));
    for (const pattern of signals.patterns ?? []) patterns.push(compilePattern(type, pattern));
  }
  // Longest roles first, so "deputy commander" is read before "commander".
  roles.sort((a, b) => b.words.length - a.words.length);
  nouns.sort((a, b) => b.words.length - a.words.length);
  return {
    verbs,
    inverseVerbs,
    nouns,
    roles,
    nounsByFirstWord: byWord(nouns, (signal) => signal.words[0]),
    rolesByFirstWord: byWord(roles, (signal) => signal.words[0]),
    rolesByLastWord: byWord(roles.filter((signal) => signal.words.length > 1), (signal) => signal.words[signal.words.length - 1]),
    compounds,
    doerActs,
    patterns,
  };
}

export const SIGNALS: SignalIndex = buildIndex();
