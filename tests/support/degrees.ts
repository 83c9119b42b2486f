/**
 * The check every write path's test makes of the stored degrees (see src/graph/degree.repository.ts):
 * each actor's `degree` property equals the count of its relations, read from the graph itself.
 */
import { Database } from '../../src/neo4j/database';
import { degreeOf } from '../../src/graph/read-models';

export interface DegreeRow {
  readonly id: string;
  readonly stored: number | null;
  readonly counted: number;
}

/** Each actor's stored and counted degree, by id; actors that do not exist are absent. */
export async function degreesOf(database: Database, actorIds: readonly string[]): Promise<DegreeRow[]> {
  return database.read((runner) =>
    runner.run<DegreeRow & Record<string, unknown>>(
      `UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id AS id, a.degree AS stored, ${degreeOf('a')} AS counted ORDER BY id`,
      { ids: [...actorIds] },
    ),
  );
}

/** Fails naming every actor whose stored degree is not its count; returns the counts by id. */
export async function expectDegreesRight(database: Database, actorIds: readonly string[]): Promise<Record<string, number>> {
  const rows = await degreesOf(database, actorIds);
  expect(rows.filter((row) => row.stored !== row.counted)).toEqual([]);
  return Object.fromEntries(rows.map((row) => [row.id, row.counted]));
}
