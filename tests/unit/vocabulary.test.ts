import { isRelationType, isSymmetric, RELATION_TYPE_NAMES, relationTypePattern } from '../../src/graph/vocabulary';

describe('relation vocabulary', () => {
  it('builds a type pattern from chosen types, without repeats', () => {
    expect(relationTypePattern(['ATTACKS', 'KILLED_BY', 'ATTACKS'])).toBe(':ATTACKS|KILLED_BY');
  });

  it('uses the whole vocabulary when no type is chosen', () => {
    expect(relationTypePattern([])).toBe(`:${RELATION_TYPE_NAMES.join('|')}`);
    expect(relationTypePattern()).toContain('NEGOTIATES_WITH');
  });

  it('refuses anything outside the vocabulary, so nothing else reaches Cypher', () => {
    expect(() => relationTypePattern(['ATTACKS]->() DETACH DELETE n //'])).toThrow(
      "relation type must be one of the vocabulary, found 'ATTACKS]->() DETACH DELETE n //'",
    );
    expect(isRelationType('toString')).toBe(false);
    expect(isRelationType('MENTIONS')).toBe(false);
  });

  it('declares talks symmetric and killings not', () => {
    expect(isSymmetric('NEGOTIATES_WITH')).toBe(true);
    expect(isSymmetric('KILLED_BY')).toBe(false);
  });
});
