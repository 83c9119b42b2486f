/**
 * Writes documents, actors, relations and their evidence: all the Cypher of loading.
 *
 * Every statement is a batched `UNWIND $rows ... MERGE` with values only in parameters, so the
 * same statement text serves every batch and every load, and loading twice changes nothing.
 * Relation types are native relationship types; they cannot be parameters, so each type gets its
 * own statement, built once from the closed vocabulary.
 *
 * A staged load (see load-journal.repository.ts) passes its id: what it creates is marked with it,
 * and what it changes is recorded first, so that it can be undone; other loads pass null.
 *
 * Model: (:Document)-[:MENTIONS]->(:Actor)-[:<TYPE> {id, ...}]->(:Actor); quotes are
 * (:Evidence {id, quote, start, end, documentId, relationId | actorId}) nodes, found by index.
 *
 * What is stored never drifts: a document's text is written once (its quotes are offsets into
 * it), and an actor's name, kind, Wikidata id and description are those of the first document
 * that gave them, once a person has reviewed them. Facts no person reviewed (an actor the
 * extraction rules proposed, loaded with acceptProposed) are a guess, not an answer: the first
 * reviewed statement of the actor corrects them (its name replaces the guessed one, which is not
 * kept as an alias), so that a wrong kind is never made permanent by nobody's decision. A later name becomes an alias (researchers cite actors by the name they first
 * had, and both names stay searchable). A later kind or Wikidata id that differs is refused: each
 * says what the actor is, and two answers cannot both be right. A later description that differs
 * is kept out and reported in the load's summary: descriptions are prose, two documents rarely
 * word one alike, and refusing every such load would make a corpus unloadable for a difference
 * in wording; overwriting would lose what a reviewer wrote first. The statement that writes also
 * compares, after its MERGE has matched or created the node, and a refusal it leads to rolls the
 * whole transaction back. Comparing in the writing statement leaves no gap between check and
 * write; loads also run one at a time (see load-guard.ts).
 */
import { LIST_ENTRIES } from '../config/annotation-limits';
import { QueryRunner } from '../neo4j/database';
import { CypherQuery, runQuery, runQueryCounted } from './cypher-query';
import { refreshDegrees } from './degree.repository';
import { rememberBeforeChange } from './load-journal.repository';
import { ActorRecord, DocumentRecord, RelationRecord } from './domain';
import { DEGREE_PROPERTY } from './read-models';
import { chosenRelationTypes, RelationType, relationTypePattern } from './vocabulary';

export interface WriteCounts {
  readonly created: number;
  readonly total: number;
}

export interface GraphCounts {
  readonly documents: number;
  readonly actors: number;
  readonly relations: number;
  readonly evidence: number;
}

/** A document id loaded again with another text: the offsets of its quotes would point at other words. */
export class DocumentTextChangedError extends Error {
  constructor(
    readonly documentId: string,
    readonly storedText: string,
    readonly newText: string,
  ) {
    super(`document '${documentId}' is already loaded with another text`);
    this.name = 'DocumentTextChangedError';
  }

  /** The first UTF-16 offset at which the two texts differ. */
  get firstDifference(): number {
    let index = 0;
    while (index < this.storedText.length && this.storedText[index] === this.newText[index]) index += 1;
    return index;
  }
}

/** The facts about an actor that are refused, not overwritten, when a later write differs. */
export type ActorFact = 'kind' | 'wikidataId';

export interface ActorFactConflict {
  readonly actorId: string;
  readonly field: ActorFact;
  readonly stored: string;
  readonly given: string;
}

/** Actors declared with another kind or Wikidata id than the one they have: facts that are not overwritten. */
export class ActorFactConflictError extends Error {
  constructor(readonly conflicts: readonly ActorFactConflict[]) {
    super(conflicts.map((conflict) => `actor '${conflict.actorId}' has ${conflict.field} ${conflict.stored}, not ${conflict.given}`).join('; '));
    this.name = 'ActorFactConflictError';
  }
}

