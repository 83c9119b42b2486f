/**
 * Centrality and communities of a returned subgraph (a neighbourhood of at most MAX_SUBGRAPH_NODES
 * actors), computed in the process with graphology's proven implementations, so that a drawing
 * can be sized and coloured by what holds inside the drawing rather than in the whole graph.
 *
 * The graph is undirected: the vocabulary mixes directions ("attacks" points from the attacker,
 * "killed by" from the victim), so an actor is central when it is connected to central actors,
 * whoever acted on whom; symmetric relations need no special case. Several relations between the
 * same two actors make one edge whose weight is their number (PageRank and Louvain follow the
 * weight; betweenness counts hops, so it ignores it). A relation from an actor to itself is left
 * out. The whole-graph measures (see analytics.repository.ts) make the same choices.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { seededRandom } from './seeded-random';

export interface MeasuredEdge {
  readonly from: string;
  readonly to: string;
}

/** Which measures to compute; each costs a pass over the subgraph. */
export interface MeasureSelection {
  readonly pageRank: boolean;
  readonly betweenness: boolean;
  readonly community: boolean;
}

/** Each selected measure by actor id; an unselected one is absent. */
export interface SubgraphMeasures {
  readonly pageRank?: ReadonlyMap<string, number>;
  readonly betweenness?: ReadonlyMap<string, number>;
  readonly community?: ReadonlyMap<string, number>;
}

/** PageRank's damping factor, as in NetworkX and Neo4j Graph Data Science. */
export const DAMPING = 0.85;
/** Tight enough that scores agree with NetworkX's to well below 1e-4; a subgraph is small. */
const PAGERANK_TOLERANCE = 1e-10;
const PAGERANK_MAX_ITERATIONS = 1_000;
/** Louvain visits nodes in a random order; a fixed seed gives the same communities every time. */
const LOUVAIN_SEED = 20_240_607;

export function subgraphMeasures(actorIds: readonly string[], edges: readonly MeasuredEdge[], selection: MeasureSelection): SubgraphMeasures {
  if (!selection.pageRank && !selection.betweenness && !selection.community) return {};
  const graph = undirectedGraph(actorIds, edges);
  return {
    ...(selection.pageRank ? { pageRank: pageRankOf(graph) } : {}),
    ...(selection.betweenness ? { betweenness: betweennessOf(graph) } : {}),
    ...(selection.community ? { community: communitiesOf(graph) } : {}),
  };
}

/** One node per actor, one edge per pair of actors that share relations, weighted by how many. */
export function undirectedGraph(actorIds: readonly string[], edges: readonly MeasuredEdge[]): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of actorIds) graph.mergeNode(id);
  for (const { from, to } of edges) {
    if (from === to || !graph.hasNode(from) || !graph.hasNode(to)) continue;
    graph.updateEdge(from, to, (attributes) => ({ weight: ((attributes.weight as number | undefined) ?? 0) + 1 }));
  }
  return graph;
}

/** PageRank with damping 0.85, weighted by the number of relations; the scores sum to 1. */
export function pageRankOf(graph: Graph): Map<string, number> {
  if (graph.order === 0) return new Map();
  const scores = pagerank(graph, {
    alpha: DAMPING,
    getEdgeWeight: 'weight',
    tolerance: PAGERANK_TOLERANCE,
    maxIterations: PAGERANK_MAX_ITERATIONS,
  });
  return new Map(Object.entries(scores));
}

/**
 * Betweenness over unweighted shortest paths, normalised to [0, 1] by the number of pairs of
 * other actors, so that drawings of different sizes compare.
 */
export function betweennessOf(graph: Graph): Map<string, number> {
  if (graph.order === 0) return new Map();
  // Without `getEdgeWeight: null` graphology would read the weight as a length and run Dijkstra.
  return new Map(Object.entries(betweennessCentrality(graph, { normalized: true, getEdgeWeight: null })));
}

/**
 * Louvain communities, numbered 0, 1, ... in the order the actors were given (the first actor's
 * community is 0), so that the numbers do not depend on the algorithm's internals.
 */
export function communitiesOf(graph: Graph): Map<string, number> {
  const found = louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(LOUVAIN_SEED) });
  const renumbered = new Map<number, number>();
  const communities = new Map<string, number>();
  graph.forEachNode((node) => {
    const raw = found[node];
    if (!renumbered.has(raw)) renumbered.set(raw, renumbered.size);
    communities.set(node, renumbered.get(raw)!);
  });
  return communities;
}
