/**
 * `deleteDocument` and `deleteActor`: one transaction each, planned from what the graph holds (see
 * graph/deletion-plan.ts) and written through graph/deletion.repository.ts, with the journal's
 * record of what went. Both take the loads' lock, so that a deletion never removes what a load is
 * writing, and mark the whole-graph measures stale, as a load does.
 */
import { randomUUID } from 'node:crypto';
import { CodedError } from '../errors/coded-error';
import { ERROR_CODES } from '../errors/error-codes';
import { markStale } from '../graph/centrality.repository';
import { DeletionRecord, planActorDeletion, planDocumentDeletion } from '../graph/deletion-plan';
import { actorHoldings, documentHoldings, latestDeletions, writeDeletion } from '../graph/deletion.repository';
import { lockForLoad } from '../loader/load-guard';
import { Database, QueryRunner } from '../neo4j/database';

/** Why the centrality status is stale after a deletion. */
const STALE_AFTER = 'actors or documents were deleted since the measures were computed';

export class DeletionService {
  /** `abandonedAfterMs`: when a staged load that gives no sign of life no longer holds the load lock (LOAD_ABANDONED_AFTER_MS). */
  constructor(
    private readonly database: Database,
    private readonly abandonedAfterMs: number,
  ) {}

  /** Deletes the document and what only it supports, as `by`; returns the deletion's record. */
  deleteDocument(documentId: string, by: string): Promise<DeletionRecord> {
    return this.remove(`no document with id '${documentId}'`, async (runner) => {
      const holdings = await documentHoldings(runner, documentId);
      return holdings && planDocumentDeletion(holdings, this.meta(by));
    });
  }

  /** Deletes the actor with its relations and quotes, as `by`; returns the deletion's record. */
  deleteActor(actorId: string, by: string): Promise<DeletionRecord> {
    return this.remove(`no actor with id '${actorId}'`, async (runner) => {
      const holdings = await actorHoldings(runner, actorId);
      return holdings && planActorDeletion(holdings, this.meta(by));
    });
  }

  /** Under the loads' lock: plans (null when there is nothing of that id), writes, and marks the measures stale. */
  private remove(notFound: string, plan: (runner: QueryRunner) => Promise<DeletionRecord | null>): Promise<DeletionRecord> {
    return this.database.write(async (runner) => {
      await lockForLoad(runner, this.abandonedAfterMs);
      const record = await plan(runner);
      if (record === null) throw new CodedError(ERROR_CODES.NOT_FOUND, notFound);
      await writeDeletion(runner, record);
      await markStale(runner, STALE_AFTER);
      return record;
    });
  }

  /** The journal: the latest `first` deletions, newest first. */
  deletions(first: number): Promise<DeletionRecord[]> {
    return this.database.read((runner) => latestDeletions(runner, first));
  }

  private meta(by: string): { id: string; deletedBy: string; deletedAt: string } {
    return { id: `deletion-${randomUUID()}`, deletedBy: by, deletedAt: new Date().toISOString() };
  }
}
