/**
 * The rules of deciding on a review draft, apart from the database: versions and idempotent
 * retries, what a decision carries along, the checks on each field, and the annotation a finished
 * draft writes.
 */
import { reviewedAnnotation } from '../../src/review/review-annotation';
import { newActorItem, newRelationItems, planActorChange, planRelationChange } from '../../src/review/review-decisions';
import { ActorItem, RelationItem, ReviewItem, StoredDraft } from '../../src/review/review-draft.types';
import { ReviewConflictError, ReviewInputError, ReviewNotFoundError } from '../../src/review/review-errors';
import { locateQuote, occurrenceOf, spanQuote } from '../../src/review/review-quotes';

const TEXT = 'Liwa Tarv shelled the Tarv Brigade. Iran backs Liwa Tarv. Liwa Tarv said so.';
const ALICE = { reviewedBy: 'alice', reviewedAt: '2024-05-07T10:00:00.000Z' };
const BOB = { reviewedBy: 'bob', reviewedAt: '2024-05-07T10:01:00.000Z' };

function actor(itemId: string, name: string, quote: string, linkedTo: string | null = null): ActorItem {
  const start = TEXT.indexOf(quote);
  return {
    kind: 'actor',
    itemId,
    position: 0,
    version: 1,
    decision: 'UNDECIDED',
    proposal: { confidence: 0.6, rule: 'test' },
    added: false,
    decidedBy: null,
    decidedAt: null,
    state: { id: linkedTo ?? itemId, name, kind: 'ARMED_GROUP', aliases: [], roles: [], description: null, wikidataId: null, evidence: [{ quote, start, end: start + quote.length }], linkedTo },
  };
}

function relation(itemId: string, from: string, to: string, quote: string): RelationItem {
  const start = TEXT.indexOf(quote);
  return {
    kind: 'relation',
    itemId,
    position: 10,
    version: 1,
    decision: 'UNDECIDED',
    proposal: null,
    added: false,
    decidedBy: null,
    decidedAt: null,
    state: { type: 'SUPPORTS', from, to, time: null, place: null, description: 'd', evidence: [{ quote, start, end: start + quote.length }] },
  };
}

const items = (): ReviewItem[] => [
  actor('liwa', 'Liwa Tarv', 'Liwa Tarv'),
  actor('brigade', 'Tarv Brigade', 'Tarv Brigade'),
  actor('iran', 'Iran', 'Iran', 'iran'),
  relation('r1', 'iran', 'liwa', 'Iran backs Liwa Tarv'),
  relation('r2', 'liwa', 'brigade', 'Liwa Tarv shelled the Tarv Brigade'),
];

const draft: StoredDraft = {
  id: 'draft-1',
  status: 'IN_REVIEW',
  source: 'SUBMITTED',
  documentId: 'doc',
  title: 'T',
  date: null,
  createdBy: 'alice',
  createdAt: ALICE.reviewedAt,
  updatedAt: ALICE.reviewedAt,
  finishedBy: null,
  finishedAt: null,
  revision: 3,
  text: TEXT,
  warnings: [],
  mentions: [],
};

/** The items with a plan's changes applied, as the service writes them. */
function applied(all: readonly ReviewItem[], changed: readonly ReviewItem[]): ReviewItem[] {
  return all.map((item) => changed.find((other) => other.itemId === item.itemId) ?? item);
}

