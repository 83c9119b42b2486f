/**
 * Full-text search over quotes (`searchEvidence`): the `evidence_quotes` index (see
 * migrations.ts), filtered by relation type and by the date of the quoted document, in the
 * index's order of relevance, with the spans of each quote that matched.
 *
 * The search runs as `search` does (see fulltext-search.ts): exact words and prefixes first, and
 * only when they find nothing, again with misspellings allowed. Lucene streams its hits best first, so
 * a page is the hits after the first `skip` that pass the filters: no sort, and a page reads no
 * further than its last hit. A page's cursor says which of the two queries it continues.
 */
import { QueryRunner } from '../neo4j/database';
import { CypherQuery, runQuery } from './cypher-query';
import { relationIdPrefix } from './ids';
import { SearchMode, SearchQueries, searchQueries, searchWithFallback } from './fulltext-search';
import { EVIDENCE_PROJECTION, EvidenceRow } from './read-models';
import { highlightSpans, searchWords, TextSpan } from './search-highlights';
import { chosenRelationTypes, RelationType } from './vocabulary';

export interface EvidenceSearchFilter {
  /** Quotes of relations of these types only (actors' quotes are left out); null keeps every quote. */
  readonly types: readonly RelationType[] | null;
  /** Day keys: quotes from documents whose date overlaps the window; undated documents are left out once a bound is given. */
  readonly since: string | null;
  readonly until: string | null;
}

export interface EvidenceHitRow {
  readonly evidence: EvidenceRow;
  readonly score: number;
  /** The matched words, in the document's offsets. */
  readonly highlights: TextSpan[];
}

export interface EvidenceSearchPage {
  readonly hits: EvidenceHitRow[];
  readonly mode: SearchMode;
  readonly hasNextPage: boolean;
}

/**
 * The Lucene queries of words already reduced by `searchWords`: each word also as a prefix when it
 * has three letters or more (a shorter prefix would expand to most of the index's terms).
 */
export function evidenceSearchQueries(words: readonly string[]): SearchQueries | null {
  return searchQueries(words, 3);
}

const DOCUMENT_IN_WINDOW = `EXISTS { MATCH (d:Document {id: e.documentId})
    WHERE (d.dateStart IS NOT NULL OR d.dateEnd IS NOT NULL)
      AND ($since IS NULL OR coalesce(d.dateEnd, d.dateStart) >= $since)
      AND ($until IS NULL OR coalesce(d.dateStart, d.dateEnd) <= $until) }`;

/** One page: the hits after the first `skip` that pass the filter, `limit` at most, best first. */
export function searchEvidenceQuery(luceneQuery: string, filter: EvidenceSearchFilter, skip: number, limit: number): CypherQuery {
  // A relation's id starts with its type (see ids.ts), so a type filter needs no relationship read.
  const prefixes = filter.types === null ? null : chosenRelationTypes(filter.types).map(relationIdPrefix);
  return {
    cypher: `CALL db.index.fulltext.queryNodes('evidence_quotes', $query) YIELD node AS e, score
WHERE ($prefixes IS NULL OR any(prefix IN $prefixes WHERE e.relationId STARTS WITH prefix))
  AND (($since IS NULL AND $until IS NULL) OR ${DOCUMENT_IN_WINDOW})
WITH e, score SKIP $skip LIMIT $limit
RETURN ${EVIDENCE_PROJECTION} AS evidence, score`,
    params: { query: luceneQuery, prefixes, since: filter.since, until: filter.until, skip, limit },
  };
}

/**
 * A page of quotes matching `text`. `mode` is the mode of the page before (null for a first page):
 * a first page tries the exact query, then the misspelt one when the exact found nothing. Asks for
 * one hit more than the page, to know whether another page follows.
 */
export async function searchEvidence(
  runner: QueryRunner,
  text: string,
  filter: EvidenceSearchFilter,
  page: { readonly skip: number; readonly first: number; readonly mode: SearchMode | null },
): Promise<EvidenceSearchPage> {
  const words = searchWords(text);
  const queries = evidenceSearchQueries(words);
  if (queries === null) return { hits: [], mode: page.mode ?? 'EXACT', hasNextPage: false };
  const run = (query: string): Promise<{ evidence: EvidenceRow; score: number }[]> => runQuery(runner, searchEvidenceQuery(query, filter, page.skip, page.first + 1));
  const { mode, hits: rows } = page.mode === null ? await searchWithFallback(queries, run) : { mode: page.mode, hits: await run(queries[page.mode]) };
  const hits = rows.slice(0, page.first).map(({ evidence, score }) => ({
    evidence,
    score,
    highlights: highlightSpans(evidence.quote, words, mode === 'MISSPELT').map((span) => ({ start: evidence.start + span.start, end: evidence.start + span.end })),
  }));
  return { hits, mode, hasNextPage: rows.length > page.first };
}
