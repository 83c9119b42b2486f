/** The Cypher of exports, pinned: keyset pages of actors and of one relation type, and members by id, with and without a time window. */
import { actorPageQuery, actorsByIdsQuery, relationPageQuery, relationsByIdsQuery } from '../../src/graph/export.repository';
import { RelationType } from '../../src/graph/vocabulary';

const OPEN = { since: null, until: null };

describe('export queries', () => {
  it('reads a page of actors after an id', () => {
    expect(actorPageQuery('', 500)).toMatchInlineSnapshot(`
{
  "cypher": "MATCH (a:Actor) WHERE a.id > $after
WITH a ORDER BY a.id LIMIT $limit
RETURN { id: a.id, name: a.name, kind: a.kind, aliases: coalesce(a.aliases, []), wikidataId: a.wikidataId, degree: COUNT { (a)-[:NEGOTIATES_WITH|COOPERATES_WITH|ATTACKS|KILLED_BY|FIGHTS|OPPOSES|PRESSURES|LEADS|COMMANDS|PART_OF|AFFILIATED_WITH|SPOKESPERSON_FOR|SUPPORTS|DEMANDS_WITHDRAWAL_OF|INVADES|PRESENT_IN|WITHDRAWS_FROM]-() } } AS row",
  "params": {
    "after": "",
    "limit": 500,
  },
}
`);
    expect(actorPageQuery('iraq', 500).params).toEqual({ after: 'iraq', limit: 500 });
  });

  it('reads a page of one relation type, open or in a time window', () => {
    expect(relationPageQuery('ATTACKS', OPEN, '', 500)).toMatchInlineSnapshot(`
{
  "cypher": "MATCH ()-[r:ATTACKS]->() WHERE r.id > $after AND (($since IS NULL AND $until IS NULL) OR (
  (r.timeStart IS NOT NULL OR r.timeEnd IS NOT NULL)
  AND ($since IS NULL OR r.timeEnd IS NULL OR r.timeEnd >= $since)
  AND ($until IS NULL OR r.timeStart IS NULL OR r.timeStart <= $until)))
WITH r ORDER BY r.id LIMIT $limit
RETURN { id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, timeText: r.timeText, timeStart: r.timeStart,
  timeEnd: r.timeEnd, place: r.place, documentIds: coalesce(r.documentIds, []), evidenceCount: COUNT { (e:Evidence {relationId: r.id}) } } AS row",
  "params": {
    "after": "",
    "limit": 500,
    "since": null,
    "until": null,
  },
}
`);
    expect(relationPageQuery('ATTACKS', { since: '2020-01-01', until: '2020-12-31' }, 'r-9', 500).params).toMatchInlineSnapshot(`
{
  "after": "r-9",
  "limit": 500,
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
RETURN { id: a.id, name: a.name, kind: a.kind, aliases: coalesce(a.aliases, []), wikidataId: a.wikidataId, degree: COUNT { (a)-[:NEGOTIATES_WITH|COOPERATES_WITH|ATTACKS|KILLED_BY|FIGHTS|OPPOSES|PRESSURES|LEADS|COMMANDS|PART_OF|AFFILIATED_WITH|SPOKESPERSON_FOR|SUPPORTS|DEMANDS_WITHDRAWAL_OF|INVADES|PRESENT_IN|WITHDRAWS_FROM]-() } } AS row",
  "params": {
    "ids": [
      "iraq",
      "united-states",
    ],
  },
}
`);
    expect(relationsByIdsQuery('SUPPORTS', ['r-1'], { since: '2020-01-01', until: null })).toMatchInlineSnapshot(`
{
  "cypher": "UNWIND $ids AS id
MATCH ()-[r:SUPPORTS {id: id}]->() WHERE (($since IS NULL AND $until IS NULL) OR (
  (r.timeStart IS NOT NULL OR r.timeEnd IS NOT NULL)
  AND ($since IS NULL OR r.timeEnd IS NULL OR r.timeEnd >= $since)
  AND ($until IS NULL OR r.timeStart IS NULL OR r.timeStart <= $until)))
WITH r ORDER BY r.id
RETURN { id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, timeText: r.timeText, timeStart: r.timeStart,
  timeEnd: r.timeEnd, place: r.place, documentIds: coalesce(r.documentIds, []), evidenceCount: COUNT { (e:Evidence {relationId: r.id}) } } AS row",
  "params": {
    "ids": [
      "r-1",
    ],
    "since": "2020-01-01",
    "until": null,
  },
}
`);
  });

  it('refuses a relation type outside the vocabulary', () => {
    expect(() => relationPageQuery('ATTACKS|KNOWS' as RelationType, OPEN, '', 10)).toThrow(/relation type must be one of the vocabulary/);
    expect(() => relationsByIdsQuery('X' as RelationType, ['r-1'], OPEN)).toThrow(/relation type must be one of the vocabulary/);
  });
});
