/**
 * `possessive`: a person's own government, group or force is one the person leads or commands:
 * "Ruto's government", "President X ... his government", "General Y's army".
 */
import { RuleFamily } from './rule-family';

export const possessiveRule: RuleFamily = {
  name: 'possessive',
  confidence: 0.6,
  datesEvent: false,
  patterns: (type) => {
    if (type === 'LEADS') return [{ trigger: '', triggerKinds: ['GOVERNMENT', 'ORGANIZATION', 'ARMED_GROUP', 'COALITION'], source: 'nmod:poss', target: '.', sourceKinds: ['PERSON'] }];
    if (type === 'COMMANDS') return [{ trigger: '', triggerKinds: ['MILITARY_FORCE'], source: 'nmod:poss', target: '.', sourceKinds: ['PERSON'] }];
    return [];
  },
};
