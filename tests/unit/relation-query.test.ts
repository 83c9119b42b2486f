/**
 * The Cypher of the relation reads, pinned for each branch (neo4j/graphql's TCK habit): whole graph
 * or one actor's, no type filter, an empty one, one type, several, each direction, with and
 * without the total count.
 */
import {
  ActorRelationsRequest,
  deleteRelationQuery,
  evidenceCountsQuery,
  evidenceQuery,
  findRelationsQuery,
  firstOfAllByIdQuery,
  neighborsOfActorsQuery,
  RelationFilter,
  RelationPageRequest,
  relationsByIdQuery,
  relationConditions,
  relationsOfActorsQuery,
  timelineQuery,
} from '../../src/graph/relation.repository';
import { relationWithEndsOfTuple, WHOLE_ROWS } from '../../src/graph/read-models';
import { RELATION_TYPE_NAMES } from '../../src/graph/vocabulary';

const NO_FILTER: RelationFilter = { types: null, actorId: null, documentId: null, since: null, until: null, reviewed: null };
const FIRST_PAGE: RelationPageRequest = { first: 20, after: null, order: 'ID' };
const ACTOR_REQUEST: ActorRelationsRequest = { direction: 'BOTH', countTotal: false, types: ['ATTACKS'], first: 5, after: null, order: 'ID', reviewed: null, fields: WHOLE_ROWS };

describe('relationsByIdQuery', () => {
  it('looks relations up by id under their one type', () => {
    expect(relationsByIdQuery('ATTACKS', ['attacks-1', 'attacks-2'])).toMatchInlineSnapshot(`
{
  "cypher": "UNWIND $ids AS id MATCH (:Actor)-[r:ATTACKS {id: id}]->(:Actor) RETURN { id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, timeText: r.timeText, timeStart: r.timeStart, timeEnd: r.timeEnd, place: r.place, description: r.description, documentIds: coalesce(r.documentIds, []), reviewed: coalesce(r.reviewed, true), reviewedBy: r.reviewedBy, reviewedAt: r.reviewedAt } AS relation",
  "params": {
    "ids": [
      "attacks-1",
      "attacks-2",
    ],
  },
}
`);
  });
});

