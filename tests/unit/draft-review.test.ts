import { ReviewActor, ReviewDraft, ReviewRelation } from '../../src/explorer/draft-client';
import { highlighted, mergeChange, words } from '../../src/explorer/draft-review';
import { segments } from '../../src/explorer/text-highlight';

const ITEM = { version: 1, decision: 'UNDECIDED' as const, proposal: { confidence: 0.7, rule: 'active-verb' }, added: false, decidedBy: null, decidedAt: null };
const TEXT = 'A hit B. C met B.';
const actor = (itemId: string, name: string, start: number): ReviewActor => ({ ...ITEM, itemId, id: itemId, name, kind: 'ARMED_GROUP', aliases: [], roles: [], linkedTo: null, evidence: [{ quote: name, start, end: start + name.length }] });
const relation = (itemId: string, quote: string): ReviewRelation => ({
  ...ITEM,
  itemId,
  type: 'ATTACKS',
  symmetric: false,
  from: 'a',
  to: 'b',
  time: null,
  place: null,
  description: quote,
  evidence: [{ quote, start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length }],
});
const DRAFT: ReviewDraft = {
  id: 'draft-1',
  status: 'NEW',
  source: 'PAGE',
  documentId: 'doc-1',
  title: 'Doc',
  date: null,
  createdBy: 'alice',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  finishedBy: null,
  finishedAt: null,
  counts: { actors: 2, relations: 1, accepted: 0, rejected: 0, undecided: 3 },
  text: TEXT,
  warnings: [],
  mentions: [
    { itemId: 'a', start: 0, end: 1 },
    { itemId: 'b', start: 6, end: 7 },
    { itemId: 'b', start: 15, end: 16 },
  ],
  actors: [actor('a', 'A', 0), actor('b', 'B', 6)],
  relations: [relation('r1', 'A hit B')],
};

describe('a decision merged into the page\'s draft', () => {
  it('replaces the items the answer names, appends the new ones, counts again and marks the draft in review', () => {
    const accepted = { ...relation('r1', 'A hit B'), version: 2, decision: 'ACCEPTED' as const, decidedBy: 'alice' };
    const added = { ...relation('r2', 'C met B'), added: true, decision: 'ACCEPTED' as const };
    const rejected = { ...actor('b', 'B', 6), version: 2, decision: 'REJECTED' as const };
    const merged = mergeChange(DRAFT, { changed: true, actors: [rejected], relations: [accepted, added] });
    expect(merged.status).toBe('IN_REVIEW');
    expect(merged.actors.map((item) => `${item.itemId} ${item.decision} ${item.version}`)).toEqual(['a UNDECIDED 1', 'b REJECTED 2']);
    expect(merged.relations.map((item) => `${item.itemId} ${item.decision} ${item.version}`)).toEqual(['r1 ACCEPTED 2', 'r2 ACCEPTED 1']);
    expect(merged.counts).toEqual({ actors: 2, relations: 2, accepted: 2, rejected: 1, undecided: 1 });
  });

  it('leaves a draft new when the decision changed nothing (a retried one)', () => {
    expect(mergeChange(DRAFT, { changed: false, actors: [], relations: [] })).toEqual(DRAFT);
  });
});

describe('the stretches of a draft\'s text to highlight', () => {
  it('marks every mention, and the focused item\'s quotes over the mentions inside them', () => {
    const cut = highlighted(TEXT, DRAFT.mentions, DRAFT.relations[0]);
    expect(cut.map((segment) => `${segment.text}|${segment.mark?.kind ?? '-'}|${segment.mark?.itemId ?? '-'}`)).toEqual(['A hit B|quote|r1', '. C met |-|-', 'B|mention|b', '.|-|-']);
    expect(highlighted(TEXT, DRAFT.mentions, null).filter((segment) => segment.mark !== null).map((segment) => segment.mark!.start)).toEqual([0, 6, 15]);
  });

  it('writes a relation type as words', () => {
    expect([words('FIGHTS'), words('KILLED_BY')]).toEqual(['fights', 'killed by']);
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
