/**
 * Reads the graph for exports: actors and relations with everything a file carries of them, in
 * pages ordered by id (keyset pagination: each page seeks past the last id of the one before, so
 * a page costs the same at the start and at the end of a million relations, where SKIP would read
 * and throw away everything before it), or by id for the members of a neighbourhood.
 *
 * Each query builder is a pure function returning `{ cypher, params }`; relation types enter the
 * text only after `chosenRelationTypes` checked them against the vocabulary.
 */
import { QueryRunner } from '../neo4j/database';
import { CypherQuery, runQuery } from './cypher-query';
import { relationIdPrefix } from './ids';
import { DEGREE_PROPERTY, evidenceCountOf, isReviewed, RelationRow, reviewedCondition, TIME_OVERLAP } from './read-models';
import { ActorKind, chosenRelationTypes, RelationType, relationTypePattern } from './vocabulary';

/** An actor with everything a file carries of it: its facts, its review, and the whole-graph measures when computed. */
export interface ExportActorRow {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: string[];
  readonly description: string | null;
  readonly wikidataId: string | null;
  readonly reviewed: boolean;
  /** Who reviewed the actor and when (ISO 8601), where a review recorded it; null otherwise. */
  readonly reviewedBy: string | null;
  readonly reviewedAt: string | null;
  /** Relations of the vocabulary the actor takes part in, either direction: the stored degree, as the API's `degree` reads it. */
  readonly degree: number;
  /** The stored whole-graph measures (see centrality.repository.ts); null until they are computed. */
  readonly pageRank: number | null;
  readonly betweenness: number | null;
  readonly community: number | null;
}

