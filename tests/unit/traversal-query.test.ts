/**
 * The Cypher of the traversals, pinned for each branch: a plain variable-length pattern when no
 * hop has a condition, a quantified path pattern when one has (a direction, the review filter);
 * each path selector; the subgraph's optional degree and time; a time window with and without
 * undated relations; time-respecting paths for each selector.
 */
import { ANY_TIME, neighborhoodQuery, PathRequest, pathsQuery, reach } from '../../src/graph/traversal.repository';

const BOTH_WAYS: PathRequest = { types: ['ATTACKS', 'NEGOTIATES_WITH'], direction: 'BOTH', depth: 2, maxDepth: 4, reviewed: null, time: ANY_TIME, timeRespecting: false };
const IN_2020 = { since: '2020-01-01', until: '2020-12-31', datedOnly: false };
const LIMITS = { actors: 50, edges: 200 };

describe('reach', () => {
  it('both ways without a hop condition: a plain variable-length pattern', () => {
    expect(reach(BOTH_WAYS, 'a', 'b')).toMatchInlineSnapshot(`"(a)-[:ATTACKS|NEGOTIATES_WITH*1..2]-(b)"`);
  });

  it('every type when none or an empty list is given', () => {
    expect(reach({ ...BOTH_WAYS, types: [] }, 'a', 'b')).toBe(reach({ ...BOTH_WAYS, types: null }, 'a', 'b'));
    expect(reach({ ...BOTH_WAYS, types: null }, 'a', 'b')).toMatchInlineSnapshot(`"(a)-[:NEGOTIATES_WITH|COOPERATES_WITH|ATTACKS|KILLED_BY|FIGHTS|OPPOSES|PRESSURES|LEADS|COMMANDS|PART_OF|AFFILIATED_WITH|SPOKESPERSON_FOR|SUPPORTS|DEMANDS_WITHDRAWAL_OF|INVADES|PRESENT_IN|WITHDRAWS_FROM*1..2]-(b)"`);
  });

  it('each direction: a quantified path whose every hop checks it', () => {
    expect(reach({ ...BOTH_WAYS, direction: 'OUT' }, 'a', 'b')).toMatchInlineSnapshot(`"(a)((x)-[r:ATTACKS|NEGOTIATES_WITH]-(y:Actor) WHERE (startNode(r) = x OR type(r) IN $symmetricTypes)){1,2}(b)"`);
    expect(reach({ ...BOTH_WAYS, direction: 'IN', types: ['LEADS'] }, 'a', 'b')).toMatchInlineSnapshot(`"(a)((x)-[r:LEADS]-(y:Actor) WHERE (endNode(r) = x OR type(r) IN $symmetricTypes)){1,2}(b)"`);
  });

  it('the review filter makes even a both-ways traversal quantified', () => {
    expect(reach({ ...BOTH_WAYS, reviewed: true }, 'a', 'b')).toMatchInlineSnapshot(`"(a)((x)-[r:ATTACKS|NEGOTIATES_WITH]-(y:Actor) WHERE ($reviewed IS NULL OR coalesce(r.reviewed, true) = $reviewed)){1,2}(b)"`);
  });

  it('a time window: every hop overlaps it, undated relations kept unless datedOnly', () => {
    expect(reach({ ...BOTH_WAYS, time: IN_2020 }, 'a', 'b')).toMatchInlineSnapshot(`"(a)((x)-[r:ATTACKS|NEGOTIATES_WITH]-(y:Actor) WHERE ($since IS NULL OR r.timeEnd IS NULL OR r.timeEnd >= $since) AND ($until IS NULL OR r.timeStart IS NULL OR r.timeStart <= $until) AND (NOT $datedOnly OR r.timeStart IS NOT NULL OR r.timeEnd IS NOT NULL)){1,2}(b)"`);
    expect(reach({ ...BOTH_WAYS, time: { ...ANY_TIME, datedOnly: true } }, 'a', 'b')).toBe(reach({ ...BOTH_WAYS, time: IN_2020 }, 'a', 'b'));
  });

  it('a time window with a direction and the review filter: all three on every hop', () => {
    expect(reach({ ...BOTH_WAYS, direction: 'OUT', reviewed: true, time: IN_2020 }, 'a', 'b')).toMatchInlineSnapshot(`"(a)((x)-[r:ATTACKS|NEGOTIATES_WITH]-(y:Actor) WHERE (startNode(r) = x OR type(r) IN $symmetricTypes) AND ($reviewed IS NULL OR coalesce(r.reviewed, true) = $reviewed) AND ($since IS NULL OR r.timeEnd IS NULL OR r.timeEnd >= $since) AND ($until IS NULL OR r.timeStart IS NULL OR r.timeStart <= $until) AND (NOT $datedOnly OR r.timeStart IS NOT NULL OR r.timeEnd IS NOT NULL)){1,2}(b)"`);
  });

  it('refuses a depth outside 1..maxDepth before it reaches the text', () => {
    expect(() => reach({ ...BOTH_WAYS, depth: 5 }, 'a', 'b')).toThrow('depth must be a whole number from 1 to 4, found 5');
    expect(() => reach({ ...BOTH_WAYS, depth: 1.5 }, 'a', 'b')).toThrow('found 1.5');
  });
});

