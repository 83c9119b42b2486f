/**
 * A statement with its parameters, as every query builder of this folder returns it. Builders are
 * pure functions, exported so that unit tests pin their output for each branch (neo4j/graphql's
 * habit): a builder's bug, such as an empty UNION for an empty type list, is then caught by a test
 * rather than by the database. The repository function beside each builder runs it.
 */
import { RecordShape } from 'neo4j-driver';
import { CreatedCounts, Database, QueryRunner } from '../neo4j/database';

export interface CypherQuery {
  readonly cypher: string;
  readonly params: Record<string, unknown>;
}

export function runQuery<T extends RecordShape = RecordShape>(runner: QueryRunner, query: CypherQuery): Promise<T[]> {
  return runner.run<T>(query.cypher, query.params);
}

/** `runQuery`, with the server's counts of what the statement created. */
export function runQueryCounted<T extends RecordShape = RecordShape>(runner: QueryRunner, query: CypherQuery): Promise<{ rows: T[]; created: CreatedCounts }> {
  return runner.runCounted<T>(query.cypher, query.params);
}

/** Runs a statement that commits its own batches (`CALL ... IN TRANSACTIONS`), so outside any transaction. */
export function runQueryInBatches(database: Database, query: CypherQuery): Promise<void> {
  return database.runInBatches(query.cypher, query.params);
}
