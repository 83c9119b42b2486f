/**
 * Weights and orders over HTTP, on a small graph of its own (unique ids), loaded from two documents:
 *
 *   H -ATTACKS 2021-> X           1 quote, 1 document
 *   H -ATTACKS 2019-05-> Y        3 quotes, 2 documents (the second document repeats it)
 *   H -SUPPORTS-> Z (undated)     2 quotes, 1 document
 *   Y -ATTACKS ../2018-> Z        1 quote, 1 document (open start)
 *
 * Every list is read one item a page, so each order is checked across cursors, not only within a page.
 */
import { objectSource } from '../../src/loader/annotation-source';
import { loadSources } from '../../src/loader/loader';
import { uniqueId } from '../support/database';
import { expectData, startTestService, TestService } from '../support/service';
import { actorIdOf, statementDocument as documentOf } from '../support/statement-document';

type Name = 'H' | 'X' | 'Y' | 'Z';

interface RelationNode {
  id: string;
  from: { id: string };
  to: { id: string };
  evidenceCount: number;
  documentCount: number;
}

interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const RELATION_FIELDS = 'id from { id } to { id } evidenceCount documentCount';

describe('weights and orders', () => {
  let api: TestService;
  let prefix: string;
  const id = (name: Name): string => actorIdOf(prefix, name);
  /** A relation as the letters of its ends, e.g. HY. */
  const ends = (relation: RelationNode): string => [relation.from.id, relation.to.id].map((end) => end.slice(prefix.length + 1).toUpperCase()).join('');

  beforeAll(async () => {
    api = await startTestService();
    prefix = uniqueId('ord');
    const p = prefix;
    await loadSources(api.connection.database, [
      objectSource(
        'weights-a',
        documentOf(prefix, 'a', [
          { from: 'H', to: 'X', type: 'ATTACKS', time: '2021', quotes: [`${p}H attacked ${p}X in 2021`] },
          { from: 'H', to: 'Y', type: 'ATTACKS', time: '2019-05', quotes: [`${p}H attacked ${p}Y in May 2019`, `${p}H struck ${p}Y again`] },
          { from: 'H', to: 'Z', type: 'SUPPORTS', quotes: [`${p}H backed ${p}Z`, `${p}H funded ${p}Z`] },
          { from: 'Y', to: 'Z', type: 'ATTACKS', time: '../2018', quotes: [`${p}Y attacked ${p}Z before 2018`] },
        ]),
      ),
      objectSource('weights-b', documentOf(prefix, 'b', [{ from: 'H', to: 'Y', type: 'ATTACKS', time: '2019-05', quotes: [`In May 2019 ${p}H raided ${p}Y`] }])),
    ]);
    // Loading the seed and starting the service can take minutes on a machine under load.
  }, 300_000);
  afterAll(() => api?.close());

  const data = <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => expectData<T>(api, query, variables);

  /** Every node of a list, read one a page by following endCursor; `pick` finds the connection in an answer. */
  async function everyPage<T>(query: string, variables: Record<string, unknown>, pick: (answer: Record<string, unknown>) => Page<T>): Promise<T[]> {
    const nodes: T[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const page = pick(await data<Record<string, unknown>>(query, { ...variables, after }));
      nodes.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) return nodes;
      after = page.pageInfo.endCursor;
    }
    throw new Error('more pages than the graph has relations');
  }

  const actorRelations = (order: string): Promise<RelationNode[]> =>
    everyPage<RelationNode>(
      `query($id: ID!, $after: String) { actor(id: $id) { relations(first: 1, after: $after, orderBy: ${order}) { edges { cursor node { ${RELATION_FIELDS} } } pageInfo { hasNextPage endCursor } } } }`,
      { id: id('H') },
      (answer) => (answer.actor as { relations: Page<RelationNode> }).relations,
    );

  const documentRelations = (order: string): Promise<RelationNode[]> =>
    everyPage<RelationNode>(
      `query($doc: ID!, $after: String) { relations(documentId: $doc, first: 1, after: $after, orderBy: ${order}) { edges { cursor node { ${RELATION_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
      { doc: `${prefix}-a` },
      (answer) => answer.relations as Page<RelationNode>,
    );

  it('gives each relation its quotes and documents as counts', async () => {
    const relations = await actorRelations('ID');
    expect(Object.fromEntries(relations.map((relation) => [ends(relation), [relation.evidenceCount, relation.documentCount]]))).toEqual({
      HX: [1, 1],
      HY: [3, 2],
      HZ: [2, 1],
    });
  });

  it("orders an actor's relations by id (the default), by time (undated last) and by evidence (most first), page by page", async () => {
    const byId = await actorRelations('ID');
    expect(byId.map((relation) => relation.id)).toEqual(byId.map((relation) => relation.id).sort());
    expect((await actorRelations('TIME')).map(ends)).toEqual(['HY', 'HX', 'HZ']);
    expect((await actorRelations('EVIDENCE_COUNT')).map(ends)).toEqual(['HY', 'HZ', 'HX']);
  });

  it("orders a document's relations over the whole graph the same way, an open start first in time", async () => {
    expect((await documentRelations('TIME')).map(ends)).toEqual(['YZ', 'HY', 'HX', 'HZ']);
    // HX and YZ have one quote each: the tie goes by id.
    const byEvidence = await documentRelations('EVIDENCE_COUNT');
    expect(byEvidence.slice(0, 2).map(ends)).toEqual(['HY', 'HZ']);
    expect(byEvidence.slice(2).map((relation) => relation.id)).toEqual(byEvidence.slice(2).map((relation) => relation.id).sort());
    expect(byEvidence.slice(2).map(ends).sort()).toEqual(['HX', 'YZ']);
  });

  it('orders actors by name (the default) and by degree (most first, ties by id), page by page', async () => {
    const actors = (order: string): Promise<{ id: string; degree: number }[]> =>
      everyPage<{ id: string; degree: number }>(
        `query($search: String, $after: String) { actors(search: $search, first: 1, after: $after, orderBy: ${order}) { edges { cursor node { id degree } } pageInfo { hasNextPage endCursor } } }`,
        { search: prefix },
        (answer) => answer.actors as Page<{ id: string; degree: number }>,
      );
    expect((await actors('NAME')).map((actor) => actor.id)).toEqual([id('H'), id('X'), id('Y'), id('Z')]);
    expect(await actors('DEGREE')).toEqual([
      { id: id('H'), degree: 3 },
      { id: id('Y'), degree: 2 },
      { id: id('Z'), degree: 2 },
      { id: id('X'), degree: 1 },
    ]);
  });

  it('weighs the edges of a neighbourhood by quotes and documents', async () => {
    const { neighborhood } = await data<{ neighborhood: { edges: { source: string; target: string; evidenceCount: number; documentCount: number }[] } }>(
      'query($id: ID!) { neighborhood(actorId: $id) { edges { source target evidenceCount documentCount } } }',
      { id: id('H') },
    );
    const weights = Object.fromEntries(
      neighborhood.edges.map((edge) => [`${edge.source.slice(prefix.length + 1)}${edge.target.slice(prefix.length + 1)}`.toUpperCase(), [edge.evidenceCount, edge.documentCount]]),
    );
    expect(weights).toEqual({ HX: [1, 1], HY: [3, 2], HZ: [2, 1], YZ: [1, 1] });
  });

  it("refuses a cursor of another order with BAD_USER_INPUT that names both orders", async () => {
    const { actor } = await data<{ actor: { relations: Page<RelationNode> } }>(
      `query($id: ID!) { actor(id: $id) { relations(first: 1, orderBy: TIME) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`,
      { id: id('H') },
    );
    const cursor = actor.relations.pageInfo.endCursor;
    for (const query of [
      `query($id: ID!, $after: String) { actor(id: $id) { relations(after: $after, orderBy: EVIDENCE_COUNT) { totalCount } } }`,
      `query($id: ID!, $after: String) { actor(id: $id) { relations(after: $after) { totalCount } } }`,
      `query($after: String) { relations(after: $after, orderBy: EVIDENCE_COUNT) { totalCount } }`,
    ]) {
      const response = await api.query(query, { id: id('H'), after: cursor });
      expect(response.errors?.map((error) => [error.extensions.code, error.extensions.argument])).toEqual([['BAD_USER_INPUT', 'after']]);
      expect(response.errors?.[0].message).toMatch(/^after: expected a cursor of this list in (EVIDENCE_COUNT|ID) order, found one of TIME order/);
    }
  });

  it('refuses a cursor whose key is not of its order, with BAD_USER_INPUT', async () => {
    const forged = Buffer.from(JSON.stringify(['EVIDENCE_COUNT', 'many', 'attacks-1'])).toString('base64url');
    const response = await api.query(`{ relations(after: "${forged}", orderBy: EVIDENCE_COUNT) { totalCount } }`);
    expect(response.errors?.map((error) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
  });
});
