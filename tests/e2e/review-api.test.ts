/**
 * Review drafts over HTTP, as a client would: a draft kept on the server, decided item by item
 * under named keys, finished into the graph with who decided what and when; two reviewers on one
 * item (one wins, the other is told, nothing lost); every bad input refused with a code and
 * nothing written; an actor's unreviewed kind corrected by a reviewed load.
 */
import { countGraph } from '../../src/graph/ingest.repository';
import { uniqueId } from '../support/database';
import { DraftAnnotation, faultyDraft, removeFaultyDrafts } from '../support/review-drafts';
import { GraphQLResponse, startTestService, TestService } from '../support/service';

const ALICE = { authorization: 'Bearer alice-key-0123456789' };
const BOB = { authorization: 'Bearer bob-key-0123456789-abc' };

const ITEM = 'itemId version decision decidedBy decidedAt';
const ACTOR = `${ITEM} id name kind aliases linkedTo evidence { quote start end }`;
const RELATION = `${ITEM} type from to time place description evidence { quote start end }`;
const DRAFT = `id status documentId title counts { actors relations accepted rejected undecided } text actors { ${ACTOR} } relations { ${RELATION} }`;
const CHANGE = `draftId changed actors { ${ACTOR} } relations { ${RELATION} }`;

interface Item {
  itemId: string;
  version: number;
  decision: string;
  decidedBy: string | null;
  decidedAt: string | null;
}
interface Actor extends Item {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  linkedTo: string | null;
}
interface Relation extends Item {
  type: string;
  from: string;
  to: string;
  time: string | null;
  evidence: { quote: string; start: number; end: number }[];
}
interface Draft {
  id: string;
  status: string;
  documentId: string;
  counts: Record<string, number>;
  text: string;
  actors: Actor[];
  relations: Relation[];
}
interface Change {
  changed: boolean;
  actors: Actor[];
  relations: Relation[];
}

