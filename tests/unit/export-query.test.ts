/** The Cypher of exports, pinned: keyset pages of actors and of one relation type, and members by id, with and without a time window. */
import { actorPageQuery, actorsByIdsQuery, EVERYTHING, relationPageQuery, relationsByIdsQuery } from '../../src/graph/export.repository';
import { RelationType } from '../../src/graph/vocabulary';

const OPEN = EVERYTHING;

describe('export queries', () => {
  it('reads a page of actors after an id', () => {
    expect(actorPageQuery(OPEN, '', 500)).toMatchInlineSnapshot(`
{
  "cypher": "MATCH (a:Actor) WHERE a.id > $after AND ($reviewed IS NULL OR coalesce(a.reviewed, true) = $reviewed OR EXISTS { (a)-[r:NEGOTIATES_WITH|COOPERATES_WITH|ATTACKS|KILLED_BY|FIGHTS|OPPOSES|PRESSURES|LEADS|COMMANDS|PART_OF|AFFILIATED_WITH|SPOKESPERSON_FOR|SUPPORTS|DEMANDS_WITHDRAWAL_OF|INVADES|PRESENT_IN|WITHDRAWS_FROM]-() WHERE (($since IS NULL AND $until IS NULL) OR (
  (r.timeStart IS NOT NULL OR r.timeEnd IS NOT NULL)
  AND ($since IS NULL OR r.timeEnd IS NULL OR r.timeEnd >= $since)
  AND ($until IS NULL OR r.timeStart IS NULL OR r.timeStart <= $until))) AND ($reviewed IS NULL OR coalesce(r.reviewed, true) = $reviewed) AND ($documentId IS NULL OR $documentId IN r.documentIds) })
WITH a ORDER BY a.id LIMIT $limit
RETURN { id: a.id, name: a.name, kind: a.kind, aliases: coalesce(a.aliases, []), description: a.description, wikidataId: a.wikidataId,
  reviewed: coalesce(a.reviewed, true), reviewedBy: a.reviewedBy, reviewedAt: toString(a.reviewedAt), degree: a.degree,
  pageRank: a.pageRank, betweenness: a.betweenness, community: a.community } AS row",
  "params": {
    "after": "",
    "documentId": null,
    "limit": 500,
    "reviewed": null,
    "since": null,
    "until": null,
  },
}
`);
    expect(actorPageQuery(OPEN, 'iraq', 500).params).toEqual({ after: 'iraq', limit: 500, since: null, until: null, reviewed: null, documentId: null });
  });

  it('reads a page of one relation type, open or in a time window', () => {
    expect(relationPageQuery('ATTACKS', OPEN, 'none', '', 500)).toMatchInlineSnapshot(`
{
  "cypher": "MATCH ()-[r:ATTACKS]->() WHERE r.id > $after AND (($since IS NULL AND $until IS NULL) OR (
  (r.timeStart IS NOT NULL OR r.timeEnd IS NOT NULL)
  AND ($since IS NULL OR r.timeEnd IS NULL OR r.timeEnd >= $since)
  AND ($until IS NULL OR r.timeStart IS NULL OR r.timeStart <= $until))) AND ($reviewed IS NULL OR coalesce(r.reviewed, true) = $reviewed) AND ($documentId IS NULL OR $documentId IN r.documentIds)
WITH r ORDER BY r.id LIMIT $limit
RETURN { id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, timeText: r.timeText, timeStart: r.timeStart,
  timeEnd: r.timeEnd, place: r.place, description: r.description, documentIds: coalesce(r.documentIds, []), reviewed: coalesce(r.reviewed, true),
  reviewedBy: r.reviewedBy, reviewedAt: toString(r.reviewedAt), evidenceCount: COUNT { (:Evidence {relationId: r.id}) }, quotes: [] } AS row",
  "params": {
    "after": "",
    "documentId": null,
    "limit": 500,
    "reviewed": null,
    "since": null,
    "until": null,
  },
}
`);
    expect(relationPageQuery('ATTACKS', { ...OPEN, since: '2020-01-01', until: '2020-12-31', reviewed: true, documentId: 'doc-1' }, 'none', 'r-9', 500).params).toMatchInlineSnapshot(`
{
  "after": "r-9",
  "documentId": "doc-1",
  "idPrefix": "attacks-",
  "limit": 500,
  "reviewed": true,
  "since": "2020-01-01",
  "until": "2020-12-31",
}
`);
  });

  it('reads actors and relations of one type by id', () => {
    expect(actorsByIdsQuery(['iraq', 'united-states'])).toMatchInlineSnapshot(`
{
  "cypher": "UNWIND $ids AS id
MATCH (a:Actor {id: id})
WITH a ORDER BY a.id
RETURN { id: a.id, name: a.name, kind: a.kind, aliases: coalesce(a.aliases, []), description: a.description, wikidataId: a.wikidataId,
  reviewed: coalesce(a.reviewed, true), reviewedBy: a.reviewedBy, reviewedAt: toString(a.reviewedAt), degree: a.degree,
  pageRank: a.pageRank, betweenness: a.betweenness, community: a.community } AS row",
  "params": {
    "ids": [
      "iraq",
      "united-states",
    ],
  },
}
`);
    expect(relationsByIdsQuery('SUPPORTS', ['r-1'], { ...OPEN, since: '2020-01-01' }, 'first')).toMatchInlineSnapshot(`
{
  "cypher": "UNWIND $ids AS id
MATCH ()-[r:SUPPORTS {id: id}]->() WHERE (($since IS NULL AND $until IS NULL) OR (
  (r.timeStart IS NOT NULL OR r.timeEnd IS NOT NULL)
  AND ($since IS NULL OR r.timeEnd IS NULL OR r.timeEnd >= $since)
  AND ($until IS NULL OR r.timeStart IS NULL OR r.timeStart <= $until))) AND ($reviewed IS NULL OR coalesce(r.reviewed, true) = $reviewed) AND ($documentId IS NULL OR $documentId IN r.documentIds)
WITH r ORDER BY r.id
RETURN { id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, timeText: r.timeText, timeStart: r.timeStart,
  timeEnd: r.timeEnd, place: r.place, description: r.description, documentIds: coalesce(r.documentIds, []), reviewed: coalesce(r.reviewed, true),
  reviewedBy: r.reviewedBy, reviewedAt: toString(r.reviewedAt), evidenceCount: COUNT { (:Evidence {relationId: r.id}) }, quotes: COLLECT { MATCH (e:Evidence {relationId: r.id}) RETURN e { .documentId, .start, .end, .quote } ORDER BY e.documentId, e.start LIMIT 1 } } AS row",
  "params": {
    "documentId": null,
    "ids": [
      "r-1",
    ],
    "reviewed": null,
    "since": "2020-01-01",
    "until": null,
  },
}
`);
  });

  it('keeps actors of a review state or a document, and always the ends of a kept relation; carries all quotes when asked', () => {
    expect(relationPageQuery('ATTACKS', { ...OPEN, documentId: 'doc-1' }, 'none', '', 10)).toMatchInlineSnapshot(`
{
  "cypher": "MATCH (e:Evidence {documentId: $documentId}) WHERE e.relationId STARTS WITH $idPrefix AND e.relationId > $after
WITH DISTINCT e.relationId AS id
MATCH ()-[r:ATTACKS {id: id}]->() WHERE (($since IS NULL AND $until IS NULL) OR (
  (r.timeStart IS NOT NULL OR r.timeEnd IS NOT NULL)
  AND ($since IS NULL OR r.timeEnd IS NULL OR r.timeEnd >= $since)
  AND ($until IS NULL OR r.timeStart IS NULL OR r.timeStart <= $until))) AND ($reviewed IS NULL OR coalesce(r.reviewed, true) = $reviewed) AND ($documentId IS NULL OR $documentId IN r.documentIds)
WITH r ORDER BY r.id LIMIT $limit
RETURN { id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, timeText: r.timeText, timeStart: r.timeStart,
  timeEnd: r.timeEnd, place: r.place, description: r.description, documentIds: coalesce(r.documentIds, []), reviewed: coalesce(r.reviewed, true),
  reviewedBy: r.reviewedBy, reviewedAt: toString(r.reviewedAt), evidenceCount: COUNT { (:Evidence {relationId: r.id}) }, quotes: [] } AS row",
  "params": {
    "after": "",
    "documentId": "doc-1",
    "idPrefix": "attacks-",
    "limit": 10,
    "reviewed": null,
    "since": null,
    "until": null,
  },
}
`);
    expect(actorPageQuery({ ...OPEN, documentId: 'doc-1' }, '', 10).cypher.split('\n')[0]).toMatchInlineSnapshot(`"MATCH (:Document {id: $documentId})-[:MENTIONS]->(a:Actor) WHERE a.id > $after AND ($reviewed IS NULL OR coalesce(a.reviewed, true) = $reviewed OR EXISTS { (a)-[r:NEGOTIATES_WITH|COOPERATES_WITH|ATTACKS|KILLED_BY|FIGHTS|OPPOSES|PRESSURES|LEADS|COMMANDS|PART_OF|AFFILIATED_WITH|SPOKESPERSON_FOR|SUPPORTS|DEMANDS_WITHDRAWAL_OF|INVADES|PRESENT_IN|WITHDRAWS_FROM]-() WHERE (($since IS NULL AND $until IS NULL) OR ("`);
    // Only the type list and the review filter differ from the first statement.
    const typed = actorPageQuery({ ...OPEN, types: ['ATTACKS'], reviewed: false }, '', 10);
    expect(typed.cypher.split('\n')[0]).toMatchInlineSnapshot(`"MATCH (a:Actor) WHERE a.id > $after AND ($reviewed IS NULL OR coalesce(a.reviewed, true) = $reviewed OR EXISTS { (a)-[r:ATTACKS]-() WHERE (($since IS NULL AND $until IS NULL) OR ("`);
    expect(typed.params).toMatchObject({ reviewed: false, limit: 10 });
    expect(relationPageQuery('ATTACKS', OPEN, 'all', '', 10).cypher).toMatchInlineSnapshot(`
"MATCH ()-[r:ATTACKS]->() WHERE r.id > $after AND (($since IS NULL AND $until IS NULL) OR (
  (r.timeStart IS NOT NULL OR r.timeEnd IS NOT NULL)
  AND ($since IS NULL OR r.timeEnd IS NULL OR r.timeEnd >= $since)
  AND ($until IS NULL OR r.timeStart IS NULL OR r.timeStart <= $until))) AND ($reviewed IS NULL OR coalesce(r.reviewed, true) = $reviewed) AND ($documentId IS NULL OR $documentId IN r.documentIds)
WITH r ORDER BY r.id LIMIT $limit
RETURN { id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, timeText: r.timeText, timeStart: r.timeStart,
  timeEnd: r.timeEnd, place: r.place, description: r.description, documentIds: coalesce(r.documentIds, []), reviewed: coalesce(r.reviewed, true),
  reviewedBy: r.reviewedBy, reviewedAt: toString(r.reviewedAt), evidenceCount: COUNT { (:Evidence {relationId: r.id}) }, quotes: COLLECT { MATCH (e:Evidence {relationId: r.id}) RETURN e { .documentId, .start, .end, .quote } ORDER BY e.documentId, e.start } } AS row"
`);
  });

  it('refuses a relation type outside the vocabulary', () => {
    expect(() => relationPageQuery('ATTACKS|KNOWS' as RelationType, OPEN, 'none', '', 10)).toThrow(/relation type must be one of the vocabulary/);
    expect(() => relationsByIdsQuery('X' as RelationType, ['r-1'], OPEN, 'none')).toThrow(/relation type must be one of the vocabulary/);
  });
});
