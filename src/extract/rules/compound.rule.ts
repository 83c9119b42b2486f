/**
 * `compound`: "the Iran-backed militia", "a Kenyan-led force": the name joined by a hyphen to the
 * participle is the source, the noun the participle modifies (or the name it stands inside, "the
 * US-led coalition") the target.
 */
import { RuleFamily } from './rule-family';

export const compoundRule: RuleFamily = {
  name: 'compound',
  confidence: 0.75,
  datesEvent: false,
  patterns: (_type, { signals }) =>
    (signals.compounds ?? []).map((participle) => ({ trigger: participle, surface: true, source: '-', target: ['<amod', '<acl', '<dep', '<compound', '.'] })),
};