/** A list of an actor that a write would grow past its limit, counting what was stored before. */
export interface OverfullList {
  readonly actorId: string;
  readonly field: 'aliases' | 'roles';
  /** Entries the actor would hold. */
  readonly count: number;
  readonly limit: number;
}

/**
 * Writes that would grow a stored list (an actor's aliases or roles) past the limit one request
 * may send (LIST_ENTRIES): the limits hold for what is stored, not only for each write, since every
 * later write unions into the stored list at a cost that grows with its length. The statement that
 * writes also counts, so the refusal rolls the whole transaction back.
 */
export class StoredListLimitError extends Error {
  constructor(readonly lists: readonly OverfullList[]) {
    super(lists.map((list) => `actor '${list.actorId}' would have ${list.count} ${list.field}, more than ${list.limit}`).join('; '));
    this.name = 'StoredListLimitError';
  }
}

/** A description a write gave an actor that already had another: the first is kept, this one is reported. */
export interface KeptDescription {
  readonly actorId: string;
  /** The description that was not stored: its first KEPT_DESCRIPTION_SHOWN_CHARS characters, enough to find it in its file. */
  readonly given: string;
}

/** How much of a description that was not stored the summary shows: a load of many actors must not hold them all. */
export const KEPT_DESCRIPTION_SHOWN_CHARS = 200;

export interface ActorWriteCounts extends WriteCounts {
  readonly keptDescriptions: readonly KeptDescription[];
}

export interface PossibleDuplicate {
  /** The shared name or alias, lower-cased. */
  readonly name: string;
  readonly actorIds: readonly string[];
}

/**
 * An item is reviewed once any load states it reviewed: a proposed draft never unreviews what a
 * person checked, and a reviewed statement of a proposed item reviews it. Items written before
 * review existed have no property and count as reviewed.
 */
function staysReviewed(variable: string): string {
  return `coalesce(${variable}.reviewed, true) OR row.reviewed`;
}

/**
 * Who reviewed the item and when (`reviewedBy`, `reviewedAt`, an ISO-8601 string): the latest
 * reviewed statement that says so; a statement that does not say, or is only proposed, keeps them.
 */
function reviewStampLines(variable: string): string {
  return `${variable}.reviewedBy = CASE WHEN row.reviewed AND row.reviewedBy IS NOT NULL THEN row.reviewedBy ELSE ${variable}.reviewedBy END,
    ${variable}.reviewedAt = CASE WHEN row.reviewed AND row.reviewedBy IS NOT NULL THEN row.reviewedAt ELSE ${variable}.reviewedAt END`;
}

/**
 * Creates the document node or updates its details; the text is set only on creation, and the
 * stored text comes back when it differs from the one given (the caller then refuses the write).
 */
const UPSERT_DOCUMENT = `
OPTIONAL MATCH (existing:Document {id: $id})
${rememberBeforeChange('document')}
MERGE (d:Document {id: $id})
ON CREATE SET d.createdByLoad = $loadId, d.text = $text
WITH d, d.text AS storedText
SET d.title = $title, d.dateText = $dateText, d.dateStart = $dateStart, d.dateEnd = $dateEnd,
    d.publisher = $publisher, d.url = $url, d.language = $language
RETURN CASE WHEN storedText = $text THEN null ELSE storedText END AS changedFrom`;

/**
 * The lines of a staged load's upsert that look the entity up before it is changed and remember
 * it for the undo (see load-journal.repository.ts), ending with `carried` and whether the entity
 * is new. Other loads have no journal and leave them out: the lookup and the subquery per row were
 * a third of the database's work in a load of 100,000 relations, and the server's counters say
 * what was created.
 */
function journalLines(loadId: string | null, lookup: string, kind: Parameters<typeof rememberBeforeChange>[0], carried: string, relationType?: RelationType): string {
  if (loadId === null) return '';
  return `OPTIONAL MATCH ${lookup}
${rememberBeforeChange(kind, relationType)}
WITH ${carried}, existing IS NULL AS created
`;
}

/**
 * Whether each actor is new, looked up before its MERGE: the server's count of nodes created
 * includes the quotes the statement merges. A staged load's journal looks it up anyway.
 */
