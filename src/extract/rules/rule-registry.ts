/**
 * The rule families, in one ordered list, and their patterns for every relation type of the
 * vocabulary, compiled once when this module loads. Compiling validates each pattern
 * (dependency-pattern.ts): a vocabulary with an unknown label, slot or actor kind fails here, at
 * start-up and in the tests, not silently at match time. When two families propose the same
 * relation, the draft keeps the more confident one's name.
 */
import { RELATION_TYPE_NAMES, RELATION_TYPES, RelationType, RelationTypeDefinition } from '../../graph/vocabulary';
import { CompiledPattern, compilePattern } from '../dependency-pattern';
import { activeVerbRule } from './active-verb.rule';
import { compoundRule } from './compound.rule';
import { governmentSeatRule } from './government-seat.rule';
import { headOfStateRule } from './head-of-state.rule';
import { jointSubjectRule } from './joint-subject.rule';
import { namedActRule } from './named-act.rule';
import { nationalBodyRule } from './national-body.rule';
import { nounSubjectRule } from './noun-subject.rule';
import { nounRule } from './noun.rule';
import { parentBodyRule } from './parent-body.rule';
import { passiveVerbRule } from './passive-verb.rule';
import { patternRule } from './pattern.rule';
import { possessiveRule } from './possessive.rule';
import { roleRule } from './role.rule';
import { stateBodyRule } from './state-body.rule';
import { stateOfficialRule } from './state-official.rule';
import { RuleFamily } from './rule-family';
import { titleRule } from './title.rule';

export const RULE_FAMILIES: readonly RuleFamily[] = [
  activeVerbRule,
  passiveVerbRule,
  jointSubjectRule,
  namedActRule,
  nounRule,
  nounSubjectRule,
  roleRule,
  titleRule,
  compoundRule,
  patternRule,
  nationalBodyRule,
  parentBodyRule,
  governmentSeatRule,
  possessiveRule,
  headOfStateRule,
  stateOfficialRule,
  stateBodyRule,
];

export interface CompiledRule {
  readonly family: RuleFamily;
  readonly pattern: CompiledPattern;
}

/** Every family's patterns for every type of `types`, compiled and validated. */
export function compileRules(
  types: Readonly<Record<string, RelationTypeDefinition>> = RELATION_TYPES,
  families: readonly RuleFamily[] = RULE_FAMILIES,
): CompiledRule[] {
  const rules: CompiledRule[] = [];
  const names = types === RELATION_TYPES ? RELATION_TYPE_NAMES : (Object.keys(types) as RelationType[]);
  for (const type of names) {
    for (const family of families) {
      for (const pattern of family.patterns(type, types[type])) rules.push({ family, pattern: compilePattern(type, pattern, family.name) });
    }
  }
  return rules;
}

export const RULES: readonly CompiledRule[] = compileRules();
