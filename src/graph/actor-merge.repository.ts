/**
 * The Cypher of merging two actors and of undoing a merge (see merge-plan.ts for what changes and
 * why). The caller runs the reads, plans, then the writes, all in one transaction: a merge or a
 * split is whole or nothing. Relation types enter a statement only after `chosenRelationTypes`
 * checked them; each type has its own statement.
 *
 * A merge leaves a `(:ActorMerge {id, keptId, mergedId, mergedBy, mergedAt, record})` node: the
 * memory of the decision. Until it is split (`splitAt`), the merged id redirects to the kept
 * actor: the loader reads `actorRedirects` before it writes (see actor-redirect.ts).
 */
import { QueryRunner } from '../neo4j/database';
import { CypherQuery, runQuery } from './cypher-query';
import { refreshDegrees } from './degree.repository';
import { actorsTouched, MergeRecord, MovedEvidence, MovedRelation, Properties, StoredRelation } from './merge-plan';
import { ActorRedirects, followRedirects } from './actor-redirect';
import { ActorKind, chosenRelationTypes, RelationType, relationTypePattern } from './vocabulary';

const TYPES = relationTypePattern();

export function actorPropertiesQuery(ids: readonly string[]): CypherQuery {
  return { cypher: 'UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id AS id, properties(a) AS properties', params: { ids: [...ids] } };
}

/** Each existing actor's stored properties, by id. */
export async function actorProperties(runner: QueryRunner, ids: readonly string[]): Promise<Map<string, Properties>> {
  const rows = await runQuery<{ id: string; properties: Properties }>(runner, actorPropertiesQuery(ids));
  return new Map(rows.map((row) => [row.id, row.properties]));
}

export function relationsOfActorQuery(actorId: string): CypherQuery {
  return {
    cypher: `MATCH (a:Actor {id: $actorId})-[r${TYPES}]-()
WITH DISTINCT r
// In a stable order, so that a merge's record reads the same for the same graph.
RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS properties ORDER BY type, r.id`,
    params: { actorId },
  };
}

export function relationsOfActor(runner: QueryRunner, actorId: string): Promise<StoredRelation[]> {
  return runQuery<StoredRelation>(runner, relationsOfActorQuery(actorId));
}

export function evidenceOfQuery(actorId: string, relationIds: readonly string[]): CypherQuery {
  return {
    cypher: `CALL () { MATCH (e:Evidence {actorId: $actorId}) RETURN e
  UNION UNWIND $relationIds AS id MATCH (e:Evidence {relationId: id}) RETURN e }
RETURN properties(e) AS properties ORDER BY e.id`,
    params: { actorId, relationIds: [...relationIds] },
  };
}

/** The quotes of an actor and of the given relations. */
export async function evidenceOf(runner: QueryRunner, actorId: string, relationIds: readonly string[]): Promise<Properties[]> {
  return (await runQuery<{ properties: Properties }>(runner, evidenceOfQuery(actorId, relationIds))).map((row) => row.properties);
}

export function documentsMentioningQuery(actorId: string): CypherQuery {
  return { cypher: 'MATCH (d:Document)-[:MENTIONS]->(:Actor {id: $actorId}) RETURN d.id AS id ORDER BY id', params: { actorId } };
}

export async function documentsMentioning(runner: QueryRunner, actorId: string): Promise<string[]> {
  return (await runQuery<{ id: string }>(runner, documentsMentioningQuery(actorId))).map((row) => row.id);
}

/** Which of the relation ids (with their types) the graph holds. */
export async function existingRelationIds(runner: QueryRunner, relations: readonly { readonly type: RelationType; readonly id: string }[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const type of chosenRelationTypes([...new Set(relations.map((relation) => relation.type))])) {
    const ids = relations.filter((relation) => relation.type === type).map((relation) => relation.id);
    const rows = await runQuery<{ id: string }>(runner, { cypher: `UNWIND $ids AS id MATCH ()-[r:${type} {id: id}]->() RETURN r.id AS id`, params: { ids } });
    for (const row of rows) found.add(row.id);
  }
  return found;
}

export async function existingEvidenceIds(runner: QueryRunner, ids: readonly string[]): Promise<Set<string>> {
  const rows = await runQuery<{ id: string }>(runner, { cypher: 'UNWIND $ids AS id MATCH (e:Evidence {id: id}) RETURN e.id AS id', params: { ids: [...ids] } });
  return new Set(rows.map((row) => row.id));
}

