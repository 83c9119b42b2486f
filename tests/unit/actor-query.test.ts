/** The Cypher of the actor reads that take the selection's fields, pinned (neo4j/graphql's TCK habit). */
import { searchActorsQuery } from '../../src/graph/actor.repository';
import { ACTOR_FIELDS } from '../../src/graph/read-models';

describe('searchActorsQuery', () => {
  it('returns only the fields asked for, the id always, ranked by score then name', () => {
    expect(searchActorsQuery('(sudani^4 OR sudani*^2)', 20, ['name'])).toMatchInlineSnapshot(`
{
  "cypher": "
CALL db.index.fulltext.queryNodes('actor_names', $query, {limit: $limit}) YIELD node AS a, score
RETURN a { .id, .name } AS actor, score
ORDER BY score DESC, a.name",
  "params": {
    "limit": 20,
    "query": "(sudani^4 OR sudani*^2)",
  },
}
`);
  });

  it('returns whole rows when every field is asked for', () => {
    expect(searchActorsQuery('(iraq^4 OR iraq*^2)', 5, ACTOR_FIELDS).cypher).toMatchInlineSnapshot(`
"
CALL db.index.fulltext.queryNodes('actor_names', $query, {limit: $limit}) YIELD node AS a, score
RETURN a { .id, .name, .kind, aliases: coalesce(a.aliases, []), .description, roles: coalesce(a.roles, []), reviewed: coalesce(a.reviewed, true), .wikidataId } AS actor, score
ORDER BY score DESC, a.name"
`);
  });
});