const COUNT_NEW_ACTORS = `OPTIONAL MATCH (existing:Actor {id: row.id})
WITH d, row, existing IS NULL AS created
`;

/**
 * Merges actors, unions their aliases and roles with earlier documents', links them to the
 * document. Name and kind are set on creation only, a Wikidata id and a description when the
 * actor has none yet: a new name is added to the aliases, a new kind or Wikidata id comes back as
 * a conflict (the caller then refuses the write), and a new description comes back to be reported.
 * An actor no person reviewed is corrected instead by a reviewed row (`corrects`): its name, kind,
 * and any Wikidata id and description the row gives replace the guessed ones.
 */
const upsertActorsCypher = (loadId: string | null): string => `
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
${loadId === null ? COUNT_NEW_ACTORS : journalLines(loadId, '(existing:Actor {id: row.id})', 'actor', 'd, row')}MERGE (a:Actor {id: row.id})
ON CREATE SET a.createdByLoad = $loadId, a.name = row.name, a.kind = row.kind, a.reviewed = row.reviewed, a.${DEGREE_PROPERTY} = 0
WITH d, row, a, row.reviewed AND NOT coalesce(a.reviewed, true) AS corrects, created
SET a.name = CASE WHEN corrects THEN row.name ELSE a.name END,
    a.kind = CASE WHEN corrects THEN row.kind ELSE a.kind END,
    a.description = CASE WHEN corrects THEN coalesce(row.description, a.description) ELSE coalesce(a.description, row.description) END,
    a.wikidataId = CASE WHEN corrects THEN coalesce(row.wikidataId, a.wikidataId) ELSE coalesce(a.wikidataId, row.wikidataId) END,
    a.reviewed = ${staysReviewed('a')},
    ${reviewStampLines('a')},
    a.aliases = reduce(acc = coalesce(a.aliases, []), x IN [row.name] + row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    a.roles = reduce(acc = coalesce(a.roles, []), x IN row.roles | CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET a.aliases = [x IN a.aliases WHERE x <> a.name]
SET a.aliasText = reduce(text = '', x IN a.aliases | text + x + ' | '),
    a.lowerNames = [toLower(a.name)] + [x IN a.aliases | toLower(x)]
MERGE (d)-[m:MENTIONS]->(a)
ON CREATE SET m.createdByLoad = $loadId
${mergeQuotesLines('actorId')}
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, count(*) AS total,
       collect(CASE WHEN a.kind <> row.kind THEN {actorId: row.id, field: 'kind', stored: a.kind, given: row.kind} END) +
       collect(CASE WHEN a.wikidataId <> row.wikidataId THEN {actorId: row.id, field: 'wikidataId', stored: a.wikidataId, given: row.wikidataId} END) AS conflicts,
       collect(CASE WHEN a.description <> row.description THEN {actorId: row.id, given: left(row.description, $shownChars)} END) AS keptDescriptions,
       collect(CASE WHEN size(a.aliases) > $maxAliases THEN {actorId: row.id, field: 'aliases', count: size(a.aliases), limit: $maxAliases} END) +
       collect(CASE WHEN size(a.roles) > $maxRoles THEN {actorId: row.id, field: 'roles', count: size(a.roles), limit: $maxRoles} END) AS overfull`;

/**
 * Merges the quotes of the row's actor or relation, in the statement that writes it (a statement
 * of their own cost a round trip, a plan and a second pass over the rows). A quote belongs to one
 * actor or one relation and one document. A quote's id is made from all it says (its owner,
 * document and offsets, and so its text, which never changes), so a quote found again is left as
 * it is: nothing to write, and nothing for a journal to undo. A unit subquery: a row without
 * quotes still counts.
 */
function mergeQuotesLines(owner: 'actorId' | 'relationId'): string {
  return `WITH *
CALL (row) {
  UNWIND row.evidence AS quote
  MERGE (e:Evidence {id: quote.id})
  ON CREATE SET e.createdByLoad = $loadId, e.quote = quote.quote, e.start = quote.start, e.end = quote.end, e.documentId = quote.documentId, e.${owner} = row.id
}`;
}

