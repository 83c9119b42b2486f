/**
 * `mergeActors` and `splitActor`: one transaction each, planned from what the graph holds (see
 * graph/merge-plan.ts) and written through graph/actor-merge.repository.ts. The whole-graph
 * measures are marked stale after either, as after a load. Both take the loads' lock, so that a
 * merge never moves what a load is writing.
 */
import { randomUUID } from 'node:crypto';
import { CodedError } from '../errors/coded-error';
import { ERROR_CODES } from '../errors/error-codes';
import {
  actorProperties,
  documentsMentioning,
  evidenceOf,
  existingEvidenceIds,
  existingRelationIds,
  latestMerge,
  relationsOfActor,
  writeMerge,
  writeSplit,
} from '../graph/actor-merge.repository';
import { markStale } from '../graph/centrality.repository';
import { keptActorUpdate, mergeConflicts, MergeRecord, newEvidenceIds, newRelationIds, planMerge } from '../graph/merge-plan';
import { lockForLoad } from '../loader/load-guard';
import { Database } from '../neo4j/database';

/** A merge or a split refused because of what the graph holds; `problems` names each reason. */
export class MergeRefusedError extends CodedError {
  constructor(
    message: string,
    readonly problems: readonly string[],
  ) {
    super(ERROR_CODES.MERGE_CONFLICT, message);
    this.name = 'MergeRefusedError';
  }
}

/** Why the centrality status is stale after a merge or a split. */
const STALE_AFTER = 'actors were merged or split since the measures were computed';

export class ActorMergeService {
  /** `abandonedAfterMs`: when a staged load that gives no sign of life no longer holds the load lock (LOAD_ABANDONED_AFTER_MS). */
  constructor(
    private readonly database: Database,
    private readonly abandonedAfterMs: number,
  ) {}

  /** Merges `mergedId` into `keptId`, as `by`; returns the merge's record. */
  merge(keptId: string, mergedId: string, by: string): Promise<MergeRecord> {
    return this.database.write(async (runner) => {
      // A merge moves what a load may be writing: it waits for a load in one transaction and is refused during a staged one.
      await lockForLoad(runner, this.abandonedAfterMs);
      const actors = await actorProperties(runner, [keptId, mergedId]);
      for (const id of [keptId, mergedId]) if (!actors.has(id)) throw new CodedError(ERROR_CODES.NOT_FOUND, `no actor with id '${id}'`);
      const [kept, merged] = [actors.get(keptId)!, actors.get(mergedId)!];
      const conflicts = mergeConflicts(kept, merged);
      if (conflicts.length > 0) {
        const problems = conflicts.map((conflict) => `${conflict.field}: '${keptId}' has ${conflict.kept}, '${mergedId}' has ${conflict.merged}`);
        throw new MergeRefusedError(`'${keptId}' and '${mergedId}' disagree on reviewed facts: ${problems.join('; ')}`, problems);
      }
      const relations = await relationsOfActor(runner, mergedId);
      const inputs = {
        kept,
        merged,
        relations,
        evidence: await evidenceOf(runner, mergedId, relations.map((relation) => String(relation.properties.id))),
        mergedDocuments: await documentsMentioning(runner, mergedId),
        keptDocuments: await documentsMentioning(runner, keptId),
      };
      const ids = newRelationIds(inputs, keptId, mergedId);
      const typed = relations.flatMap((relation) => {
        const id = ids.get(String(relation.properties.id));
        return id === undefined ? [] : [{ type: relation.type, id }];
      });
      const existing = await existingRelationIds(runner, typed);
      const foundQuotes = await existingEvidenceIds(runner, newEvidenceIds(inputs, keptId, ids));
      const meta = { id: `merge-${randomUUID()}`, keptId, mergedId, by, at: new Date().toISOString() };
      const record = planMerge(inputs, meta, existing, foundQuotes);
      await writeMerge(runner, record, keptActorUpdate(kept, record, 'after'));
      await markStale(runner, STALE_AFTER);
      return record;
    });
  }

  /** Undoes the standing merge of `mergedId`, as `by`; returns the merge's record and when it was split. */
  split(mergedId: string, by: string): Promise<{ readonly record: MergeRecord; readonly splitAt: string }> {
    return this.database.write(async (runner) => {
      await lockForLoad(runner, this.abandonedAfterMs);
      const record = await latestMerge(runner, mergedId);
      if (record === null) throw new CodedError(ERROR_CODES.NOT_FOUND, `no standing merge of an actor with id '${mergedId}'`);
      const actors = await actorProperties(runner, [record.keptId, mergedId]);
      if (!actors.has(record.keptId)) {
        const later = await latestMerge(runner, record.keptId);
        const problem = `keptId: '${record.keptId}' was merged into '${later?.keptId ?? 'another actor'}' since; split it first`;
        throw new MergeRefusedError(`cannot split '${mergedId}' from '${record.keptId}': ${problem}`, [problem]);
      }
      if (actors.has(mergedId)) {
        const problem = `mergedId: an actor with id '${mergedId}' exists again`;
        throw new MergeRefusedError(`cannot split '${mergedId}' from '${record.keptId}': ${problem}`, [problem]);
      }
      const splitAt = new Date().toISOString();
      await writeSplit(runner, record, keptActorUpdate(actors.get(record.keptId)!, record, 'before'), by, splitAt);
      await markStale(runner, STALE_AFTER);
      return { record, splitAt };
    });
  }
}
