import { cameoRootCode, isRelationType, isSymmetric, RELATION_TYPE_NAMES, relationTypePattern } from '../../src/graph/vocabulary';

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

  it('gives event types their CAMEO root code, a two-digit class from 01 to 20, and standing ties none', () => {
    const codes = Object.fromEntries(RELATION_TYPE_NAMES.map((type) => [type, cameoRootCode(type)]).filter(([, code]) => code !== null));
    expect(codes).toEqual({
      NEGOTIATES_WITH: '04',
      ATTACKS: '19',
      FIGHTS: '19',
      OPPOSES: '11',
      PRESSURES: '17',
      DEMANDS_WITHDRAWAL_OF: '10',
      INVADES: '19',
      WITHDRAWS_FROM: '08',
    });
    expect(cameoRootCode('PART_OF')).toBeNull();
  });
});
