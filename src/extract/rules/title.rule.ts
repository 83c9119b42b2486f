/**
 * `title`: a position named with its organisation before it: "X's spokesman Y", "its spokesman
 * Y", "Kenyan President Y" (the person leads the state the demonym names), "a senior X official,
 * Y", "Y, an X affiliate".
 */
import { HOLDERS, readTitle, TITLE_HOLDERS } from './role.rule';
import { RuleFamily } from './rule-family';

const OWNERS = ['nmod:poss', 'compound', 'amod', '<compound compound', '<compound amod', '<compound nmod:poss', '<appos nmod:poss', '<compound nmod:of'];

export const titleRule: RuleFamily = {
  name: 'title',
  confidence: 0.8,
  datesEvent: false,
  patterns: (_type, { signals }) => [
    ...(signals.titles ?? []).map((title) => ({ trigger: readTitle(title).words, pos: 'noun' as const, source: TITLE_HOLDERS, target: OWNERS, sourceKinds: ['PERSON' as const] })),
    ...(signals.roles ?? []).map((role) => ({ trigger: role, pos: 'noun' as const, source: HOLDERS, target: OWNERS.slice(0, 3) })),
  ],
};
