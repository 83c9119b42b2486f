import { changeType, countDecisions, decide, initialReviews, reviewedAnnotation, swapDirection } from '../../src/explorer/draft-review';
import { segments } from '../../src/explorer/text-highlight';

const DRAFT = {
  document: { id: 'drafted', title: 'Drafted', text: 'A hit B. C met B. A hit B again.', date: '2024' },
  actors: [
    { id: 'a', name: 'Alpha', kind: 'ARMED_GROUP', review: 'proposed', confidence: 0.6, rule: 'name-candidate', evidence: [{ quote: 'A' }] },
    { id: 'b', name: 'Beta', kind: 'STATE', evidence: [{ quote: 'B' }] },
    { id: 'c', name: 'Gamma', kind: 'PERSON', review: 'proposed', confidence: 0.7, rule: 'name-candidate', evidence: [{ quote: 'C' }] },
  ],
  relations: [
    { type: 'ATTACKS', from: 'a', to: 'b', description: 'A attacks B.', review: 'proposed', confidence: 0.7, rule: 'active-verb', evidence: [{ quote: 'A hit B' }] },
    { type: 'NEGOTIATES_WITH', from: 'c', to: 'b', description: 'C meets B.', review: 'proposed', confidence: 0.7, rule: 'active-verb', evidence: [{ quote: 'C met B' }] },
    { type: 'FIGHTS', from: 'a', to: 'b', description: 'A fights B.', review: 'proposed', confidence: 0.5, rule: 'noun', evidence: [{ quote: 'A hit B again' }] },
  ],
};
const HEADER = { id: 'saved', title: 'Saved', date: '' };
const SYMMETRIC = new Set(['NEGOTIATES_WITH']);

describe('reviewing a draft', () => {
  it('saves nothing that was not accepted, and says how many are undecided', () => {
    const reviews = decide(initialReviews(DRAFT), 1, 'rejected');
    expect(countDecisions(reviews)).toEqual({ accepted: 0, rejected: 1, undecided: 2 });
    expect(reviewedAnnotation(DRAFT, reviews, HEADER, SYMMETRIC)).toEqual({ document: { id: 'saved', title: 'Saved', text: DRAFT.document.text }, actors: [], relations: [] });
  });

  it('saves accepted relations without review marks, with the actors they join, as changed', () => {
    let reviews = decide(initialReviews(DRAFT), 0, 'accepted');
    reviews = swapDirection(decide(reviews, 1, 'accepted'), 1);
    const saved = reviewedAnnotation(DRAFT, reviews, { ...HEADER, date: '2024-05' }, SYMMETRIC);
    expect(saved.document).toEqual({ id: 'saved', title: 'Saved', text: DRAFT.document.text, date: '2024-05' });
    expect(saved.actors).toEqual([
      { id: 'a', name: 'Alpha', kind: 'ARMED_GROUP', evidence: [{ quote: 'A' }] },
      { id: 'b', name: 'Beta', kind: 'STATE', evidence: [{ quote: 'B' }] },
      { id: 'c', name: 'Gamma', kind: 'PERSON', evidence: [{ quote: 'C' }] },
    ]);
    expect(saved.relations).toEqual([
      { type: 'ATTACKS', from: 'a', to: 'b', description: 'A attacks B.', evidence: [{ quote: 'A hit B' }] },
      { type: 'NEGOTIATES_WITH', from: 'b', to: 'c', description: 'Beta negotiates with Gamma.', evidence: [{ quote: 'C met B' }] },
    ]);
  });

  it('saves two accepted relations that became one statement once, with both quotes', () => {
    const accepted = initialReviews(DRAFT).reduce((reviews, review) => decide(reviews, review.index, 'accepted'), initialReviews(DRAFT));
    const reviews = changeType(accepted, 2, 'ATTACKS');
    const saved = reviewedAnnotation(DRAFT, reviews, HEADER, SYMMETRIC);
    expect(saved.relations.filter((relation) => relation.type === 'ATTACKS')).toEqual([
      { type: 'ATTACKS', from: 'a', to: 'b', description: 'A attacks B.', evidence: [{ quote: 'A hit B' }, { quote: 'A hit B again' }] },
    ]);
    expect(saved.relations).toHaveLength(2);
  });
});

describe('highlighting mentions in a text', () => {
  it('cuts the text into plain and marked stretches, each mark once', () => {
    const text = 'Iraq and Iran met.';
    const iraq = { start: 0, end: 4, id: 'iraq' };
    const iran = { start: 9, end: 13, id: 'iran' };
    const overlapping = { start: 2, end: 10, id: 'overlap' };
    expect(segments(text, [iran, iraq, overlapping])).toEqual([
      { text: 'Iraq', mark: iraq },
      { text: ' and ', mark: null },
      { text: 'Iran', mark: iran },
      { text: ' met.', mark: null },
    ]);
    expect(segments(text, []).map((segment) => segment.text).join('')).toBe(text);
    expect(segments(text, [{ start: 15, end: 40 }])).toEqual([{ text, mark: null }]);
  });
});
