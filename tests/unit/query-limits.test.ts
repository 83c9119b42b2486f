import { buildSchema, parse } from 'graphql';
import { loadConfig } from '../../src/config/config';
import { schemaSdl } from '../../src/graphql/schema';
import { aliasCount, queryCost, selectionDepth } from '../../src/server/query-limits';

describe('query limits', () => {
  it('measures selection depth through fragments and inline fragments', () => {
    expect(selectionDepth(parse('{ a { b { c } } }'))).toBe(3);
    expect(selectionDepth(parse('{ a { ...F } } fragment F on T { b { ... on T { c { d } } } }'))).toBe(4);
    expect(selectionDepth(parse('query One { a } query Two { a { b } }'), 'Two')).toBe(2);
  });

  it('does not loop on a fragment that spreads itself', () => {
    expect(selectionDepth(parse('{ a { ...F } } fragment F on T { b { ...F } }'))).toBe(2);
  });

  it('counts aliases anywhere in the document', () => {
    expect(aliasCount(parse('{ x: a { y: b } c } fragment F on T { z: d }'))).toBe(3);
  });

  it('costs a list by its page size and a traversal by its hops and limit', async () => {
    const schema = buildSchema(await schemaSdl());
    const limits = loadConfig({}).limits;
    const cost = (query: string, variables: Record<string, unknown> = {}): number => queryCost(schema, parse(query), variables, undefined, limits);
    expect(cost('{ actors(first: 10) { edges { node { id name } } } }')).toBe(1 + 10 * 4);
    expect(cost('query($n: Int) { actors(first: $n) { totalCount } }', { n: 7 })).toBe(1 + 7 * 1);
    expect(cost('{ actors { totalCount } }')).toBe(1 + limits.defaultPageSize);
    expect(cost('{ neighborhood(actorId: "x", depth: 2, limit: 30) { nodes { id } } }')).toBe(1 + 2 * 10 + 30 * (1 + 10 * 1));
    expect(cost('{ shortestPath(from: "a", to: "b", maxDepth: 3) { length } }')).toBe(1 + 3 * 10 + 1);
  });
});
