/**
 * `national-body`: a state's forces and government are part of the state their name gives:
 * "Kenyan security forces", "Sudan's army", "the Armed Forces of the Philippines", "the junta in
 * Bamako". A group named "for the liberation of" a state is not one of its bodies: the state must
 * hang from the body's own head word, and only a government's seat is read through "in".
 */
import { RuleFamily } from './rule-family';

export const nationalBodyRule: RuleFamily = {
  name: 'national-body',
  confidence: 0.6,
  datesEvent: false,
  patterns: (type) =>
    type !== 'PART_OF'
      ? []
      : [
          { trigger: '', triggerKinds: ['MILITARY_FORCE', 'GOVERNMENT'], source: '.', target: ['amod', 'compound', 'nmod:poss', 'nmod:of'], targetKinds: ['STATE'] },
          { trigger: '', triggerKinds: ['GOVERNMENT'], source: '.', target: ['nmod:in'], targetKinds: ['STATE'] },
        ],
};
