/**
 * How far and how much the explorer asks for. Its own choices are for a readable drawing (three
 * hops, 200 actors, eight suggestions, 25 quotes); the service's limits, read from the `limits` query, cap
 * them, so a service configured lower is never asked for more than it answers.
 */

/** The service's limits the explorer depends on (a part of the `limits` query's answer). */
export interface ServiceLimits {
  readonly maxTraversalDepth: number;
  readonly maxSubgraphNodes: number;
  readonly maxPageSize: number;
}

export interface ExplorerLimits {
  /** The depths offered, 1 up to the deepest. */
  readonly maxDepth: number;
  /** Most actors of one neighbourhood drawn. */
  readonly neighbourhoodSize: number;
  /** Most suggestions under a search box. */
  readonly suggestions: number;
  /** Most quotes one search of the evidence reads, and so most relations it adds. */
  readonly quoteHits: number;
}

/** Beyond three hops a neighbourhood is a hairball: the explorer offers no deeper. */
const DEEPEST_OFFERED = 3;
const NEIGHBOURHOOD_SIZE = 200;
const SUGGESTIONS = 8;
/** A search of the quotes adds the relations of its best hits: a readable handful, not the corpus. */
const QUOTE_HITS = 25;

export function explorerLimits(service: ServiceLimits): ExplorerLimits {
  return {
    maxDepth: Math.min(DEEPEST_OFFERED, service.maxTraversalDepth),
    neighbourhoodSize: Math.min(NEIGHBOURHOOD_SIZE, service.maxSubgraphNodes),
    suggestions: Math.min(SUGGESTIONS, service.maxPageSize),
    quoteHits: Math.min(QUOTE_HITS, service.maxPageSize),
  };
}
