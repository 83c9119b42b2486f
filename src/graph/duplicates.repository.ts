/**
 * The reads behind `possibleDuplicates`: every actor's names page by page (keyset, in id order),
 * and for chosen pairs what the graph says of both (neighbours in common, documents that mention
 * both), in one statement per batch of pairs.
 */
import { QueryRunner } from '../neo4j/database';
import { CypherQuery, runQuery } from './cypher-query';
import { ActorKind, relationTypePattern } from './vocabulary';

/** An actor as duplicate finding needs it. */
export interface ActorProfile {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: readonly string[];
  readonly wikidataId: string | null;
}

export interface PairStructureRow {
  readonly a: string;
  readonly b: string;
  readonly sharedNeighbours: number;
  readonly sharedDocuments: number;
}

export function actorProfilesPageQuery(afterId: string | null, limit: number): CypherQuery {
  return {
    cypher: `MATCH (a:Actor) WHERE $afterId IS NULL OR a.id > $afterId
WITH a ORDER BY a.id LIMIT $limit
RETURN a.id AS id, a.name AS name, a.kind AS kind, coalesce(a.aliases, []) AS aliases, a.wikidataId AS wikidataId`,
    params: { afterId, limit },
  };
}

export function actorProfilesPage(runner: QueryRunner, afterId: string | null, limit: number): Promise<ActorProfile[]> {
  return runQuery<ActorProfile>(runner, actorProfilesPageQuery(afterId, limit));
}

const TYPES = relationTypePattern();

/** For each pair [a, b] of actor ids: the distinct actors related to both, and the documents that mention both. */
export function pairStructuresQuery(pairs: readonly (readonly [string, string])[]): CypherQuery {
  return {
    cypher: `UNWIND $pairs AS pair
MATCH (a:Actor {id: pair[0]}), (b:Actor {id: pair[1]})
RETURN a.id AS a, b.id AS b,
  size(COLLECT { MATCH (a)-[${TYPES}]-(n) WHERE n <> b AND EXISTS { (n)-[${TYPES}]-(b) } RETURN DISTINCT n }) AS sharedNeighbours,
  COUNT { MATCH (a)<-[:MENTIONS]-(d:Document)-[:MENTIONS]->(b) RETURN DISTINCT d } AS sharedDocuments`,
    params: { pairs: pairs.map((pair) => [...pair]) },
  };
}

export function pairStructures(runner: QueryRunner, pairs: readonly (readonly [string, string])[]): Promise<PairStructureRow[]> {
  return runQuery<PairStructureRow>(runner, pairStructuresQuery(pairs));
}
