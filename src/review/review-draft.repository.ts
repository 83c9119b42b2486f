/**
 * Where review drafts live: in Neo4j, under labels of their own, apart from the actor graph.
 *
 * - `(:ReviewDraft {id, status, text, ...})`: the text, its header, and a `revision` every
 *   decision raises.
 * - `(:ReviewItem {key, draftId, itemId, kind, version, decision, state, ...})`: each actor and
 *   relation of a draft, its current state as JSON, keyed `draftId/itemId`.
 * - `(:ReviewDecision {draftId, itemId, version, by, at, change})`: every decision as it was made,
 *   in order: the draft's history.
 *
 * No relationship joins them to each other or to the graph (items name their draft by id, through
 * an index), so no query of the actor graph ever meets them. A decision first takes the draft's
 * write lock (`lockDraft`): decisions on one draft, and its finish, then run one after another,
 * each on what the one before committed.
 */
import { QueryRunner } from '../neo4j/database';
import { CypherQuery, runQuery } from '../graph/cypher-query';
import { Page, PageRequest } from '../graph/read-models';
import { ReviewStamp } from '../graph/domain';
import { DraftMention, DraftStatus, DraftSummary, ReviewItem, StoredDraft } from './review-draft.types';

const HEADER_FIELDS = '.id, .status, .source, .documentId, .title, .date, .createdBy, .createdAt, .updatedAt, .finishedBy, .finishedAt, .revision';

/** A draft with its text; `mentions` is stored as JSON, a list of maps being no property value. */
const DRAFT_PROJECTION = `d { ${HEADER_FIELDS}, .text, warnings: coalesce(d.warnings, []), mentions: d.mentions }`;

const ITEM_PROJECTION = 'i { .itemId, .kind, .position, .version, .decision, .proposal, .added, .decidedBy, .decidedAt, .state }';

/** Creates the draft node; its items are written by `saveItems`. */
const CREATE_DRAFT = 'CREATE (d:ReviewDraft) SET d = $draft';

/** Takes the draft's write lock for the rest of the transaction, and reads it. */
const LOCK_DRAFT = `
MATCH (d:ReviewDraft {id: $id})
SET d.lockedAt = timestamp()
RETURN ${DRAFT_PROJECTION} AS draft`;

const DRAFT_BY_ID = `
MATCH (d:ReviewDraft {id: $id})
RETURN ${DRAFT_PROJECTION} AS draft`;

const ITEMS_OF_DRAFT = `
MATCH (i:ReviewItem {draftId: $draftId})
RETURN ${ITEM_PROJECTION} AS item
ORDER BY i.position`;

/** Creates or replaces items by key, the whole of each. */
const SAVE_ITEMS = `
UNWIND $rows AS row
MERGE (i:ReviewItem {key: row.key})
SET i = row`;

/** The decisions of one request, in the draft's history. */
const LOG_DECISIONS = `
UNWIND $rows AS row
CREATE (h:ReviewDecision)
SET h = row`;

/** A decision changed the draft: its revision rises, and a new draft is now in review. */
const TOUCH_DRAFT = `
MATCH (d:ReviewDraft {id: $id})
SET d.revision = d.revision + 1, d.updatedAt = $at,
    d.status = CASE WHEN d.status = 'NEW' THEN 'IN_REVIEW' ELSE d.status END`;

const FINISH_DRAFT = `
MATCH (d:ReviewDraft {id: $id})
SET d.status = 'DONE', d.finishedBy = $by, d.finishedAt = $at, d.updatedAt = $at,
    d.documentId = $documentId, d.title = $title, d.date = $date, d.revision = d.revision + 1`;

const DELETE_DRAFT = `
MATCH (d:ReviewDraft {id: $id})
CALL (d) { MATCH (i:ReviewItem {draftId: d.id}) DELETE i }
CALL (d) { MATCH (h:ReviewDecision {draftId: d.id}) DELETE h }
DELETE d
RETURN count(*) AS deleted`;