describe('findRelationsQuery', () => {
  it('over the whole graph, unions one id-ordered seek per type, and counts only when $countTotal', () => {
    expect(findRelationsQuery({ ...NO_FILTER, types: ['ATTACKS', 'KILLED_BY'] }, FIRST_PAGE, true)).toMatchInlineSnapshot(`
{
  "cypher": "CALL () { WITH $countTotal AS counting WHERE counting MATCH (:Actor)-[r:ATTACKS|KILLED_BY]->(:Actor) RETURN CASE WHEN $countTotal THEN count(r) ELSE -1 END AS totalCount }
CALL () {
  CALL () {
    MATCH ()-[r:ATTACKS]->() WHERE r.id > $after RETURN r ORDER BY r.id LIMIT $limit
    UNION ALL
    MATCH ()-[r:KILLED_BY]->() WHERE r.id > $after RETURN r ORDER BY r.id LIMIT $limit
  }
  WITH r ORDER BY r.id LIMIT $limit
  WITH r, startNode(r) AS f, endNode(r) AS t
  RETURN collect([r.id, type(r), f.id, t.id] + [k IN $relationKeys | r[k]] + [k IN $actorKeys | f[k]] + [k IN $actorKeys | t[k]]) AS relations
}
RETURN totalCount, relations",
  "params": {
    "actorId": null,
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
    "after": "",
    "countTotal": true,
    "documentId": null,
    "limit": 21,
    "relationKeys": [
      "id",
      "timeText",
      "timeStart",
      "timeEnd",
      "place",
      "description",
      "documentIds",
      "reviewed",
      "reviewedBy",
      "reviewedAt",
    ],
    "reviewed": null,
    "since": null,
    "until": null,
  },
}
`);
  });

  it('with one type, seeks that type alone; without the count, $countTotal is false', () => {
    expect(findRelationsQuery({ ...NO_FILTER, types: ['ATTACKS'], since: '2020-01-01', reviewed: true }, { first: 10, after: ['attacks-9'], order: 'ID' }, false)).toMatchInlineSnapshot(`
{
  "cypher": "CALL () { WITH $countTotal AS counting WHERE counting MATCH (:Actor)-[r:ATTACKS]->(:Actor) WHERE (($since IS NULL AND $until IS NULL) OR (
  (r.timeStart IS NOT NULL OR r.timeEnd IS NOT NULL)
  AND ($since IS NULL OR r.timeEnd IS NULL OR r.timeEnd >= $since)
  AND ($until IS NULL OR r.timeStart IS NULL OR r.timeStart <= $until))) AND ($reviewed IS NULL OR coalesce(r.reviewed, true) = $reviewed) RETURN CASE WHEN $countTotal THEN count(r) ELSE -1 END AS totalCount }
CALL () {
  CALL () {
    MATCH ()-[r:ATTACKS]->() WHERE r.id > $after AND (($since IS NULL AND $until IS NULL) OR (
  (r.timeStart IS NOT NULL OR r.timeEnd IS NOT NULL)
  AND ($since IS NULL OR r.timeEnd IS NULL OR r.timeEnd >= $since)
  AND ($until IS NULL OR r.timeStart IS NULL OR r.timeStart <= $until))) AND ($reviewed IS NULL OR coalesce(r.reviewed, true) = $reviewed) RETURN r ORDER BY r.id LIMIT $limit
  }
  WITH r ORDER BY r.id LIMIT $limit
  WITH r, startNode(r) AS f, endNode(r) AS t
  RETURN collect([r.id, type(r), f.id, t.id] + [k IN $relationKeys | r[k]] + [k IN $actorKeys | f[k]] + [k IN $actorKeys | t[k]]) AS relations
}
RETURN totalCount, relations",
  "params": {
    "actorId": null,
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
    "after": "attacks-9",
    "countTotal": false,
    "documentId": null,
    "limit": 11,
    "relationKeys": [
      "id",
      "timeText",
      "timeStart",
      "timeEnd",
      "place",
      "description",
      "documentIds",
      "reviewed",
      "reviewedBy",
      "reviewedAt",
    ],
    "reviewed": true,
    "since": "2020-01-01",
    "until": null,
  },
}
`);
  });

  it('without types, seeks every type of the vocabulary, and an empty list means the same (never an empty UNION)', () => {
    const all = findRelationsQuery(NO_FILTER, FIRST_PAGE, false);
    expect(findRelationsQuery({ ...NO_FILTER, types: [] }, FIRST_PAGE, false)).toEqual(all);
    expect(all.cypher).toMatchInlineSnapshot(`
"CALL () { WITH $countTotal AS counting WHERE counting MATCH (:Actor)-[r:NEGOTIATES_WITH|COOPERATES_WITH|ATTACKS|KILLED_BY|FIGHTS|OPPOSES|PRESSURES|LEADS|COMMANDS|PART_OF|AFFILIATED_WITH|SPOKESPERSON_FOR|SUPPORTS|DEMANDS_WITHDRAWAL_OF|INVADES|PRESENT_IN|WITHDRAWS_FROM]->(:Actor) RETURN CASE WHEN $countTotal THEN count(r) ELSE -1 END AS totalCount }
CALL () {
  CALL () {
    MATCH ()-[r:NEGOTIATES_WITH]->() WHERE r.id > $after RETURN r ORDER BY r.id LIMIT $limit
    UNION ALL
    MATCH ()-[r:COOPERATES_WITH]->() WHERE r.id > $after RETURN r ORDER BY r.id LIMIT $limit
    UNION ALL
    MATCH ()-[r:ATTACKS]->() WHERE r.id > $after RETURN r ORDER BY r.id LIMIT $limit
    UNION ALL
    MATCH ()-[r:KILLED_BY]->() WHERE r.id > $after RETURN r ORDER BY r.id LIMIT $limit
    UNION ALL
    MATCH ()-[r:FIGHTS]->() WHERE r.id > $after RETURN r ORDER BY r.id LIMIT $limit
    UNION ALL
    MATCH ()-[r:OPPOSES]->() WHERE r.id > $after RETURN r ORDER BY r.id LIMIT $limit
    UNION ALL
    MATCH ()-[r:PRESSURES]->() WHERE r.id > $after RETURN r ORDER BY r.id LIMIT $limit
    UNION ALL
    MATCH ()-[r:LEADS]->() WHERE r.id > $after RETURN r ORDER BY r.id LIMIT $limit
    UNION ALL
    MATCH ()-[r:COMMANDS]->() WHERE r.id > $after RETURN r ORDER BY r.id LIMIT $limit
    UNION ALL
    MATCH ()-[r:PART_OF]->() WHERE r.id > $after RETURN r ORDER BY r.id LIMIT $limit
    UNION ALL
    MATCH ()-[r:AFFILIATED_WITH]->() WHERE r.id > $after RETURN r ORDER BY r.id LIMIT $limit
    UNION ALL
    MATCH ()-[r:SPOKESPERSON_FOR]->() WHERE r.id > $after RETURN r ORDER BY r.id LIMIT $limit
    UNION ALL
    MATCH ()-[r:SUPPORTS]->() WHERE r.id > $after RETURN r ORDER BY r.id LIMIT $limit
    UNION ALL
    MATCH ()-[r:DEMANDS_WITHDRAWAL_OF]->() WHERE r.id > $after RETURN r ORDER BY r.id LIMIT $limit
    UNION ALL
    MATCH ()-[r:INVADES]->() WHERE r.id > $after RETURN r ORDER BY r.id LIMIT $limit
    UNION ALL
    MATCH ()-[r:PRESENT_IN]->() WHERE r.id > $after RETURN r ORDER BY r.id LIMIT $limit
    UNION ALL
    MATCH ()-[r:WITHDRAWS_FROM]->() WHERE r.id > $after RETURN r ORDER BY r.id LIMIT $limit
  }
  WITH r ORDER BY r.id LIMIT $limit
  WITH r, startNode(r) AS f, endNode(r) AS t
  RETURN collect([r.id, type(r), f.id, t.id] + [k IN $relationKeys | r[k]] + [k IN $actorKeys | f[k]] + [k IN $actorKeys | t[k]]) AS relations
}
RETURN totalCount, relations"
`);
  });

  it("for one actor, matches its relations either way and orders them by id, with no per-type seek", () => {
    expect(findRelationsQuery({ ...NO_FILTER, actorId: 'iraq', types: ['ATTACKS', 'FIGHTS'], documentId: 'doc-1' }, FIRST_PAGE, true)).toMatchInlineSnapshot(`
{
  "cypher": "CALL () { WITH $countTotal AS counting WHERE counting MATCH (:Actor {id: $actorId})-[r:ATTACKS|FIGHTS]-(:Actor) WHERE $documentId IN r.documentIds RETURN CASE WHEN $countTotal THEN count(r) ELSE -1 END AS totalCount }
CALL () {
  MATCH (:Actor {id: $actorId})-[r:ATTACKS|FIGHTS]-(:Actor) WHERE $documentId IN r.documentIds AND r.id > $after
  WITH r ORDER BY r.id LIMIT $limit
  WITH r, startNode(r) AS f, endNode(r) AS t
  RETURN collect([r.id, type(r), f.id, t.id] + [k IN $relationKeys | r[k]] + [k IN $actorKeys | f[k]] + [k IN $actorKeys | t[k]]) AS relations
}
RETURN totalCount, relations",
  "params": {
    "actorId": "iraq",
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
    "after": "",
    "countTotal": true,
    "documentId": "doc-1",
    "limit": 21,
    "relationKeys": [
      "id",
      "timeText",
      "timeStart",
      "timeEnd",
      "place",
      "description",
      "documentIds",
      "reviewed",
      "reviewedBy",
      "reviewedAt",
    ],
    "reviewed": null,
    "since": null,
    "until": null,
  },
}
`);
  });

  it("for one actor without the count", () => {
    expect(findRelationsQuery({ ...NO_FILTER, actorId: 'iraq', types: ['ATTACKS'] }, FIRST_PAGE, false).cypher).toMatchInlineSnapshot(`
"CALL () { WITH $countTotal AS counting WHERE counting MATCH (:Actor {id: $actorId})-[r:ATTACKS]-(:Actor) RETURN CASE WHEN $countTotal THEN count(r) ELSE -1 END AS totalCount }
CALL () {
  MATCH (:Actor {id: $actorId})-[r:ATTACKS]-(:Actor) WHERE r.id > $after
  WITH r ORDER BY r.id LIMIT $limit
  WITH r, startNode(r) AS f, endNode(r) AS t
  RETURN collect([r.id, type(r), f.id, t.id] + [k IN $relationKeys | r[k]] + [k IN $actorKeys | f[k]] + [k IN $actorKeys | t[k]]) AS relations
}
RETURN totalCount, relations"
`);
  });
});

