/** The Cypher of merging and splitting, pinned per branch: one statement per relation type, none for an empty list. */
import { deleteRelationsQueries, finishMergeQuery, moveEvidenceQuery, moveRelationsQueries, splitQueries } from '../../src/graph/actor-merge.repository';
import { MergeRecord } from '../../src/graph/merge-plan';

const RECORD: MergeRecord = {
  id: 'merge-1',
  keptId: 'kept',
  mergedId: 'merged',
  mergedBy: 'curator',
  mergedAt: '2026-12-06T04:00:00.000Z',
  merged: { id: 'merged', name: 'Merged', kind: 'PERSON' },
  addedAliases: ['Merged'],
  addedRoles: [],
  addedMergedIds: ['merged'],
  filledDescription: false,
  filledWikidataId: false,
  mergedDocuments: ['doc-1'],
  addedDocuments: ['doc-1'],
  relations: [
    { type: 'ATTACKS', oldId: 'attacks-old', newId: 'attacks-new', from: 'kept', to: 'x', originalFrom: 'merged', originalTo: 'x', properties: { id: 'attacks-old' }, joined: false },
    { type: 'LEADS', oldId: 'leads-old', newId: 'leads-new', from: 'kept', to: 'y', originalFrom: 'merged', originalTo: 'y', properties: { id: 'leads-old' }, joined: true },
  ],
  loops: [{ type: 'SUPPORTS', from: 'kept', to: 'merged', properties: { id: 'supports-loop' } }],
  evidence: [{ oldId: 'ev-1', newId: 'ev-2', properties: { id: 'ev-1', start: 0, end: 6 }, dropped: false, relationId: null, actorId: 'kept' }],
};

describe('the Cypher of a merge and its split', () => {
  it('moves relations by type, apart for those that join one of the kept actor', () => {
    expect(moveRelationsQueries(RECORD.relations).map((query) => [query.cypher.split('\n').slice(1, 4), query.params])).toMatchInlineSnapshot(`
[
  [
    [
      "MATCH ()-[old:ATTACKS {id: row.oldId}]->()",
      "MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})",
      "CREATE (a)-[moved:ATTACKS]->(b)",
    ],
    {
      "rows": [
        {
          "from": "kept",
          "newId": "attacks-new",
          "oldId": "attacks-old",
          "to": "x",
        },
      ],
    },
  ],
  [
    [
      "MATCH ()-[old:LEADS {id: row.oldId}]->()",
      "MATCH ()-[kept:LEADS {id: row.newId}]->()",
      "SET kept.documentIds = coalesce(kept.documentIds, []) + [id IN coalesce(old.documentIds, []) WHERE NOT id IN coalesce(kept.documentIds, [])],",
    ],
    {
      "rows": [
        {
          "from": "kept",
          "newId": "leads-new",
          "oldId": "leads-old",
          "to": "y",
        },
      ],
    },
  ],
]
`);
  });

  it('deletes the relations between the two by type, and moves or drops quotes in one statement', () => {
    expect(deleteRelationsQueries(RECORD.loops)).toMatchInlineSnapshot(`
[
  {
    "cypher": "UNWIND $ids AS id MATCH ()-[r:SUPPORTS {id: id}]->() DELETE r",
    "params": {
      "ids": [
        "supports-loop",
      ],
    },
  },
]
`);
    expect(moveEvidenceQuery(RECORD.evidence)).toMatchInlineSnapshot(`
{
  "cypher": "UNWIND $rows AS row
MATCH (e:Evidence {id: row.oldId})
FOREACH (_ IN CASE WHEN row.dropped THEN [1] ELSE [] END | DETACH DELETE e)
FOREACH (_ IN CASE WHEN row.dropped THEN [] ELSE [1] END | SET e.id = row.newId, e.relationId = row.relationId, e.actorId = row.actorId)",
  "params": {
    "rows": [
      {
        "actorId": "kept",
        "dropped": false,
        "newId": "ev-2",
        "oldId": "ev-1",
        "relationId": null,
      },
    ],
  },
}
`);
  });

  it('ends with the kept actor updated, the merged one gone and the record kept', () => {
    expect(finishMergeQuery(RECORD, { aliases: ['Merged'] })).toMatchInlineSnapshot(`
{
  "cypher": "MATCH (kept:Actor {id: $keptId}), (merged:Actor {id: $mergedId})
SET kept += $keptUpdate
WITH kept, merged
CALL (kept) { UNWIND $documents AS documentId MATCH (d:Document {id: documentId}) MERGE (d)-[:MENTIONS]->(kept) }
DETACH DELETE merged
CREATE (:ActorMerge {id: $id, keptId: $keptId, mergedId: $mergedId, mergedBy: $mergedBy, mergedAt: $mergedAt, record: $record})",
  "params": {
    "documents": [
      "doc-1",
    ],
    "id": "merge-1",
    "keptId": "kept",
    "keptUpdate": {
      "aliases": [
        "Merged",
      ],
    },
    "mergedAt": "2026-12-06T04:00:00.000Z",
    "mergedBy": "curator",
    "mergedId": "merged",
    "record": "{"id":"merge-1","keptId":"kept","mergedId":"merged","mergedBy":"curator","mergedAt":"2026-12-06T04:00:00.000Z","merged":{"id":"merged","name":"Merged","kind":"PERSON"},"addedAliases":["Merged"],"addedRoles":[],"addedMergedIds":["merged"],"filledDescription":false,"filledWikidataId":false,"mergedDocuments":["doc-1"],"addedDocuments":["doc-1"],"relations":[{"type":"ATTACKS","oldId":"attacks-old","newId":"attacks-new","from":"kept","to":"x","originalFrom":"merged","originalTo":"x","properties":{"id":"attacks-old"},"joined":false},{"type":"LEADS","oldId":"leads-old","newId":"leads-new","from":"kept","to":"y","originalFrom":"merged","originalTo":"y","properties":{"id":"leads-old"},"joined":true}],"loops":[{"type":"SUPPORTS","from":"kept","to":"merged","properties":{"id":"supports-loop"}}],"evidence":[{"oldId":"ev-1","newId":"ev-2","properties":{"id":"ev-1","start":0,"end":6},"dropped":false,"relationId":null,"actorId":"kept"}]}",
  },
}
`);
  });

  it('splits with one statement per step and per relation type', () => {
    expect(splitQueries(RECORD, { aliases: [] }, 'reviewer', '2026-12-06T05:00:00.000Z').map((query) => query.cypher.split('\n')[0])).toMatchInlineSnapshot(`
[
  "CREATE (a:Actor) SET a = $properties",
  "UNWIND $rows AS row",
  "UNWIND $rows AS row",
  "UNWIND $rows AS row",
  "UNWIND $rows AS row",
  "UNWIND $ids AS id",
  "UNWIND $ids AS id",
  "MATCH (kept:Actor {id: $keptId}), (merged:Actor {id: $mergedId})",
]
`);
  });
});
