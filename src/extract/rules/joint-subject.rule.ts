/**
 * `joint-subject`: a verb of mutual action said of two subjects at once: "India and Pakistan
 * clashed", "Russia and Iran cooperate", "Israeli and Hamas negotiators met", and "Kenya and
 * Somalia agreed to cooperate" (the subjects the parser marks after "to"). English says it of a
 * verb that otherwise takes its other side after "with" ("X clashed with Y"): with both sides
 * named as its subject and none after "with" or as its object, each subject acts on the other.
 */
import { readVerbSignal, RuleFamily } from './rule-family';

export const jointSubjectRule: RuleFamily = {
  name: 'joint-subject',
  confidence: 0.6,
  datesEvent: true,
  patterns: (_type, { signals }) =>
    (signals.verbs ?? [])
      .map(readVerbSignal)
      .filter((signal) => signal.preposition === 'with' && signal.object === undefined)
      .map((signal) => ({ trigger: signal.verb, pos: 'verb' as const, sides: ['nsubj', 'nsubj:xsubj'], excludes: ['obj', 'obl:with', 'nsubj:pass'] })),
};