describe('neighborhoodQuery', () => {
  it('both ways, neither degree nor time asked for', () => {
    expect(neighborhoodQuery('iraq', BOTH_WAYS, LIMITS, { degree: false, time: false, evidenceCount: false, documentCount: false })).toMatchInlineSnapshot(`
{
  "cypher": "
MATCH (s:Actor {id: $actorId})
CALL (s) {
  // DISTINCT then LIMIT streams: the expansion stops once one more actor than the limit is found,
  // instead of reaching the whole graph from a hub first.
  OPTIONAL MATCH (s)-[:ATTACKS|NEGOTIATES_WITH*1..2]-(n:Actor)
  WHERE n <> s
  WITH DISTINCT n LIMIT $limit + 1
  RETURN collect(n) AS others
}
WITH [s] + others[0..$limit] AS members, size(others) > $limit AS truncated
CALL (members) {
  // Each relation is found once, from its start node; members holds each actor once.
  UNWIND members AS a
  MATCH (a)-[rel:ATTACKS|NEGOTIATES_WITH]->(b:Actor)
  WHERE b IN members
  // Streams too: a hub's neighbours can share more relations than a drawing can show.
  WITH a, rel, b LIMIT $edgeLimit + 1
  RETURN collect([rel.id, type(rel), a.id, b.id, null, null, null, coalesce(rel.reviewed, true), null, null]) AS relations
}
RETURN [a IN members | [a.id, a.name, a.kind, null]] AS actors, relations[0..$edgeLimit] AS relations, truncated,
       size(relations) > $edgeLimit AS edgesTruncated",
  "params": {
    "actorId": "iraq",
    "datedOnly": false,
    "edgeLimit": 200,
    "limit": 50,
    "reviewed": null,
    "since": null,
    "symmetricTypes": [
      "NEGOTIATES_WITH",
      "COOPERATES_WITH",
    ],
    "until": null,
  },
}
`);
  });

  it('outwards, reviewed only, with degree and time', () => {
    const query = neighborhoodQuery('iraq', { ...BOTH_WAYS, direction: 'OUT', reviewed: true }, LIMITS, { degree: true, time: true, evidenceCount: true, documentCount: true });
    expect(query.cypher).toMatchInlineSnapshot(`
"
MATCH (s:Actor {id: $actorId})
CALL (s) {
  // DISTINCT then LIMIT streams: the expansion stops once one more actor than the limit is found,
  // instead of reaching the whole graph from a hub first.
  OPTIONAL MATCH (s)((x)-[r:ATTACKS|NEGOTIATES_WITH]-(y:Actor) WHERE (startNode(r) = x OR type(r) IN $symmetricTypes) AND ($reviewed IS NULL OR coalesce(r.reviewed, true) = $reviewed)){1,2}(n:Actor)
  WHERE n <> s
  WITH DISTINCT n LIMIT $limit + 1
  RETURN collect(n) AS others
}
WITH [s] + others[0..$limit] AS members, size(others) > $limit AS truncated
CALL (members) {
  // Each relation is found once, from its start node; members holds each actor once.
  UNWIND members AS a
  MATCH (a)-[rel:ATTACKS|NEGOTIATES_WITH]->(b:Actor)
  WHERE b IN members AND ($reviewed IS NULL OR coalesce(rel.reviewed, true) = $reviewed)
  // Streams too: a hub's neighbours can share more relations than a drawing can show.
  WITH a, rel, b LIMIT $edgeLimit + 1
  RETURN collect([rel.id, type(rel), a.id, b.id, rel.timeText, rel.timeStart, rel.timeEnd, coalesce(rel.reviewed, true), COUNT { (:Evidence {relationId: rel.id}) }, size(coalesce(rel.documentIds, []))]) AS relations
}
RETURN [a IN members | [a.id, a.name, a.kind, a.degree]] AS actors, relations[0..$edgeLimit] AS relations, truncated,
       size(relations) > $edgeLimit AS edgesTruncated"
`);
    expect(query.params.reviewed).toBe(true);
  });

  it('reads the evidence and document counts of the edges only when asked for', () => {
    const query = neighborhoodQuery('iraq', BOTH_WAYS, LIMITS, { degree: false, time: false, evidenceCount: true, documentCount: true });
    expect(query.cypher.split('\n').find((line) => line.includes('collect(['))).toMatchInlineSnapshot(`"  RETURN collect([rel.id, type(rel), a.id, b.id, null, null, null, coalesce(rel.reviewed, true), COUNT { (:Evidence {relationId: rel.id}) }, size(coalesce(rel.documentIds, []))]) AS relations"`);
  });

  it('in a time window, both the hops and the relations among the members are in it', () => {
    expect(neighborhoodQuery('iraq', { ...BOTH_WAYS, time: { ...IN_2020, datedOnly: true } }, LIMITS, { degree: false, time: true, evidenceCount: false, documentCount: false })).toMatchInlineSnapshot(`
{
  "cypher": "
MATCH (s:Actor {id: $actorId})
CALL (s) {
  // DISTINCT then LIMIT streams: the expansion stops once one more actor than the limit is found,
  // instead of reaching the whole graph from a hub first.
  OPTIONAL MATCH (s)((x)-[r:ATTACKS|NEGOTIATES_WITH]-(y:Actor) WHERE ($since IS NULL OR r.timeEnd IS NULL OR r.timeEnd >= $since) AND ($until IS NULL OR r.timeStart IS NULL OR r.timeStart <= $until) AND (NOT $datedOnly OR r.timeStart IS NOT NULL OR r.timeEnd IS NOT NULL)){1,2}(n:Actor)
  WHERE n <> s
  WITH DISTINCT n LIMIT $limit + 1
  RETURN collect(n) AS others
}
WITH [s] + others[0..$limit] AS members, size(others) > $limit AS truncated
CALL (members) {
  // Each relation is found once, from its start node; members holds each actor once.
  UNWIND members AS a
  MATCH (a)-[rel:ATTACKS|NEGOTIATES_WITH]->(b:Actor)
  WHERE b IN members AND ($since IS NULL OR rel.timeEnd IS NULL OR rel.timeEnd >= $since) AND ($until IS NULL OR rel.timeStart IS NULL OR rel.timeStart <= $until) AND (NOT $datedOnly OR rel.timeStart IS NOT NULL OR rel.timeEnd IS NOT NULL)
  // Streams too: a hub's neighbours can share more relations than a drawing can show.
  WITH a, rel, b LIMIT $edgeLimit + 1
  RETURN collect([rel.id, type(rel), a.id, b.id, rel.timeText, rel.timeStart, rel.timeEnd, coalesce(rel.reviewed, true), null, null]) AS relations
}
RETURN [a IN members | [a.id, a.name, a.kind, null]] AS actors, relations[0..$edgeLimit] AS relations, truncated,
       size(relations) > $edgeLimit AS edgesTruncated",
  "params": {
    "actorId": "iraq",
    "datedOnly": true,
    "edgeLimit": 200,
    "limit": 50,
    "reviewed": null,
    "since": "2020-01-01",
    "symmetricTypes": [
      "NEGOTIATES_WITH",
      "COOPERATES_WITH",
    ],
    "until": "2020-12-31",
  },
}
`);
  });
});