describe('findRelationsQuery in another order', () => {
  it('by time over the whole graph: no per-type seek, the key computed once per relation, kept after $afterKey, sorted', () => {
    expect(findRelationsQuery({ ...NO_FILTER, types: ['ATTACKS', 'KILLED_BY'] }, { first: 20, after: ['2020-01-01', '2020-12-31', 'attacks-1'], order: 'TIME' }, false)).toMatchInlineSnapshot(`
{
  "cypher": "CALL () { WITH $countTotal AS counting WHERE counting MATCH (:Actor)-[r:ATTACKS|KILLED_BY]->(:Actor) RETURN CASE WHEN $countTotal THEN count(r) ELSE -1 END AS totalCount }
CALL () {
  MATCH (:Actor)-[r:ATTACKS|KILLED_BY]->(:Actor)
  WITH r, [coalesce(r.timeStart, CASE WHEN r.timeEnd IS NULL THEN '9999-99-99' ELSE '' END), coalesce(r.timeEnd, '9999-99-99'), r.id] AS key
  WHERE ($afterKey IS NULL OR (key[0] > $afterKey[0]) OR (key[0] = $afterKey[0] AND key[1] > $afterKey[1]) OR (key[0] = $afterKey[0] AND key[1] = $afterKey[1] AND key[2] > $afterKey[2]))
  WITH r, key ORDER BY key[0], key[1], key[2] LIMIT $limit
  WITH r, key, startNode(r) AS f, endNode(r) AS t
  RETURN collect([r.id, type(r), f.id, t.id] + [k IN $relationKeys | r[k]] + [k IN $actorKeys | f[k]] + [k IN $actorKeys | t[k]] + key) AS relations
}
RETURN totalCount, relations",
  "params": {
    "actorId": null,
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
    "afterKey": [
      "2020-01-01",
      "2020-12-31",
      "attacks-1",
    ],
    "countTotal": false,
    "documentId": null,
    "limit": 21,
    "relationKeys": [
      "id",
      "timeText",
      "timeStart",
      "timeEnd",
      "place",
      "description",
      "documentIds",
      "reviewed",
      "reviewedBy",
      "reviewedAt",
    ],
    "reviewed": null,
    "since": null,
    "until": null,
  },
}
`);
  });

  it("by evidence count, most first, for one actor's relations with the count", () => {
    expect(findRelationsQuery({ ...NO_FILTER, actorId: 'iraq', types: ['ATTACKS'] }, { first: 20, after: null, order: 'EVIDENCE_COUNT' }, true).cypher).toMatchInlineSnapshot(`
"CALL () { WITH $countTotal AS counting WHERE counting MATCH (:Actor {id: $actorId})-[r:ATTACKS]-(:Actor) RETURN CASE WHEN $countTotal THEN count(r) ELSE -1 END AS totalCount }
CALL () {
  MATCH (:Actor {id: $actorId})-[r:ATTACKS]-(:Actor)
  WITH r, [COUNT { (:Evidence {relationId: r.id}) }, r.id] AS key
  WHERE ($afterKey IS NULL OR (key[0] < $afterKey[0]) OR (key[0] = $afterKey[0] AND key[1] > $afterKey[1]))
  WITH r, key ORDER BY key[0] DESC, key[1] LIMIT $limit
  WITH r, key, startNode(r) AS f, endNode(r) AS t
  RETURN collect([r.id, type(r), f.id, t.id] + [k IN $relationKeys | r[k]] + [k IN $actorKeys | f[k]] + [k IN $actorKeys | t[k]] + key) AS relations
}
RETURN totalCount, relations"
`);
  });
});

