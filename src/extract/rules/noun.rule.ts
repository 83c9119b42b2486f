/**
 * `noun`: a relation named by a noun with its two sides: "X's attack on Y", "the Israeli war
 * against Y", "attacks on Y by X", "talks between X and Y" (each side acting on the other), and
 * inverse nouns the other way round ("the killing of Y by X").
 */
import { RuleFamily } from './rule-family';

const DOERS = ['nmod:poss', 'amod', 'compound', 'nmod:by'];
const OTHER_SIDE = ['nmod:on|nmod:against|nmod:with|nmod:to|nmod:for|nmod:of|nmod:from|nmod:upon|nmod:over|nmod:into'];
const BETWEEN = ['nmod:between', '<nsubj obl:between', 'nmod:among'];

export const nounRule: RuleFamily = {
  name: 'noun',
  confidence: 0.6,
  datesEvent: true,
  patterns: (_type, { signals }) => [
    ...(signals.nouns ?? []).flatMap((noun) => [
      { trigger: noun, pos: 'noun' as const, source: DOERS, target: OTHER_SIDE },
      // With no part of speech: the tagger reads a gerund as a verb even with its sides after it ("Fighting between X and Y").
      { trigger: noun, sides: BETWEEN },
    ]),
    ...(signals.inverseNouns ?? []).map((noun) => ({ trigger: noun, pos: 'noun' as const, source: ['nmod:of'], target: DOERS })),
  ],
};
