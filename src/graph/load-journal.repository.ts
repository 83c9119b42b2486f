/**
 * The journal of a staged load: a load too large for one transaction commits batch by batch, and
 * stays all-or-nothing by keeping what it needs to undo itself.
 *
 * - `(:Load {id, status, startedAt, heartbeatAt})`: `writing` while batches commit, `undoing` while
 *   an undo runs, `done` once complete. A `writing` load whose heartbeat (renewed by every batch)
 *   is older than the abandonment limit belongs to a process that died; it is undone.
 * - Everything a load creates carries `createdByLoad: <load id>` (set on creation only); undo
 *   deletes it.
 * - Before a staged load first changes an existing actor, relation, quote or document, the
 *   entity's properties are copied into a `(:LoadUndo)` record (the first copy wins); undo writes
 *   them back.
 *
 * Undo and clean-up commit in batches (`CALL ... IN TRANSACTIONS`), so they fit in memory at any
 * size, and repeating an interrupted undo finishes it.
 */
import { CodedError } from '../errors/coded-error';
import { ERROR_CODES } from '../errors/error-codes';
import { Database, QueryRunner } from '../neo4j/database';
import { CypherQuery, runQuery, runQueryInBatches } from './cypher-query';
import { REFRESH_DEGREES_OF_UNDONE_LOAD } from './degree.repository';
import { chosenRelationTypes, RELATION_TYPE_NAMES, RelationType } from './vocabulary';

/** The load's heartbeat was gone: another process took it for dead and undid it. */
export class LoadAbandonedError extends CodedError {
  constructor(loadId: string) {
    super(ERROR_CODES.LOAD_ABANDONED, `load ${loadId} was taken for abandoned and undone by another process; nothing of it remains`);
    this.name = 'LoadAbandonedError';
  }
}

export type LoadStatus = 'writing' | 'undoing' | 'done';

export interface LoadRow {
  readonly id: string;
  readonly status: LoadStatus;
  readonly startedAt: number;
  /** Milliseconds since the heartbeat. */
  readonly silentForMs: number;
}

/** The node labels whose entities a load can change, with the undo kind they are recorded under. */
const NODE_KINDS = { actor: 'Actor', evidence: 'Evidence', document: 'Document' } as const;
type JournalKind = keyof typeof NODE_KINDS | 'relation';

/** Removes the journal's own keys from an entity whose properties were restored from a record. */
const dropUndoKeys = (x: string): string => ['undoKey', 'undoLoad', 'undoKind', 'undoType', 'undoId'].map((key) => `${x}.${key}`).join(', ');
const BATCH = 'IN TRANSACTIONS OF 5000 ROWS';

/** The write lock on this one node serialises the starts of loads, so two cannot both begin. */
const LOCK_LOADS = "MERGE (lock:LoadLock {id: 'loads'}) SET lock.lockedAt = timestamp()";

const UNFINISHED_LOADS = `
MATCH (l:Load) WHERE l.status IN ['writing', 'undoing']
RETURN l.id AS id, l.status AS status, l.startedAt AS startedAt, timestamp() - l.heartbeatAt AS silentForMs
ORDER BY l.startedAt`;

const BEGIN_LOAD = `
CREATE (l:Load {id: $loadId, status: 'writing', startedAt: timestamp(), heartbeatAt: timestamp(), relations: $relations})`;

/** Renews the heartbeat; no row means the load was taken for abandoned and undone meanwhile. */
const HEARTBEAT = `
MATCH (l:Load {id: $loadId, status: 'writing'})
SET l.heartbeatAt = timestamp()
RETURN l.id AS id`;

const SET_STATUS = `
MATCH (l:Load {id: $loadId})
SET l.status = $status, l.heartbeatAt = timestamp(), l.finishedAt = CASE WHEN $status = 'done' THEN timestamp() ELSE null END`;

/** Undo records of loads that completed (an interrupted clean-up leaves some). */
const FORGET_DONE = `
MATCH (l:Load {status: 'done'})
MATCH (u:LoadUndo {undoLoad: l.id})
CALL (u) { DELETE u } ${BATCH}`;

/**
 * A unit subquery for the loader's upsert statements: when a staged load (`$loadId`, null for other
 * loads) is about to change an entity that existed before it, bound to `existing` (null for a new
 * one), it first copies the entity's properties into an undo record. Part of the upsert itself,
 * so that journaling costs no statement of its own.
 */
export function rememberBeforeChange(kind: JournalKind, relationType?: RelationType): string {
  const type = relationType === undefined ? '' : `, u.undoType = '${chosenRelationTypes([relationType])[0]}'`;
  return `CALL (existing) {
  WITH existing WHERE $loadId IS NOT NULL AND existing IS NOT NULL AND coalesce(existing.createdByLoad, '') <> $loadId
  MERGE (u:LoadUndo {undoKey: $loadId + '|${kind}|' + existing.id})
  ON CREATE SET u += properties(existing), u.undoLoad = $loadId, u.undoKind = '${kind}', u.undoId = existing.id${type}
}`;
}