describe('firstOfAllByIdQuery', () => {
  it('gives a single type one seek, without UNION', () => {
    expect(firstOfAllByIdQuery(['ATTACKS'], [])).toMatchInlineSnapshot(`
"CALL () {
    MATCH ()-[r:ATTACKS]->() WHERE r.id > $after RETURN r ORDER BY r.id LIMIT $limit
  }
  WITH r ORDER BY r.id LIMIT $limit"
`);
  });
});

describe('relationsOfActorsQuery', () => {
  it('with the actor too, and only the fields a selection needs of the relations and their ends', () => {
    const request: ActorRelationsRequest = { ...ACTOR_REQUEST, fields: { relations: ['timeText', 'timeStart', 'timeEnd'], actors: ['name'] } };
    expect(relationsOfActorsQuery(['a'], request, ['name', 'kind']).cypher).toMatchInlineSnapshot(`
"
UNWIND $actorIds AS actorId
MATCH (x:Actor {id: actorId})
CALL (x) { WITH x WHERE $countTotal MATCH (x)-[r:ATTACKS]-(y:Actor) RETURN CASE WHEN $countTotal THEN count(r) ELSE -1 END AS totalCount }
CALL (x) {
  MATCH (x)-[r:ATTACKS]-(y:Actor) WHERE r.id > $after
  WITH r ORDER BY r.id LIMIT $limit
  WITH r, startNode(r) AS f, endNode(r) AS t
  RETURN collect([r.id, type(r), f.id, t.id] + [k IN $relationKeys | r[k]] + [k IN $actorKeys | f[k]] + [k IN $actorKeys | t[k]]) AS relations
}
RETURN actorId, [k IN $rootActorKeys | x[k]] AS actor, totalCount, relations"
`);
  });

  it('in both directions, without the count', () => {
    expect(relationsOfActorsQuery(['a', 'b'], ACTOR_REQUEST)).toMatchInlineSnapshot(`
{
  "cypher": "
UNWIND $actorIds AS actorId
MATCH (x:Actor {id: actorId})
CALL (x) { WITH x WHERE $countTotal MATCH (x)-[r:ATTACKS]-(y:Actor) RETURN CASE WHEN $countTotal THEN count(r) ELSE -1 END AS totalCount }
CALL (x) {
  MATCH (x)-[r:ATTACKS]-(y:Actor) WHERE r.id > $after
  WITH r ORDER BY r.id LIMIT $limit
  WITH r, startNode(r) AS f, endNode(r) AS t
  RETURN collect([r.id, type(r), f.id, t.id] + [k IN $relationKeys | r[k]] + [k IN $actorKeys | f[k]] + [k IN $actorKeys | t[k]]) AS relations
}
RETURN actorId, totalCount, relations",
  "params": {
    "actorIds": [
      "a",
      "b",
    ],
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
    "after": "",
    "countTotal": false,
    "limit": 6,
    "relationKeys": [
      "id",
      "timeText",
      "timeStart",
      "timeEnd",
      "place",
      "description",
      "documentIds",
      "reviewed",
      "reviewedBy",
      "reviewedAt",
    ],
    "reviewed": null,
    "symmetricTypes": [
      "NEGOTIATES_WITH",
      "COOPERATES_WITH",
    ],
  },
}
`);
  });

  it('outwards, with the count, every type', () => {
    expect(relationsOfActorsQuery(['a'], { ...ACTOR_REQUEST, direction: 'OUT', countTotal: true, types: null, after: ['attacks-1'], reviewed: false }).cypher).toMatchInlineSnapshot(`
"
UNWIND $actorIds AS actorId
MATCH (x:Actor {id: actorId})
CALL (x) { WITH x WHERE $countTotal MATCH (x)-[r:NEGOTIATES_WITH|COOPERATES_WITH|ATTACKS|KILLED_BY|FIGHTS|OPPOSES|PRESSURES|LEADS|COMMANDS|PART_OF|AFFILIATED_WITH|SPOKESPERSON_FOR|SUPPORTS|DEMANDS_WITHDRAWAL_OF|INVADES|PRESENT_IN|WITHDRAWS_FROM]-(y:Actor) WHERE (startNode(r) = x OR type(r) IN $symmetricTypes) AND ($reviewed IS NULL OR coalesce(r.reviewed, true) = $reviewed) RETURN CASE WHEN $countTotal THEN count(r) ELSE -1 END AS totalCount }
CALL (x) {
  MATCH (x)-[r:NEGOTIATES_WITH|COOPERATES_WITH|ATTACKS|KILLED_BY|FIGHTS|OPPOSES|PRESSURES|LEADS|COMMANDS|PART_OF|AFFILIATED_WITH|SPOKESPERSON_FOR|SUPPORTS|DEMANDS_WITHDRAWAL_OF|INVADES|PRESENT_IN|WITHDRAWS_FROM]-(y:Actor) WHERE (startNode(r) = x OR type(r) IN $symmetricTypes) AND ($reviewed IS NULL OR coalesce(r.reviewed, true) = $reviewed) AND r.id > $after
  WITH r ORDER BY r.id LIMIT $limit
  WITH r, startNode(r) AS f, endNode(r) AS t
  RETURN collect([r.id, type(r), f.id, t.id] + [k IN $relationKeys | r[k]] + [k IN $actorKeys | f[k]] + [k IN $actorKeys | t[k]]) AS relations
}
RETURN actorId, totalCount, relations"
`);
  });

  it('inwards, with several types', () => {
    expect(relationsOfActorsQuery(['a'], { ...ACTOR_REQUEST, direction: 'IN', types: ['ATTACKS', 'LEADS'] }).cypher).toMatchInlineSnapshot(`
"
UNWIND $actorIds AS actorId
MATCH (x:Actor {id: actorId})
CALL (x) { WITH x WHERE $countTotal MATCH (x)-[r:ATTACKS|LEADS]-(y:Actor) WHERE (endNode(r) = x OR type(r) IN $symmetricTypes) RETURN CASE WHEN $countTotal THEN count(r) ELSE -1 END AS totalCount }
CALL (x) {
  MATCH (x)-[r:ATTACKS|LEADS]-(y:Actor) WHERE (endNode(r) = x OR type(r) IN $symmetricTypes) AND r.id > $after
  WITH r ORDER BY r.id LIMIT $limit
  WITH r, startNode(r) AS f, endNode(r) AS t
  RETURN collect([r.id, type(r), f.id, t.id] + [k IN $relationKeys | r[k]] + [k IN $actorKeys | f[k]] + [k IN $actorKeys | t[k]]) AS relations
}
RETURN actorId, totalCount, relations"
`);
  });
});

