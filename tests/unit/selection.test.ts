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
});