/** Per type: the merged actor's relations that move to a new relationship, and those that become one with the kept actor's (a statement only where there are some). */
export function moveRelationsQueries(relations: readonly MovedRelation[]): CypherQuery[] {
  const queries = chosenRelationTypes([...new Set(relations.map((relation) => relation.type))]).flatMap((type) => {
    const rows = (joined: boolean): { oldId: string; newId: string; from: string; to: string }[] =>
      relations.filter((relation) => relation.type === type && relation.joined === joined).map(({ oldId, newId, from, to }) => ({ oldId, newId, from, to }));
    return [
      {
        cypher: `UNWIND $rows AS row
MATCH ()-[old:${type} {id: row.oldId}]->()
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
CREATE (a)-[moved:${type}]->(b)
SET moved = properties(old), moved.id = row.newId
DELETE old`,
        params: { rows: rows(false) },
      },
      {
        cypher: `UNWIND $rows AS row
MATCH ()-[old:${type} {id: row.oldId}]->()
MATCH ()-[kept:${type} {id: row.newId}]->()
SET kept.documentIds = coalesce(kept.documentIds, []) + [id IN coalesce(old.documentIds, []) WHERE NOT id IN coalesce(kept.documentIds, [])],
    kept.reviewed = coalesce(kept.reviewed, true) OR coalesce(old.reviewed, true)
DELETE old`,
        params: { rows: rows(true) },
      },
    ];
  });
  return queries.filter((query) => (query.params.rows as unknown[]).length > 0);
}

/** Deletes relationships by type and id (a merge's loops, a deletion's relations); none for none (no types chosen means every type). */
export function deleteRelationsQueries(relations: readonly StoredRelation[]): CypherQuery[] {
  if (relations.length === 0) return [];
  return chosenRelationTypes([...new Set(relations.map((relation) => relation.type))]).map((type) => ({
    cypher: `UNWIND $ids AS id MATCH ()-[r:${type} {id: id}]->() DELETE r`,
    params: { ids: relations.filter((relation) => relation.type === type).map((relation) => String(relation.properties.id)) },
  }));
}

