/** The Cypher of the document reads, pinned: by id, the keyset page, and the batched links to actors and relations. */
import {
  actorsOfDocumentsQuery,
  documentIdsOfActorsQuery,
  documentsByIdsQuery,
  findDocumentsQuery,
  relationIdsOfDocumentsQuery,
} from '../../src/graph/document.repository';

describe('document queries', () => {
  it('reads documents by id', () => {
    expect(documentsByIdsQuery(['doc-1'])).toMatchInlineSnapshot(`
{
  "cypher": "
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d { .id, .title, .text, .dateText, .dateStart, .dateEnd, .publisher, .url, .language } AS document",
  "params": {
    "ids": [
      "doc-1",
    ],
  },
}
`);
  });

  it('reads the first page and a later one, asking for one document more than the page', () => {
    expect(findDocumentsQuery({ first: 10, after: null })).toMatchInlineSnapshot(`
{
  "cypher": "
CALL () { MATCH (d:Document) RETURN count(d) AS totalCount }
CALL () {
  MATCH (d:Document) WHERE $after IS NULL OR d.id > $after
  WITH d ORDER BY d.id LIMIT $limit
  RETURN collect(d { .id, .title, .text, .dateText, .dateStart, .dateEnd, .publisher, .url, .language }) AS documents
}
RETURN totalCount, documents",
  "params": {
    "after": null,
    "limit": 11,
  },
}
`);
    expect(findDocumentsQuery({ first: 10, after: ['doc-1'] }).params).toMatchInlineSnapshot(`
{
  "after": "doc-1",
  "limit": 11,
}
`);
  });

  it('reads the documents of actors, the actors of documents and the relations they give quotes for', () => {
    expect(documentIdsOfActorsQuery(['iraq'])).toMatchInlineSnapshot(`
{
  "cypher": "
UNWIND $ids AS id
MATCH (d:Document)-[:MENTIONS]->(:Actor {id: id})
WITH id, d ORDER BY d.id
RETURN id, collect(d.id) AS documentIds",
  "params": {
    "ids": [
      "iraq",
    ],
  },
}
`);
    expect(actorsOfDocumentsQuery(['doc-1'])).toMatchInlineSnapshot(`
{
  "cypher": "
UNWIND $ids AS id
MATCH (:Document {id: id})-[:MENTIONS]->(a:Actor)
WITH id, a ORDER BY a.name, a.id
RETURN id, collect(a { .id, .name, .kind, aliases: coalesce(a.aliases, []), .description, roles: coalesce(a.roles, []), reviewed: coalesce(a.reviewed, true), .reviewedBy, .reviewedAt, .wikidataId }) AS actors",
  "params": {
    "ids": [
      "doc-1",
    ],
  },
}
`);
    expect(relationIdsOfDocumentsQuery(['doc-1'])).toMatchInlineSnapshot(`
{
  "cypher": "
UNWIND $ids AS id
MATCH (e:Evidence {documentId: id}) WHERE e.relationId IS NOT NULL
WITH id, e.relationId AS relationId ORDER BY relationId
RETURN id, collect(DISTINCT relationId) AS relationIds",
  "params": {
    "ids": [
      "doc-1",
    ],
  },
}
`);
  });
});
