/**
 * An act the text names again stands for whoever did it: "Israeli jets struck a depot. Lebanon
 * condemned the strike." is Lebanon OPPOSES Israel (the codebook's "Kessland condemned the
 * strikes": whoever carried them out, named in the text).
 *
 * The acts are the text's own attacks as the rules read them (the ATTACKS of the first pass in
 * draft.ts); a definite act noun of the vocabulary ("the strike", "these attacks") with no doer of
 * its own refers to the nearest act before it, a few sentences back at most, as a reader takes it.
 * A killing "in the strike" is not read this way yet: no KILLED_BY pattern hangs from the act.
 */
import { RELATION_TYPES } from '../graph/vocabulary';
import { ParsedDocument } from './parsed-document';

/** How many sentences back an act is looked for: further, "the attack" may be another one. */
const MAX_SENTENCES_BACK = 4;
const DEFINITE = new Set(['the', 'this', 'these', 'that', 'those']);
const ACT_NOUNS: ReadonlySet<string> = new Set(RELATION_TYPES.ATTACKS.signals.nouns);

export interface Act {
  /** The word that states the act. */
  readonly trigger: number;
  readonly doer: string;
}

/** Whether the word is a noun for an act of attack that points back with a definite word. */
export function isDefiniteActNoun(doc: ParsedDocument, token: number): boolean {
  const word = doc.tokens[token];
  if (!word.tag.startsWith('NN') || word.pos === 'PROPN') return false;
  if (!ACT_NOUNS.has(word.lemma) && !ACT_NOUNS.has(word.text.toLowerCase())) return false;
  return doc.dependents[token].some((edge) => edge.dep === 'det' && DEFINITE.has(doc.tokens[edge.token].lemma));
}

/** The doers of the act the definite act noun at `token` (`isDefiniteActNoun`) refers back to ("A and B struck": both). */
export function doersOfActAt(doc: ParsedDocument, acts: readonly Act[], token: number): string[] {
  const sentence = doc.tokens[token].sentence;
  const before = acts.filter((act) => act.trigger < token && sentence - doc.tokens[act.trigger].sentence <= MAX_SENTENCES_BACK);
  const nearest = Math.max(...before.map((act) => act.trigger));
  return [...new Set(before.filter((act) => act.trigger === nearest).map((act) => act.doer))];
}
