/**
 * `named-act`: a killing whose doer is named only with the act that did it: "Y was killed in a
 * Turkish drone strike", "Y died in an air raid by X", "An air strike by X killed Y". The act is
 * one of the type's `doerActs`; its doer is the actor that modifies it (`amod`, `compound`,
 * `nmod:poss`) or follows "by" or "from".
 */
import { RuleFamily, readVerbSignal } from './rule-family';

const DOER = 'amod|compound|nmod:poss|nmod:by|nmod:from';
const CIRCUMSTANCE = 'obl:in|obl:during|obl:by|obl:after|obl:agent|obl:from|obl:for';

export const namedActRule: RuleFamily = {
  name: 'named-act',
  confidence: 0.7,
  datesEvent: true,
  patterns: (_type, { signals }) => {
    const acts = signals.doerActs ?? [];
    if (acts.length === 0) return [];
    const act = acts.join('|');
    const verbs = (signals.inverseVerbs ?? []).map((signal) => readVerbSignal(signal).verb).join('|');
    return [
      { trigger: verbs, pos: 'verb', source: ['nsubj:pass', '<acl'], target: `${CIRCUMSTANCE}[${act}] ${DOER}` },
      { trigger: verbs, pos: 'verb', source: 'obj', target: `nsubj[${act}] ${DOER}` },
      { trigger: 'die', pos: 'verb', source: 'nsubj', target: `${CIRCUMSTANCE}[${act}] ${DOER}` },
    ];
  },
};