describe('relationsOfActorsQuery in another order', () => {
  it('by evidence count, after a key of count and id', () => {
    expect(relationsOfActorsQuery(['a'], { ...ACTOR_REQUEST, order: 'EVIDENCE_COUNT', after: [3, 'attacks-1'] })).toMatchInlineSnapshot(`
{
  "cypher": "
UNWIND $actorIds AS actorId
MATCH (x:Actor {id: actorId})
CALL (x) { WITH x WHERE $countTotal MATCH (x)-[r:ATTACKS]-(y:Actor) RETURN CASE WHEN $countTotal THEN count(r) ELSE -1 END AS totalCount }
CALL (x) {
  MATCH (x)-[r:ATTACKS]-(y:Actor)
  WITH r, [COUNT { (:Evidence {relationId: r.id}) }, r.id] AS key
  WHERE ($afterKey IS NULL OR (key[0] < $afterKey[0]) OR (key[0] = $afterKey[0] AND key[1] > $afterKey[1]))
  WITH r, key ORDER BY key[0] DESC, key[1] LIMIT $limit
  WITH r, key, startNode(r) AS f, endNode(r) AS t
  RETURN collect([r.id, type(r), f.id, t.id] + [k IN $relationKeys | r[k]] + [k IN $actorKeys | f[k]] + [k IN $actorKeys | t[k]] + key) AS relations
}
RETURN actorId, totalCount, relations",
  "params": {
    "actorIds": [
      "a",
    ],
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
    "afterKey": [
      3,
      "attacks-1",
    ],
    "countTotal": false,
    "limit": 6,
    "relationKeys": [
      "id",
      "timeText",
      "timeStart",
      "timeEnd",
      "place",
      "description",
      "documentIds",
      "reviewed",
      "reviewedBy",
      "reviewedAt",
    ],
    "reviewed": null,
    "symmetricTypes": [
      "NEGOTIATES_WITH",
      "COOPERATES_WITH",
    ],
  },
}
`);
  });

  it('by time, with the count', () => {
    expect(relationsOfActorsQuery(['a'], { ...ACTOR_REQUEST, order: 'TIME', countTotal: true }).cypher).toMatchInlineSnapshot(`
"
UNWIND $actorIds AS actorId
MATCH (x:Actor {id: actorId})
CALL (x) { WITH x WHERE $countTotal MATCH (x)-[r:ATTACKS]-(y:Actor) RETURN CASE WHEN $countTotal THEN count(r) ELSE -1 END AS totalCount }
CALL (x) {
  MATCH (x)-[r:ATTACKS]-(y:Actor)
  WITH r, [coalesce(r.timeStart, CASE WHEN r.timeEnd IS NULL THEN '9999-99-99' ELSE '' END), coalesce(r.timeEnd, '9999-99-99'), r.id] AS key
  WHERE ($afterKey IS NULL OR (key[0] > $afterKey[0]) OR (key[0] = $afterKey[0] AND key[1] > $afterKey[1]) OR (key[0] = $afterKey[0] AND key[1] = $afterKey[1] AND key[2] > $afterKey[2]))
  WITH r, key ORDER BY key[0], key[1], key[2] LIMIT $limit
  WITH r, key, startNode(r) AS f, endNode(r) AS t
  RETURN collect([r.id, type(r), f.id, t.id] + [k IN $relationKeys | r[k]] + [k IN $actorKeys | f[k]] + [k IN $actorKeys | t[k]] + key) AS relations
}
RETURN actorId, totalCount, relations"
`);
  });
});