/** Counts of a draft's items by kind and decision. */
const COUNTS = `CALL (d) {
    OPTIONAL MATCH (i:ReviewItem {draftId: d.id})
    RETURN {
      actors: count(CASE WHEN i.kind = 'actor' THEN 1 END),
      relations: count(CASE WHEN i.kind = 'relation' THEN 1 END),
      accepted: count(CASE WHEN i.decision = 'ACCEPTED' THEN 1 END),
      rejected: count(CASE WHEN i.decision = 'REJECTED' THEN 1 END),
      undecided: count(CASE WHEN i.decision = 'UNDECIDED' THEN 1 END)
    } AS counts
  }`;

/**
 * One page of the queue, newest first (keyset on creation time and id), with the count of all that
 * match: the draft just added is on the first page however many finished drafts the queue holds.
 */
const LIST_DRAFTS = `
CALL () { MATCH (d:ReviewDraft) WHERE $statuses IS NULL OR d.status IN $statuses RETURN count(d) AS totalCount }
CALL () {
  MATCH (d:ReviewDraft)
  WHERE ($statuses IS NULL OR d.status IN $statuses)
    AND ($afterAt IS NULL OR d.createdAt < $afterAt OR (d.createdAt = $afterAt AND d.id < $afterId))
  WITH d ORDER BY d.createdAt DESC, d.id DESC LIMIT $limit
  ${COUNTS}
  RETURN collect(d { ${HEADER_FIELDS}, counts: counts }) AS drafts
}
RETURN totalCount, drafts`;

/** A new draft as the service stores it. */
export interface NewDraft {
  readonly draft: StoredDraft;
  readonly items: readonly ReviewItem[];
}

/** The rows an item is stored as: its state and proposal as JSON. */
function itemRows(draftId: string, items: readonly ReviewItem[]): Record<string, unknown>[] {
  return items.map((item) => ({
    key: `${draftId}/${item.itemId}`,
    draftId,
    itemId: item.itemId,
    kind: item.kind,
    position: item.position,
    version: item.version,
    decision: item.decision,
    proposal: item.proposal === null ? null : JSON.stringify(item.proposal),
    added: item.added,
    decidedBy: item.decidedBy,
    decidedAt: item.decidedAt,
    state: JSON.stringify(item.state),
  }));
}

interface ItemRow extends Omit<ReviewItem, 'state' | 'proposal'> {
  readonly state: string;
  readonly proposal: string | null;
}

function toItem(row: ItemRow): ReviewItem {
  return { ...row, state: JSON.parse(row.state), proposal: row.proposal === null ? null : JSON.parse(row.proposal) } as ReviewItem;
}

interface DraftRow extends Omit<StoredDraft, 'mentions'> {
  readonly mentions: string;
}

function toDraft(row: DraftRow): StoredDraft {
  return { ...row, mentions: JSON.parse(row.mentions) as DraftMention[] };
}

export function createDraftQuery(draft: StoredDraft): CypherQuery {
  return { cypher: CREATE_DRAFT, params: { draft: { ...draft, mentions: JSON.stringify(draft.mentions) } } };
}

export async function createDraft(runner: QueryRunner, { draft, items }: NewDraft): Promise<void> {
  await runQuery(runner, createDraftQuery(draft));
  await saveItems(runner, draft.id, items);
}

export function lockDraftQuery(id: string): CypherQuery {
  return { cypher: LOCK_DRAFT, params: { id } };
}

/** The draft, locked for writing until the transaction ends; null when there is none. */
export async function lockDraft(runner: QueryRunner, id: string): Promise<StoredDraft | null> {
  const [row] = await runQuery<{ draft: DraftRow }>(runner, lockDraftQuery(id));
  return row === undefined ? null : toDraft(row.draft);
}

export function draftByIdQuery(id: string): CypherQuery {
  return { cypher: DRAFT_BY_ID, params: { id } };
}

