/**
 * `government-seat`: a government named by its seat is part of the state there: "the junta in
 * Niamey", "the military government in Niger". Only a guess when nothing else says whose body it is:
 * "Kenyan officials in Ghana" are Kenya's, visiting Ghana, so the state the body's own name gives
 * (`national-body`) overrides the place (a fallback, see rule-family.ts).
 */
import { RuleFamily } from './rule-family';

export const governmentSeatRule: RuleFamily = {
  name: 'government-seat',
  confidence: 0.5,
  datesEvent: false,
  fallback: true,
  patterns: (type) => (type !== 'PART_OF' ? [] : [{ trigger: '', triggerKinds: ['GOVERNMENT'], source: '.', target: ['nmod:in'], targetKinds: ['STATE'] }]),
};