/** Merges relations of one type between existing actors and records the supporting document. */
function upsertRelationsCypher(type: RelationType, loadId: string | null): string {
  return `
UNWIND $rows AS row
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
${journalLines(loadId, `()-[existing:${type} {id: row.id}]->()`, 'relation', 'row, a, b', type)}MERGE (a)-[r:${type} {id: row.id}]->(b)
ON CREATE SET r.createdByLoad = $loadId, r.reviewed = row.reviewed
ON MATCH SET r.reviewed = ${staysReviewed('r')}
SET ${reviewStampLines('r')},
    r.timeText = row.timeText, r.timeStart = row.timeStart, r.timeEnd = row.timeEnd,
    r.place = row.place, r.description = row.description,
    r.documentIds = CASE WHEN $documentId IN coalesce(r.documentIds, []) THEN r.documentIds
                         ELSE coalesce(r.documentIds, []) + $documentId END
${mergeQuotesLines('relationId')}
RETURN count(*) AS total`;
}

/** Names (or aliases) that more than one actor carries. */
const POSSIBLE_DUPLICATES = `
MATCH (a:Actor)
UNWIND a.lowerNames AS name
WITH name, collect(DISTINCT a.id) AS actorIds
WHERE size(actorIds) > 1
RETURN name, actorIds ORDER BY name`;

/**
 * Every count is one lookup in Neo4j's count store (relations only join actors, so counting their
 * types counts them) when it runs outside a transaction that wrote: inside one, each count also
 * walks what the transaction added.
 */
const COUNT_GRAPH = `
CALL { MATCH (d:Document) RETURN count(d) AS documents }
CALL { MATCH (a:Actor) RETURN count(a) AS actors }
CALL { MATCH ()-[r${relationTypePattern()}]->() RETURN count(r) AS relations }
CALL { MATCH (e:Evidence) RETURN count(e) AS evidence }
RETURN documents, actors, relations, evidence`;

export function upsertDocumentQuery(document: DocumentRecord, loadId: string | null): CypherQuery {
  return {
    cypher: UPSERT_DOCUMENT,
    params: {
      loadId,
      id: document.id,
      title: document.title,
      text: document.text,
      dateText: document.date?.text ?? null,
      dateStart: document.date?.start ?? null,
      dateEnd: document.date?.end ?? null,
      publisher: document.publisher,
      url: document.url,
      language: document.language,
    },
  };
}

/** Throws `DocumentTextChangedError` when the id is loaded with another text; nothing is changed then once the transaction ends. */
export async function upsertDocument(runner: QueryRunner, document: DocumentRecord, loadId: string | null = null): Promise<void> {
  const [{ changedFrom }] = await runQuery<{ changedFrom: string | null }>(runner, upsertDocumentQuery(document, loadId));
  if (changedFrom !== null) throw new DocumentTextChangedError(document.id, changedFrom, document.text);
}

/** What an actor's or a relation's row carries beside its own fields: its review, and its quotes. */
function reviewAndQuotes(item: ActorRecord | RelationRecord): { reviewed: boolean; reviewedBy: string | null; reviewedAt: string | null; evidence: ActorRecord['evidence'] } {
  return { reviewed: item.reviewed, reviewedBy: item.review?.reviewedBy ?? null, reviewedAt: item.review?.reviewedAt ?? null, evidence: item.evidence };
}

export function upsertActorsQuery(documentId: string, actors: readonly ActorRecord[], loadId: string | null): CypherQuery {
  const rows = actors.map((actor) => ({
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    aliases: actor.aliases,
    description: actor.description,
    roles: actor.roles,
    wikidataId: actor.wikidataId,
    ...reviewAndQuotes(actor),
  }));
  return {
    cypher: upsertActorsCypher(loadId),
    params: { documentId, rows, loadId, shownChars: KEPT_DESCRIPTION_SHOWN_CHARS, maxAliases: LIST_ENTRIES.aliases, maxRoles: LIST_ENTRIES.roles },
  };
}

