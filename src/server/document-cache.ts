/**
 * Apollo Server's cache of parsed and validated queries, bounded by what its entries really hold.
 *
 * Apollo's own cache measures an entry by the JSON of its syntax tree, but a parsed document keeps
 * the whole query text it came from (`loc.source.body`), comments and white space included, which
 * the JSON leaves out: distinct queries padded with a long comment measured a few hundred bytes
 * each and held a megabyte, and filled the process's memory. Here an entry counts the text it keeps
 * (two bytes a character) beside its tree, and a document whose text is larger than a sixteenth of
 * the cache is not kept at all (it is parsed again when it comes again, as any query over
 * MAX_QUERY_TOKENS would be refused before it got that far).
 */
import { KeyValueCache, InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { DocumentNode } from 'graphql';

/** The bytes a parsed document holds: its source text and, at a rough four times its JSON, its syntax tree. */
export function documentBytes(document: DocumentNode): number {
  return 2 * (document.loc?.source.body.length ?? 0) + 4 * JSON.stringify(document).length;
}

export function documentCache(maxBytes: number): KeyValueCache<DocumentNode> {
  const cache = new InMemoryLRUCache<DocumentNode>({ maxSize: Math.max(1, maxBytes), sizeCalculation: documentBytes });
  return {
    get: (key) => cache.get(key),
    delete: (key) => cache.delete(key),
    set: async (key, document, options) => {
      if (maxBytes > 0 && documentBytes(document) <= maxBytes / 16) await cache.set(key, document, options);
    },
  };
}