describe('neighborsOfActorsQuery', () => {
  it('in both directions', () => {
    expect(neighborsOfActorsQuery(['a'], ['ATTACKS'], 'BOTH', 10)).toMatchInlineSnapshot(`
{
  "cypher": "
UNWIND $actorIds AS actorId
MATCH (x:Actor {id: actorId})
CALL (x) {
  MATCH (x)-[r:ATTACKS]-(y:Actor)
  WHERE true
  WITH DISTINCT y ORDER BY y.name, y.id LIMIT $limit
  RETURN collect(y { .id, .name, .kind, aliases: coalesce(y.aliases, []), .description, roles: coalesce(y.roles, []), reviewed: coalesce(y.reviewed, true), .reviewedBy, .reviewedAt, .wikidataId }) AS neighbors
}
RETURN actorId, neighbors",
  "params": {
    "actorIds": [
      "a",
    ],
    "limit": 10,
    "symmetricTypes": [
      "NEGOTIATES_WITH",
      "COOPERATES_WITH",
    ],
  },
}
`);
  });

  it('outwards and inwards, symmetric types either way', () => {
    expect(neighborsOfActorsQuery(['a'], ['ATTACKS', 'NEGOTIATES_WITH'], 'OUT', 10).cypher).toMatchInlineSnapshot(`
"
UNWIND $actorIds AS actorId
MATCH (x:Actor {id: actorId})
CALL (x) {
  MATCH (x)-[r:ATTACKS|NEGOTIATES_WITH]-(y:Actor)
  WHERE (startNode(r) = x OR type(r) IN $symmetricTypes)
  WITH DISTINCT y ORDER BY y.name, y.id LIMIT $limit
  RETURN collect(y { .id, .name, .kind, aliases: coalesce(y.aliases, []), .description, roles: coalesce(y.roles, []), reviewed: coalesce(y.reviewed, true), .reviewedBy, .reviewedAt, .wikidataId }) AS neighbors
}
RETURN actorId, neighbors"
`);
    expect(neighborsOfActorsQuery(['a'], ['ATTACKS', 'NEGOTIATES_WITH'], 'IN', 10).cypher).toMatchInlineSnapshot(`
"
UNWIND $actorIds AS actorId
MATCH (x:Actor {id: actorId})
CALL (x) {
  MATCH (x)-[r:ATTACKS|NEGOTIATES_WITH]-(y:Actor)
  WHERE (endNode(r) = x OR type(r) IN $symmetricTypes)
  WITH DISTINCT y ORDER BY y.name, y.id LIMIT $limit
  RETURN collect(y { .id, .name, .kind, aliases: coalesce(y.aliases, []), .description, roles: coalesce(y.roles, []), reviewed: coalesce(y.reviewed, true), .reviewedBy, .reviewedAt, .wikidataId }) AS neighbors
}
RETURN actorId, neighbors"
`);
  });
});

describe('timelineQuery', () => {
  it('keeps dated relations in the window, earliest first', () => {
    expect(timelineQuery('iraq', { types: ['ATTACKS', 'KILLED_BY'], since: '2020-01-01', until: '2020-12-31' }, 50)).toMatchInlineSnapshot(`
{
  "cypher": "
MATCH (:Actor {id: $actorId})-[r:ATTACKS|KILLED_BY]-(:Actor)
WHERE (r.timeStart IS NOT NULL OR r.timeEnd IS NOT NULL) AND (($since IS NULL AND $until IS NULL) OR (
  (r.timeStart IS NOT NULL OR r.timeEnd IS NOT NULL)
  AND ($since IS NULL OR r.timeEnd IS NULL OR r.timeEnd >= $since)
  AND ($until IS NULL OR r.timeStart IS NULL OR r.timeStart <= $until)))
RETURN { id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, timeText: r.timeText, timeStart: r.timeStart, timeEnd: r.timeEnd, place: r.place, description: r.description, documentIds: coalesce(r.documentIds, []), reviewed: coalesce(r.reviewed, true), reviewedBy: r.reviewedBy, reviewedAt: r.reviewedAt } AS relation
ORDER BY coalesce(r.timeStart, ''), coalesce(r.timeEnd, '9999-99-99'), r.id
LIMIT $limit",
  "params": {
    "actorId": "iraq",
    "limit": 50,
    "since": "2020-01-01",
    "until": "2020-12-31",
  },
}
`);
  });

  it('every type', () => {
    expect(timelineQuery('iraq', { types: null, since: null, until: null }, 50).cypher).toMatchInlineSnapshot(`
"
MATCH (:Actor {id: $actorId})-[r:NEGOTIATES_WITH|COOPERATES_WITH|ATTACKS|KILLED_BY|FIGHTS|OPPOSES|PRESSURES|LEADS|COMMANDS|PART_OF|AFFILIATED_WITH|SPOKESPERSON_FOR|SUPPORTS|DEMANDS_WITHDRAWAL_OF|INVADES|PRESENT_IN|WITHDRAWS_FROM]-(:Actor)
WHERE (r.timeStart IS NOT NULL OR r.timeEnd IS NOT NULL) AND (($since IS NULL AND $until IS NULL) OR (
  (r.timeStart IS NOT NULL OR r.timeEnd IS NOT NULL)
  AND ($since IS NULL OR r.timeEnd IS NULL OR r.timeEnd >= $since)
  AND ($until IS NULL OR r.timeStart IS NULL OR r.timeStart <= $until)))
RETURN { id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, timeText: r.timeText, timeStart: r.timeStart, timeEnd: r.timeEnd, place: r.place, description: r.description, documentIds: coalesce(r.documentIds, []), reviewed: coalesce(r.reviewed, true), reviewedBy: r.reviewedBy, reviewedAt: r.reviewedAt } AS relation
ORDER BY coalesce(r.timeStart, ''), coalesce(r.timeEnd, '9999-99-99'), r.id
LIMIT $limit"
`);
  });
});

