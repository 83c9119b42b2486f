/**
 * `active-verb`: "X attacked Y", "X clashed with Y", "X vowed to fight Y" (the subject of an
 * infinitive is its controller's, `nsubj:xsubj`), and inverse verbs the other way round ("X killed
 * Y" is Y KILLED_BY X). Lists need no pattern of their own: enhanced++ gives each conjunct its own
 * subject and object ("A and B condemned X").
 */
import { RuleFamily, readVerbSignal, verbRequires, verbTargets } from './rule-family';

const SUBJECTS = ['nsubj', 'nsubj:xsubj'];

export const activeVerbRule: RuleFamily = {
  name: 'active-verb',
  confidence: 0.7,
  datesEvent: true,
  patterns: (_type, { signals }) => [
    ...(signals.verbs ?? []).map((signal) => {
      const verb = readVerbSignal(signal);
      return { trigger: verb.verb, pos: 'verb' as const, source: SUBJECTS, target: verbTargets(verb), requires: verbRequires(verb) };
    }),
    ...(signals.inverseVerbs ?? []).map((signal) => {
      const verb = readVerbSignal(signal);
      return { trigger: verb.verb, pos: 'verb' as const, source: verbTargets(verb), target: SUBJECTS, requires: verbRequires(verb) };
    }),
  ].filter((pattern) => pattern.source.length > 0 && pattern.target.length > 0),
};