/** A quote as an export carries it: where it stands in which document, and its text. */
export interface ExportQuote {
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

/** Which quotes an export carries per relation: none, the first (by document id, then offset), or all. */
export type QuoteMode = 'none' | 'first' | 'all';

/** A relation as the API reads it, with its review, its count of quotes and, as asked, the quotes. */
export interface ExportRelationRow extends RelationRow {
  /** Quotes behind the relation, over all documents. */
  readonly evidenceCount: number;
  /** Empty when the export carries no quotes. */
  readonly quotes: ExportQuote[];
}

/**
 * What an export keeps. Day keys (`YYYY-MM-DD`, inclusive): a relation is kept when its time
 * overlaps the window; `reviewed` keeps the relations (and actors) of that review state;
 * `documentId` keeps the relations that document supports (and the actors it mentions).
 */
export interface ExportFilter {
  readonly types: readonly RelationType[] | null;
  readonly since: string | null;
  readonly until: string | null;
  readonly reviewed: boolean | null;
  readonly documentId: string | null;
}

/** The whole graph, every relation. */
export const EVERYTHING: ExportFilter = { types: null, since: null, until: null, reviewed: null, documentId: null };

const ACTOR_FIELDS = `{ id: a.id, name: a.name, kind: a.kind, aliases: coalesce(a.aliases, []), description: a.description, wikidataId: a.wikidataId,
  reviewed: ${isReviewed('a')}, reviewedBy: a.reviewedBy, reviewedAt: toString(a.reviewedAt), degree: a.${DEGREE_PROPERTY},
  pageRank: a.pageRank, betweenness: a.betweenness, community: a.community }`;

const QUOTE_FIELDS = 'e { .documentId, .start, .end, .quote }';

/** The quotes of `r` a mode carries; evidence is found through its relationId index. */
function quotesOf(mode: QuoteMode): string {
  if (mode === 'none') return '[]';
  return `COLLECT { MATCH (e:Evidence {relationId: r.id}) RETURN ${QUOTE_FIELDS} ORDER BY e.documentId, e.start${mode === 'first' ? ' LIMIT 1' : ''} }`;
}

function relationFields(mode: QuoteMode): string {
  return `{ id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, timeText: r.timeText, timeStart: r.timeStart,
  timeEnd: r.timeEnd, place: r.place, description: r.description, documentIds: coalesce(r.documentIds, []), reviewed: ${isReviewed('r')},
  reviewedBy: r.reviewedBy, reviewedAt: toString(r.reviewedAt), evidenceCount: ${evidenceCountOf('r.id')}, quotes: ${quotesOf(mode)} }`;
}

/** Keeps the relationship `r` when it passes the filter's time window, review state and document. */
const RELATION_FILTER = `${TIME_OVERLAP} AND ${reviewedCondition('r')} AND ($documentId IS NULL OR $documentId IN r.documentIds)`;

/**
 * Keeps the actor `a`: every actor unless the filter names a review state; then the actors of that
 * state, and always the ends of a kept relation, so that no exported relation points at an actor
 * the file leaves out.
 */
function actorFilter(types: readonly RelationType[] | null): string {
  return `($reviewed IS NULL OR ${isReviewed('a')} = $reviewed OR EXISTS { (a)-[r${relationTypePattern(types ?? undefined)}]-() WHERE ${RELATION_FILTER} })`;
}

function filterParams(filter: ExportFilter): Record<string, unknown> {
  return { since: filter.since, until: filter.until, reviewed: filter.reviewed, documentId: filter.documentId };
}

/**
 * The next `limit` actors after the id `after` ('' for the first page) that the filter keeps, with
 * their degrees. A document's actors are the ones it mentions (every actor its annotation
 * declares, relation ends included), found from the document rather than by a scan of all actors.
 */
export function actorPageQuery(filter: ExportFilter, after: string, limit: number): CypherQuery {
  const match = filter.documentId === null ? 'MATCH (a:Actor)' : 'MATCH (:Document {id: $documentId})-[:MENTIONS]->(a:Actor)';
  return {
    cypher: `${match} WHERE a.id > $after AND ${actorFilter(filter.types)}
WITH a ORDER BY a.id LIMIT $limit
RETURN ${ACTOR_FIELDS} AS row`,
    params: { after, limit, ...filterParams(filter) },
  };
}

/**
 * The next `limit` relations of one type after the id `after` that the filter keeps: an ordered
 * seek of the type's id index, or, for one document's relations, a seek of the quotes' document
 * index (relation ids start with their type, see ids.ts). Vocabulary relationships only join
 * actors, so the ends need no label check.
 */
export function relationPageQuery(type: RelationType, filter: ExportFilter, quotes: QuoteMode, after: string, limit: number): CypherQuery {
  const [checked] = chosenRelationTypes([type]);
  const match =
    filter.documentId === null
      ? `MATCH ()-[r:${checked}]->() WHERE r.id > $after AND ${RELATION_FILTER}`
      : `MATCH (e:Evidence {documentId: $documentId}) WHERE e.relationId STARTS WITH $idPrefix AND e.relationId > $after
WITH DISTINCT e.relationId AS id
MATCH ()-[r:${checked} {id: id}]->() WHERE ${RELATION_FILTER}`;
  return {
    cypher: `${match}
WITH r ORDER BY r.id LIMIT $limit
RETURN ${relationFields(quotes)} AS row`,
    params: { after, limit, ...filterParams(filter), ...(filter.documentId === null ? {} : { idPrefix: relationIdPrefix(checked) }) },
  };
}

/** Actors by id, ordered by id; unknown ids are left out. */
export function actorsByIdsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (a:Actor {id: id})
WITH a ORDER BY a.id
RETURN ${ACTOR_FIELDS} AS row`,
    params: { ids: [...ids] },
  };
}

/** Relations of one type by id that the filter keeps, ordered by id. */
export function relationsByIdsQuery(type: RelationType, ids: readonly string[], filter: ExportFilter, quotes: QuoteMode): CypherQuery {
  const [checked] = chosenRelationTypes([type]);
  return {
    cypher: `UNWIND $ids AS id
MATCH ()-[r:${checked} {id: id}]->() WHERE ${RELATION_FILTER}
WITH r ORDER BY r.id
RETURN ${relationFields(quotes)} AS row`,
    params: { ids: [...ids], ...filterParams(filter) },
  };
}

async function rows<T>(runner: QueryRunner, query: CypherQuery): Promise<T[]> {
  return (await runQuery<{ row: T }>(runner, query)).map((record) => record.row);
}

export function actorPage(runner: QueryRunner, filter: ExportFilter, after: string, limit: number): Promise<ExportActorRow[]> {
  return rows(runner, actorPageQuery(filter, after, limit));
}

export function relationPage(runner: QueryRunner, type: RelationType, filter: ExportFilter, quotes: QuoteMode, after: string, limit: number): Promise<ExportRelationRow[]> {
  return rows(runner, relationPageQuery(type, filter, quotes, after, limit));
}

export function exportActorsByIds(runner: QueryRunner, ids: readonly string[]): Promise<ExportActorRow[]> {
  return rows(runner, actorsByIdsQuery(ids));
}

/** Relations by id, grouped by type (each type has its own id index), ordered by type then id. */
export async function exportRelationsByIds(
  runner: QueryRunner,
  relations: readonly { readonly id: string; readonly type: RelationType }[],
  filter: ExportFilter,
  quotes: QuoteMode,
): Promise<ExportRelationRow[]> {
  const found: ExportRelationRow[] = [];
  for (const type of chosenRelationTypes()) {
    const ids = relations.filter((relation) => relation.type === type).map((relation) => relation.id);
    if (ids.length > 0) found.push(...(await rows<ExportRelationRow>(runner, relationsByIdsQuery(type, ids, filter, quotes))));
  }
  return found;
}
