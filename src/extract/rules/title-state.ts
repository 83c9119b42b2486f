/**
 * The shape of the fallback families that read the state a title's holder serves when the phrase
 * names none (`head-of-state`, `state-official`): from a title of `titles`, to its holder and to
 * the state the text plainly means (`~state`), for one relation type. Only a guess where nothing
 * better is said, so a fallback: dropped when another rule gives the type from the same person.
 */
import { RelationType } from '../../graph/vocabulary';
import { TITLE_HOLDERS } from './role.rule';
import { RuleFamily } from './rule-family';

export function titleStateFamily(name: string, type: RelationType, titles: string): RuleFamily {
  return {
    name,
    confidence: 0.5,
    datesEvent: false,
    fallback: true,
    patterns: (asked) => (asked === type ? [{ trigger: titles, pos: 'noun', source: TITLE_HOLDERS, target: '~state', sourceKinds: ['PERSON'] }] : []),
  };
}