describe('deciding on a review draft', () => {
  it('raises the version of what it changes and records who and when', () => {
    const plan = planActorChange(items(), 'liwa', 1, { kind: 'PERSON', decision: 'ACCEPTED' }, ALICE);
    expect(plan.changed).toEqual([expect.objectContaining({ itemId: 'liwa', version: 2, decision: 'ACCEPTED', decidedBy: 'alice', decidedAt: ALICE.reviewedAt })]);
    expect(plan.item.kind === 'actor' && plan.item.state.kind).toBe('PERSON');
  });

  it('refuses a different decision made on an older version, naming who changed the item', () => {
    const after = applied(items(), planRelationChange(items(), 'r2', 1, { decision: 'ACCEPTED' }, ALICE).changed);
    expect(() => planRelationChange(after, 'r2', 1, { decision: 'REJECTED' }, BOB)).toThrow(
      new ReviewConflictError({ ...after.find((item) => item.itemId === 'r2')! }, 1),
    );
    expect(() => planRelationChange(after, 'r2', 1, { decision: 'REJECTED' }, BOB)).toThrow(/^expected version 1 of item 'r2', found version 2 \(changed by alice at 2024-05-07T10:00:00.000Z\)/);
  });

  it('lets a decision sent again, or made the same by another, succeed without changing anything', () => {
    const after = applied(items(), planRelationChange(items(), 'r2', 1, { decision: 'ACCEPTED' }, ALICE).changed);
    const again = planRelationChange(after, 'r2', 1, { decision: 'ACCEPTED' }, BOB);
    expect(again.changed).toEqual([]);
    expect(again.item).toMatchObject({ version: 2, decidedBy: 'alice' });
  });

  it('rejects the relations of a rejected actor, and accepts the undecided ends of an accepted relation', () => {
    const rejected = planActorChange(items(), 'liwa', 1, { decision: 'REJECTED' }, ALICE);
    expect(rejected.changed.map((item) => `${item.itemId} ${item.decision} v${item.version}`)).toEqual(['liwa REJECTED v2', 'r1 REJECTED v2', 'r2 REJECTED v2']);
    const accepted = planRelationChange(items(), 'r2', 1, { decision: 'ACCEPTED' }, BOB);
    expect(accepted.changed.map((item) => `${item.itemId} ${item.decision} ${item.decidedBy}`)).toEqual(['r2 ACCEPTED bob', 'liwa ACCEPTED bob', 'brigade ACCEPTED bob']);
    // A relation cannot be accepted while one of its actors is rejected.
    const afterReject = applied(items(), rejected.changed);
    expect(() => planRelationChange(afterReject, 'r2', 2, { decision: 'ACCEPTED' }, BOB)).toThrow(
      new ReviewInputError('decision', "expected the relation's actors accepted or undecided, found 'liwa' rejected: accept that actor first, or change the end"),
    );
  });

  it('changes type, ends and direction, rewriting the description, and checks each', () => {
    const swapped = planRelationChange(items(), 'r2', 1, { type: 'FIGHTS', swap: true }, ALICE).item as RelationItem;
    expect(swapped.state).toMatchObject({ type: 'FIGHTS', from: 'brigade', to: 'liwa', description: 'Tarv Brigade fights Liwa Tarv.' });
    expect(() => planRelationChange(items(), 'r2', 1, { to: 'nobody' }, ALICE)).toThrow(new ReviewInputError('to', 'expected the item id of an actor of the draft, found "nobody"'));
    expect(() => planRelationChange(items(), 'r2', 1, { to: 'liwa' }, ALICE)).toThrow(new ReviewInputError('to', "expected an actor other than the source, found 'liwa' on both ends"));
    expect(() => planRelationChange(items(), 'r2', 1, { time: '2024-02-30' }, ALICE)).toThrow(new ReviewInputError('time', "expected a day that exists in 2024-02, found '2024-02-30'"));
    expect((planRelationChange(items(), 'r2', 1, { time: ' 2024-05/.. ', place: 'Tikrit' }, ALICE).item as RelationItem).state).toMatchObject({ time: '2024-05/..', place: 'Tikrit' });
    expect(() => planRelationChange(items(), 'liwa', 1, { decision: 'ACCEPTED' }, ALICE)).toThrow(new ReviewInputError('itemId', "expected a relation of the draft, found the actor 'liwa'"));
    expect(() => planRelationChange(items(), 'r9', 1, { decision: 'ACCEPTED' }, ALICE)).toThrow(ReviewNotFoundError);
  });

  it('links an actor to one of the graph (its name becomes an alias), keeps it new again, and renames a new one with an id of its own', () => {
    const linked = planActorChange(items(), 'brigade', 1, { link: { id: 'tarv-brigade-1', name: 'The Tarv Brigade', kind: 'MILITARY_FORCE' } }, ALICE).item as ActorItem;
    expect(linked.state).toMatchObject({ id: 'tarv-brigade-1', linkedTo: 'tarv-brigade-1', name: 'The Tarv Brigade', kind: 'MILITARY_FORCE', aliases: ['Tarv Brigade'] });
    const unlinked = planActorChange(applied(items(), [linked]), 'brigade', 2, { link: null }, ALICE).item as ActorItem;
    expect(unlinked.state).toMatchObject({ id: 'the-tarv-brigade', linkedTo: null });
    // The name of another actor of the draft is taken: the id gets a number.
    const renamed = planActorChange(items(), 'brigade', 1, { name: 'Liwa' }, ALICE).item as ActorItem;
    expect(renamed.state.id).toBe('liwa-2');
    expect(() => planActorChange(items(), 'brigade', 1, { name: '  ' }, ALICE)).toThrow(new ReviewInputError('name', 'expected a name, found "  "'));
  });

  it('adds an actor from a stretch of the text and a relation from a quote, accepting its ends', () => {
    const made = newActorItem(items(), spanQuote(TEXT, 0, 9, 'span'), undefined, 'ARMED_GROUP', ALICE);
    expect(made).toMatchObject({ itemId: 'liwa-tarv', decision: 'ACCEPTED', added: true, version: 1, state: { name: 'Liwa Tarv', evidence: [{ quote: 'Liwa Tarv', start: 0, end: 9 }] } });
    const { relation, changed } = newRelationItems(items(), { type: 'ATTACKS', from: 'liwa', to: 'brigade', evidence: [locateQuote(TEXT, { quote: 'shelled the Tarv Brigade', start: 10 }, 'evidence[0]')] }, ALICE);
    expect(relation).toMatchObject({ itemId: 'r3', decision: 'ACCEPTED', state: { description: 'Liwa Tarv attacks Tarv Brigade.' } });
    expect(changed.map((item) => item.itemId)).toEqual(['r3', 'liwa', 'brigade']);
    expect(() => spanQuote(TEXT, 5, 5, 'span')).toThrow(new ReviewInputError('span', `expected a stretch of the text (0 <= start < end <= ${TEXT.length}), found 5 to 5`));
    expect(() => locateQuote(TEXT, { quote: 'Liwa Tarv', start: 1 }, 'evidence[0]')).toThrow(new ReviewInputError('evidence[0].start', 'expected "Liwa Tarv" at offset 1 of the text, found "iwa Tarv "'));
  });

  it('names a quote by its occurrence, as the loader reads it', () => {
    expect([0, 47, 58].map((start) => occurrenceOf(TEXT, { quote: 'Liwa Tarv', start, end: start + 9 }))).toEqual([1, 2, 3]);
  });
});

