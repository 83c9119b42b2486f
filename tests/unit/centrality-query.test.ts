/** The Cypher of the whole-graph centrality, pinned: which property orders, and the GDS projection. */
import { mostCentralQuery, relationshipProjection } from '../../src/graph/centrality.repository';

describe('mostCentralQuery', () => {
  it('reads PageRank and betweenness from their indexed properties, highest first, ties by id', () => {
    expect(mostCentralQuery('PAGERANK', 10)).toEqual({
      cypher: `
MATCH (a:Actor) WHERE a.pageRank IS NOT NULL
WITH a ORDER BY a.pageRank DESC, a.id LIMIT $limit
RETURN a { .id, .name, .kind, aliases: coalesce(a.aliases, []), .description, roles: coalesce(a.roles, []) } AS actor, a.pageRank AS score`,
      params: { limit: 10 },
    });
    expect(mostCentralQuery('BETWEENNESS', 3).cypher).toContain('MATCH (a:Actor) WHERE a.betweenness IS NOT NULL\nWITH a ORDER BY a.betweenness DESC, a.id LIMIT $limit');
  });

  it('counts degrees over the vocabulary relations, as mostConnected does', () => {
    const { cypher, params } = mostCentralQuery('DEGREE', 5);
    expect(cypher).toMatch(/^\nMATCH \(a:Actor\)\nWITH a, COUNT \{ \(a\)-\[:[A-Z_|:]+\]-\(\) \} AS score\nORDER BY score DESC, a\.id LIMIT \$limit\n/);
    expect(params).toEqual({ limit: 5 });
  });
});

describe('relationshipProjection', () => {
  it('projects each relation type undirected', () => {
    expect(relationshipProjection(['ATTACKS', 'NEGOTIATES_WITH'])).toEqual({
      ATTACKS: { type: 'ATTACKS', orientation: 'UNDIRECTED' },
      NEGOTIATES_WITH: { type: 'NEGOTIATES_WITH', orientation: 'UNDIRECTED' },
    });
  });
});

describe('mostCentralQuery with some fields', () => {
  it('returns only the fields of the actors asked for, their ids always', () => {
    expect(mostCentralQuery('DEGREE', 10, ['name']).cypher).toMatchInlineSnapshot(`
"
MATCH (a:Actor)
WITH a, COUNT { (a)-[:NEGOTIATES_WITH|COOPERATES_WITH|ATTACKS|KILLED_BY|FIGHTS|OPPOSES|PRESSURES|LEADS|COMMANDS|PART_OF|AFFILIATED_WITH|SPOKESPERSON_FOR|SUPPORTS|DEMANDS_WITHDRAWAL_OF|INVADES|PRESENT_IN|WITHDRAWS_FROM]-() } AS score
ORDER BY score DESC, a.id LIMIT $limit
RETURN a { .id, .name } AS actor, score"
`);
  });
});
