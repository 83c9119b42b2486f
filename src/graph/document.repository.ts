/**
 * Reads documents: by id (batched), as a keyset-paginated list, and what links them to actors and
 * relations (batched for many documents or actors at once).
 */
import { QueryRunner } from '../neo4j/database';
import { CypherQuery, runQuery } from './cypher-query';
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

export function documentsByIdsQuery(ids: readonly string[]): CypherQuery {
  return { cypher: DOCUMENTS_BY_ID, params: { ids } };
}

export async function documentsByIds(runner: QueryRunner, ids: readonly string[]): Promise<DocumentRow[]> {
  return (await runQuery<{ document: DocumentRow }>(runner, documentsByIdsQuery(ids))).map((row) => row.document);
}

/** Asks for one document more than the page, to know whether there is a next page. */
export function findDocumentsQuery(page: PageRequest): CypherQuery {
  return { cypher: FIND_DOCUMENTS, params: { after: page.after?.[0] ?? null, limit: page.first + 1 } };
}

export async function findDocuments(runner: QueryRunner, page: PageRequest): Promise<Page<DocumentRow>> {
  const [row] = await runQuery<{ totalCount: number; documents: DocumentRow[] }>(runner, findDocumentsQuery(page));
  return { rows: row.documents.slice(0, page.first), hasNextPage: row.documents.length > page.first, totalCount: row.totalCount };
}

export function documentIdsOfActorsQuery(ids: readonly string[]): CypherQuery {
  return { cypher: DOCUMENT_IDS_OF_ACTORS, params: { ids } };
}

export async function documentIdsOfActors(runner: QueryRunner, ids: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await runQuery<{ id: string; documentIds: string[] }>(runner, documentIdsOfActorsQuery(ids));
  return new Map(rows.map((row) => [row.id, row.documentIds]));
}

export function actorsOfDocumentsQuery(ids: readonly string[]): CypherQuery {
  return { cypher: ACTORS_OF_DOCUMENTS, params: { ids } };
}

export async function actorsOfDocuments(runner: QueryRunner, ids: readonly string[]): Promise<Map<string, ActorRow[]>> {
  const rows = await runQuery<{ id: string; actors: ActorRow[] }>(runner, actorsOfDocumentsQuery(ids));
  return new Map(rows.map((row) => [row.id, row.actors]));
}

export function relationIdsOfDocumentsQuery(ids: readonly string[]): CypherQuery {
  return { cypher: RELATION_IDS_OF_DOCUMENTS, params: { ids } };
}

export async function relationIdsOfDocuments(runner: QueryRunner, ids: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await runQuery<{ id: string; relationIds: string[] }>(runner, relationIdsOfDocumentsQuery(ids));
  return new Map(rows.map((row) => [row.id, row.relationIds]));
}