describe('pathsQuery', () => {
  it('returns only the fields of the actors and relations asked for', () => {
    expect(pathsQuery('a-id', 'b-id', BOTH_WAYS, 'SHORTEST 1', 1, { actors: ['name'], relations: [] }).cypher).toMatchInlineSnapshot(`
"
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = shortestPath((a)-[:ATTACKS|NEGOTIATES_WITH*1..2]-(b))
WITH p ORDER BY length(p) LIMIT $limit
RETURN [node IN nodes(p) | node { .id, .name }] AS actors, [rel IN relationships(p) | { id: rel.id, type: type(rel), from: startNode(rel).id, to: endNode(rel).id }] AS relations"
`);
  });

  it('one shortest path both ways: shortestPath over a plain pattern (solved bidirectionally)', () => {
    expect(pathsQuery('a-id', 'b-id', BOTH_WAYS, 'SHORTEST 1', 1)).toMatchInlineSnapshot(`
{
  "cypher": "
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = shortestPath((a)-[:ATTACKS|NEGOTIATES_WITH*1..2]-(b))
WITH p ORDER BY length(p) LIMIT $limit
RETURN [node IN nodes(p) | node { .id, .name, .kind, aliases: coalesce(node.aliases, []), .description, roles: coalesce(node.roles, []), reviewed: coalesce(node.reviewed, true), .reviewedBy, .reviewedAt, .wikidataId }] AS actors, [rel IN relationships(p) | { id: rel.id, type: type(rel), from: startNode(rel).id, to: endNode(rel).id, timeText: rel.timeText, timeStart: rel.timeStart, timeEnd: rel.timeEnd, place: rel.place, description: rel.description, documentIds: coalesce(rel.documentIds, []), reviewed: coalesce(rel.reviewed, true), reviewedBy: rel.reviewedBy, reviewedAt: rel.reviewedAt }] AS relations",
  "params": {
    "datedOnly": false,
    "from": "a-id",
    "limit": 1,
    "reviewed": null,
    "since": null,
    "symmetricTypes": [
      "NEGOTIATES_WITH",
      "COOPERATES_WITH",
    ],
    "to": "b-id",
    "until": null,
  },
}
`);
  });

  it('every shortest path both ways: allShortestPaths', () => {
    expect(pathsQuery('a-id', 'b-id', BOTH_WAYS, 'ALL SHORTEST', 10).cypher).toMatchInlineSnapshot(`
"
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = allShortestPaths((a)-[:ATTACKS|NEGOTIATES_WITH*1..2]-(b))
WITH p ORDER BY length(p) LIMIT $limit
RETURN [node IN nodes(p) | node { .id, .name, .kind, aliases: coalesce(node.aliases, []), .description, roles: coalesce(node.roles, []), reviewed: coalesce(node.reviewed, true), .reviewedBy, .reviewedAt, .wikidataId }] AS actors, [rel IN relationships(p) | { id: rel.id, type: type(rel), from: startNode(rel).id, to: endNode(rel).id, timeText: rel.timeText, timeStart: rel.timeStart, timeEnd: rel.timeEnd, place: rel.place, description: rel.description, documentIds: coalesce(rel.documentIds, []), reviewed: coalesce(rel.reviewed, true), reviewedBy: rel.reviewedBy, reviewedAt: rel.reviewedAt }] AS relations"
`);
  });

  it('with a direction or the review filter, the SHORTEST selectors over a quantified path', () => {
    expect(pathsQuery('a-id', 'b-id', { ...BOTH_WAYS, direction: 'OUT' }, 'SHORTEST 1', 1).cypher).toMatchInlineSnapshot(`
"
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = SHORTEST 1 (a)((x)-[r:ATTACKS|NEGOTIATES_WITH]-(y:Actor) WHERE (startNode(r) = x OR type(r) IN $symmetricTypes)){1,2}(b)
WITH p ORDER BY length(p) LIMIT $limit
RETURN [node IN nodes(p) | node { .id, .name, .kind, aliases: coalesce(node.aliases, []), .description, roles: coalesce(node.roles, []), reviewed: coalesce(node.reviewed, true), .reviewedBy, .reviewedAt, .wikidataId }] AS actors, [rel IN relationships(p) | { id: rel.id, type: type(rel), from: startNode(rel).id, to: endNode(rel).id, timeText: rel.timeText, timeStart: rel.timeStart, timeEnd: rel.timeEnd, place: rel.place, description: rel.description, documentIds: coalesce(rel.documentIds, []), reviewed: coalesce(rel.reviewed, true), reviewedBy: rel.reviewedBy, reviewedAt: rel.reviewedAt }] AS relations"
`);
    expect(pathsQuery('a-id', 'b-id', { ...BOTH_WAYS, reviewed: false }, 'ALL SHORTEST', 10).cypher).toMatchInlineSnapshot(`
"
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = ALL SHORTEST (a)((x)-[r:ATTACKS|NEGOTIATES_WITH]-(y:Actor) WHERE ($reviewed IS NULL OR coalesce(r.reviewed, true) = $reviewed)){1,2}(b)
WITH p ORDER BY length(p) LIMIT $limit
RETURN [node IN nodes(p) | node { .id, .name, .kind, aliases: coalesce(node.aliases, []), .description, roles: coalesce(node.roles, []), reviewed: coalesce(node.reviewed, true), .reviewedBy, .reviewedAt, .wikidataId }] AS actors, [rel IN relationships(p) | { id: rel.id, type: type(rel), from: startNode(rel).id, to: endNode(rel).id, timeText: rel.timeText, timeStart: rel.timeStart, timeEnd: rel.timeEnd, place: rel.place, description: rel.description, documentIds: coalesce(rel.documentIds, []), reviewed: coalesce(rel.reviewed, true), reviewedBy: rel.reviewedBy, reviewedAt: rel.reviewedAt }] AS relations"
`);
  });

  it('simple paths, plain and quantified: no actor twice, shortest first', () => {
    expect(pathsQuery('a-id', 'b-id', BOTH_WAYS, 'SIMPLE', 10).cypher).toMatchInlineSnapshot(`
"
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = (a)-[:ATTACKS|NEGOTIATES_WITH*1..2]-(b)
WHERE all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[(i + 1)..])
WITH p ORDER BY length(p) LIMIT $limit
RETURN [node IN nodes(p) | node { .id, .name, .kind, aliases: coalesce(node.aliases, []), .description, roles: coalesce(node.roles, []), reviewed: coalesce(node.reviewed, true), .reviewedBy, .reviewedAt, .wikidataId }] AS actors, [rel IN relationships(p) | { id: rel.id, type: type(rel), from: startNode(rel).id, to: endNode(rel).id, timeText: rel.timeText, timeStart: rel.timeStart, timeEnd: rel.timeEnd, place: rel.place, description: rel.description, documentIds: coalesce(rel.documentIds, []), reviewed: coalesce(rel.reviewed, true), reviewedBy: rel.reviewedBy, reviewedAt: rel.reviewedAt }] AS relations"
`);
    expect(pathsQuery('a-id', 'b-id', { ...BOTH_WAYS, direction: 'IN' }, 'SIMPLE', 10).cypher).toMatchInlineSnapshot(`
"
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = (a)((x)-[r:ATTACKS|NEGOTIATES_WITH]-(y:Actor) WHERE (endNode(r) = x OR type(r) IN $symmetricTypes)){1,2}(b)
WHERE all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[(i + 1)..])
WITH p ORDER BY length(p) LIMIT $limit
RETURN [node IN nodes(p) | node { .id, .name, .kind, aliases: coalesce(node.aliases, []), .description, roles: coalesce(node.roles, []), reviewed: coalesce(node.reviewed, true), .reviewedBy, .reviewedAt, .wikidataId }] AS actors, [rel IN relationships(p) | { id: rel.id, type: type(rel), from: startNode(rel).id, to: endNode(rel).id, timeText: rel.timeText, timeStart: rel.timeStart, timeEnd: rel.timeEnd, place: rel.place, description: rel.description, documentIds: coalesce(rel.documentIds, []), reviewed: coalesce(rel.reviewed, true), reviewedBy: rel.reviewedBy, reviewedAt: rel.reviewedAt }] AS relations"
`);
  });

  it('time-respecting shortest paths: dated hops only, the time order checked inside the pattern, before the selector chooses', () => {
    expect(pathsQuery('a-id', 'b-id', { ...BOTH_WAYS, timeRespecting: true }, 'SHORTEST 1', 1)).toMatchInlineSnapshot(`
{
  "cypher": "
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = SHORTEST 1 ((a)((x)-[r:ATTACKS|NEGOTIATES_WITH]-(y:Actor) WHERE ($since IS NULL OR r.timeEnd IS NULL OR r.timeEnd >= $since) AND ($until IS NULL OR r.timeStart IS NULL OR r.timeStart <= $until) AND (NOT $datedOnly OR r.timeStart IS NOT NULL OR r.timeEnd IS NOT NULL)){1,2}(b) WHERE all(i IN range(0, size(r) - 2) WHERE all(j IN range(i + 1, size(r) - 1) WHERE coalesce(r[i].timeStart, '') <= coalesce(r[j].timeEnd, '9999-12-31'))))
WITH p ORDER BY length(p) LIMIT $limit
RETURN [node IN nodes(p) | node { .id, .name, .kind, aliases: coalesce(node.aliases, []), .description, roles: coalesce(node.roles, []), reviewed: coalesce(node.reviewed, true), .reviewedBy, .reviewedAt, .wikidataId }] AS actors, [rel IN relationships(p) | { id: rel.id, type: type(rel), from: startNode(rel).id, to: endNode(rel).id, timeText: rel.timeText, timeStart: rel.timeStart, timeEnd: rel.timeEnd, place: rel.place, description: rel.description, documentIds: coalesce(rel.documentIds, []), reviewed: coalesce(rel.reviewed, true), reviewedBy: rel.reviewedBy, reviewedAt: rel.reviewedAt }] AS relations",
  "params": {
    "datedOnly": true,
    "from": "a-id",
    "limit": 1,
    "reviewed": null,
    "since": null,
    "symmetricTypes": [
      "NEGOTIATES_WITH",
      "COOPERATES_WITH",
    ],
    "to": "b-id",
    "until": null,
  },
}
`);
    expect(pathsQuery('a-id', 'b-id', { ...BOTH_WAYS, direction: 'OUT', time: IN_2020, timeRespecting: true }, 'ALL SHORTEST', 10).cypher).toMatchInlineSnapshot(`
"
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = ALL SHORTEST ((a)((x)-[r:ATTACKS|NEGOTIATES_WITH]-(y:Actor) WHERE (startNode(r) = x OR type(r) IN $symmetricTypes) AND ($since IS NULL OR r.timeEnd IS NULL OR r.timeEnd >= $since) AND ($until IS NULL OR r.timeStart IS NULL OR r.timeStart <= $until) AND (NOT $datedOnly OR r.timeStart IS NOT NULL OR r.timeEnd IS NOT NULL)){1,2}(b) WHERE all(i IN range(0, size(r) - 2) WHERE all(j IN range(i + 1, size(r) - 1) WHERE coalesce(r[i].timeStart, '') <= coalesce(r[j].timeEnd, '9999-12-31'))))
WITH p ORDER BY length(p) LIMIT $limit
RETURN [node IN nodes(p) | node { .id, .name, .kind, aliases: coalesce(node.aliases, []), .description, roles: coalesce(node.roles, []), reviewed: coalesce(node.reviewed, true), .reviewedBy, .reviewedAt, .wikidataId }] AS actors, [rel IN relationships(p) | { id: rel.id, type: type(rel), from: startNode(rel).id, to: endNode(rel).id, timeText: rel.timeText, timeStart: rel.timeStart, timeEnd: rel.timeEnd, place: rel.place, description: rel.description, documentIds: coalesce(rel.documentIds, []), reviewed: coalesce(rel.reviewed, true), reviewedBy: rel.reviewedBy, reviewedAt: rel.reviewedAt }] AS relations"
`);
  });

  it('time-respecting simple paths: the time order beside the simple-path check, before ORDER BY and LIMIT', () => {
    expect(pathsQuery('a-id', 'b-id', { ...BOTH_WAYS, timeRespecting: true }, 'SIMPLE', 10).cypher).toMatchInlineSnapshot(`
"
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = (a)((x)-[r:ATTACKS|NEGOTIATES_WITH]-(y:Actor) WHERE ($since IS NULL OR r.timeEnd IS NULL OR r.timeEnd >= $since) AND ($until IS NULL OR r.timeStart IS NULL OR r.timeStart <= $until) AND (NOT $datedOnly OR r.timeStart IS NOT NULL OR r.timeEnd IS NOT NULL)){1,2}(b)
WHERE all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[(i + 1)..]) AND all(i IN range(0, size(r) - 2) WHERE all(j IN range(i + 1, size(r) - 1) WHERE coalesce(r[i].timeStart, '') <= coalesce(r[j].timeEnd, '9999-12-31')))
WITH p ORDER BY length(p) LIMIT $limit
RETURN [node IN nodes(p) | node { .id, .name, .kind, aliases: coalesce(node.aliases, []), .description, roles: coalesce(node.roles, []), reviewed: coalesce(node.reviewed, true), .reviewedBy, .reviewedAt, .wikidataId }] AS actors, [rel IN relationships(p) | { id: rel.id, type: type(rel), from: startNode(rel).id, to: endNode(rel).id, timeText: rel.timeText, timeStart: rel.timeStart, timeEnd: rel.timeEnd, place: rel.place, description: rel.description, documentIds: coalesce(rel.documentIds, []), reviewed: coalesce(rel.reviewed, true), reviewedBy: rel.reviewedBy, reviewedAt: rel.reviewedAt }] AS relations"
`);
  });

  it('one hop with timeRespecting: dated relations only, and no path predicate (one relation is in time order, and Neo4j refuses ALL SHORTEST over a {1,1} group with one)', () => {
    for (const selector of ['SHORTEST 1', 'ALL SHORTEST', 'SIMPLE'] as const) {
      const { cypher, params } = pathsQuery('a-id', 'b-id', { ...BOTH_WAYS, depth: 1, timeRespecting: true }, selector, 10);
      expect(cypher).not.toContain('size(r)');
      expect(cypher).toContain('{1,1}');
      expect(params.datedOnly).toBe(true);
    }
  });

  it('a time window without timeRespecting: the SHORTEST selector over the filtered hops, no path predicate', () => {
    expect(pathsQuery('a-id', 'b-id', { ...BOTH_WAYS, time: IN_2020 }, 'SHORTEST 1', 1).cypher).toMatchInlineSnapshot(`
"
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = SHORTEST 1 (a)((x)-[r:ATTACKS|NEGOTIATES_WITH]-(y:Actor) WHERE ($since IS NULL OR r.timeEnd IS NULL OR r.timeEnd >= $since) AND ($until IS NULL OR r.timeStart IS NULL OR r.timeStart <= $until) AND (NOT $datedOnly OR r.timeStart IS NOT NULL OR r.timeEnd IS NOT NULL)){1,2}(b)
WITH p ORDER BY length(p) LIMIT $limit
RETURN [node IN nodes(p) | node { .id, .name, .kind, aliases: coalesce(node.aliases, []), .description, roles: coalesce(node.roles, []), reviewed: coalesce(node.reviewed, true), .reviewedBy, .reviewedAt, .wikidataId }] AS actors, [rel IN relationships(p) | { id: rel.id, type: type(rel), from: startNode(rel).id, to: endNode(rel).id, timeText: rel.timeText, timeStart: rel.timeStart, timeEnd: rel.timeEnd, place: rel.place, description: rel.description, documentIds: coalesce(rel.documentIds, []), reviewed: coalesce(rel.reviewed, true), reviewedBy: rel.reviewedBy, reviewedAt: rel.reviewedAt }] AS relations"
`);
  });
});