/** Quotes take their new ids and owners; the dropped ones go. */
export function moveEvidenceQuery(evidence: readonly MovedEvidence[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MATCH (e:Evidence {id: row.oldId})
FOREACH (_ IN CASE WHEN row.dropped THEN [1] ELSE [] END | DETACH DELETE e)
FOREACH (_ IN CASE WHEN row.dropped THEN [] ELSE [1] END | SET e.id = row.newId, e.relationId = row.relationId, e.actorId = row.actorId)`,
    params: { rows: evidence.map(({ oldId, newId, dropped, relationId, actorId }) => ({ oldId, newId, dropped, relationId, actorId })) },
  };
}

/** The kept actor is mentioned where the merged one was, takes its names, and the merged actor goes; the record stays. */
export function finishMergeQuery(record: MergeRecord, keptUpdate: Properties): CypherQuery {
  return {
    cypher: `MATCH (kept:Actor {id: $keptId}), (merged:Actor {id: $mergedId})
SET kept += $keptUpdate
WITH kept, merged
CALL (kept) { UNWIND $documents AS documentId MATCH (d:Document {id: documentId}) MERGE (d)-[:MENTIONS]->(kept) }
DETACH DELETE merged
CREATE (:ActorMerge {id: $id, keptId: $keptId, mergedId: $mergedId, mergedBy: $mergedBy, mergedAt: $mergedAt, record: $record})`,
    params: {
      id: record.id,
      keptId: record.keptId,
      mergedId: record.mergedId,
      mergedBy: record.mergedBy,
      mergedAt: record.mergedAt,
      documents: record.addedDocuments,
      keptUpdate,
      record: JSON.stringify(record),
    },
  };
}

/** Writes a planned merge and recounts the degrees of the actors whose relations it moved. */
export async function writeMerge(runner: QueryRunner, record: MergeRecord, keptUpdate: Properties): Promise<void> {
  for (const query of moveRelationsQueries(record.relations)) await runQuery(runner, query);
  for (const query of deleteRelationsQueries(record.loops)) await runQuery(runner, query);
  await runQuery(runner, moveEvidenceQuery(record.evidence));
  await runQuery(runner, finishMergeQuery(record, keptUpdate));
  await refreshDegrees(runner, actorsTouched(record));
}

const LATEST_MERGE = `MATCH (m:ActorMerge {mergedId: $mergedId}) WHERE m.splitAt IS NULL
RETURN m.record AS record ORDER BY m.mergedAt DESC LIMIT 1`;

/** The merge that made `mergedId` redirect, if it still stands. */
export async function latestMerge(runner: QueryRunner, mergedId: string): Promise<MergeRecord | null> {
  const [row] = await runQuery<{ record: string }>(runner, { cypher: LATEST_MERGE, params: { mergedId } });
  return row === undefined ? null : (JSON.parse(row.record) as MergeRecord);
}

/**
 * Undoes a merge: the merged actor comes back with its properties, mentions and relations, and
 * its quotes go back to it; what the kept actor took from it is taken away again. A relation the
 * merge made, or joined, keeps the quotes loaded onto it since and is deleted only when it has
 * none left; its documents are then those of its quotes.
 */
export function splitQueries(record: MergeRecord, keptUpdate: Properties, splitBy: string, splitAt: string): CypherQuery[] {
  const restored: StoredRelation[] = [
    ...record.relations.map(({ type, originalFrom, originalTo, properties }) => ({ type, from: originalFrom, to: originalTo, properties })),
    ...record.loops,
  ];
  return [
    {
      cypher: 'CREATE (a:Actor) SET a = $properties',
      params: { properties: record.merged },
    },
    {
      cypher: `UNWIND $rows AS row
OPTIONAL MATCH (moved:Evidence {id: row.newId})
FOREACH (_ IN CASE WHEN row.dropped OR moved IS NULL THEN [] ELSE [1] END | DETACH DELETE moved)
CREATE (e:Evidence)
SET e = row.properties, e.start = toInteger(row.properties.start), e.end = toInteger(row.properties.end)`,
      params: { rows: record.evidence.map(({ newId, dropped, properties }) => ({ newId, dropped, properties })) },
    },
    ...chosenRelationTypes([...new Set(restored.map((relation) => relation.type))]).map((type) => ({
      cypher: `UNWIND $rows AS row
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.properties`,
      params: { rows: restored.filter((relation) => relation.type === type).map(({ from, to, properties }) => ({ from, to, properties })) },
    })),
    ...chosenRelationTypes([...new Set(record.relations.map((relation) => relation.type))]).map((type) => ({
      cypher: `UNWIND $ids AS id
MATCH ()-[r:${type} {id: id}]->()
WITH r, COLLECT { MATCH (e:Evidence {relationId: r.id}) RETURN DISTINCT e.documentId } AS documents
FOREACH (_ IN CASE WHEN size(documents) = 0 THEN [1] ELSE [] END | DELETE r)
FOREACH (_ IN CASE WHEN size(documents) = 0 THEN [] ELSE [1] END | SET r.documentIds = [id IN r.documentIds WHERE id IN documents])`,
      params: { ids: record.relations.filter((relation) => relation.type === type).map((relation) => relation.newId) },
    })),
    {
      cypher: `MATCH (kept:Actor {id: $keptId}), (merged:Actor {id: $mergedId})
SET kept += $keptUpdate
WITH kept, merged
CALL (merged) { UNWIND $mentioned AS documentId MATCH (d:Document {id: documentId}) MERGE (d)-[:MENTIONS]->(merged) }
CALL (kept) {
  MATCH (d:Document)-[mention:MENTIONS]->(kept)
  WHERE d.id IN $added AND NOT EXISTS { (:Evidence {actorId: kept.id, documentId: d.id}) } AND NOT EXISTS { (kept)-[r${TYPES}]-() WHERE d.id IN r.documentIds }
  DELETE mention
}
WITH kept
MATCH (m:ActorMerge {id: $mergeId})
SET m.splitAt = $splitAt, m.splitBy = $splitBy`,
      params: { keptId: record.keptId, mergedId: record.mergedId, keptUpdate, mentioned: record.mergedDocuments, added: record.addedDocuments, mergeId: record.id, splitAt, splitBy },
    },
  ];
}

/** Writes the undo of a merge and recounts the degrees of the actors whose relations it moved back. */
export async function writeSplit(runner: QueryRunner, record: MergeRecord, keptUpdate: Properties, splitBy: string, splitAt: string): Promise<void> {
  for (const query of splitQueries(record, keptUpdate, splitBy, splitAt)) await runQuery(runner, query);
  await refreshDegrees(runner, actorsTouched(record));
}

/** Standing merges, with the facts of their kept actors where those still exist. */
export const REDIRECTS = `MATCH (m:ActorMerge) WHERE m.splitAt IS NULL
OPTIONAL MATCH (kept:Actor {id: m.keptId})
RETURN m.mergedId AS mergedId, m.keptId AS keptId, kept.kind AS kind, kept.wikidataId AS wikidataId, kept IS NOT NULL AS exists`;

/** Every standing merge as merged id → the actor it names now (see actor-redirect.ts). */
export async function actorRedirects(runner: QueryRunner): Promise<ActorRedirects> {
  const rows = await runQuery<{ mergedId: string; keptId: string; kind: ActorKind | null; wikidataId: string | null; exists: boolean }>(runner, { cypher: REDIRECTS, params: {} });
  const existing = new Map(rows.filter((row) => row.exists).map((row) => [row.keptId, { kind: row.kind!, wikidataId: row.wikidataId }]));
  return followRedirects(new Map(rows.map((row) => [row.mergedId, row.keptId])), existing);
}