export async function draftById(runner: QueryRunner, id: string): Promise<StoredDraft | null> {
  const [row] = await runQuery<{ draft: DraftRow }>(runner, draftByIdQuery(id));
  return row === undefined ? null : toDraft(row.draft);
}

export function itemsOfDraftQuery(draftId: string): CypherQuery {
  return { cypher: ITEMS_OF_DRAFT, params: { draftId } };
}

export async function itemsOfDraft(runner: QueryRunner, draftId: string): Promise<ReviewItem[]> {
  return (await runQuery<{ item: ItemRow }>(runner, itemsOfDraftQuery(draftId))).map((row) => toItem(row.item));
}

export function saveItemsQuery(draftId: string, items: readonly ReviewItem[]): CypherQuery {
  return { cypher: SAVE_ITEMS, params: { rows: itemRows(draftId, items) } };
}

export async function saveItems(runner: QueryRunner, draftId: string, items: readonly ReviewItem[]): Promise<void> {
  if (items.length > 0) await runQuery(runner, saveItemsQuery(draftId, items));
}

/** What one request decided: the change as the reviewer sent it, for the history. */
export interface DecisionEntry {
  readonly itemId: string;
  /** The item's version after the decision. */
  readonly version: number;
  readonly change: Record<string, unknown>;
}

export function recordDecisionsQuery(draftId: string, entries: readonly DecisionEntry[], stamp: ReviewStamp): CypherQuery {
  const rows = entries.map((entry) => ({ draftId, itemId: entry.itemId, version: entry.version, by: stamp.reviewedBy, at: stamp.reviewedAt, change: JSON.stringify(entry.change) }));
  return { cypher: LOG_DECISIONS, params: { rows } };
}

/** Logs the decisions and raises the draft's revision; a NEW draft is now IN_REVIEW. */
export async function recordDecisions(runner: QueryRunner, draftId: string, entries: readonly DecisionEntry[], stamp: ReviewStamp): Promise<void> {
  await runQuery(runner, recordDecisionsQuery(draftId, entries, stamp));
  await runQuery(runner, { cypher: TOUCH_DRAFT, params: { id: draftId, at: stamp.reviewedAt } });
}

export interface FinishedHeader {
  readonly documentId: string;
  readonly title: string;
  readonly date: string | null;
}

export function finishDraftQuery(id: string, header: FinishedHeader, stamp: ReviewStamp): CypherQuery {
  return { cypher: FINISH_DRAFT, params: { id, by: stamp.reviewedBy, at: stamp.reviewedAt, ...header } };
}

export async function finishDraft(runner: QueryRunner, id: string, header: FinishedHeader, stamp: ReviewStamp): Promise<void> {
  await runQuery(runner, finishDraftQuery(id, header, stamp));
}

export async function deleteDraft(runner: QueryRunner, id: string): Promise<boolean> {
  const [row] = await runQuery<{ deleted: number }>(runner, { cypher: DELETE_DRAFT, params: { id } });
  return row !== undefined && row.deleted > 0;
}

/** A page of the queue: `after` is the last draft's [createdAt, id]. */
export function listDraftsQuery(statuses: readonly DraftStatus[] | null, page: PageRequest): CypherQuery {
  return {
    cypher: LIST_DRAFTS,
    params: { statuses, afterAt: page.after?.[0] ?? null, afterId: page.after?.[1] ?? null, limit: page.first + 1 },
  };
}

export async function listDrafts(runner: QueryRunner, statuses: readonly DraftStatus[] | null, page: PageRequest): Promise<Page<DraftSummary>> {
  const [row] = await runQuery<{ totalCount: number; drafts: DraftSummary[] }>(runner, listDraftsQuery(statuses, page));
  return { rows: row.drafts.slice(0, page.first), hasNextPage: row.drafts.length > page.first, totalCount: row.totalCount };
}
