/**
 * `noun-subject`: a relation noun that is the object of what its subject does: "X launched attacks
 * on Y", "X provided support to Y", and for a symmetric noun its subjects are its sides: "X and Y
 * held talks". Only verbs that do the act count: "X condemned the attack on Y" and "X hosted talks"
 * state no relation of X.
 */
import { isSymmetric } from '../../graph/vocabulary';
import { RuleFamily } from './rule-family';

const DOING = 'launch|carry|conduct|stage|mount|wage|step|intensify|begin|start|continue|resume|hold|sign|reach|provide|give|extend|impose|escalate|open|claim|lead|fight|join|pursue|expand|increase|deliver|send|offer|pledge|enter|conclude|renew|maintain|keep|declare|tighten|announce';
/** "a round of talks", "a wave of attacks": the noun stands inside a word for how many. */
const SERIES = '<nmod:of[round|series|wave|string|spate|number|campaign|series|set|week|day|month|year]';
const OTHER_SIDE = ['nmod:on|nmod:against|nmod:with|nmod:to|nmod:for|nmod:of|nmod:upon|nmod:over|nmod:into'];

export const nounSubjectRule: RuleFamily = {
  name: 'noun-subject',
  confidence: 0.5,
  datesEvent: true,
  patterns: (type, { signals }) =>
    (signals.nouns ?? []).flatMap((noun) => [
      { trigger: noun, pos: 'noun' as const, source: [`<obj[${DOING}] nsubj`, `<obj[${DOING}] nsubj:xsubj`, `${SERIES} <obj[${DOING}] nsubj`], target: OTHER_SIDE },
      ...(isSymmetric(type) ? [{ trigger: noun, pos: 'noun' as const, sides: [`<obj[${DOING}] nsubj`, `<obj[${DOING}] nsubj:xsubj`, `${SERIES} <obj[${DOING}] nsubj`] }] : []),
    ]),
};