describe('evidenceQuery', () => {
  it("reads a relation's or an actor's quotes by the matching key", () => {
    expect(evidenceQuery('relationId', ['attacks-1'])).toMatchInlineSnapshot(`
{
  "cypher": "
UNWIND $ids AS id
MATCH (e:Evidence {relationId: id})
RETURN e { .id, .quote, .start, .end, .documentId, .relationId, .actorId } AS evidence ORDER BY e.documentId, e.start",
  "params": {
    "ids": [
      "attacks-1",
    ],
  },
}
`);
    expect(evidenceQuery('actorId', ['iraq']).cypher).toMatchInlineSnapshot(`
"
UNWIND $ids AS id
MATCH (e:Evidence {actorId: id})
RETURN e { .id, .quote, .start, .end, .documentId, .relationId, .actorId } AS evidence ORDER BY e.documentId, e.start"
`);
  });
});

describe('evidenceCountsQuery', () => {
  it("counts each relation's quotes through the Evidence relationId index, without finding the relation", () => {
    expect(evidenceCountsQuery(['attacks-1', 'leads-2'])).toMatchInlineSnapshot(`
{
  "cypher": "
UNWIND $ids AS id
RETURN id, COUNT { (:Evidence {relationId: id}) } AS evidenceCount",
  "params": {
    "ids": [
      "attacks-1",
      "leads-2",
    ],
  },
}
`);
  });
});

describe('deleteRelationQuery', () => {
  it('deletes the relation under its type, then its quotes only when it existed', () => {
    expect(deleteRelationQuery('ATTACKS', 'attacks-1')).toMatchInlineSnapshot(`
{
  "cypher": "
OPTIONAL MATCH (a:Actor)-[r:ATTACKS {id: $id}]->(b:Actor)
WITH [x IN [a.id, b.id] WHERE x IS NOT NULL] AS ends, r
DELETE r
WITH ends
CALL (ends) { MATCH (e:Evidence {relationId: $id}) WHERE size(ends) > 0 DETACH DELETE e }
RETURN ends",
  "params": {
    "id": "attacks-1",
  },
}
`);
  });
});

describe('findRelationsQuery with some fields', () => {
  it('reads the fields asked for through parameters, so that every selection shares one statement and one plan', () => {
    const some = findRelationsQuery({ ...NO_FILTER, types: ['ATTACKS'] }, FIRST_PAGE, false, { relations: ['description'], actors: ['name', 'kind'] });
    expect(some.cypher).toBe(findRelationsQuery({ ...NO_FILTER, types: ['ATTACKS'] }, FIRST_PAGE, false, WHOLE_ROWS).cypher);
    expect(some.params).toMatchObject({ relationKeys: ['id', 'description'], actorKeys: ['id', 'name', 'kind'] });
    // Never fewer than two names: Neo4j's plan cache tells a list of one from a list of two to ten, and would plan the statement again.
    expect(findRelationsQuery({ ...NO_FILTER, types: ['ATTACKS'] }, FIRST_PAGE, false, { relations: [], actors: [] }).params).toMatchObject({ relationKeys: ['id', 'id'], actorKeys: ['id', 'id'] });
  });
});

describe('findRelationsQuery with and without the count', () => {
  it('is one statement, the count chosen by $countTotal, so that a page with totalCount and one without share one plan', () => {
    for (const filter of [NO_FILTER, { ...NO_FILTER, actorId: 'iraq' }, { ...NO_FILTER, documentId: 'doc-1' }]) {
      const [counted, uncounted] = [true, false].map((countTotal) => findRelationsQuery(filter, FIRST_PAGE, countTotal));
      expect(uncounted.cypher).toBe(counted.cypher);
      expect([counted.params.countTotal, uncounted.params.countTotal]).toEqual([true, false]);
    }
    const [counted, uncounted] = [true, false].map((countTotal) => relationsOfActorsQuery(['a'], { ...ACTOR_REQUEST, countTotal }));
    expect(uncounted.cypher).toBe(counted.cypher);
    expect([counted.params.countTotal, uncounted.params.countTotal]).toEqual([true, false]);
  });
});

