/**
 * The Cypher of a staged load's journal, pinned: the lock, the journal's own statements, the undo
 * record an upsert writes before it changes an entity, and every statement of an undo in order.
 */
import {
  beginLoadQuery,
  forgetCompletedLoadsQuery,
  heartbeatQuery,
  lockLoadsQuery,
  rememberBeforeChange,
  setLoadStatusQuery,
  undoQueries,
  unfinishedLoadsQuery,
} from '../../src/graph/load-journal.repository';
import { RELATION_TYPE_NAMES, RelationType } from '../../src/graph/vocabulary';

describe('load journal queries', () => {
  it('takes the lock and lists the unfinished loads', () => {
    expect(lockLoadsQuery()).toMatchInlineSnapshot(`
{
  "cypher": "MERGE (lock:LoadLock {id: 'loads'}) SET lock.lockedAt = timestamp()",
  "params": {},
}
`);
    expect(unfinishedLoadsQuery()).toMatchInlineSnapshot(`
{
  "cypher": "
MATCH (l:Load) WHERE l.status IN ['writing', 'undoing']
RETURN l.id AS id, l.status AS status, l.startedAt AS startedAt, timestamp() - l.heartbeatAt AS silentForMs
ORDER BY l.startedAt",
  "params": {},
}
`);
  });

  it('begins a load, renews its heartbeat and sets its status', () => {
    expect(beginLoadQuery('load-1', 250_000)).toMatchInlineSnapshot(`
{
  "cypher": "
CREATE (l:Load {id: $loadId, status: 'writing', startedAt: timestamp(), heartbeatAt: timestamp(), relations: $relations})",
  "params": {
    "loadId": "load-1",
    "relations": 250000,
  },
}
`);
    expect(heartbeatQuery('load-1')).toMatchInlineSnapshot(`
{
  "cypher": "
MATCH (l:Load {id: $loadId, status: 'writing'})
SET l.heartbeatAt = timestamp()
RETURN l.id AS id",
  "params": {
    "loadId": "load-1",
  },
}
`);
    expect(setLoadStatusQuery('load-1', 'done')).toMatchInlineSnapshot(`
{
  "cypher": "
MATCH (l:Load {id: $loadId})
SET l.status = $status, l.heartbeatAt = timestamp(), l.finishedAt = CASE WHEN $status = 'done' THEN timestamp() ELSE null END",
  "params": {
    "loadId": "load-1",
    "status": "done",
  },
}
`);
    expect(setLoadStatusQuery('load-1', 'undoing').params).toEqual({ loadId: 'load-1', status: 'undoing' });
  });

  it('forgets the undo records of finished loads in batches', () => {
    expect(forgetCompletedLoadsQuery()).toMatchInlineSnapshot(`
{
  "cypher": "
MATCH (l:Load {status: 'done'})
MATCH (u:LoadUndo {undoLoad: l.id})
CALL (u) { DELETE u } IN TRANSACTIONS OF 5000 ROWS",
  "params": {},
}
`);
  });

  it('records a node before its first change, and a relation with its type', () => {
    expect(rememberBeforeChange('actor')).toMatchInlineSnapshot(`
"CALL (existing) {
  WITH existing WHERE $loadId IS NOT NULL AND existing IS NOT NULL AND coalesce(existing.createdByLoad, '') <> $loadId
  MERGE (u:LoadUndo {undoKey: $loadId + '|actor|' + existing.id})
  ON CREATE SET u += properties(existing), u.undoLoad = $loadId, u.undoKind = 'actor', u.undoId = existing.id
}"
`);
    expect(rememberBeforeChange('relation', 'ATTACKS')).toMatchInlineSnapshot(`
"CALL (existing) {
  WITH existing WHERE $loadId IS NOT NULL AND existing IS NOT NULL AND coalesce(existing.createdByLoad, '') <> $loadId
  MERGE (u:LoadUndo {undoKey: $loadId + '|relation|' + existing.id})
  ON CREATE SET u += properties(existing), u.undoLoad = $loadId, u.undoKind = 'relation', u.undoId = existing.id, u.undoType = 'ATTACKS'
}"
`);
  });

  it('refuses a relation type outside the vocabulary before it enters the text', () => {
    expect(() => rememberBeforeChange('relation', 'ATTACKS]->() DETACH DELETE x //' as RelationType)).toThrow(/relation type must be one of the vocabulary/);
  });

  it('undoes in order: created relations and mentions, restored relations and nodes, created nodes, degrees recounted, the records, the load', () => {
    const queries = undoQueries('load-1');
    expect(queries.every((query) => JSON.stringify(query.params) === '{"loadId":"load-1"}')).toBe(true);
    expect(queries).toHaveLength(2 + RELATION_TYPE_NAMES.length + 3 + 3 + 1 + 2);
    const restoreRelations = queries.slice(2, 2 + RELATION_TYPE_NAMES.length).map((query) => query.cypher);
    expect(restoreRelations[0]).toMatchInlineSnapshot(`
"
MATCH (u:LoadUndo {undoLoad: $loadId, undoKind: 'relation', undoType: 'NEGOTIATES_WITH'})
CALL (u) { MATCH ()-[x:NEGOTIATES_WITH {id: u.undoId}]->() SET x = properties(u) REMOVE x.undoKey, x.undoLoad, x.undoKind, x.undoType, x.undoId } IN TRANSACTIONS OF 5000 ROWS"
`);
    // One statement a type: the relation type cannot be a parameter.
    const template = restoreRelations[0].replaceAll(RELATION_TYPE_NAMES[0], 'TYPE');
    expect(restoreRelations.map((cypher, index) => cypher.replaceAll(RELATION_TYPE_NAMES[index], 'TYPE'))).toEqual(restoreRelations.map(() => template));
    const others = [...queries.slice(0, 2), ...queries.slice(2 + RELATION_TYPE_NAMES.length)].map((query) => query.cypher);
    expect(others).toMatchInlineSnapshot(`
[
  "MATCH (:Actor)-[r]->(:Actor) WHERE r.createdByLoad = $loadId CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS",
  "MATCH (:Document)-[m:MENTIONS]->(:Actor) WHERE m.createdByLoad = $loadId CALL (m) { DELETE m } IN TRANSACTIONS OF 5000 ROWS",
  "
MATCH (u:LoadUndo {undoLoad: $loadId, undoKind: 'actor'})
CALL (u) { MATCH (x:Actor {id: u.undoId}) SET x = properties(u) REMOVE x.undoKey, x.undoLoad, x.undoKind, x.undoType, x.undoId } IN TRANSACTIONS OF 5000 ROWS",
  "
MATCH (u:LoadUndo {undoLoad: $loadId, undoKind: 'evidence'})
CALL (u) { MATCH (x:Evidence {id: u.undoId}) SET x = properties(u) REMOVE x.undoKey, x.undoLoad, x.undoKind, x.undoType, x.undoId } IN TRANSACTIONS OF 5000 ROWS",
  "
MATCH (u:LoadUndo {undoLoad: $loadId, undoKind: 'document'})
CALL (u) { MATCH (x:Document {id: u.undoId}) SET x = properties(u) REMOVE x.undoKey, x.undoLoad, x.undoKind, x.undoType, x.undoId } IN TRANSACTIONS OF 5000 ROWS",
  "MATCH (x:Actor) WHERE x.createdByLoad = $loadId CALL (x) { DETACH DELETE x } IN TRANSACTIONS OF 5000 ROWS",
  "MATCH (x:Evidence) WHERE x.createdByLoad = $loadId CALL (x) { DETACH DELETE x } IN TRANSACTIONS OF 5000 ROWS",
  "MATCH (x:Document) WHERE x.createdByLoad = $loadId CALL (x) { DETACH DELETE x } IN TRANSACTIONS OF 5000 ROWS",
  "
MATCH (u:LoadUndo {undoLoad: $loadId, undoKind: 'actor'})
CALL (u) { MATCH (a:Actor {id: u.undoId}) SET a.degree = coalesce(a.degree, 0)
  WITH a
  SET a.degree = COUNT { (a)-[:NEGOTIATES_WITH|COOPERATES_WITH|ATTACKS|KILLED_BY|FIGHTS|OPPOSES|PRESSURES|LEADS|COMMANDS|PART_OF|AFFILIATED_WITH|SPOKESPERSON_FOR|SUPPORTS|DEMANDS_WITHDRAWAL_OF|INVADES|PRESENT_IN|WITHDRAWS_FROM]-() } } IN TRANSACTIONS OF 5000 ROWS",
  "MATCH (u:LoadUndo {undoLoad: $loadId}) CALL (u) { DELETE u } IN TRANSACTIONS OF 5000 ROWS",
  "MATCH (l:Load {id: $loadId}) DELETE l",
]
`);
  });
});
