/**
 * The relation patterns are validated when the rules load them (src/extract/dependency-pattern.ts,
 * rules/rule-registry.ts): every pattern of the vocabulary compiles, and an unknown dependency
 * label, slot or actor kind, or a pattern without ends, is an error naming the type and the
 * pattern, never a pattern that silently matches nothing. Pure: no parser needed.
 */
import { ACTOR_KINDS, DependencyPattern, RELATION_TYPE_NAMES, RELATION_TYPES, RelationTypeDefinition } from '../../src/graph/vocabulary';
import { compilePath, isDependencyLabel, Path, PatternError, withOtherAttachments } from '../../src/extract/dependency-pattern';
import { compileRules, RULE_FAMILIES, RULES } from '../../src/extract/rules/rule-registry';

/** The vocabulary with one pattern added to ATTACKS. */
function withPattern(pattern: unknown): Record<string, RelationTypeDefinition> {
  const attacks: RelationTypeDefinition = RELATION_TYPES.ATTACKS;
  return { ATTACKS: { ...attacks, signals: { patterns: [pattern as DependencyPattern] } } };
}

describe('the vocabulary’s patterns', () => {
  it('compile, for every type, from every family', () => {
    expect(RULES.length).toBeGreaterThan(100);
    const types = new Set(RULES.map((rule) => rule.pattern.type));
    expect([...types].sort()).toEqual([...RELATION_TYPE_NAMES].sort());
    expect(new Set(RULES.map((rule) => rule.family.name))).toEqual(new Set(RULE_FAMILIES.map((family) => family.name)));
  });

  it('declare, for every type, the kinds each end may be, from the vocabulary', () => {
    for (const type of RELATION_TYPE_NAMES) {
      const definition: RelationTypeDefinition = RELATION_TYPES[type];
      const ends = Object.entries(definition.ends);
      expect(ends.length).toBeGreaterThan(0);
      for (const [source, targets] of ends) {
        expect(ACTOR_KINDS).toContain(source);
        for (const target of targets ?? []) expect(ACTOR_KINDS).toContain(target);
      }
    }
    // The codebook's "no state PART_OF a state".
    expect(RELATION_TYPES.PART_OF.ends.STATE).not.toContain('STATE');
  });
});

describe('a pattern that cannot be right is refused when the rules load', () => {
  it.each([
    ['an unknown dependency label', { trigger: 'attack', source: 'nsubject', target: 'obj' }, "ATTACKS pattern pattern 'attack', source nsubject, target obj: expected a Universal Dependencies relation, found 'nsubject' in 'nsubject'"],
    ['an unknown label among alternatives', { trigger: 'attack', source: 'nsubj', target: 'obj|nmod:of|objekt' }, "expected a Universal Dependencies relation, found 'objekt'"],
    ['an unknown actor kind', { trigger: 'attack', source: 'nsubj', target: 'obj', targetKinds: ['CITY'] }, "expected an actor kind (PERSON, STATE, GOVERNMENT, ORGANIZATION, ARMED_GROUP, MILITARY_FORCE, COALITION, POPULATION), found 'CITY'"],
    ['an unknown slot', { trigger: 'attack', source: 'nsubj', target: 'obj', agent: 'obl:agent' }, "found 'agent'"],
    ['no target', { trigger: 'attack', source: 'nsubj' }, 'expected a source and a target, or sides'],
    ['no trigger', { source: 'nsubj', target: 'obj' }, 'expected a trigger word, found none'],
    ['a malformed step', { trigger: 'attack', source: 'nsubj[', target: 'obj' }, "expected a step such as 'obj', '<nsubj' or 'obl:in[strike|raid]', found 'nsubj['"],
    ['a lemma in capitals', { trigger: 'attack', source: 'nsubj', target: 'obl:in[Strike]' }, "expected lower-case lemmas in '[...]', found 'Strike'"],
    ['an unknown part of speech', { trigger: 'attack', pos: 'adverb', source: 'nsubj', target: 'obj' }, "expected pos 'verb', 'noun' or 'adjective', found 'adverb'"],
    ['an unknown label in what must reach nothing', { trigger: 'attack', sides: 'nsubj', excludes: 'object' }, "expected a Universal Dependencies relation, found 'object'"],
    ['the text\u2019s state inside a longer path', { trigger: 'attack', source: 'nsubj', target: 'obj ~state' }, "expected '~state' as a path of its own"],
  ])('%s', (_what, pattern, message) => {
    expect(() => compileRules(withPattern(pattern))).toThrow(PatternError);
    expect(() => compileRules(withPattern(pattern))).toThrow(message);
  });

  it('accepts the subtypes enhanced++ writes, and nothing made up', () => {
    for (const label of ['nsubj', 'nsubj:pass', 'obl:agent', 'nmod:poss', 'nmod:of', 'obl:out_of', 'conj:and', 'acl:relcl', 'compound:prt', 'obl:*']) expect(isDependencyLabel(label)).toBe(true);
    for (const label of ['nsubj:of', 'obj:into', 'nmod:Of', 'obl:', 'subject']) expect(isDependencyLabel(label)).toBe(false);
  });
});

/** A path written back as the vocabulary writes it. */
function written(path: Path): string {
  return path
    .map((step) => {
      if (step.kind !== 'edge') return { hyphen: '-', here: '.', 'main-state': '~state' }[step.kind];
      const lemmas = step.lemmas === undefined ? '' : `[${step.refuse ? '!' : ''}${[...step.lemmas].join('|')}]`;
      return `${step.up ? '<' : ''}${[...step.labels].join('|')}${lemmas}`;
    })
    .join(' ');
}

describe('a prepositional phrase after an object is read on the verb and on the object alike', () => {
  it.each([
    ['a phrase on the verb, also on its object', 'obl:at', ['obl:at', 'obj nmod:at']],
    ['a phrase on the object, also on the verb', 'obj nmod:from', ['obj nmod:from', 'obl:from']],
    ['each preposition of a step, in one variant', 'obl:at|obl:into|nsubj', ['obl:at|obl:into|nsubj', 'obj nmod:at|nmod:into']],
    ['a lemma the phrase must reach, kept', 'obl:with[help]', ['obl:with[help]', 'obj nmod:with[help]']],
    ['"of", which hangs from its noun, read once', 'obl:of', ['obl:of']],
    ['an object that must be one word, read once', 'obj[talk] nmod:with', ['obj[talk] nmod:with']],
    ["a noun's own phrase, not read on a verb", 'nmod:in', ['nmod:in']],
    ['what is no preposition, read once', 'obl:agent', ['obl:agent']],
    ['a step up, read once', '<obl:on nsubj', ['<obl:on nsubj']],
  ])('%s', (_what, path, expected) => {
    expect(withOtherAttachments(compilePath(path, 'test')).map(written)).toEqual(expected);
  });
});