/**
 * Throws `ActorFactConflictError` for actors stored with another kind or Wikidata id, and
 * `StoredListLimitError` for actors whose aliases or roles would outgrow their limit; the
 * transaction must then end without a commit. Descriptions that differ from the stored ones are
 * not stored, and come back in `keptDescriptions`.
 */
export async function upsertActors(runner: QueryRunner, documentId: string, actors: readonly ActorRecord[], loadId: string | null = null): Promise<ActorWriteCounts> {
  if (actors.length === 0) return { created: 0, total: 0, keptDescriptions: [] };
  const [{ created, total, conflicts, keptDescriptions, overfull }] = await runQuery<ActorWriteCounts & { conflicts: ActorFactConflict[]; overfull: OverfullList[] }>(
    runner,
    upsertActorsQuery(documentId, actors, loadId),
  );
  if (conflicts.length > 0) throw new ActorFactConflictError(conflicts);
  if (overfull.length > 0) throw new StoredListLimitError(overfull);
  return { created, total, keptDescriptions };
}

/** One statement per relation type present, in the order the types first occur. */
export function upsertRelationsQueries(documentId: string, relations: readonly RelationRecord[], loadId: string | null): CypherQuery[] {
  const byType = new Map<RelationType, RelationRecord[]>();
  for (const relation of relations) byType.set(relation.type, [...(byType.get(relation.type) ?? []), relation]);
  return [...byType].map(([type, group]) => {
    const rows = group.map((relation) => ({
      id: relation.id,
      from: relation.from,
      to: relation.to,
      timeText: relation.time?.text ?? null,
      timeStart: relation.time?.start ?? null,
      timeEnd: relation.time?.end ?? null,
      place: relation.place,
      description: relation.description,
      ...reviewAndQuotes(relation),
    }));
    const [checked] = chosenRelationTypes([type]);
    return { cypher: upsertRelationsCypher(checked, loadId), params: { documentId, rows, loadId } };
  });
}

/**
 * Who recounts the degrees of the actors a relation write touched (see degree.repository.ts): the
 * write itself (`'now'`), or, in a transaction that writes many batches, the caller, once, before it
 * commits, from the set the write adds the actors to. A hub touched by every batch is then counted
 * once instead of once a batch: a load of 100,000 relations in one transaction refreshed 140,000
 * actors' degrees batch by batch for its 9,000 actors.
 */
export type DegreeRefresh = 'now' | Set<string>;

export async function upsertRelations(
  runner: QueryRunner,
  documentId: string,
  relations: readonly RelationRecord[],
  loadId: string | null = null,
  degrees: DegreeRefresh = 'now',
): Promise<WriteCounts> {
  let created = 0;
  let total = 0;
  for (const query of upsertRelationsQueries(documentId, relations, loadId)) {
    // The journal creates nodes only, so the relationships created are the relations.
    const { rows, created: counts } = await runQueryCounted<{ total: number }>(runner, query);
    created += counts.relationships;
    total += rows[0].total;
  }
  // Merging a relation written before changes no degree.
  if (created > 0) {
    const ends = relations.flatMap((relation) => [relation.from, relation.to]);
    if (degrees === 'now') await refreshDegrees(runner, ends);
    else for (const id of ends) degrees.add(id);
  }
  return { created, total };
}

export function possibleDuplicatesQuery(): CypherQuery {
  return { cypher: POSSIBLE_DUPLICATES, params: {} };
}

export async function findPossibleDuplicates(runner: QueryRunner): Promise<PossibleDuplicate[]> {
  return runQuery<{ name: string; actorIds: string[] }>(runner, possibleDuplicatesQuery()).then((rows) =>
    rows.map((row) => ({ name: row.name, actorIds: row.actorIds })),
  );
}

export function countGraphQuery(): CypherQuery {
  return { cypher: COUNT_GRAPH, params: {} };
}

export async function countGraph(runner: QueryRunner): Promise<GraphCounts> {
  const [counts] = await runQuery<{ documents: number; actors: number; relations: number; evidence: number }>(runner, countGraphQuery());
  return counts;
}