describe('the annotation a finished draft writes', () => {
  it('holds only the accepted items, with their reviewers and without review marks; linked actors become one', () => {
    let all = items();
    all = applied(all, planActorChange(all, 'brigade', 1, { decision: 'REJECTED' }, ALICE).changed);
    all = applied(all, planRelationChange(all, 'r1', 1, { decision: 'ACCEPTED' }, BOB).changed);
    const annotation = reviewedAnnotation(draft, all, { documentId: 'doc-1', title: 'Shelling', date: '2024-05' });
    expect(annotation).toEqual({
      document: { id: 'doc-1', title: 'Shelling', text: TEXT, date: '2024-05' },
      actors: [
        { id: 'liwa', name: 'Liwa Tarv', kind: 'ARMED_GROUP', aliases: [], roles: [], evidence: [{ quote: 'Liwa Tarv' }], reviewedBy: 'bob', reviewedAt: BOB.reviewedAt },
        { id: 'iran', name: 'Iran', kind: 'ARMED_GROUP', aliases: [], roles: [], evidence: [{ quote: 'Iran' }], reviewedBy: 'bob', reviewedAt: BOB.reviewedAt },
      ],
      relations: [{ type: 'SUPPORTS', from: 'iran', to: 'liwa', description: 'd', evidence: [{ quote: 'Iran backs Liwa Tarv' }], reviewedBy: 'bob', reviewedAt: BOB.reviewedAt }],
    });
    expect(() => reviewedAnnotation(draft, items(), { documentId: 'doc-1', title: 'T', date: null })).toThrow(
      new ReviewInputError('draftId', "expected at least one accepted actor or relation in review draft 'draft-1', found none"),
    );
  });
});
