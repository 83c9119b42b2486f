/**
 * How a relation is stated: denied ("did not attack", "denied attacking", "no support"), which
 * stops a rule, or hedged ("may have attacked", "reportedly attacked", "claimed it attacked"),
 * which lowers its confidence. Read on the parse: the words that modify the trigger, or any word
 * on a pattern's path to its ends, and the verbs that govern them.
 */
import { ParsedDocument } from './parsed-document';

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nor', 'neither', 'without']);
const NEGATING_DEPS = new Set(['advmod', 'det', 'cc:preconj', 'neg', 'case']);
const DENIALS = new Set(['deny', 'refuse', 'fail', 'dismiss', 'decline', 'stop', 'avoid']);
const HEDGING_WORDS = new Set(['may', 'might', 'could', 'reportedly', 'allegedly', 'possibly', 'apparently', 'likely', 'perhaps', 'purportedly', 'probably']);
const HEDGING_DEPS = new Set(['aux', 'advmod']);
const HEDGING_VERBS = new Set(['claim', 'suspect', 'allege', 'accuse', 'believe', 'suggest', 'rumour', 'rumor']);
const COMPLEMENTS = new Set(['xcomp', 'ccomp', 'advcl', 'obj', 'advcl:of', 'acl:of', 'obl:of', 'advcl:from', 'obl:from', 'csubj']);

/** Whether any of `words` is denied: modified by a negation, or the complement of a verb of denial. */
export function isDenied(doc: ParsedDocument, words: readonly number[]): boolean {
  return words.some(
    (word) =>
      doc.dependents[word].some((edge) => NEGATING_DEPS.has(edge.dep) && NEGATIONS.has(doc.tokens[edge.token].lemma)) ||
      doc.governors[word].some((edge) => COMPLEMENTS.has(edge.dep) && DENIALS.has(doc.tokens[edge.token].lemma)),
  );
}

/** Modals of what has not happened: "X would attack Y", "X may deploy" state no relation (the codebook's future acts). */
const MODALS = new Set(['will', 'would', 'may', 'might', 'could', 'shall', 'should', 'must', 'can']);

/** Verbs that ask or order others to act: what they ask for has not happened. */
const DIRECTIVES = new Set(['order', 'urge', 'ask', 'call', 'demand', 'tell', 'press', 'want', 'plan', 'seek', 'request', 'push', 'appeal', 'threaten', 'vow', 'pledge', 'propose', 'consider']);
const DIRECTED = new Set(['xcomp', 'obj', 'obl:for', 'ccomp', 'advcl:to']);

/**
 * Whether the trigger is only asked for, planned or possible ("ordered the troops to leave", "called
 * for the withdrawal", "would attack"), unless the pattern itself reads that request (it passes
 * through the asking verb).
 */
export function isUnasserted(doc: ParsedDocument, trigger: number, passed: readonly number[]): boolean {
  // ("may have attacked" says it possibly happened: a hedge, not a future.)
  const auxiliaries = doc.dependents[trigger].filter((edge) => edge.dep === 'aux').map((edge) => doc.tokens[edge.token].lemma);
  if (auxiliaries.some((lemma) => MODALS.has(lemma)) && !auxiliaries.includes('have')) return true;
  return doc.governors[trigger].some((edge) => DIRECTED.has(edge.dep) && DIRECTIVES.has(doc.tokens[edge.token].lemma) && !passed.includes(edge.token));
}

/** Whether any of `words` is hedged: with a modal or an adverb of doubt, or as what someone claims or suspects. */
export function isHedged(doc: ParsedDocument, words: readonly number[]): boolean {
  return words.some(
    (word) =>
      doc.dependents[word].some((edge) => HEDGING_DEPS.has(edge.dep) && HEDGING_WORDS.has(doc.tokens[edge.token].lemma)) ||
      doc.governors[word].some((edge) => COMPLEMENTS.has(edge.dep) && HEDGING_VERBS.has(doc.tokens[edge.token].lemma)),
  );
}
