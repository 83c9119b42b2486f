/**
 * Which text the database stores as it was given: well-formed Unicode. A surrogate code unit that
 * is not half of a pair cannot be encoded in UTF-8, and Neo4j would store it as U+FFFD, so the
 * loader refuses such a string and drafting refuses such a text, with the same words.
 */

const LONE_SURROGATE = /\p{Surrogate}/u;

/** What makes `text` other than well-formed Unicode (its first lone surrogate and where it stands), or null. */
export function malformedUnicode(text: string): string | null {
  const lone = LONE_SURROGATE.exec(text);
  if (lone === null) return null;
  return `expected well-formed Unicode, found a lone surrogate (U+${lone[0].charCodeAt(0).toString(16).toUpperCase()}) at character ${lone.index}`;
}
