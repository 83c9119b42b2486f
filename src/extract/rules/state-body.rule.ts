/**
 * `state-body`: a government body whose name gives no state ("the Senate", "the Transitional
 * Presidential Council") is part of the state the text plainly means, as a head of state leads it.
 * Only a guess where nothing better is said, so a fallback: dropped when another rule says whose
 * body it is ("the Senate of Gabon", "the junta in Niamey"). Not a force: missions, expeditionary
 * corps and militias named like forces serve states other than the one a text is about.
 */
import { RuleFamily } from './rule-family';

export const stateBodyRule: RuleFamily = {
  name: 'state-body',
  confidence: 0.4,
  datesEvent: false,
  fallback: true,
  patterns: (type) => (type !== 'PART_OF' ? [] : [{ trigger: '', triggerKinds: ['GOVERNMENT'], source: '.', target: '~state', targetKinds: ['STATE'] }]),
};
