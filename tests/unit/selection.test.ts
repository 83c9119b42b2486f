import { buildSchema, graphql } from 'graphql';
import { selects } from '../../src/graphql/selection';

describe('selects', () => {
  const schema = buildSchema('type Query { list: List } type List { totalCount: Int items: [Int] }');

  async function asked(query: string): Promise<boolean> {
    let seen: boolean | undefined;
    await graphql({
      schema,
      source: query,
      rootValue: {
        list: (_args: unknown, _context: unknown, info: Parameters<typeof selects>[0]) => {
          seen = selects(info, 'totalCount');
          return { totalCount: 1, items: [] };
        },
      },
    });
    return seen!;
  }

  it('sees a field asked for directly, through a fragment or an inline fragment', async () => {
    expect(await asked('{ list { totalCount } }')).toBe(true);
    expect(await asked('{ list { ...F } } fragment F on List { totalCount }')).toBe(true);
    expect(await asked('{ list { ... on List { totalCount } } }')).toBe(true);
  });

  it('does not see a field that was not asked for', async () => {
    expect(await asked('{ list { items } }')).toBe(false);
  });

  it('follows a path below the field, through fragments at every level', async () => {
    const nested = buildSchema('type Query { graph: Graph } type Graph { edges: [Edge] } type Edge { id: ID time: String }');
    const timeAsked = async (query: string): Promise<boolean> => {
      let seen: boolean | undefined;
      await graphql({
        schema: nested,
        source: query,
        rootValue: {
          graph: (_args: unknown, _context: unknown, info: Parameters<typeof selects>[0]) => {
            seen = selects(info, 'edges', 'time');
            return { edges: [] };
          },
        },
      });
      return seen!;
    };
    expect(await timeAsked('{ graph { edges { id time } } }')).toBe(true);
    expect(await timeAsked('{ graph { ...G } } fragment G on Graph { edges { ... on Edge { time } } }')).toBe(true);
    expect(await timeAsked('{ graph { edges { id } } }')).toBe(false);
    expect(await timeAsked('{ graph { __typename } }')).toBe(false);
  });
});
