/**
 * A query sent again runs compiled (src/server/compiled-execution.ts): every answer, its errors and
 * their codes included, must be the one graphql-js gave the first time.
 */
import { startTestService, TestService } from '../support/service';

/** The answer without what differs from request to request. */
function comparable(response: { status: number; data?: unknown; errors?: unknown[] }): unknown {
  const errors = response.errors?.map((error) => {
    const { extensions, ...rest } = error as { extensions?: Record<string, unknown> };
    return { ...rest, extensions: Object.fromEntries(Object.entries(extensions ?? {}).filter(([key]) => key !== 'requestId')) };
  });
  return { status: response.status, data: response.data, errors };
}

describe('compiled execution of repeated queries', () => {
  let api: TestService;
  beforeAll(async () => {
    api = await startTestService();
  });
  afterAll(() => api.close());

  const queries: [string, string, Record<string, unknown>][] = [
    ['an actor with its relations', 'query($id: ID!) { actor(id: $id) { name kind aliases relations(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id type time { text } from { name } to { id roles } } } } } }', { id: 'united-states' }],
    ['a relation page with both ends', '{ relations(first: 5) { edges { cursor node { id type description from { name } to { name } } } } }', {}],
    ['a full-text search', 'query($text: String!) { search(text: $text, first: 5) { score actor { id name } } }', { text: 'iraq' }],
    ['a node of each type (an interface)', 'query($id: ID!) { node(id: $id) { __typename id ... on Actor { name } ... on Document { title } } }', { id: 'qassem-soleimani' }],
    ['an actor that does not exist', '{ actor(id: "no-such-actor") { name relations(first: 2) { totalCount } } }', {}],
    ['a page size over the maximum (a deliberate code)', '{ relations(first: 101) { totalCount } }', {}],
    ['a cursor that is not one', '{ relations(first: 2, after: "nonsense") { totalCount } }', {}],
    ['a variable of the wrong type (refused before anything runs)', 'query($id: ID!) { actor(id: $id) { name } }', { id: { not: 'an id' } }],
    ['a timeline of an unknown actor (a resolver error)', '{ timeline(actorId: "no-such-actor") { id } }', {}],
  ];

  it.each(queries)('answers %s the second and third time as the first', async (_name, query, variables) => {
    const first = comparable(await api.query(query, variables));
    expect(comparable(await api.query(query, variables))).toEqual(first);
    expect(comparable(await api.query(query, variables))).toEqual(first);
  });
});