describe('findRelationsQuery for one document', () => {
  it("by id: the document's quotes give the relation ids after $after, each looked up under the type its id names", () => {
    expect(findRelationsQuery({ ...NO_FILTER, types: ['ATTACKS', 'KILLED_BY'], documentId: 'doc-1', reviewed: true }, FIRST_PAGE, true).cypher).toMatchInlineSnapshot(`
"CALL () { WITH $countTotal AS counting WHERE counting MATCH (e:Evidence {documentId: $documentId}) WHERE e.relationId IS NOT NULL
  WITH DISTINCT e.relationId AS id
  CALL (id) {
    WITH id WHERE id STARTS WITH 'attacks-' MATCH (:Actor)-[r:ATTACKS {id: id}]->(:Actor) RETURN r
    UNION ALL
    WITH id WHERE id STARTS WITH 'killed_by-' MATCH (:Actor)-[r:KILLED_BY {id: id}]->(:Actor) RETURN r
  }
  WITH r WHERE ($reviewed IS NULL OR coalesce(r.reviewed, true) = $reviewed) RETURN CASE WHEN $countTotal THEN count(r) ELSE -1 END AS totalCount }
CALL () {
  MATCH (e:Evidence {documentId: $documentId}) WHERE e.relationId > $after
  WITH DISTINCT e.relationId AS id ORDER BY id
  CALL (id) {
    WITH id WHERE id STARTS WITH 'attacks-' MATCH (:Actor)-[r:ATTACKS {id: id}]->(:Actor) RETURN r
    UNION ALL
    WITH id WHERE id STARTS WITH 'killed_by-' MATCH (:Actor)-[r:KILLED_BY {id: id}]->(:Actor) RETURN r
  }
  WITH id, r WHERE ($reviewed IS NULL OR coalesce(r.reviewed, true) = $reviewed)
  WITH r ORDER BY id LIMIT $limit
  WITH r, startNode(r) AS f, endNode(r) AS t
  RETURN collect([r.id, type(r), f.id, t.id] + [k IN $relationKeys | r[k]] + [k IN $actorKeys | f[k]] + [k IN $actorKeys | t[k]]) AS relations
}
RETURN totalCount, relations"
`);
  });

  it('in another order: every relation of the document, keyed and sorted; no condition on the document list', () => {
    const { cypher } = findRelationsQuery({ ...NO_FILTER, documentId: 'doc-1' }, { first: 5, after: null, order: 'TIME' }, false);
    expect(cypher).not.toContain('IN r.documentIds');
    // Each type's lookup twice: once for the count (run only when $countTotal), once for the page.
    expect(cypher.split('STARTS WITH')).toHaveLength(2 * RELATION_TYPE_NAMES.length + 1);
    expect(cypher).toContain("MATCH (e:Evidence {documentId: $documentId}) WHERE e.relationId IS NOT NULL");
  });
});

describe('relationWithEndsOfTuple', () => {
  it('reads a row of the page back into the relation and its two actors with the fields read, an absent one as it reads', () => {
    const fields = { relations: ['description', 'documentIds', 'reviewed'], actors: ['name', 'aliases'] } as const;
    // Each list of values begins with the id (see rowFieldParameters).
    const tuple = ['attacks-1', 'ATTACKS', 'iraq', 'iran', 'attacks-1', 'Iraq attacks Iran.', null, false, 'iraq', 'Iraq', ['Republic of Iraq'], 'iran', 'Iran', null];
    expect(relationWithEndsOfTuple(tuple, { relations: [...fields.relations], actors: [...fields.actors] })).toEqual({
      relation: { id: 'attacks-1', type: 'ATTACKS', from: 'iraq', to: 'iran', description: 'Iraq attacks Iran.', documentIds: [], reviewed: false },
      ends: [
        { id: 'iraq', name: 'Iraq', aliases: ['Republic of Iraq'] },
        { id: 'iran', name: 'Iran', aliases: [] },
      ],
      key: ['attacks-1'],
    });
    // A list of no field is read by two names (the id twice), and so holds two values.
    expect(relationWithEndsOfTuple(['a-1', 'ATTACKS', 'x', 'y', 'a-1', null, 'x', 'x', 'y', 'y'], { relations: ['reviewed'], actors: [] }).relation.reviewed).toBe(true);
  });

  it("takes the values after the ends as the row's key in another order than by id", () => {
    const row = relationWithEndsOfTuple(['a-1', 'ATTACKS', 'x', 'y', 'a-1', 'a-1', 'x', 'X', 'y', 'Y', 3, 'a-1'], { relations: [], actors: ['name'] });
    expect(row.ends).toEqual([
      { id: 'x', name: 'X' },
      { id: 'y', name: 'Y' },
    ]);
    expect(row.key).toEqual([3, 'a-1']);
  });
});

describe('relationConditions', () => {
  it('keeps only the conditions whose parameters are given, so a query without filters has none to send or evaluate', () => {
    expect(relationConditions(NO_FILTER)).toEqual([]);
    expect(relationConditions({ ...NO_FILTER, documentId: 'doc-1', reviewed: false })).toEqual(['$documentId IN r.documentIds', '($reviewed IS NULL OR coalesce(r.reviewed, true) = $reviewed)']);
    expect(relationConditions({ ...NO_FILTER, until: '2024-12-31' })).toHaveLength(1);
  });
});
