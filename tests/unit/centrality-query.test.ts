/** The Cypher of the whole-graph centrality, pinned: which property orders, the GDS calls, and the status node. */
import {
  betweennessQuery,
  centralityStatusQuery,
  countActorsQuery,
  dropProjectionQuery,
  gdsProcedureCountQuery,
  louvainQuery,
  markComputedQuery,
  markStaleQuery,
  mostCentralQuery,
  pageRankQuery,
  presentRelationTypesQuery,
  projectGraphQuery,
  relationshipProjection,
} from '../../src/graph/centrality.repository';

describe('mostCentralQuery', () => {
  it('reads PageRank and betweenness from their indexed properties, highest first, ties by id', () => {
    expect(mostCentralQuery('PAGERANK', 10)).toMatchInlineSnapshot(`
{
  "cypher": "
MATCH (a:Actor) WHERE a.pageRank IS NOT NULL
WITH a ORDER BY a.pageRank DESC, a.id LIMIT $limit
RETURN a { .id, .name, .kind, aliases: coalesce(a.aliases, []), .description, roles: coalesce(a.roles, []), reviewed: coalesce(a.reviewed, true), .reviewedBy, .reviewedAt, .wikidataId } AS actor, a.pageRank AS score",
  "params": {
    "limit": 10,
  },
}
`);
    expect(mostCentralQuery('BETWEENNESS', 3).cypher).toContain('MATCH (a:Actor) WHERE a.betweenness IS NOT NULL\nWITH a ORDER BY a.betweenness DESC, a.id LIMIT $limit');
  });

  it('reads degrees from their indexed property as it reads PageRank, as mostConnected does: nothing is counted', () => {
    const { cypher, params } = mostCentralQuery('DEGREE', 5);
    expect(cypher).toBe(mostCentralQuery('PAGERANK', 5).cypher.replaceAll('pageRank', 'degree'));
    expect(cypher).not.toContain('COUNT');
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

describe('the computation', () => {
  it('checks for Graph Data Science and finds the relation types present', () => {
    expect(gdsProcedureCountQuery()).toMatchInlineSnapshot(`
{
  "cypher": "SHOW PROCEDURES YIELD name WHERE name IN $names RETURN count(name) AS found",
  "params": {
    "names": [
      "gds.graph.project",
      "gds.graph.drop",
      "gds.pageRank.write",
      "gds.betweenness.write",
      "gds.louvain.write",
    ],
  },
}
`);
    expect(presentRelationTypesQuery().cypher).toMatchInlineSnapshot(`
"
CALL db.relationshipTypes() YIELD relationshipType
WITH relationshipType WHERE relationshipType IN $vocabulary
RETURN collect(relationshipType) AS types"
`);
    expect(countActorsQuery()).toMatchInlineSnapshot(`
{
  "cypher": "MATCH (a:Actor) RETURN count(a) AS actors",
  "params": {},
}
`);
  });

  it('projects, computes each measure, and drops the projection', () => {
    expect(projectGraphQuery('centrality-1', ['ATTACKS'])).toMatchInlineSnapshot(`
{
  "cypher": "
CALL gds.graph.project($graphName, 'Actor', $relationships)
YIELD nodeCount, relationshipCount
RETURN nodeCount, relationshipCount",
  "params": {
    "graphName": "centrality-1",
    "relationships": {
      "ATTACKS": {
        "orientation": "UNDIRECTED",
        "type": "ATTACKS",
      },
    },
  },
}
`);
    expect(pageRankQuery('centrality-1', 1)).toMatchInlineSnapshot(`
{
  "cypher": "
CALL gds.pageRank.write($graphName, { writeProperty: 'pageRank', dampingFactor: 0.85, maxIterations: 100, tolerance: 1e-7, scaler: 'L1Norm', concurrency: $concurrency })
YIELD nodePropertiesWritten
RETURN nodePropertiesWritten",
  "params": {
    "concurrency": 1,
    "graphName": "centrality-1",
  },
}
`);
    expect(betweennessQuery('centrality-1', 200, 1)).toMatchInlineSnapshot(`
{
  "cypher": "
CALL gds.betweenness.write($graphName, { writeProperty: 'betweenness', samplingSize: $samplingSize, samplingSeed: 42, concurrency: $concurrency })
YIELD nodePropertiesWritten
RETURN nodePropertiesWritten",
  "params": {
    "concurrency": 1,
    "graphName": "centrality-1",
    "samplingSize": 200,
  },
}
`);
    expect(louvainQuery('centrality-1', 1)).toMatchInlineSnapshot(`
{
  "cypher": "
CALL gds.louvain.write($graphName, { writeProperty: 'community', concurrency: $concurrency })
YIELD communityCount
RETURN communityCount",
  "params": {
    "concurrency": 1,
    "graphName": "centrality-1",
  },
}
`);
    expect(dropProjectionQuery('centrality-1')).toMatchInlineSnapshot(`
{
  "cypher": "CALL gds.graph.drop($graphName, false) YIELD graphName RETURN graphName",
  "params": {
    "graphName": "centrality-1",
  },
}
`);
  });

  it('marks the measures stale or computed, and reads their status', () => {
    expect(markStaleQuery(null)).toMatchInlineSnapshot(`
{
  "cypher": "
MERGE (m:Analytics {id: $id})
SET m.stale = true, m.failure = $failure",
  "params": {
    "failure": null,
    "id": "centrality",
  },
}
`);
    expect(markStaleQuery('the graph changed').params).toEqual({ id: 'centrality', failure: 'the graph changed' });
    expect(markComputedQuery(1234)).toMatchInlineSnapshot(`
{
  "cypher": "
MERGE (m:Analytics {id: $id})
SET m.computedAt = datetime(), m.stale = false, m.failure = null, m.durationMs = $durationMs",
  "params": {
    "durationMs": 1234,
    "id": "centrality",
  },
}
`);
    expect(centralityStatusQuery()).toMatchInlineSnapshot(`
{
  "cypher": "
OPTIONAL MATCH (m:Analytics {id: $id})
RETURN toString(m.computedAt) AS computedAt, coalesce(m.stale, true) AS stale, m.failure AS failure, m.durationMs AS durationMs",
  "params": {
    "id": "centrality",
  },
}
`);
  });
});

describe('mostCentralQuery with some fields', () => {
  it('returns only the fields of the actors asked for, their ids always', () => {
    expect(mostCentralQuery('DEGREE', 10, ['name']).cypher).toMatchInlineSnapshot(`
"
MATCH (a:Actor) WHERE a.degree IS NOT NULL
WITH a ORDER BY a.degree DESC, a.id LIMIT $limit
RETURN a { .id, .name } AS actor, a.degree AS score"
`);
  });
});