/**
 * The statements of an undo, in order: what the load created goes, what it changed comes back, and
 * the actors it changed have their degrees recounted.
 */
function undoStatements(): string[] {
  const restoreRelations = RELATION_TYPE_NAMES.map(
    (type) => `
MATCH (u:LoadUndo {undoLoad: $loadId, undoKind: 'relation', undoType: '${type}'})
CALL (u) { MATCH ()-[x:${type} {id: u.undoId}]->() SET x = properties(u) REMOVE ${dropUndoKeys('x')} } ${BATCH}`,
  );
  const restoreNodes = Object.entries(NODE_KINDS).map(
    ([kind, label]) => `
MATCH (u:LoadUndo {undoLoad: $loadId, undoKind: '${kind}'})
CALL (u) { MATCH (x:${label} {id: u.undoId}) SET x = properties(u) REMOVE ${dropUndoKeys('x')} } ${BATCH}`,
  );
  return [
    `MATCH (:Actor)-[r]->(:Actor) WHERE r.createdByLoad = $loadId CALL (r) { DELETE r } ${BATCH}`,
    `MATCH (:Document)-[m:MENTIONS]->(:Actor) WHERE m.createdByLoad = $loadId CALL (m) { DELETE m } ${BATCH}`,
    ...restoreRelations,
    ...restoreNodes,
    ...Object.values(NODE_KINDS).map((label) => `MATCH (x:${label}) WHERE x.createdByLoad = $loadId CALL (x) { DETACH DELETE x } ${BATCH}`),
    REFRESH_DEGREES_OF_UNDONE_LOAD,
    `MATCH (u:LoadUndo {undoLoad: $loadId}) CALL (u) { DELETE u } ${BATCH}`,
    'MATCH (l:Load {id: $loadId}) DELETE l',
  ];
}

const UNDO = undoStatements();

export function lockLoadsQuery(): CypherQuery {
  return { cypher: LOCK_LOADS, params: {} };
}

export function unfinishedLoadsQuery(): CypherQuery {
  return { cypher: UNFINISHED_LOADS, params: {} };
}

/** Loads that have not finished, oldest first, after taking the load lock in `runner`'s transaction. */
export async function lockAndListUnfinished(runner: QueryRunner): Promise<LoadRow[]> {
  await runQuery(runner, lockLoadsQuery());
  return runQuery<{ id: string; status: LoadStatus; startedAt: number; silentForMs: number }>(runner, unfinishedLoadsQuery());
}

export function beginLoadQuery(loadId: string, relations: number): CypherQuery {
  return { cypher: BEGIN_LOAD, params: { loadId, relations } };
}

export async function beginLoad(runner: QueryRunner, loadId: string, relations: number): Promise<void> {
  await runQuery(runner, beginLoadQuery(loadId, relations));
}

export function heartbeatQuery(loadId: string): CypherQuery {
  return { cypher: HEARTBEAT, params: { loadId } };
}

/** Throws when the load is no longer `writing`, so that its batches stop. */
export async function heartbeat(runner: QueryRunner, loadId: string): Promise<void> {
  const rows = await runQuery(runner, heartbeatQuery(loadId));
  if (rows.length === 0) throw new LoadAbandonedError(loadId);
}

export function setLoadStatusQuery(loadId: string, status: LoadStatus): CypherQuery {
  return { cypher: SET_STATUS, params: { loadId, status } };
}

export async function setLoadStatus(database: Database, loadId: string, status: LoadStatus): Promise<void> {
  await database.write((runner) => runQuery(runner, setLoadStatusQuery(loadId, status)));
}

/** The statements that undo a load, in the order they run; each commits its own batches. */
export function undoQueries(loadId: string): CypherQuery[] {
  return UNDO.map((cypher) => ({ cypher, params: { loadId } }));
}

/** Undoes a load completely; safe to repeat after an interruption. */
export async function undoLoad(database: Database, loadId: string): Promise<void> {
  for (const query of undoQueries(loadId)) {
    // Each statement renews the heartbeat, so that a long undo is not taken for abandoned.
    await setLoadStatus(database, loadId, 'undoing');
    await runQueryInBatches(database, query);
  }
}

export function forgetCompletedLoadsQuery(): CypherQuery {
  return { cypher: FORGET_DONE, params: {} };
}

/** Deletes the undo records of completed loads. */
export async function forgetCompletedLoads(database: Database): Promise<void> {
  await runQueryInBatches(database, forgetCompletedLoadsQuery());
}
