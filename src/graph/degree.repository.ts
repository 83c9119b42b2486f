/**
 * An actor's degree (how many relations of the vocabulary it takes part in, either direction) kept
 * as the indexed actor property `degree`, so that `mostCentral(DEGREE)`, the actors listed by
 * degree, `Actor.degree`, a neighbourhood's nodes and exports read a property, and a ranking reads
 * the top of an index, as PageRank's does. Counting every actor's relations at query time took 6 s at a million relations.
 *
 * The one rule for every write path: a transaction that creates, deletes or moves relations, or
 * merges or splits actors, calls `refreshDegrees(runner, actorIds)` after its writes and before it
 * commits, with every surviving actor it touched (both ends of each relation written, deleted or
 * moved). The repository functions that write relations (`upsertRelations`, `deleteRelation`,
 * `writeDeletion`, `writeMerge`, `writeSplit`) call it themselves, and the undo of a staged load runs
 * `REFRESH_DEGREES_OF_UNDONE_LOAD`; a new write path calls it in the same way. An actor created
 * without relations gets degree 0 where it is created (`upsertActors`); a graph written before the
 * property existed gets it at the first start of the service (`backfillDegrees`), which then
 * records that it need not look again.
 *
 * A refresh recounts from the relationships (from Neo4j's degree counts, a few reads an actor), never
 * adds or subtracts, so a refresh repeated, or given an actor that did not change, is harmless.
 * Under concurrent writes it stays right because it takes each actor's write lock before counting
 * (in id order, so that two refreshes cannot deadlock on each other): of two transactions that
 * touched one actor, the one that locks it last waits for the other's commit and counts its
 * relations too. The loader's MERGE of a relation locks both actors already; a path that creates
 * or deletes relations otherwise relies on this lock.
 */
import { Database, QueryRunner } from '../neo4j/database';
import { CypherQuery, runQuery, runQueryInBatches } from './cypher-query';
import { DEGREE_PROPERTY, degreeOf } from './read-models';

/**
 * Sets the degree of the actor bound to `a`: the first SET takes the actor's write lock (the
 * value is unchanged), the second counts once the lock is held.
 */
export function refreshDegreeOf(a: string): string {
  return `SET ${a}.${DEGREE_PROPERTY} = coalesce(${a}.${DEGREE_PROPERTY}, 0)
  WITH ${a}
  SET ${a}.${DEGREE_PROPERTY} = ${degreeOf(a)}`;
}

/** Recounts the given actors' degrees; ids of actors that no longer exist are skipped. */
export function refreshDegreesQuery(actorIds: readonly string[]): CypherQuery {
  return {
    cypher: `
UNWIND $actorIds AS id
MATCH (a:Actor {id: id})
${refreshDegreeOf('a')}`,
    // Sorted, so that concurrent refreshes lock shared actors in the same order.
    params: { actorIds: [...new Set(actorIds)].sort() },
  };
}

/** How many actors one refresh statement recounts: a load's deferred refresh can name hundreds of thousands. */
const REFRESH_CHUNK = 10_000;

/**
 * Recounts the degrees of the actors a write touched, in the write's transaction; see the module's
 * header. The chunks follow the sorted order of all the ids, so the locks are still taken in id order.
 */
export async function refreshDegrees(runner: QueryRunner, actorIds: Iterable<string>): Promise<void> {
  const sorted = [...new Set(actorIds)].sort();
  for (let start = 0; start < sorted.length; start += REFRESH_CHUNK) await runQuery(runner, refreshDegreesQuery(sorted.slice(start, start + REFRESH_CHUNK)));
}

/**
 * The undo of a staged load (see load-journal.repository.ts) restores each actor it changed, degree
 * included, as it was before the load; it then recounts them, after its relations are gone, so a
 * relation written by another writer meanwhile still counts. Runs in batches (`$loadId`).
 */
export const REFRESH_DEGREES_OF_UNDONE_LOAD = `
MATCH (u:LoadUndo {undoLoad: $loadId, undoKind: 'actor'})
CALL (u) { MATCH (a:Actor {id: u.undoId}) ${refreshDegreeOf('a')} } IN TRANSACTIONS OF 5000 ROWS`;

/** Gives every actor without a degree its degree, in batches: a graph loaded before the property existed. */
export function backfillDegreesQuery(): CypherQuery {
  return {
    cypher: `
MATCH (a:Actor) WHERE a.${DEGREE_PROPERTY} IS NULL
CALL (a) { ${refreshDegreeOf('a')} } IN TRANSACTIONS OF 10000 ROWS`,
    params: {},
  };
}

/**
 * The node that records a finished backfill, among the nodes that keep the state of whole-graph
 * measures (see centrality.repository.ts). Written only once the last batch has committed, so a
 * backfill cut short runs again at the next start.
 */
const BACKFILL_RECORD = { id: 'degree' };

/** Whether a backfill has finished in this graph. */
export function degreesBackfilledQuery(): CypherQuery {
  return { cypher: 'RETURN EXISTS { (:Analytics {id: $id}) } AS backfilled', params: BACKFILL_RECORD };
}

/** Records that a backfill has finished, and when. */
export function recordBackfillQuery(): CypherQuery {
  return { cypher: 'MERGE (m:Analytics {id: $id}) SET m.degreesBackfilledAt = datetime()', params: BACKFILL_RECORD };
}

/**
 * Backfills once per graph: the backfill is a scan of every actor, which a start on a loaded graph
 * should not pay for when every write since the first backfill has kept the degrees.
 */
export async function backfillDegrees(database: Database): Promise<void> {
  const [{ backfilled }] = await database.read((runner) => runQuery<{ backfilled: boolean }>(runner, degreesBackfilledQuery()));
  if (backfilled) return;
  await runQueryInBatches(database, backfillDegreesQuery());
  await database.write((runner) => runQuery(runner, recordBackfillQuery()));
}
