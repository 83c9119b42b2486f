import { evidenceId, relationId, relationTypeOfId } from '../../src/graph/ids';

describe('content ids', () => {
  it('gives a relation the same id from the same statement, and a different one for another time', () => {
    const id = relationId('ATTACKS', 'a', 'b', '2020');
    expect(id).toMatch(/^attacks-[0-9a-f]{16}$/);
    expect(relationId('ATTACKS', 'a', 'b', '2020')).toBe(id);
    expect(relationId('ATTACKS', 'a', 'b', '2021')).not.toBe(id);
    expect(relationId('ATTACKS', 'b', 'a', '2020')).not.toBe(id);
  });

  it('gives a symmetric relation one id whichever way it is stated', () => {
    expect(relationId('NEGOTIATES_WITH', 'iraq', 'united-states', null)).toBe(relationId('NEGOTIATES_WITH', 'united-states', 'iraq', null));
  });

  it('reads the relation type back from an id, and nothing from a foreign one', () => {
    expect(relationTypeOfId(relationId('KILLED_BY', 'a', 'b', null))).toBe('KILLED_BY');
    expect(relationTypeOfId('mentions-0123456789abcdef')).toBeUndefined();
    expect(relationTypeOfId("attacks-0123' OR 1=1")).toBeUndefined();
  });

  it('gives a quote an id from where it stands', () => {
    expect(evidenceId('r', 'd', 1, 5)).not.toBe(evidenceId('r', 'd', 2, 5));
    expect(evidenceId('r', 'd', 1, 5)).toMatch(/^ev-[0-9a-f]{16}$/);
  });
});
