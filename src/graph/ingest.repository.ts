/**
 * Writes documents, actors, relations and their evidence: all the Cypher of loading.
 *
 * Every statement is a batched `UNWIND $rows ... MERGE` with values only in parameters, so the
 * same statement text serves every batch and every load, and loading twice changes nothing.
 * Relation types are native relationship types; they cannot be parameters, so each type gets its
 * own statement, built once from the closed vocabulary.
 *
 * A staged load (see load-journal.repository.ts) passes its id: what it creates is marked with it,
 * and what it changes is recorded first, so that it can be undone; other loads pass null.
 *
 * Model: (:Document)-[:MENTIONS]->(:Actor)-[:<TYPE> {id, ...}]->(:Actor); quotes are
 * (:Evidence {id, quote, start, end, documentId, relationId | actorId}) nodes, found by index.
 */
import { QueryRunner } from '../neo4j/database';
import { rememberBeforeChange } from './load-journal.repository';
import { ActorRecord, DocumentRecord, RelationRecord } from './domain';
import { RELATION_TYPE_NAMES, RelationType } from './vocabulary';

export interface WriteCounts {
  readonly created: number;
  readonly total: number;
}

export interface GraphCounts {
  readonly documents: number;
  readonly actors: number;
  readonly relations: number;
  readonly evidence: number;
}

export interface PossibleDuplicate {
  /** The shared name or alias, lower-cased. */
  readonly name: string;
  readonly actorIds: readonly string[];
}

/** Creates or updates the document node. */
const UPSERT_DOCUMENT = `
OPTIONAL MATCH (existing:Document {id: $id})
${rememberBeforeChange('document')}
MERGE (d:Document {id: $id})
ON CREATE SET d.createdByLoad = $loadId
SET d.title = $title, d.text = $text, d.dateText = $dateText, d.dateStart = $dateStart, d.dateEnd = $dateEnd,
    d.publisher = $publisher, d.url = $url, d.language = $language`;

/** Merges actors, unions their aliases and roles with earlier documents', links them to the document. */
const UPSERT_ACTORS = `
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
OPTIONAL MATCH (existing:Actor {id: row.id})
${rememberBeforeChange('actor')}
WITH d, row, existing IS NULL AS created
MERGE (a:Actor {id: row.id})
ON CREATE SET a.createdByLoad = $loadId
SET a.name = row.name, a.kind = row.kind,
    a.description = coalesce(row.description, a.description),
    a.wikidataId = coalesce(row.wikidataId, a.wikidataId),
    a.aliases = reduce(acc = coalesce(a.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    a.roles = reduce(acc = coalesce(a.roles, []), x IN row.roles | CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET a.aliases = [x IN a.aliases WHERE x <> a.name]
SET a.aliasText = reduce(text = '', x IN a.aliases | text + x + ' | '),
    a.lowerNames = [toLower(a.name)] + [x IN a.aliases | toLower(x)]
MERGE (d)-[m:MENTIONS]->(a)
ON CREATE SET m.createdByLoad = $loadId
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, count(*) AS total`;

/** Merges quotes; a quote belongs to one actor or one relation and one document. */
const UPSERT_EVIDENCE = `
UNWIND $rows AS row
OPTIONAL MATCH (existing:Evidence {id: row.id})
${rememberBeforeChange('evidence')}
MERGE (e:Evidence {id: row.id})
ON CREATE SET e.createdByLoad = $loadId
SET e.quote = row.quote, e.start = row.start, e.end = row.end, e.documentId = row.documentId,
    e.actorId = row.actorId, e.relationId = row.relationId`;

/** Merges relations of one type between existing actors and records the supporting document. */
function upsertRelationsQuery(type: RelationType): string {
  return `
UNWIND $rows AS row
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
OPTIONAL MATCH ()-[existing:${type} {id: row.id}]->()
${rememberBeforeChange('relation', type)}
WITH row, a, b, existing IS NULL AS created
MERGE (a)-[r:${type} {id: row.id}]->(b)
ON CREATE SET r.createdByLoad = $loadId
SET r.timeText = row.timeText, r.timeStart = row.timeStart, r.timeEnd = row.timeEnd,
    r.place = row.place, r.description = row.description,
    r.documentIds = CASE WHEN $documentId IN coalesce(r.documentIds, []) THEN r.documentIds
                         ELSE coalesce(r.documentIds, []) + $documentId END
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, count(*) AS total`;
}

