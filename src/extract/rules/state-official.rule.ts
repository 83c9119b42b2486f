/**
 * `state-official`: a minister, envoy or other official named with no state is PART_OF the state
 * the text plainly means, as a head of state LEADS it ("Defence Minister X said ..." in a text about
 * one country). Only a guess where nothing better is said, so a fallback: dropped when another rule
 * names what the person is part of ("Kenyan Defence Minister X", "a minister in the government").
 */
import { TITLE_HOLDERS } from './role.rule';
import { RuleFamily } from './rule-family';

const OFFICIALS = 'minister|envoy|ambassador|negotiator|diplomat|deputy prime minister|vice president|vice-president|deputy president';

export const stateOfficialRule: RuleFamily = {
  name: 'state-official',
  confidence: 0.5,
  datesEvent: false,
  fallback: true,
  patterns: (type) => (type === 'PART_OF' ? [{ trigger: OFFICIALS, pos: 'noun', source: TITLE_HOLDERS, target: '~state', sourceKinds: ['PERSON'] }] : []),
};
