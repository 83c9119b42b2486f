/**
 * How large each string and list of an annotated document may be: the one place these limits are
 * defined. The loader's validator (and so the API's writes, which go through it) checks them
 * before anything reaches the database, the GraphQL inputs state them in their descriptions, and
 * a test holds schema/annotation.schema.json to the same numbers.
 *
 * Why these numbers: names are indexed, and Neo4j's range index takes keys of at most about
 * 8 KB (a 9,600-character name failed inside the database), so a name stays at 1,000 characters,
 * 3 KB at most in UTF-8; lists are unioned into the stored actor by Cypher whose time grows with
 * the square of their length (12,000 aliases took two minutes), so they stay in the hundreds.
 * The text of a document is the one limit a user may change (MAX_DOCUMENT_CHARS, see config.ts).
 */

/** A stable id (document, actor, relation end): a slug of at most this many characters. */
export const MAX_ID_CHARS = 128;

/** Lengths in UTF-16 code units (JavaScript string length), as the validator measures them. */
export const FIELD_CHARS = {
  document: { title: 1_000, textFile: 1_000, publisher: 1_000, url: 2_048, language: 1_000, note: 10_000 },
  actor: { name: 1_000, description: 10_000, rule: 200 },
  /** Each alias and each role. */
  alias: 1_000,
  role: 1_000,
  relation: { place: 1_000, description: 10_000, rule: 200 },
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
