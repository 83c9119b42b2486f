/**
 * `passive-verb`: "Y was attacked by X" and "Y, backed by X" with the direction flipped (the one
 * after "by" is the source of a plain verb, the target of an inverse one: "Y was killed by X").
 * A verb that takes its target after a preposition keeps its direction in the passive: "troops
 * were deployed to X", "X is linked to Y".
 */
import { RuleFamily, readVerbSignal } from './rule-family';

const PASSIVE_SUBJECTS = ['nsubj:pass', '<acl'];
const AGENTS = ['obl:agent', 'obl:by'];

export const passiveVerbRule: RuleFamily = {
  name: 'passive-verb',
  confidence: 0.7,
  datesEvent: true,
  patterns: (_type, { signals }) => [
    ...(signals.verbs ?? []).map((signal) => {
      const verb = readVerbSignal(signal);
      if (verb.object !== undefined) return null;
      if (verb.preposition !== undefined) return { trigger: verb.verb, pos: 'verb' as const, source: PASSIVE_SUBJECTS, target: [`obl:${verb.preposition}`] };
      return { trigger: verb.verb, pos: 'verb' as const, source: AGENTS, target: PASSIVE_SUBJECTS };
    }),
    ...(signals.inverseVerbs ?? []).map((signal) => {
      const verb = readVerbSignal(signal);
      if (verb.object !== undefined || verb.preposition !== undefined) return null;
      return { trigger: verb.verb, pos: 'verb' as const, source: PASSIVE_SUBJECTS, target: AGENTS };
    }),
  ].filter((pattern) => pattern !== null),
};
