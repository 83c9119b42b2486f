/**
 * The shape of the families that read a body's name as saying what it is part of
 * (`national-body`, `parent-body`): from the head word of a force's or a government's mention,
 * along `target`, to an actor of `targetKinds`.
 */
import { ActorKind } from '../../graph/vocabulary';
import { RuleFamily } from './rule-family';

export function bodyPartFamily(name: string, target: readonly string[], targetKinds: readonly ActorKind[]): RuleFamily {
  return {
    name,
    confidence: 0.6,
    datesEvent: false,
    patterns: (type) => (type !== 'PART_OF' ? [] : [{ trigger: '', triggerKinds: ['MILITARY_FORCE', 'GOVERNMENT'], source: '.', target, targetKinds }]),
  };
}
