/**
 * The Cypher of loading, pinned: the document, actor, quote and relation upserts (each with its
 * journal subquery), one relation statement per type present, possible duplicates and the counts.
 */
import { ActorRecord, DocumentRecord, RelationRecord } from '../../src/graph/domain';
import {
  countGraphQuery,
  possibleDuplicatesQuery,
  upsertActorsQuery,
  upsertDocumentQuery,
  upsertRelationsQueries,
} from '../../src/graph/ingest.repository';
import { RelationType } from '../../src/graph/vocabulary';

const document: DocumentRecord = {
  id: 'doc-1',
  title: 'Talks',
  text: 'Iraq and the coalition talked.',
  date: { text: '2024-01', start: '2024-01-01', end: '2024-01-31' },
  publisher: null,
  url: 'https://example.org/talks',
  language: 'en',
};

const quote = (id: string, start: number, end: number): ActorRecord['evidence'][number] => ({ id, documentId: 'doc-1', quote: document.text.slice(start, end), start, end });

const iraq: ActorRecord = {
  id: 'iraq',
  name: 'Iraq',
  kind: 'STATE',
  aliases: ['Republic of Iraq'],
  description: null,
  roles: [],
  wikidataId: 'Q796',
  evidence: [quote('q-iraq', 0, 4)],
  reviewed: true,
  review: { reviewedBy: 'alice', reviewedAt: '2024-03-10T14:05:00.000Z' },
};

function relation(id: string, type: RelationType, reviewed = true): RelationRecord {
  return { id, type, from: 'iraq', to: 'coalition', time: null, place: null, description: 'talks', evidence: [quote(`q-${id}`, 0, 29)], reviewed, review: null };
}

