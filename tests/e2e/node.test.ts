/** The Relay `Node` interface: `node(id)` fetches any actor, relation, document or quote again by its id. */
import { objectSource } from '../../src/loader/annotation-source';
import { loadSources } from '../../src/loader/loader';
import { sampleDocument, sampleIds } from '../support/annotations';
import { uniqueId } from '../support/database';
import { startTestService, TestService } from '../support/service';

const SEED = 'iraq-coalition-talks';

describe('node(id)', () => {
  let api: TestService;
  beforeAll(async () => {
    api = await startTestService();
  });
  afterAll(() => api.close());

  const NODE = `query($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Actor { name }
      ... on Relation { type from { id } }
      ... on Document { title }
      ... on Evidence { quote start end document { id } }
    }
  }`;

  it('fetches an actor, a relation and a document by their ids, each as its own type', async () => {
    const relations = await api.query<{ relations: { edges: { node: { id: string; type: string; from: { id: string } } }[] } }>(
      '{ relations(first: 1, types: [KILLED_BY]) { edges { node { id type from { id } } } } }',
    );
    const relation = relations.data!.relations.edges[0].node;
    expect((await api.query(NODE, { id: 'qassem-soleimani' })).data).toEqual({ node: { __typename: 'Actor', id: 'qassem-soleimani', name: 'Qassem Soleimani' } });
    expect((await api.query(NODE, { id: relation.id })).data).toEqual({ node: { __typename: 'Relation', ...relation } });
    const document = await api.query<{ node: { __typename: string; id: string; title: string } }>(NODE, { id: SEED });
    expect(document.data?.node).toMatchObject({ __typename: 'Document', id: SEED });
    expect(document.data?.node.title).toMatch(/\S/);
  });

  it('fetches a quote by its id, with the document it is from', async () => {
    const relation = await api.query<{ relations: { edges: { node: { evidence: { id: string; quote: string; start: number; end: number }[] } }[] } }>(
      '{ relations(first: 1, types: [KILLED_BY]) { edges { node { evidence { id quote start end } } } } }',
    );
    const [quote] = relation.data!.relations.edges[0].node.evidence;
    expect(quote.id).toMatch(/^ev-[0-9a-f]{16}$/);
    expect((await api.query(NODE, { id: quote.id })).data).toEqual({ node: { __typename: 'Evidence', ...quote, document: { id: SEED } } });
    // The same form with a digest no quote has is nothing.
    expect((await api.query(NODE, { id: 'ev-0000000000000000' })).data).toEqual({ node: null });
  });

  it('answers null for an id nothing has', async () => {
    expect(await api.query(NODE, { id: 'nothing-has-this-id' })).toEqual({ status: 200, data: { node: null } });
  });

  it('refuses an id that an actor and a document share, rather than guess', async () => {
    const ids = sampleIds(uniqueId('node'));
    const shared = { ...ids, alpha: ids.document };
    await loadSources(api.connection.database, [objectSource('shared-id', sampleDocument(shared))]);
    const response = await api.query(NODE, { id: ids.document });
    expect(response.errors?.map((error) => [error.extensions.code, error.message])).toEqual([
      ['BAD_USER_INPUT', `id: expected an id that names one object, found '${ids.document}' naming an actor and a document; ask actor(id) or document(id)`],
    ]);
  });
});
