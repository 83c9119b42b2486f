/**
 * Reads documents: by id (batched), as a keyset-paginated list, and what links them to actors and
 * relations (batched for many documents or actors at once).
 */
import { QueryRunner } from '../neo4j/database';
import { actorProjection, ActorRow, DOCUMENT_PROJECTION, DocumentRow, Page, PageRequest } from './read-models';

const DOCUMENTS_BY_ID = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN ${DOCUMENT_PROJECTION} AS document`;

/** One page of documents by id, with the count of all. */
const FIND_DOCUMENTS = `
CALL () { MATCH (d:Document) RETURN count(d) AS totalCount }
CALL () {
  MATCH (d:Document) WHERE $after IS NULL OR d.id > $after
  WITH d ORDER BY d.id LIMIT $limit
  RETURN collect(${DOCUMENT_PROJECTION}) AS documents
}
RETURN totalCount, documents`;

/** For each actor, the ids of the documents that mention it. */
const DOCUMENT_IDS_OF_ACTORS = `
UNWIND $ids AS id
MATCH (d:Document)-[:MENTIONS]->(:Actor {id: id})
WITH id, d ORDER BY d.id
RETURN id, collect(d.id) AS documentIds`;

/** For each document, the actors it mentions, by name. */
const ACTORS_OF_DOCUMENTS = `
UNWIND $ids AS id
MATCH (:Document {id: id})-[:MENTIONS]->(a:Actor)
WITH id, a ORDER BY a.name, a.id
RETURN id, collect(${actorProjection()}) AS actors`;

/** For each document, the ids of the relations it gives quotes for. */
const RELATION_IDS_OF_DOCUMENTS = `
UNWIND $ids AS id
MATCH (e:Evidence {documentId: id}) WHERE e.relationId IS NOT NULL
WITH id, e.relationId AS relationId ORDER BY relationId
RETURN id, collect(DISTINCT relationId) AS relationIds`;

export async function documentsByIds(runner: QueryRunner, ids: readonly string[]): Promise<DocumentRow[]> {
  return (await runner.run<{ document: DocumentRow }>(DOCUMENTS_BY_ID, { ids })).map((row) => row.document);
}

export async function findDocuments(runner: QueryRunner, page: PageRequest): Promise<Page<DocumentRow>> {
  const [row] = await runner.run<{ totalCount: number; documents: DocumentRow[] }>(FIND_DOCUMENTS, {
    after: page.after?.[0] ?? null,
    limit: page.first + 1,
  });
  return { rows: row.documents.slice(0, page.first), hasNextPage: row.documents.length > page.first, totalCount: row.totalCount };
}

export async function documentIdsOfActors(runner: QueryRunner, ids: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await runner.run<{ id: string; documentIds: string[] }>(DOCUMENT_IDS_OF_ACTORS, { ids });
  return new Map(rows.map((row) => [row.id, row.documentIds]));
}

export async function actorsOfDocuments(runner: QueryRunner, ids: readonly string[]): Promise<Map<string, ActorRow[]>> {
  const rows = await runner.run<{ id: string; actors: ActorRow[] }>(ACTORS_OF_DOCUMENTS, { ids });
  return new Map(rows.map((row) => [row.id, row.actors]));
}

export async function relationIdsOfDocuments(runner: QueryRunner, ids: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await runner.run<{ id: string; relationIds: string[] }>(RELATION_IDS_OF_DOCUMENTS, { ids });
  return new Map(rows.map((row) => [row.id, row.relationIds]));
}