describe('ingest queries', () => {
  it('upserts a document, keeping its text from the first load', () => {
    expect(upsertDocumentQuery(document, null)).toMatchInlineSnapshot(`
{
  "cypher": "
OPTIONAL MATCH (existing:Document {id: $id})
CALL (existing) {
  WITH existing WHERE $loadId IS NOT NULL AND existing IS NOT NULL AND coalesce(existing.createdByLoad, '') <> $loadId
  MERGE (u:LoadUndo {undoKey: $loadId + '|document|' + existing.id})
  ON CREATE SET u += properties(existing), u.undoLoad = $loadId, u.undoKind = 'document', u.undoId = existing.id
}
MERGE (d:Document {id: $id})
ON CREATE SET d.createdByLoad = $loadId, d.text = $text
WITH d, d.text AS storedText
SET d.title = $title, d.dateText = $dateText, d.dateStart = $dateStart, d.dateEnd = $dateEnd,
    d.publisher = $publisher, d.url = $url, d.language = $language
RETURN CASE WHEN storedText = $text THEN null ELSE storedText END AS changedFrom",
  "params": {
    "dateEnd": "2024-01-31",
    "dateStart": "2024-01-01",
    "dateText": "2024-01",
    "id": "doc-1",
    "language": "en",
    "loadId": null,
    "publisher": null,
    "text": "Iraq and the coalition talked.",
    "title": "Talks",
    "url": "https://example.org/talks",
  },
}
`);
  });

  it('upserts a document under a staged load, with no date', () => {
    expect(upsertDocumentQuery({ ...document, date: null }, 'load-1').params).toMatchInlineSnapshot(`
{
  "dateEnd": null,
  "dateStart": null,
  "dateText": null,
  "id": "doc-1",
  "language": "en",
  "loadId": "load-1",
  "publisher": null,
  "text": "Iraq and the coalition talked.",
  "title": "Talks",
  "url": "https://example.org/talks",
}
`);
  });

  it('upserts actors without their quotes, which go to the evidence statement', () => {
    expect(upsertActorsQuery('doc-1', [iraq], 'load-1')).toMatchInlineSnapshot(`
{
  "cypher": "
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
OPTIONAL MATCH (existing:Actor {id: row.id})
CALL (existing) {
  WITH existing WHERE $loadId IS NOT NULL AND existing IS NOT NULL AND coalesce(existing.createdByLoad, '') <> $loadId
  MERGE (u:LoadUndo {undoKey: $loadId + '|actor|' + existing.id})
  ON CREATE SET u += properties(existing), u.undoLoad = $loadId, u.undoKind = 'actor', u.undoId = existing.id
}
WITH d, row, existing IS NULL AS created
MERGE (a:Actor {id: row.id})
ON CREATE SET a.createdByLoad = $loadId, a.name = row.name, a.kind = row.kind, a.reviewed = row.reviewed, a.degree = 0
WITH d, row, a, row.reviewed AND NOT coalesce(a.reviewed, true) AS corrects, created
SET a.name = CASE WHEN corrects THEN row.name ELSE a.name END,
    a.kind = CASE WHEN corrects THEN row.kind ELSE a.kind END,
    a.description = CASE WHEN corrects THEN coalesce(row.description, a.description) ELSE coalesce(a.description, row.description) END,
    a.wikidataId = CASE WHEN corrects THEN coalesce(row.wikidataId, a.wikidataId) ELSE coalesce(a.wikidataId, row.wikidataId) END,
    a.reviewed = coalesce(a.reviewed, true) OR row.reviewed,
    a.reviewedBy = CASE WHEN row.reviewed AND row.reviewedBy IS NOT NULL THEN row.reviewedBy ELSE a.reviewedBy END,
    a.reviewedAt = CASE WHEN row.reviewed AND row.reviewedBy IS NOT NULL THEN row.reviewedAt ELSE a.reviewedAt END,
    a.aliases = reduce(acc = coalesce(a.aliases, []), x IN [row.name] + row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    a.roles = reduce(acc = coalesce(a.roles, []), x IN row.roles | CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET a.aliases = [x IN a.aliases WHERE x <> a.name]
SET a.aliasText = reduce(text = '', x IN a.aliases | text + x + ' | '),
    a.lowerNames = [toLower(a.name)] + [x IN a.aliases | toLower(x)]
MERGE (d)-[m:MENTIONS]->(a)
ON CREATE SET m.createdByLoad = $loadId
WITH *
CALL (row) {
  UNWIND row.evidence AS quote
  MERGE (e:Evidence {id: quote.id})
  ON CREATE SET e.createdByLoad = $loadId, e.quote = quote.quote, e.start = quote.start, e.end = quote.end, e.documentId = quote.documentId, e.actorId = row.id
}
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, count(*) AS total,
       collect(CASE WHEN a.kind <> row.kind THEN {actorId: row.id, field: 'kind', stored: a.kind, given: row.kind} END) +
       collect(CASE WHEN a.wikidataId <> row.wikidataId THEN {actorId: row.id, field: 'wikidataId', stored: a.wikidataId, given: row.wikidataId} END) AS conflicts,
       collect(CASE WHEN a.description <> row.description THEN {actorId: row.id, given: left(row.description, $shownChars)} END) AS keptDescriptions,
       collect(CASE WHEN size(a.aliases) > $maxAliases THEN {actorId: row.id, field: 'aliases', count: size(a.aliases), limit: $maxAliases} END) +
       collect(CASE WHEN size(a.roles) > $maxRoles THEN {actorId: row.id, field: 'roles', count: size(a.roles), limit: $maxRoles} END) AS overfull",
  "params": {
    "documentId": "doc-1",
    "loadId": "load-1",
    "maxAliases": 200,
    "maxRoles": 50,
    "rows": [
      {
        "aliases": [
          "Republic of Iraq",
        ],
        "description": null,
        "evidence": [
          {
            "documentId": "doc-1",
            "end": 4,
            "id": "q-iraq",
            "quote": "Iraq",
            "start": 0,
          },
        ],
        "id": "iraq",
        "kind": "STATE",
        "name": "Iraq",
        "reviewed": true,
        "reviewedAt": "2024-03-10T14:05:00.000Z",
        "reviewedBy": "alice",
        "roles": [],
        "wikidataId": "Q796",
      },
    ],
    "shownChars": 200,
  },
}
`);
  });

  it("merges quotes in their actor's or their relation's own statement, each row carrying its own", () => {
    const actors = upsertActorsQuery('doc-1', [iraq], null);
    expect(actors.params.rows).toEqual([expect.objectContaining({ id: 'iraq', evidence: iraq.evidence })]);
    expect(actors.cypher).toContain('e.documentId = quote.documentId, e.actorId = row.id');
    const [relations] = upsertRelationsQueries('doc-1', [relation('r-1', 'NEGOTIATES_WITH')], null);
    expect(relations.params.rows).toEqual([expect.objectContaining({ id: 'r-1', evidence: [quote('q-r-1', 0, 29)] })]);
    expect(relations.cypher).toContain('e.documentId = quote.documentId, e.relationId = row.id');
  });

  it('looks nothing up for a journal when the load has none (loadId null), and counts new actors by looking each up before its merge', () => {
    expect(upsertActorsQuery('doc-1', [iraq], null).cypher).toMatchInlineSnapshot(`
"
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
OPTIONAL MATCH (existing:Actor {id: row.id})
WITH d, row, existing IS NULL AS created
MERGE (a:Actor {id: row.id})
ON CREATE SET a.createdByLoad = $loadId, a.name = row.name, a.kind = row.kind, a.reviewed = row.reviewed, a.degree = 0
WITH d, row, a, row.reviewed AND NOT coalesce(a.reviewed, true) AS corrects, created
SET a.name = CASE WHEN corrects THEN row.name ELSE a.name END,
    a.kind = CASE WHEN corrects THEN row.kind ELSE a.kind END,
    a.description = CASE WHEN corrects THEN coalesce(row.description, a.description) ELSE coalesce(a.description, row.description) END,
    a.wikidataId = CASE WHEN corrects THEN coalesce(row.wikidataId, a.wikidataId) ELSE coalesce(a.wikidataId, row.wikidataId) END,
    a.reviewed = coalesce(a.reviewed, true) OR row.reviewed,
    a.reviewedBy = CASE WHEN row.reviewed AND row.reviewedBy IS NOT NULL THEN row.reviewedBy ELSE a.reviewedBy END,
    a.reviewedAt = CASE WHEN row.reviewed AND row.reviewedBy IS NOT NULL THEN row.reviewedAt ELSE a.reviewedAt END,
    a.aliases = reduce(acc = coalesce(a.aliases, []), x IN [row.name] + row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    a.roles = reduce(acc = coalesce(a.roles, []), x IN row.roles | CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET a.aliases = [x IN a.aliases WHERE x <> a.name]
SET a.aliasText = reduce(text = '', x IN a.aliases | text + x + ' | '),
    a.lowerNames = [toLower(a.name)] + [x IN a.aliases | toLower(x)]
MERGE (d)-[m:MENTIONS]->(a)
ON CREATE SET m.createdByLoad = $loadId
WITH *
CALL (row) {
  UNWIND row.evidence AS quote
  MERGE (e:Evidence {id: quote.id})
  ON CREATE SET e.createdByLoad = $loadId, e.quote = quote.quote, e.start = quote.start, e.end = quote.end, e.documentId = quote.documentId, e.actorId = row.id
}
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, count(*) AS total,
       collect(CASE WHEN a.kind <> row.kind THEN {actorId: row.id, field: 'kind', stored: a.kind, given: row.kind} END) +
       collect(CASE WHEN a.wikidataId <> row.wikidataId THEN {actorId: row.id, field: 'wikidataId', stored: a.wikidataId, given: row.wikidataId} END) AS conflicts,
       collect(CASE WHEN a.description <> row.description THEN {actorId: row.id, given: left(row.description, $shownChars)} END) AS keptDescriptions,
       collect(CASE WHEN size(a.aliases) > $maxAliases THEN {actorId: row.id, field: 'aliases', count: size(a.aliases), limit: $maxAliases} END) +
       collect(CASE WHEN size(a.roles) > $maxRoles THEN {actorId: row.id, field: 'roles', count: size(a.roles), limit: $maxRoles} END) AS overfull"
`);
  });

  it('journals a staged load\'s relations before changing them', () => {
    expect(upsertRelationsQueries('doc-1', [relation('r-1', 'NEGOTIATES_WITH')], 'load-1')[0].cypher).toMatchInlineSnapshot(`
"
UNWIND $rows AS row
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
OPTIONAL MATCH ()-[existing:NEGOTIATES_WITH {id: row.id}]->()
CALL (existing) {
  WITH existing WHERE $loadId IS NOT NULL AND existing IS NOT NULL AND coalesce(existing.createdByLoad, '') <> $loadId
  MERGE (u:LoadUndo {undoKey: $loadId + '|relation|' + existing.id})
  ON CREATE SET u += properties(existing), u.undoLoad = $loadId, u.undoKind = 'relation', u.undoId = existing.id, u.undoType = 'NEGOTIATES_WITH'
}
WITH row, a, b, existing IS NULL AS created
MERGE (a)-[r:NEGOTIATES_WITH {id: row.id}]->(b)
ON CREATE SET r.createdByLoad = $loadId, r.reviewed = row.reviewed
ON MATCH SET r.reviewed = coalesce(r.reviewed, true) OR row.reviewed
SET r.reviewedBy = CASE WHEN row.reviewed AND row.reviewedBy IS NOT NULL THEN row.reviewedBy ELSE r.reviewedBy END,
    r.reviewedAt = CASE WHEN row.reviewed AND row.reviewedBy IS NOT NULL THEN row.reviewedAt ELSE r.reviewedAt END,
    r.timeText = row.timeText, r.timeStart = row.timeStart, r.timeEnd = row.timeEnd,
    r.place = row.place, r.description = row.description,
    r.documentIds = CASE WHEN $documentId IN coalesce(r.documentIds, []) THEN r.documentIds
                         ELSE coalesce(r.documentIds, []) + $documentId END
WITH *
CALL (row) {
  UNWIND row.evidence AS quote
  MERGE (e:Evidence {id: quote.id})
  ON CREATE SET e.createdByLoad = $loadId, e.quote = quote.quote, e.start = quote.start, e.end = quote.end, e.documentId = quote.documentId, e.relationId = row.id
}
RETURN count(*) AS total"
`);
  });

  it('writes no relation statement for no relations', () => {
    expect(upsertRelationsQueries('doc-1', [], null)).toEqual([]);
  });

  it('writes relations of one type in one statement', () => {
    expect(upsertRelationsQueries('doc-1', [relation('r-1', 'NEGOTIATES_WITH'), relation('r-2', 'NEGOTIATES_WITH', false)], null)).toMatchInlineSnapshot(`
[
  {
    "cypher": "
UNWIND $rows AS row
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
MERGE (a)-[r:NEGOTIATES_WITH {id: row.id}]->(b)
ON CREATE SET r.createdByLoad = $loadId, r.reviewed = row.reviewed
ON MATCH SET r.reviewed = coalesce(r.reviewed, true) OR row.reviewed
SET r.reviewedBy = CASE WHEN row.reviewed AND row.reviewedBy IS NOT NULL THEN row.reviewedBy ELSE r.reviewedBy END,
    r.reviewedAt = CASE WHEN row.reviewed AND row.reviewedBy IS NOT NULL THEN row.reviewedAt ELSE r.reviewedAt END,
    r.timeText = row.timeText, r.timeStart = row.timeStart, r.timeEnd = row.timeEnd,
    r.place = row.place, r.description = row.description,
    r.documentIds = CASE WHEN $documentId IN coalesce(r.documentIds, []) THEN r.documentIds
                         ELSE coalesce(r.documentIds, []) + $documentId END
WITH *
CALL (row) {
  UNWIND row.evidence AS quote
  MERGE (e:Evidence {id: quote.id})
  ON CREATE SET e.createdByLoad = $loadId, e.quote = quote.quote, e.start = quote.start, e.end = quote.end, e.documentId = quote.documentId, e.relationId = row.id
}
RETURN count(*) AS total",
    "params": {
      "documentId": "doc-1",
      "loadId": null,
      "rows": [
        {
          "description": "talks",
          "evidence": [
            {
              "documentId": "doc-1",
              "end": 29,
              "id": "q-r-1",
              "quote": "Iraq and the coalition talked",
              "start": 0,
            },
          ],
          "from": "iraq",
          "id": "r-1",
          "place": null,
          "reviewed": true,
          "reviewedAt": null,
          "reviewedBy": null,
          "timeEnd": null,
          "timeStart": null,
          "timeText": null,
          "to": "coalition",
        },
        {
          "description": "talks",
          "evidence": [
            {
              "documentId": "doc-1",
              "end": 29,
              "id": "q-r-2",
              "quote": "Iraq and the coalition talked",
              "start": 0,
            },
          ],
          "from": "iraq",
          "id": "r-2",
          "place": null,
          "reviewed": false,
          "reviewedAt": null,
          "reviewedBy": null,
          "timeEnd": null,
          "timeStart": null,
          "timeText": null,
          "to": "coalition",
        },
      ],
    },
  },
]
`);
  });

  it('writes one statement per type present, in the order the types first occur', () => {
    const queries = upsertRelationsQueries('doc-1', [relation('r-1', 'SUPPORTS'), relation('r-2', 'ATTACKS'), relation('r-3', 'SUPPORTS')], 'load-1');
    expect(queries.map((query) => /MERGE \(a\)-\[r:([A-Z_]+) /.exec(query.cypher)?.[1])).toEqual(['SUPPORTS', 'ATTACKS']);
    expect(queries.map((query) => (query.params.rows as { id: string }[]).map((row) => row.id))).toEqual([['r-1', 'r-3'], ['r-2']]);
    expect(queries[1].cypher).toContain("u.undoType = 'ATTACKS'");
  });

  it('refuses a relation type outside the vocabulary', () => {
    expect(() => upsertRelationsQueries('doc-1', [relation('r-1', 'ATTACKS]->() DETACH DELETE a //' as RelationType)], null)).toThrow(
      /relation type must be one of the vocabulary/,
    );
  });

  it('lists possible duplicates and counts the graph', () => {
    expect(possibleDuplicatesQuery()).toMatchInlineSnapshot(`
{
  "cypher": "
MATCH (a:Actor)
UNWIND a.lowerNames AS name
WITH name, collect(DISTINCT a.id) AS actorIds
WHERE size(actorIds) > 1
RETURN name, actorIds ORDER BY name",
  "params": {},
}
`);
    expect(countGraphQuery()).toMatchInlineSnapshot(`
{
  "cypher": "
CALL { MATCH (d:Document) RETURN count(d) AS documents }
CALL { MATCH (a:Actor) RETURN count(a) AS actors }
CALL { MATCH ()-[r:NEGOTIATES_WITH|COOPERATES_WITH|ATTACKS|KILLED_BY|FIGHTS|OPPOSES|PRESSURES|LEADS|COMMANDS|PART_OF|AFFILIATED_WITH|SPOKESPERSON_FOR|SUPPORTS|DEMANDS_WITHDRAWAL_OF|INVADES|PRESENT_IN|WITHDRAWS_FROM]->() RETURN count(r) AS relations }
CALL { MATCH (e:Evidence) RETURN count(e) AS evidence }
RETURN documents, actors, relations, evidence",
  "params": {},
}
`);
  });
});