const UPSERT_RELATIONS: Readonly<Record<RelationType, string>> = Object.fromEntries(
  RELATION_TYPE_NAMES.map((type) => [type, upsertRelationsQuery(type)]),
) as Record<RelationType, string>;

/** Names (or aliases) that more than one actor carries. */
const POSSIBLE_DUPLICATES = `
MATCH (a:Actor)
UNWIND a.lowerNames AS name
WITH name, collect(DISTINCT a.id) AS actorIds
WHERE size(actorIds) > 1
RETURN name, actorIds ORDER BY name`;

const COUNT_GRAPH = `
CALL { MATCH (d:Document) RETURN count(d) AS documents }
CALL { MATCH (a:Actor) RETURN count(a) AS actors }
CALL { MATCH (:Actor)-[r]->(:Actor) RETURN count(r) AS relations }
CALL { MATCH (e:Evidence) RETURN count(e) AS evidence }
RETURN documents, actors, relations, evidence`;

export async function upsertDocument(runner: QueryRunner, document: DocumentRecord, loadId: string | null = null): Promise<void> {
  await runner.run(UPSERT_DOCUMENT, {
    loadId,
    id: document.id,
    title: document.title,
    text: document.text,
    dateText: document.date?.text ?? null,
    dateStart: document.date?.start ?? null,
    dateEnd: document.date?.end ?? null,
    publisher: document.publisher,
    url: document.url,
    language: document.language,
  });
}

export async function upsertActors(runner: QueryRunner, documentId: string, actors: readonly ActorRecord[], loadId: string | null = null): Promise<WriteCounts> {
  if (actors.length === 0) return { created: 0, total: 0 };
  const rows = actors.map(({ id, name, kind, aliases, description, roles, wikidataId }) => ({ id, name, kind, aliases, description, roles, wikidataId }));
  const evidence = actors.flatMap((actor) => actor.evidence.map((quote) => ({ ...quote, actorId: actor.id, relationId: null })));
  const [counts] = await runner.run<{ created: number; total: number }>(UPSERT_ACTORS, { documentId, rows, loadId });
  await runner.run(UPSERT_EVIDENCE, { rows: evidence, loadId });
  return counts;
}

export async function upsertRelations(
  runner: QueryRunner,
  documentId: string,
  relations: readonly RelationRecord[],
  loadId: string | null = null,
): Promise<WriteCounts> {
  const byType = new Map<RelationType, RelationRecord[]>();
  for (const relation of relations) byType.set(relation.type, [...(byType.get(relation.type) ?? []), relation]);
  let created = 0;
  let total = 0;
  for (const [type, group] of byType) {
    const rows = group.map((relation) => ({
      id: relation.id,
      from: relation.from,
      to: relation.to,
      timeText: relation.time?.text ?? null,
      timeStart: relation.time?.start ?? null,
      timeEnd: relation.time?.end ?? null,
      place: relation.place,
      description: relation.description,
    }));
    const [counts] = await runner.run<{ created: number; total: number }>(UPSERT_RELATIONS[type], { documentId, rows, loadId });
    created += counts.created;
    total += counts.total;
  }
  const evidence = relations.flatMap((relation) => relation.evidence.map((quote) => ({ ...quote, actorId: null, relationId: relation.id })));
  await runner.run(UPSERT_EVIDENCE, { rows: evidence, loadId });
  return { created, total };
}

export async function findPossibleDuplicates(runner: QueryRunner): Promise<PossibleDuplicate[]> {
  return runner.run<{ name: string; actorIds: string[] }>(POSSIBLE_DUPLICATES).then((rows) =>
    rows.map((row) => ({ name: row.name, actorIds: row.actorIds })),
  );
}

export async function countGraph(runner: QueryRunner): Promise<GraphCounts> {
  const [counts] = await runner.run<{ documents: number; actors: number; relations: number; evidence: number }>(COUNT_GRAPH);
  return counts;
}
