/**
 * Reads quotes by their own ids (for `node(id)`); the quotes of relations and actors are read
 * with them, in relation.repository.ts.
 */
import { QueryRunner } from '../neo4j/database';
import { CypherQuery, runQuery } from './cypher-query';
import { EVIDENCE_PROJECTION, EvidenceRow } from './read-models';

/** Quotes by id, through the unique constraint's index; missing ids are simply absent. */
const EVIDENCE_BY_ID = `
UNWIND $ids AS id
MATCH (e:Evidence {id: id})
RETURN ${EVIDENCE_PROJECTION} AS evidence`;

export function evidenceByIdsQuery(ids: readonly string[]): CypherQuery {
  return { cypher: EVIDENCE_BY_ID, params: { ids: [...ids] } };
}

export async function evidenceByIds(runner: QueryRunner, ids: readonly string[]): Promise<EvidenceRow[]> {
  return (await runQuery<{ evidence: EvidenceRow }>(runner, evidenceByIdsQuery(ids))).map((row) => row.evidence);
}