describe('review drafts over HTTP', () => {
  let api: TestService;
  beforeAll(async () => {
    api = await startTestService({ API_KEYS: 'alice:alice-key-0123456789,bob:bob-key-0123456789-abc' });
  }, 120_000);
  afterAll(async () => {
    if (api !== undefined) await removeFaultyDrafts(api.connection.database);
    await api?.close();
  });

  async function submit(draft: DraftAnnotation): Promise<Draft> {
    const response = await api.query<{ submitReviewDraft: Draft }>(`mutation($draft: JSONObject!) { submitReviewDraft(draft: $draft) { ${DRAFT} } }`, { draft }, ALICE);
    expect(response.errors).toBeUndefined();
    return response.data!.submitReviewDraft;
  }

  async function read(id: string, headers = ALICE): Promise<Draft> {
    const response = await api.query<{ reviewDraft: Draft }>(`query($id: ID!) { reviewDraft(id: $id) { ${DRAFT} } }`, { id }, headers);
    expect(response.errors).toBeUndefined();
    return response.data!.reviewDraft;
  }

  function actorInput(draft: Draft, itemId: string, change: Record<string, unknown>): Record<string, unknown> {
    return { draftId: draft.id, itemId, version: draft.actors.find((actor) => actor.itemId === itemId)!.version, ...change };
  }

  function relationInput(draft: Draft, itemId: string, change: Record<string, unknown>): Record<string, unknown> {
    return { draftId: draft.id, itemId, version: draft.relations.find((relation) => relation.itemId === itemId)!.version, ...change };
  }

  const reviewActor = (input: Record<string, unknown>, headers = ALICE): Promise<GraphQLResponse<{ reviewActor: Change }>> =>
    api.query(`mutation($input: ReviewActorInput!) { reviewActor(input: $input) { ${CHANGE} } }`, { input }, headers);
  const reviewRelation = (input: Record<string, unknown>, headers = ALICE): Promise<GraphQLResponse<{ reviewRelation: Change }>> =>
    api.query(`mutation($input: ReviewRelationInput!) { reviewRelation(input: $input) { ${CHANGE} } }`, { input }, headers);
  const addRelation = (input: Record<string, unknown>, headers = ALICE): Promise<GraphQLResponse<{ addReviewRelation: Change }>> =>
    api.query(`mutation($input: AddReviewRelationInput!) { addReviewRelation(input: $input) { ${CHANGE} } }`, { input }, headers);
  const finish = (input: Record<string, unknown>, headers = ALICE): Promise<GraphQLResponse<{ finishReviewDraft: { draft: { status: string }; ingest: { relationsCreated: number } } }>> =>
    api.query(`mutation($input: FinishReviewInput!) { finishReviewDraft(input: $input) { draft { status finishedBy } ingest { relationsCreated actorsCreated } } }`, { input }, headers);

  it('keeps a submitted draft, lists it in the queue, and refuses it to a client without a key', async () => {
    const { draft: annotation, ids } = faultyDraft();
    const draft = await submit(annotation);
    expect(draft).toMatchObject({ status: 'NEW', documentId: annotation.document.id, counts: { actors: 5, relations: 3, accepted: 0, rejected: 0, undecided: 8 } });
    // None of its actors' ids is one the graph holds: all are new until a reviewer links one.
    expect(draft.actors.map((actor) => [actor.itemId, actor.linkedTo, actor.version])).toEqual([
      [ids.liwa, null, 1],
      [ids.brigade, null, 1],
      [ids.republic, null, 1],
      [ids.ceasefire, null, 1],
      [ids.commander, null, 1],
    ]);
    for (const quote of draft.relations.flatMap((relation) => relation.evidence)) expect(draft.text.slice(quote.start, quote.end)).toBe(quote.quote);

    const queue = await api.query<{ reviewDrafts: { edges: { node: { id: string; status: string; counts: { undecided: number } } }[]; totalCount: number } }>(
      '{ reviewDrafts(status: [NEW, IN_REVIEW], first: 100) { totalCount edges { node { id status counts { undecided } } } } }',
      {},
      BOB,
    );
    expect(queue.errors).toBeUndefined();
    expect(queue.data!.reviewDrafts.edges.map((edge) => edge.node)).toContainEqual({ id: draft.id, status: 'NEW', counts: { undecided: 8 } });

    const anonymous = await api.query(`query($id: ID!) { reviewDraft(id: $id) { id } }`, { id: draft.id });
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers a new draft, drafted from a text or submitted, as a later read returns it', async () => {
    const WHOLE_ITEM = 'itemId version decision proposal { confidence rule } added decidedBy decidedAt evidence { quote start end }';
    const WHOLE_DRAFT = `id status source documentId title date createdBy createdAt updatedAt finishedBy finishedAt counts { actors relations accepted rejected undecided }
      text warnings mentions { itemId start end } actors { ${WHOLE_ITEM} id name kind aliases roles linkedTo }
      relations { ${WHOLE_ITEM} type symmetric from to time place description }`;
    const readWhole = async (id: string): Promise<unknown> => (await api.query<{ reviewDraft: unknown }>(`query($id: ID!) { reviewDraft(id: $id) { ${WHOLE_DRAFT} } }`, { id }, ALICE)).data!.reviewDraft;
    const { draft: annotation } = faultyDraft();
    const submitted = await api.query<{ submitReviewDraft: { id: string } }>(`mutation($draft: JSONObject!) { submitReviewDraft(draft: $draft) { ${WHOLE_DRAFT} } }`, { draft: annotation }, ALICE);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitReviewDraft).toMatchObject({ source: 'SUBMITTED', counts: { actors: 5, relations: 3 } });
    expect(await readWhole(submitted.data!.submitReviewDraft.id)).toEqual(submitted.data!.submitReviewDraft);
    const drafted = await api.query<{ createReviewDraft: { id: string } }>(
      `mutation($text: String!, $title: String) { createReviewDraft(text: $text, title: $title) { ${WHOLE_DRAFT} } }`,
      { text: annotation.document.text, title: 'Drafted here' },
      ALICE,
    );
    expect(drafted.errors).toBeUndefined();
    expect(drafted.data!.createReviewDraft).toMatchObject({ source: 'TEXT', title: 'Drafted here', counts: { actors: expect.any(Number) } });
    expect(await readWhole(drafted.data!.createReviewDraft.id)).toEqual(drafted.data!.createReviewDraft);
  }, 120_000);

  it('decides item by item under named keys and finishes into exactly the accepted items, each with its reviewer and time', async () => {
    const { draft: annotation, ids, attack } = faultyDraft();
    const before = await api.connection.database.read(countGraph);
    let draft = await submit(annotation);

    // Retype an actor; reject an invented one (its relation goes with it); link a new actor to the graph's.
    const retyped = await reviewActor(actorInput(draft, ids.liwa, { kind: 'ARMED_GROUP', decision: 'ACCEPTED' }));
    expect(retyped.data!.reviewActor).toMatchObject({ changed: true, actors: [{ itemId: ids.liwa, kind: 'ARMED_GROUP', decision: 'ACCEPTED', version: 2, decidedBy: 'alice' }] });
    const rejected = await reviewActor(actorInput(draft, ids.ceasefire, { decision: 'REJECTED' }), BOB);
    expect(rejected.data!.reviewActor.relations.map((relation) => [relation.itemId, relation.decision, relation.decidedBy])).toEqual([['r2', 'REJECTED', 'bob']]);
    const linked = await reviewActor(actorInput(draft, ids.republic, { linkTo: 'iran' }));
    expect(linked.data!.reviewActor.actors[0]).toMatchObject({ id: 'iran', name: 'Iran', kind: 'STATE', linkedTo: 'iran', aliases: ['Islamic Republic'] });

    // Accept two proposed relations (their actors come along) and add the attack the draft missed.
    draft = await read(draft.id);
    const supports = await reviewRelation(relationInput(draft, 'r1', { decision: 'ACCEPTED' }));
    expect(supports.data!.reviewRelation.actors.map((actor) => [actor.itemId, actor.decision])).toEqual([[ids.republic, 'ACCEPTED']]);
    expect(supports.data!.reviewRelation.relations).toEqual([expect.objectContaining({ itemId: 'r1', decision: 'ACCEPTED' })]);
    const leads = await reviewRelation(relationInput(draft, 'r3', { decision: 'ACCEPTED', time: '' }), BOB);
    expect(leads.data!.reviewRelation.actors.map((actor) => `${actor.itemId} ${actor.decision}`).sort()).toEqual([`${ids.brigade} ACCEPTED`, `${ids.commander} ACCEPTED`].sort());
    const added = await addRelation({ draftId: draft.id, type: 'ATTACKS', from: ids.liwa, to: ids.brigade, evidence: [{ quote: attack, start: 0 }], time: '2024-05-04', place: 'Tikrit' });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addReviewRelation.relations[0]).toMatchObject({ itemId: 'r4', type: 'ATTACKS', decision: 'ACCEPTED', evidence: [{ quote: attack, start: 0, end: attack.length }] });

    // A decision sent twice (a retry) changes nothing and succeeds.
    draft = await read(draft.id);
    expect(draft.status).toBe('IN_REVIEW');
    const again = await reviewRelation({ ...relationInput(draft, 'r1', { decision: 'ACCEPTED' }), version: 1 });
    expect(again.errors).toBeUndefined();
    expect(again.data!.reviewRelation.changed).toBe(false);

    const documentId = uniqueId('reviewed');
    const finished = await finish({ draftId: draft.id, documentId });
    expect(finished.errors).toBeUndefined();
    expect(finished.data!.finishReviewDraft.draft).toEqual({ status: 'DONE', finishedBy: 'alice' });

    const graph = await api.query<{ relations: { edges: { node: { type: string; from: { id: string }; to: { id: string }; reviewed: boolean; reviewedBy: string; reviewedAt: string; time: { text: string } | null; evidence: { quote: string; start: number; end: number }[] } }[] }; document: { text: string } }>(
      `query($id: ID!) {
        relations(documentId: $id, first: 10) { edges { node { type from { id } to { id } reviewed reviewedBy reviewedAt time { text } evidence { quote start end } } } }
        document(id: $id) { text }
      }`,
      { id: documentId },
    );
    expect(graph.errors).toBeUndefined();
    expect(graph.data!.document.text).toBe(draft.text);
    const relations = graph.data!.relations.edges.map((edge) => edge.node);
    expect(relations.map((relation) => `${relation.type} ${relation.from.id} ${relation.to.id} ${relation.time?.text ?? '-'} ${relation.reviewedBy}`).sort()).toEqual([
      `ATTACKS ${ids.liwa} ${ids.brigade} 2024-05-04 alice`,
      `LEADS ${ids.commander} ${ids.brigade} - bob`,
      `SUPPORTS iran ${ids.liwa} - alice`,
    ]);
    for (const relation of relations) {
      expect(relation.reviewed).toBe(true);
      expect(Date.parse(relation.reviewedAt)).toBeGreaterThan(Date.now() - 600_000);
      for (const quote of relation.evidence) expect(graph.data!.document.text.slice(quote.start, quote.end)).toBe(quote.quote);
    }
    const actors = await api.query<{ document: { actors: { id: string; kind: string; reviewedBy: string; aliases: string[] }[] } }>(
      `query($id: ID!) { document(id: $id) { actors { id kind reviewedBy aliases } } }`,
      { id: documentId },
    );
    expect(actors.data!.document.actors.map((actor) => `${actor.id} ${actor.kind} ${actor.reviewedBy}`).sort()).toEqual(
      [`${ids.brigade} ARMED_GROUP bob`, `${ids.commander} PERSON bob`, `${ids.liwa} ARMED_GROUP alice`, 'iran STATE alice'].sort(),
    );
    expect(actors.data!.document.actors.find((actor) => actor.id === 'iran')!.aliases).toContain('Islamic Republic');
    const after = await api.connection.database.read(countGraph);
    expect(after.relations - before.relations).toBe(3);
    expect((await api.query(`query($id: ID!) { actor(id: $id) { id } }`, { id: ids.ceasefire })).data).toEqual({ actor: null });

    // A stale decision on the finished draft is refused, and nothing changes.
    const late = await reviewRelation(relationInput(draft, 'r2', { decision: 'ACCEPTED' }), BOB);
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'REVIEW_DRAFT_DONE', finishedBy: 'alice' });
    const twice = await finish({ draftId: draft.id, documentId });
    expect(twice.errors?.[0].extensions.code).toBe('REVIEW_DRAFT_DONE');
    expect(await api.connection.database.read(countGraph)).toEqual(after);
  });

  it('lets one of two reviewers deciding one item at once win, tells the other, and loses nothing', async () => {
    const { draft: annotation } = faultyDraft();
    const draft = await submit(annotation);
    const results = await Promise.all([
      reviewRelation(relationInput(draft, 'r3', { decision: 'ACCEPTED' }), ALICE),
      reviewRelation(relationInput(draft, 'r3', { decision: 'REJECTED' }), BOB),
    ]);
    const won = results.filter((result) => result.errors === undefined);
    const lost = results.filter((result) => result.errors !== undefined);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winner = won[0].data!.reviewRelation.relations[0];
    expect(lost[0].errors![0].extensions).toMatchObject({ code: 'REVIEW_CONFLICT', itemId: 'r3', version: 2, decidedBy: winner.decidedBy });
    expect(lost[0].errors![0].message).toMatch(/^expected version 1 of item 'r3', found version 2 \(changed by (alice|bob) at .+\); nothing was written/);
    const now = await read(draft.id);
    expect(now.relations.find((relation) => relation.itemId === 'r3')).toMatchObject({ decision: winner.decision, version: 2, decidedBy: winner.decidedBy });
    // The loser, told, decides again on what the item now is: nothing of either decision is lost.
    const retried = await reviewRelation({ ...relationInput(now, 'r3', { decision: 'UNDECIDED' }) }, winner.decidedBy === 'alice' ? BOB : ALICE);
    expect(retried.data!.reviewRelation.relations[0]).toMatchObject({ decision: 'UNDECIDED', version: 3 });
    const history = await api.connection.database.read((runner) => runner.run<{ by: string; version: number }>('MATCH (h:ReviewDecision {draftId: $id, itemId: "r3"}) RETURN h.by AS by, h.version AS version ORDER BY version', { id: draft.id }));
    expect(history.map((entry) => entry.version)).toEqual([2, 3]);
  });

  it.each([
    ['a quote that is not in the text', 'addReviewRelation', { type: 'ATTACKS', evidence: [{ quote: 'Nobody attacked anyone' }] }, 'BAD_USER_INPUT', 'evidence[0].quote: expected a quote that occurs verbatim in the text, found "Nobody attacked anyone"'],
    ['a quote at the wrong offset', 'addReviewRelation', { type: 'ATTACKS', evidence: [{ quote: 'Liwa', start: 3 }] }, 'BAD_USER_INPUT', 'evidence[0].start: expected "Liwa" at offset 3 of the text, found "a Ta"'],
    ['an end that is not an actor of the draft', 'addReviewRelation', { type: 'ATTACKS', to: 'iraq' }, 'BAD_USER_INPUT', `to: expected the item id of an actor of the draft, found "iraq"`],
    ['a type outside the vocabulary', 'addReviewRelation', { type: 'BEFRIENDS' }, 'BAD_USER_INPUT', null],
    ['a time that is not a date', 'reviewRelation', { itemId: 'r1', version: 1, time: 'last spring' }, 'BAD_USER_INPUT', "time: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found 'last spring'"],
    ['a link to an actor the graph lacks', 'reviewActor', { itemId: '$liwa', version: 1, linkTo: 'no-such-actor' }, 'BAD_USER_INPUT', "linkTo: expected the id of an actor of the graph, found 'no-such-actor'"],
    ['an item the draft lacks', 'reviewRelation', { itemId: 'r99', version: 1, decision: 'ACCEPTED' }, 'NOT_FOUND', null],
  ])('refuses %s with a code and writes nothing', async (_name, mutation, input, code, message) => {
    const { draft: annotation, ids } = faultyDraft();
    const draft = await submit(annotation);
    const before = await read(draft.id);
    const inputType = { addReviewRelation: 'AddReviewRelationInput', reviewRelation: 'ReviewRelationInput', reviewActor: 'ReviewActorInput' }[mutation];
    const defaults = mutation === 'addReviewRelation' ? { from: ids.liwa, to: ids.brigade, evidence: [{ quote: 'shelled' }] } : {};
    const itemId = (input as { itemId?: string }).itemId === '$liwa' ? { itemId: ids.liwa } : {};
    const response = await api.query(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { draftId } }`, { input: { draftId: draft.id, ...defaults, ...input, ...itemId } }, ALICE);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions.code).toBe(code);
    if (message !== null) expect(response.errors![0].message).toBe(message);
    expect(await read(draft.id)).toEqual(before);
  });

  it('refuses a submitted draft whose quote is not in its text, naming it, and keeps nothing', async () => {
    const { draft: annotation } = faultyDraft();
    annotation.relations[0] = { ...annotation.relations[0], evidence: [{ quote: 'words that are nowhere' }] };
    const response = await api.query(`mutation($draft: JSONObject!) { submitReviewDraft(draft: $draft) { id } }`, { draft: annotation }, ALICE);
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [expect.stringMatching(/^draft\.relations\[0\]\.evidence\[0\]\.quote: expected a quote that occurs verbatim in the text of document 'clash-[a-z]+', found "words that are nowhere"$/)],
    });
  });

  it('corrects the facts of an actor no person reviewed, in the page or by a reviewed load, and still refuses to change a reviewed one', async () => {
    const { draft: annotation, ids } = faultyDraft();
    const kindOf = async (id: string): Promise<unknown> =>
      (await api.query<{ actor: unknown }>('query($id: ID!) { actor(id: $id) { name kind reviewed reviewedBy aliases } }', { id })).data!.actor;
    // Loaded unreviewed, as the rules proposed it: Liwa is a PERSON in the graph, which nobody decided.
    const unreviewed = { ...annotation, document: { ...annotation.document, id: uniqueId('unreviewed') } };
    expect((await api.query('mutation($d: JSONObject!) { ingestDocument(document: $d, acceptProposed: true) { actorsCreated } }', { d: unreviewed }, ALICE)).errors).toBeUndefined();
    expect(await kindOf(ids.liwa)).toMatchObject({ kind: 'PERSON', reviewed: false });

    // In the page: the draft's Liwa is the graph's (same id), retyped and renamed, then accepted with a relation.
    let draft = await submit(annotation);
    const liwa = draft.actors.find((actor) => actor.itemId === ids.liwa)!;
    expect(liwa.linkedTo).toBe(ids.liwa);
    await reviewActor(actorInput(draft, ids.liwa, { kind: 'ARMED_GROUP', name: `${liwa.name} Militia` }));
    draft = await read(draft.id);
    await reviewRelation(relationInput(draft, 'r1', { decision: 'ACCEPTED' }), BOB);
    expect((await finish({ draftId: draft.id, documentId: uniqueId('corrected') })).errors).toBeUndefined();
    // The guessed name is replaced, not kept as an alias.
    expect(await kindOf(ids.liwa)).toEqual({ name: `${liwa.name} Militia`, kind: 'ARMED_GROUP', reviewed: true, reviewedBy: 'bob', aliases: [] });

    // By a reviewed load: the Brigade, unreviewed, is corrected by a hand-written file that says what it is.
    const brigade = annotation.actors.find((actor) => actor.id === ids.brigade)!;
    // As a person writes it: without the drafting's review, confidence and rule.
    const checked = Object.fromEntries(Object.entries(brigade).filter(([field]) => !['review', 'confidence', 'rule'].includes(field)));
    const file = (kind: string): Record<string, unknown> => ({ document: { ...annotation.document, id: uniqueId('file') }, actors: [{ ...checked, kind }], relations: [] });
    expect((await api.query('mutation($d: JSONObject!) { ingestDocument(document: $d) { actorsUpdated } }', { d: file('MILITARY_FORCE') }, BOB)).errors).toBeUndefined();
    expect(await kindOf(ids.brigade)).toMatchObject({ kind: 'MILITARY_FORCE', reviewed: true, reviewedBy: 'bob' });

    // Reviewed facts refuse silent change, as before.
    const refused = await api.query('mutation($d: JSONObject!) { ingestDocument(document: $d) { actorsUpdated } }', { d: file('ARMED_GROUP') }, ALICE);
    expect(refused.errors?.[0].extensions.code).toBe('ACTOR_FACT_CONFLICT');
    expect(await kindOf(ids.brigade)).toMatchObject({ kind: 'MILITARY_FORCE', reviewedBy: 'bob' });
  });

  it('records the key\'s name for writes through ingestDocument, and refuses a client naming its own reviewer', async () => {
    const { draft: annotation } = faultyDraft();
    const claimed = { ...annotation, document: { ...annotation.document, id: uniqueId('claimed') }, relations: [], actors: annotation.actors.slice(0, 1).map(({ review: _r, confidence: _c, rule: _u, ...actor }) => ({ ...actor, reviewedBy: 'someone-else', reviewedAt: '2024-01-01T00:00:00Z' })) };
    const response = await api.query('mutation($d: JSONObject!) { ingestDocument(document: $d) { actorsCreated } }', { d: claimed }, ALICE);
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [
        'document: actors[0].reviewedBy: expected no reviewedBy (the service records the name of the API key and the time), found "someone-else"',
        'document: actors[0].reviewedAt: expected no reviewedAt (the service records the name of the API key and the time), found "2024-01-01T00:00:00Z"',
      ],
    });
  });
});
