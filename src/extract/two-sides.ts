/**
 * "The two sides", "both sides", "both" stand for each of the two parties the text last set against
 * or talking to each other (the codebook's coreference): "Ghana and the Front fought for a decade.
 * The two sides signed a truce in May." is Ghana and the Front negotiating. The parties are those
 * of the nearest fight, attack or talks the rules read before the words (a first pass of those
 * types' rules), a few sentences back at most; any two actors named together would not do ("Egypt
 * and the UAE backed the LNA ... a ceasefire between the two sides" means the LNA and its enemy).
 */
import { RelationType } from '../graph/vocabulary';
import { ParsedDocument } from './parsed-document';
import { CompiledRule, RULES } from './rules/rule-registry';

const MAX_SENTENCES_BACK = 3;
const SIDED_TYPES: ReadonlySet<RelationType> = new Set<RelationType>(['FIGHTS', 'ATTACKS', 'NEGOTIATES_WITH']);

/** The rules of the relations that set two sides against or before each other: the first pass. */
export const SIDE_RULES: readonly CompiledRule[] = RULES.filter((rule) => SIDED_TYPES.has(rule.pattern.type));

export interface Sides {
  /** The word that states the relation. */
  readonly trigger: number;
  readonly from: string;
  readonly to: string;
}

/** Whether the word is "sides" of "the two sides"/"both sides", or a "both" that stands alone. */
export function isTwoSides(doc: ParsedDocument, token: number): boolean {
  const word = doc.tokens[token];
  if (word.lemma === 'side' && word.tag === 'NNS') return doc.dependents[token].some((edge) => ['two', 'both'].includes(doc.tokens[edge.token].lemma));
  // "Both agreed": a "both" that is the phrase itself, not "both Ghana and Togo".
  return word.lemma === 'both' && doc.governors[token].some((edge) => edge.dep.startsWith('nsubj') || edge.dep === 'obj');
}

/** The two parties "the two sides" at `token` stands for, or none. */
export function twoSidesAt(doc: ParsedDocument, sides: readonly Sides[], token: number): string[] {
  const sentence = doc.tokens[token].sentence;
  const before = sides.filter((relation) => relation.trigger < token && sentence - doc.tokens[relation.trigger].sentence <= MAX_SENTENCES_BACK);
  if (before.length === 0) return [];
  const nearest = before.reduce((a, b) => (b.trigger > a.trigger ? b : a));
  return [nearest.from, nearest.to];
}
