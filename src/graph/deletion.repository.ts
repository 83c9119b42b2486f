/**
 * The Cypher of deleting a document or an actor (see deletion-plan.ts for what goes and why). The
 * caller reads, plans, then writes, all in one transaction: a deletion is whole or nothing.
 *
 * A deletion leaves a `(:Deletion {id, kind, targetId, deletedBy, deletedAt, record})` node, the
 * journal of who deleted what and when, whose `record` (JSON) holds every property of what went.
 */
import { QueryRunner } from '../neo4j/database';
import { actorProperties, deleteRelationsQueries, documentsMentioning, evidenceOf, relationsOfActor } from './actor-merge.repository';
import { CypherQuery, runQuery } from './cypher-query';
import { refreshDegrees } from './degree.repository';
import { ActorHoldings, ActorSupport, DeletionRecord, DocumentHoldings, NarrowedRelation, survivingEnds } from './deletion-plan';
import { Properties, StoredRelation } from './merge-plan';
import { chosenRelationTypes, relationTypePattern } from './vocabulary';

const TYPES = relationTypePattern();

/** The relations that cite the document: both their ends are actors it mentions, so they are found from its mentions. */
export function documentRelationsQuery(documentId: string): CypherQuery {
  return {
    cypher: `MATCH (:Document {id: $documentId})-[:MENTIONS]->(a:Actor)-[r${TYPES}]->(b:Actor)
WHERE $documentId IN r.documentIds
RETURN DISTINCT type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties ORDER BY type, properties.id`,
    params: { documentId },
  };
}

/** The actors the document mentions, with the documents that mention each and its relations some other document supports. */
export function mentionedActorsQuery(documentId: string): CypherQuery {
  return {
    cypher: `MATCH (:Document {id: $documentId})-[:MENTIONS]->(a:Actor)
RETURN properties(a) AS properties,
  COLLECT { MATCH (d:Document)-[:MENTIONS]->(a) RETURN d.id ORDER BY d.id } AS mentionedIn,
  COUNT { (a)-[r${TYPES}]-() WHERE any(id IN coalesce(r.documentIds, []) WHERE id <> $documentId) } AS relationsElsewhere
ORDER BY properties.id`,
    params: { documentId },
  };
}

export function documentEvidenceQuery(documentId: string): CypherQuery {
  return { cypher: 'MATCH (e:Evidence {documentId: $documentId}) RETURN properties(e) AS properties ORDER BY e.id', params: { documentId } };
}

/** What deleting the document would touch; null when there is no such document. */
export async function documentHoldings(runner: QueryRunner, documentId: string): Promise<DocumentHoldings | null> {
  const [found] = await runQuery<{ properties: Properties }>(runner, { cypher: 'MATCH (d:Document {id: $documentId}) RETURN properties(d) AS properties', params: { documentId } });
  if (found === undefined) return null;
  return {
    document: found.properties,
    relations: await runQuery<StoredRelation>(runner, documentRelationsQuery(documentId)),
    mentioned: await runQuery<ActorSupport>(runner, mentionedActorsQuery(documentId)),
    evidence: (await runQuery<{ properties: Properties }>(runner, documentEvidenceQuery(documentId))).map((row) => row.properties),
  };
}

/** What deleting the actor would touch; null when there is no such actor. */
export async function actorHoldings(runner: QueryRunner, actorId: string): Promise<ActorHoldings | null> {
  const actor = (await actorProperties(runner, [actorId])).get(actorId);
  if (actor === undefined) return null;
  const relations = await relationsOfActor(runner, actorId);
  return {
    actor,
    mentionedIn: await documentsMentioning(runner, actorId),
    relations,
    evidence: await evidenceOf(runner, actorId, relations.map((relation) => String(relation.properties.id))),
  };
}

/** Relations that stay, cited by the remaining documents only; none for none (no types chosen means every type). */
export function narrowRelationsQueries(narrowed: readonly NarrowedRelation[]): CypherQuery[] {
  if (narrowed.length === 0) return [];
  return chosenRelationTypes([...new Set(narrowed.map((relation) => relation.type))]).map((type) => ({
    cypher: `UNWIND $rows AS row MATCH ()-[r:${type} {id: row.id}]->() SET r.documentIds = row.documentIds`,
    params: { rows: narrowed.filter((relation) => relation.type === type).map((relation) => ({ id: relation.id, documentIds: [...relation.documentIdsAfter] })) },
  }));
}

export function deleteEvidenceQuery(ids: readonly string[]): CypherQuery {
  return { cypher: 'UNWIND $ids AS id MATCH (e:Evidence {id: id}) DETACH DELETE e', params: { ids: [...ids] } };
}

/** Actors go with their mentions; their relations went before them. */
export function deleteActorsQuery(ids: readonly string[]): CypherQuery {
  return { cypher: 'UNWIND $ids AS id MATCH (a:Actor {id: id}) DETACH DELETE a', params: { ids: [...ids] } };
}

export function deleteDocumentQuery(documentId: string): CypherQuery {
  return { cypher: 'MATCH (d:Document {id: $documentId}) DETACH DELETE d', params: { documentId } };
}

export function recordDeletionQuery(record: DeletionRecord): CypherQuery {
  return {
    cypher: 'CREATE (:Deletion {id: $id, kind: $kind, targetId: $targetId, deletedBy: $deletedBy, deletedAt: $deletedAt, record: $record})',
    params: { id: record.id, kind: record.kind, targetId: record.targetId, deletedBy: record.deletedBy, deletedAt: record.deletedAt, record: JSON.stringify(record) },
  };
}

/** Every statement of a planned deletion, in order: quotes, relations, actors, the document, the journal. */
export function deletionQueries(record: DeletionRecord): CypherQuery[] {
  return [
    deleteEvidenceQuery(record.evidence.map((quote) => String(quote.id))),
    ...deleteRelationsQueries(record.relations),
    ...narrowRelationsQueries(record.narrowed),
    deleteActorsQuery(record.actors.map((actor) => String(actor.properties.id))),
    ...(record.document === null ? [] : [deleteDocumentQuery(record.targetId)]),
    recordDeletionQuery(record),
  ];
}

/** Writes a planned deletion and recounts the degrees of the actors that stay and lost relations. */
export async function writeDeletion(runner: QueryRunner, record: DeletionRecord): Promise<void> {
  for (const query of deletionQueries(record)) await runQuery(runner, query);
  await refreshDegrees(runner, survivingEnds(record));
}

export function deletionsQuery(first: number): CypherQuery {
  return { cypher: 'MATCH (x:Deletion) WHERE x.deletedAt IS NOT NULL RETURN x.record AS record ORDER BY x.deletedAt DESC, x.id LIMIT $first', params: { first } };
}

/** The latest deletions, newest first, with their records. */
export async function latestDeletions(runner: QueryRunner, first: number): Promise<DeletionRecord[]> {
  const rows = await runQuery<{ record: string }>(runner, deletionsQuery(first));
  return rows.map((row) => JSON.parse(row.record) as DeletionRecord);
}
