/**
 * `parent-body`: a force or an office named after the organisation it belongs to is part of it:
 * "the UN Support Mission in Libya", "the SADC Mission in Mozambique", "NATO forces", "the African
 * Union's mission". The organisation must be an actor of the text. Councils and agencies are left
 * out: a name before an organisation's name is as often a description of it ("French energy
 * company TotalEnergies", "the West African bloc ECOWAS"), and reading them lost more than it
 * found. A state's bodies are `national-body`'s.
 */
import { RuleFamily } from './rule-family';

export const parentBodyRule: RuleFamily = {
  name: 'parent-body',
  confidence: 0.6,
  datesEvent: false,
  patterns: (type) =>
    type !== 'PART_OF'
      ? []
      : [
          {
            trigger: '',
            triggerKinds: ['MILITARY_FORCE', 'GOVERNMENT'],
            source: '.',
            target: ['compound', 'nmod:poss'],
            targetKinds: ['ORGANIZATION', 'COALITION'],
          },
        ],
};
