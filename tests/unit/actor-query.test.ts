/** The Cypher of the actor reads, pinned: lookups by id, the filtered page, search, degrees and each part of the statistics. */
import { actorNamesPageQuery, actorsByIdsQuery, degreesQuery, findActorsQuery, graphStatsQueries, searchActorsQuery, searchHitOfTuple } from '../../src/graph/actor.repository';

describe('actor queries', () => {
  it('reads actors by id', () => {
    expect(actorsByIdsQuery(['a', 'b'])).toMatchInlineSnapshot(`
{
  "cypher": "
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a { .id, .name, .kind, aliases: coalesce(a.aliases, []), .description, roles: coalesce(a.roles, []), reviewed: coalesce(a.reviewed, true), .reviewedBy, .reviewedAt, .wikidataId } AS actor",
  "params": {
    "ids": [
      "a",
      "b",
    ],
  },
}
`);
  });

  it('reads a first page with no filter, asking for one actor more than the page', () => {
    expect(findActorsQuery({ search: null, kinds: null }, { first: 2, after: null, order: 'NAME' })).toMatchInlineSnapshot(`
{
  "cypher": "
CALL () { MATCH (a:Actor) WHERE ($kinds IS NULL OR a.kind IN $kinds)
  AND ($search IS NULL OR any(name IN a.lowerNames WHERE name CONTAINS $search)) RETURN count(a) AS totalCount }
CALL () {
  MATCH (a:Actor)
  WHERE ($kinds IS NULL OR a.kind IN $kinds)
  AND ($search IS NULL OR any(name IN a.lowerNames WHERE name CONTAINS $search))
    AND ($afterName IS NULL OR a.name > $afterName OR (a.name = $afterName AND a.id > $afterId))
  WITH a ORDER BY a.name, a.id LIMIT $limit
  RETURN collect({ actor: a { .id, .name, .kind, aliases: coalesce(a.aliases, []), .description, roles: coalesce(a.roles, []), reviewed: coalesce(a.reviewed, true), .reviewedBy, .reviewedAt, .wikidataId }, key: [a.name, a.id] }) AS actors
}
RETURN totalCount, actors",
  "params": {
    "afterId": null,
    "afterName": null,
    "kinds": null,
    "limit": 3,
    "search": null,
  },
}
`);
  });

  it('reads a later page by kind and by a lower-cased search', () => {
    expect(findActorsQuery({ search: 'SoleiMANI', kinds: ['PERSON', 'STATE'] }, { first: 5, after: ['Qassem Soleimani', 'qassem-soleimani'], order: 'NAME' }).params).toMatchInlineSnapshot(`
{
  "afterId": "qassem-soleimani",
  "afterName": "Qassem Soleimani",
  "kinds": [
    "PERSON",
    "STATE",
  ],
  "limit": 6,
  "search": "soleimani",
}
`);
  });

  it('orders by degree, most first: each actor counted once as its key, kept after $afterKey', () => {
    expect(findActorsQuery({ search: null, kinds: ['ARMED_GROUP'] }, { first: 2, after: [4, 'kataib-hezbollah'], order: 'DEGREE' })).toMatchInlineSnapshot(`
{
  "cypher": "
CALL () { MATCH (a:Actor) WHERE ($kinds IS NULL OR a.kind IN $kinds)
  AND ($search IS NULL OR any(name IN a.lowerNames WHERE name CONTAINS $search)) RETURN count(a) AS totalCount }
CALL () {
  MATCH (a:Actor)
  WHERE ($kinds IS NULL OR a.kind IN $kinds)
  AND ($search IS NULL OR any(name IN a.lowerNames WHERE name CONTAINS $search))
  WITH a, [a.degree, a.id] AS key
  WHERE ($afterKey IS NULL OR (key[0] < $afterKey[0]) OR (key[0] = $afterKey[0] AND key[1] > $afterKey[1]))
  WITH a, key ORDER BY key[0] DESC, key[1] LIMIT $limit
  RETURN collect({ actor: a { .id, .name, .kind, aliases: coalesce(a.aliases, []), .description, roles: coalesce(a.roles, []), reviewed: coalesce(a.reviewed, true), .reviewedBy, .reviewedAt, .wikidataId }, key: key }) AS actors
}
RETURN totalCount, actors",
  "params": {
    "afterKey": [
      4,
      "kataib-hezbollah",
    ],
    "kinds": [
      "ARMED_GROUP",
    ],
    "limit": 3,
    "search": null,
  },
}
`);
  });

  it("reads a page of actors' names after an id, or from the start", () => {
    expect(actorNamesPageQuery(null, 100)).toMatchInlineSnapshot(`
{
  "cypher": "
MATCH (a:Actor)
WHERE $afterId IS NULL OR a.id > $afterId
WITH a ORDER BY a.id LIMIT $limit
RETURN a.id AS id, a.name AS name, a.kind AS kind, coalesce(a.aliases, []) AS aliases",
  "params": {
    "afterId": null,
    "limit": 100,
  },
}
`);
    expect(actorNamesPageQuery('iraq', 100).params).toMatchInlineSnapshot(`
{
  "afterId": "iraq",
  "limit": 100,
}
`);
  });

  it('counts degrees of the given actors', () => {
    expect(degreesQuery(['iraq'])).toMatchInlineSnapshot(`
{
  "cypher": "
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN id, a.degree AS degree",
  "params": {
    "ids": [
      "iraq",
    ],
  },
}
`);
  });

  it('runs one full-text query', () => {
    expect(searchActorsQuery('(iraq^4 OR iraq*^2)', 8)).toMatchInlineSnapshot(`
{
  "cypher": "
CALL db.index.fulltext.queryNodes('actor_names', $query, {limit: $limit}) YIELD node AS a, score
WITH a, score ORDER BY score DESC, a.name
RETURN collect([score] + [k IN $actorKeys | a[k]]) AS hits",
  "params": {
    "actorKeys": [
      "id",
      "name",
      "kind",
      "aliases",
      "description",
      "roles",
      "reviewed",
      "reviewedBy",
      "reviewedAt",
      "wikidataId",
    ],
    "limit": 8,
    "query": "(iraq^4 OR iraq*^2)",
  },
}
`);
  });

  it('reads only the parts of the statistics asked for', () => {
    expect(graphStatsQueries({ actorKinds: false, relationTypes: false, mostConnected: 0 })).toEqual({ actorKinds: null, relationTypes: null, mostConnected: null });
    const all = graphStatsQueries({ actorKinds: true, relationTypes: true, mostConnected: 3 });
    expect(all.actorKinds).toMatchInlineSnapshot(`
{
  "cypher": "MATCH (a:Actor) RETURN a.kind AS kind, count(a) AS count ORDER BY kind",
  "params": {},
}
`);
    expect(all.relationTypes).toMatchInlineSnapshot(`
{
  "cypher": "CALL {
  MATCH ()-[r:NEGOTIATES_WITH]->() WITH count(r) AS count RETURN 'NEGOTIATES_WITH' AS type, count
  UNION ALL
  MATCH ()-[r:COOPERATES_WITH]->() WITH count(r) AS count RETURN 'COOPERATES_WITH' AS type, count
  UNION ALL
  MATCH ()-[r:ATTACKS]->() WITH count(r) AS count RETURN 'ATTACKS' AS type, count
  UNION ALL
  MATCH ()-[r:KILLED_BY]->() WITH count(r) AS count RETURN 'KILLED_BY' AS type, count
  UNION ALL
  MATCH ()-[r:FIGHTS]->() WITH count(r) AS count RETURN 'FIGHTS' AS type, count
  UNION ALL
  MATCH ()-[r:OPPOSES]->() WITH count(r) AS count RETURN 'OPPOSES' AS type, count
  UNION ALL
  MATCH ()-[r:PRESSURES]->() WITH count(r) AS count RETURN 'PRESSURES' AS type, count
  UNION ALL
  MATCH ()-[r:LEADS]->() WITH count(r) AS count RETURN 'LEADS' AS type, count
  UNION ALL
  MATCH ()-[r:COMMANDS]->() WITH count(r) AS count RETURN 'COMMANDS' AS type, count
  UNION ALL
  MATCH ()-[r:PART_OF]->() WITH count(r) AS count RETURN 'PART_OF' AS type, count
  UNION ALL
  MATCH ()-[r:AFFILIATED_WITH]->() WITH count(r) AS count RETURN 'AFFILIATED_WITH' AS type, count
  UNION ALL
  MATCH ()-[r:SPOKESPERSON_FOR]->() WITH count(r) AS count RETURN 'SPOKESPERSON_FOR' AS type, count
  UNION ALL
  MATCH ()-[r:SUPPORTS]->() WITH count(r) AS count RETURN 'SUPPORTS' AS type, count
  UNION ALL
  MATCH ()-[r:DEMANDS_WITHDRAWAL_OF]->() WITH count(r) AS count RETURN 'DEMANDS_WITHDRAWAL_OF' AS type, count
  UNION ALL
  MATCH ()-[r:INVADES]->() WITH count(r) AS count RETURN 'INVADES' AS type, count
  UNION ALL
  MATCH ()-[r:PRESENT_IN]->() WITH count(r) AS count RETURN 'PRESENT_IN' AS type, count
  UNION ALL
  MATCH ()-[r:WITHDRAWS_FROM]->() WITH count(r) AS count RETURN 'WITHDRAWS_FROM' AS type, count
}
WITH type, count WHERE count > 0
RETURN type, count ORDER BY type",
  "params": {},
}
`);
    expect(all.mostConnected).toMatchInlineSnapshot(`
{
  "cypher": "
MATCH (a:Actor) WHERE a.degree IS NOT NULL
WITH a ORDER BY a.degree DESC, a.id LIMIT $limit
RETURN a { .id, .name, .kind, aliases: coalesce(a.aliases, []), .description, roles: coalesce(a.roles, []), reviewed: coalesce(a.reviewed, true), .reviewedBy, .reviewedAt, .wikidataId } AS actor",
  "params": {
    "limit": 3,
  },
}
`);
  });
});

describe('searchActorsQuery with some fields', () => {
  it('reads the fields asked for through a parameter, so that every selection shares one statement and one plan', () => {
    const some = searchActorsQuery('(sudani^4 OR sudani*^2)', 20, ['name']);
    expect(some.cypher).toBe(searchActorsQuery('(sudani^4 OR sudani*^2)', 20).cypher);
    expect(some.params).toEqual({ query: '(sudani^4 OR sudani*^2)', limit: 20, actorKeys: ['id', 'name'] });
  });
});

describe('searchHitOfTuple', () => {
  it('reads a hit back into its score and its actor with the fields read, an absent one as it reads', () => {
    expect(searchHitOfTuple([2.5, 'iraq', 'Iraq', null, null], ['name', 'aliases', 'reviewed'])).toEqual({ score: 2.5, actor: { id: 'iraq', name: 'Iraq', aliases: [], reviewed: true } });
    expect(searchHitOfTuple([1, 'iran'], [])).toEqual({ score: 1, actor: { id: 'iran' } });
  });
});
