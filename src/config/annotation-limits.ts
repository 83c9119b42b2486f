/**
 * How large each string and list of an annotated document, and each argument of the API, may be:
 * the one place these limits are defined. The loader's validator (and so the API's writes, which
 * go through it) checks the document's before anything reaches the database, the query limits
 * (src/server/query-limits.ts) check the arguments' before any resolver runs, the GraphQL inputs
 * and arguments state them in their descriptions, and a test holds
 * schema/annotation.schema.json to the same numbers.
 *
 * Why these numbers: names are indexed, and Neo4j's range index takes keys of at most about
 * 8 KB (a 9,600-character name failed inside the database), so a name stays at 1,000 characters,
 * 3 KB at most in UTF-8; lists are unioned into the stored actor by Cypher whose time grows with
 * the square of their length (12,000 aliases took two minutes), so they stay in the hundreds.
 * The text of a document is the one limit a user may change (MAX_DOCUMENT_CHARS, see config.ts).
 */

/** A stable id (document, actor, relation end): a slug of at most this many characters. */
export const MAX_ID_CHARS = 128;

/** A reviewer's name (`reviewedBy`): the name of an API key (see config.ts), at most this long. */
export const MAX_REVIEWER_CHARS = 64;

/** Lengths in UTF-16 code units (JavaScript string length), as the validator measures them. */
export const FIELD_CHARS = {
  document: { title: 1_000, textFile: 1_000, publisher: 1_000, url: 2_048, language: 1_000, note: 10_000 },
  actor: { name: 1_000, description: 10_000, rule: 200, reviewedBy: MAX_REVIEWER_CHARS },
  /** Each alias and each role. */
  alias: 1_000,
  role: 1_000,
  relation: { place: 1_000, description: 10_000, rule: 200, reviewedBy: MAX_REVIEWER_CHARS },
  quote: 10_000,
} as const;

/** Entries of each list. */
export const LIST_ENTRIES = {
  aliases: 200,
  roles: 50,
  /** Quotes of one actor or relation. */
  evidence: 100,
  /** Actors declared in one document. */
  actors: 100_000,
  /** Relations stated in one document. */
  relations: 100_000,
} as const;

/** The default of MAX_DOCUMENT_CHARS: about 300 pages of prose, far above a news article. */
export const DEFAULT_MAX_DOCUMENT_CHARS = 1_000_000;

/**
 * The longest `after` cursor: a cursor is base64url JSON of a row's sort key, at most an actor's
 * name and id, and JSON writes a character as up to 6 bytes (`\u0001`), base64 4 characters for 3.
 */
export const MAX_CURSOR_CHARS = Math.ceil((((FIELD_CHARS.actor.name + MAX_ID_CHARS) * 6 + 16) * 4) / 3);

/**
 * The longest `since`, `until` or draft `date`: a partial date is 10 characters (`2023-10-07`), a
 * range of two 21; anything longer is not a date, and is refused before it is parsed or echoed.
 */
export const MAX_DATE_ARGUMENT_CHARS = 32;

/** The longest free text of `search(text)` and `actors(search)`: a few words, not a document. */
export const MAX_SEARCH_CHARS = 200;

/** How deep the pages of `searchEvidence` reach, in hits: each page reads the hits before it again. */
export const MAX_SEARCH_DEPTH = 1_000;

/**
 * Most entries of a list argument (`types`, `kinds`): each names a value of a closed vocabulary,
 * which has far fewer; a repeated value adds nothing.
 */
export const MAX_LIST_ARGUMENT_ENTRIES = 100;

/** A limit on one argument: its characters (a string) or its entries (a list). */
export type ArgumentLimit = { readonly chars: number } | { readonly entries: number };

/**
 * The limit of every argument of the API by its name, wherever it appears (a read's `id` or
 * `actorId`, `deleteRelation(id)`, an actor's `relations(after, types)`). Free text
 * (`search(text)`, `actors(search)`, `extractDocument(text)`) is checked where it is read, against
 * MAX_SEARCH_CHARS and MAX_EXTRACT_CHARS; the mutations' inputs by the loader's validator.
 */
export const ARGUMENT_LIMITS: Readonly<Record<string, ArgumentLimit>> = {
  id: { chars: MAX_ID_CHARS },
  actorId: { chars: MAX_ID_CHARS },
  from: { chars: MAX_ID_CHARS },
  to: { chars: MAX_ID_CHARS },
  documentId: { chars: MAX_ID_CHARS },
  keep: { chars: MAX_ID_CHARS },
  merge: { chars: MAX_ID_CHARS },
  mergedId: { chars: MAX_ID_CHARS },
  // The review queue's statuses: a handful exist, so a longer list only repeats them.
  status: { entries: 10 },
  after: { chars: MAX_CURSOR_CHARS },
  since: { chars: MAX_DATE_ARGUMENT_CHARS },
  until: { chars: MAX_DATE_ARGUMENT_CHARS },
  date: { chars: MAX_DATE_ARGUMENT_CHARS },
  title: { chars: FIELD_CHARS.document.title },
  types: { entries: MAX_LIST_ARGUMENT_ENTRIES },
  kinds: { entries: MAX_LIST_ARGUMENT_ENTRIES },
};

/**
 * What is wrong with the size of the argument `name` (one of ARGUMENT_LIMITS), as
 * `expected at most N characters, found M`; null when it fits or the name has no limit. Every path
 * that takes these arguments asks here: GraphQL's query limits, and `GET /export`'s parameters.
 */
export function argumentSizeProblem(name: string, value: unknown): string | null {
  const limit = ARGUMENT_LIMITS[name];
  if (limit === undefined) return null;
  if ('chars' in limit && typeof value === 'string' && value.length > limit.chars) return `expected at most ${limit.chars} characters, found ${value.length}`;
  if ('entries' in limit && Array.isArray(value) && value.length > limit.entries) return `expected at most ${limit.entries} entries, found ${value.length}`;
  return null;
}

/**
 * How drafting shapes a text before any language library reads it (src/extract/text-shape.ts): the
 * longest run of characters without white space it passes on as a token (a longer one, a URL of
 * a page or a megabyte of letters, is blanked: tokenizers are quadratic on long tokens), and the
 * longest stretch without a sentence end (a longer one is broken at a space: the rules read a
 * sentence at a time, at a cost that grows faster than its length).
 */
export const DRAFT_SHAPE = { tokenChars: 100, sentenceChars: 1_000 } as const;
