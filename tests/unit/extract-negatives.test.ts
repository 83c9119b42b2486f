/**
 * What the rules must not propose, family by family, on sentences written for this test: a
 * trigger whose other side is no actor, a denial of what a noun, a pattern or a role would state,
 * and a passive that flips the direction of an inverse verb.
 */
import { draft, draftAlone, relation, relations } from '../support/extract-drafts';

describe('the noun family', () => {
  it('proposes nothing for a noun with no actor on its other side', () => {
    expect(relations(draftAlone('Talks on trade resumed on Monday.').annotation)).toEqual([]);
    expect(relations(draftAlone("Kenya's support was welcomed by donors.").annotation)).toEqual([]);
  });

  it('proposes nothing for a denied noun', () => {
    expect(relations(draft('Kenya denied any support for the Atlas Brigade.').annotation)).toEqual([]);
  });
});

describe('the pattern family', () => {
  it('proposes nothing when the pattern ends on no actor', () => {
    expect(relations(draftAlone('Ghana called for the withdrawal of the proposal.').annotation)).toEqual([]);
    expect(relations(draftAlone('Chad sent troops home in June.').annotation)).toEqual([]);
  });

  it('proposes nothing for a denied pattern', () => {
    expect(relations(draft('Ghana never called for the withdrawal of the Coastal Guard.').annotation)).toEqual([]);
  });
});

describe('the role and title family', () => {
  it('proposes nothing for a role or a title with no organisation', () => {
    expect(relations(draftAlone('The spokesman said the port was calm.').annotation)).toEqual([]);
    expect(relations(draftAlone('Commander Omar Diallo spoke to reporters.').annotation)).toEqual([]);
    expect(relations(draftAlone('A member of the public, Ali Farah, filmed the raid.').annotation)).toEqual([]);
  });

  it('proposes nothing for a denied role', () => {
    expect(relations(draft('Ali Farah is not a spokesman for the Atlas Brigade.').annotation)).toEqual([]);
    expect(relations(draft('Ali Farah is a spokesman for the Atlas Brigade.').annotation)).toEqual(['SPOKESPERSON_FOR ali-farah -> atlas-brigade']);
  });
});

describe('the compound family', () => {
  it('proposes nothing when the compound describes no actor', () => {
    expect(relations(draftAlone('The Chad-backed plan failed.').annotation)).toEqual([]);
    expect(relations(draftAlone('A Kenya-led inquiry began.').annotation)).toEqual([]);
  });
});

describe('the national-body family', () => {
  it('does not make a group part of the state its name is against', () => {
    expect(relations(draftAlone('The Forces for the Liberation of Chad attacked the Chadian army.').annotation)).toEqual([
      'ATTACKS forces-for-the-liberation-of-chad -> chadian-army',
      'PART_OF chadian-army -> chad',
    ]);
  });

  it('does not make a body of troops a state names once', () => {
    expect(relations(draftAlone('Chadian troops entered the capital.').annotation)).toEqual([]);
  });
});

describe('inverse verbs', () => {
  it('reads a passive inverse verb with its doer: the one killed is the source of KILLED_BY', () => {
    const result = draft('Omar Diallo was killed by the Atlas Brigade.');
    expect(relations(result.annotation)).toEqual(['KILLED_BY omar-diallo -> atlas-brigade']);
    expect(relation(result, 'KILLED_BY').rule).toBe('passive-verb');
  });
});
