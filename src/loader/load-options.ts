/**
 * What a load may be told: its batch size, when it is staged, how it logs, where `textFile`s are
 * read from. Every pass of the loader reads its settings here, with the same defaults.
 */
import { Config } from '../config/config';
import { ReviewStamp } from '../graph/domain';
import { QueryRunner } from '../neo4j/database';
import { AnnotationSource } from './annotation-source';
import { CentralityOptions } from './centrality-refresh';

export interface LoadOptions {
  readonly batchSize?: number;
  readonly transactionTimeoutMs?: number;
  /** Loads of more relations than this are staged (committed batch by batch, with a journal). */
  readonly stagedAbove?: number;
  /** A staged load without progress for this long is taken for dead and undone. */
  readonly abandonedAfterMs?: number;
  /** Progress and summary lines; silent when absent. */
  readonly log?: (line: string) => void;
  /** Recompute the whole-graph centrality once the load has committed; absent: do not. */
  readonly centrality?: CentralityOptions;
  /** Where a `textFile` is resolved from; null refuses `textFile` (documents from the API). */
  readonly baseDir?: (source: AnnotationSource) => string | null;
  /** The longest document text accepted, in UTF-16 code units (MAX_DOCUMENT_CHARS). */
  readonly maxDocumentChars?: number;
  /**
   * Loads items still marked `"review": "proposed"` (drafts of the extraction rules), as
   * unreviewed; without it a file holding any is refused, each named.
   */
  readonly acceptProposed?: boolean;
  /**
   * Who writes, for a load through the API: every reviewed item is recorded as reviewed by this
   * key's name at this time, and an item that names its own reviewer is refused. Absent (files),
   * each item's own `reviewedBy` and `reviewedAt` are recorded.
   */
  readonly reviewer?: ReviewStamp;
  /**
   * Runs in a one-transaction load's transaction once it holds the load lock, before anything is
   * written: what must commit with the load or not at all (a review draft marked done). A load
   * that has it is never staged.
   */
  readonly withinTransaction?: (runner: QueryRunner) => Promise<void>;
}

export const DEFAULT_BATCH_SIZE = 1_000;
export const DEFAULT_STAGED_ABOVE = 200_000;
export const DEFAULT_ABANDONED_AFTER_MS = 120_000;

/** The load settings of the configuration. */
export function loadOptionsFrom(
  config: Pick<Config, 'loadTransactionTimeoutMs' | 'loadBatchSize' | 'loadStagedAbove' | 'loadAbandonedAfterMs' | 'limits' | 'centrality'>,
  log?: (line: string) => void,
): LoadOptions {
  return {
    log,
    transactionTimeoutMs: config.loadTransactionTimeoutMs,
    batchSize: config.loadBatchSize,
    stagedAbove: config.loadStagedAbove,
    abandonedAfterMs: config.loadAbandonedAfterMs,
    maxDocumentChars: config.limits.maxDocumentChars,
    ...(config.centrality.afterLoad ? { centrality: config.centrality } : {}),
  };
}
