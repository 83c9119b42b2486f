/**
 * The subgraph measures against NetworkX, the reference implementation researchers use: the same
 * graph (undirected, parallel relations as weight) must give the same PageRank and betweenness.
 * NetworkX comes from Debian's python3-networkx; Debian's own interpreter is called, since a
 * `python3` earlier on PATH may lack Debian's modules.
 */
import { execFileSync } from 'node:child_process';
import { communitiesOf, subgraphMeasures, undirectedGraph } from '../../src/graph/subgraph-measures';

const PYTHON = '/usr/bin/python3';

/** A small graph with a hub, a chain, a parallel relation (b-c twice, once each way) and a leaf. */
const ACTORS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const RELATIONS = [
  { from: 'a', to: 'b' },
  { from: 'a', to: 'c' },
  { from: 'a', to: 'd' },
  { from: 'b', to: 'c' },
  { from: 'c', to: 'b' },
  { from: 'd', to: 'e' },
  { from: 'e', to: 'f' },
  { from: 'f', to: 'd' },
  { from: 'f', to: 'g' },
];

interface NetworkxScores {
  pagerank: Record<string, number>;
  betweenness: Record<string, number>;
}

/** The same graph built the same way in NetworkX: one undirected edge per pair, weighted by its relations. */
function networkxScores(actors: readonly string[], relations: readonly { from: string; to: string }[]): NetworkxScores {
  const script = `
import json, sys
import networkx as nx
data = json.load(sys.stdin)
g = nx.Graph()
g.add_nodes_from(data["actors"])
for r in data["relations"]:
    u, v = r["from"], r["to"]
    if g.has_edge(u, v):
        g[u][v]["weight"] += 1
    else:
        g.add_edge(u, v, weight=1)
print(json.dumps({
    "pagerank": nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-12, max_iter=1000),
    "betweenness": nx.betweenness_centrality(g, normalized=True),
}))`;
  const output = execFileSync(PYTHON, ['-c', script], { input: JSON.stringify({ actors, relations }), encoding: 'utf8' });
  return JSON.parse(output) as NetworkxScores;
}

describe('subgraph measures', () => {
  it('gives the PageRank NetworkX gives, within 1e-4, for every actor', () => {
    const expected = networkxScores(ACTORS, RELATIONS).pagerank;
    const { pageRank } = subgraphMeasures(ACTORS, RELATIONS, { pageRank: true, betweenness: false, community: false });
    expect([...pageRank!.keys()].sort()).toEqual(ACTORS);
    for (const actor of ACTORS) expect(Math.abs(pageRank!.get(actor)! - expected[actor])).toBeLessThan(1e-4);
    // The parallel relation counts: without it as weight, b and c would score lower than NetworkX says.
    expect(pageRank!.get('b')!).toBeGreaterThan(pageRank!.get('e')!);
  });

  it('gives the normalised betweenness NetworkX gives, within 1e-9', () => {
    const expected = networkxScores(ACTORS, RELATIONS).betweenness;
    const { betweenness } = subgraphMeasures(ACTORS, RELATIONS, { pageRank: false, betweenness: true, community: false });
    for (const actor of ACTORS) expect(Math.abs(betweenness!.get(actor)! - expected[actor])).toBeLessThan(1e-9);
    expect(betweenness!.get('g')).toBe(0);
  });

  it('finds two communities in two cliques joined by one relation, the same on every run', () => {
    const left = ['l1', 'l2', 'l3', 'l4', 'l5'];
    const right = ['r1', 'r2', 'r3', 'r4', 'r5'];
    const clique = (members: string[]): { from: string; to: string }[] =>
      members.flatMap((from, index) => members.slice(index + 1).map((to) => ({ from, to })));
    const relations = [...clique(left), ...clique(right), { from: 'l5', to: 'r1' }];
    const runs = [1, 2, 3].map(() => subgraphMeasures([...left, ...right], relations, { pageRank: false, betweenness: false, community: true }).community!);
    const communities = runs[0];
    expect(Object.fromEntries(communities)).toEqual({
      l1: 0, l2: 0, l3: 0, l4: 0, l5: 0,
      r1: 1, r2: 1, r3: 1, r4: 1, r5: 1,
    });
    for (const run of runs.slice(1)) expect(run).toEqual(communities);
  });

  it('computes only what is selected', () => {
    expect(subgraphMeasures(ACTORS, RELATIONS, { pageRank: false, betweenness: false, community: false })).toEqual({});
    expect(Object.keys(subgraphMeasures(ACTORS, RELATIONS, { pageRank: false, betweenness: true, community: false }))).toEqual(['betweenness']);
  });

  it('joins parallel relations into one weighted edge and leaves out relations to oneself or to actors outside', () => {
    const graph = undirectedGraph(['a', 'b'], [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'a' },
      { from: 'a', to: 'a' },
      { from: 'a', to: 'x' },
    ]);
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttribute('a', 'b', 'weight')).toBe(2);
  });

  it('gives every actor its own community when nothing connects them, and no scores for an empty subgraph', () => {
    expect(Object.fromEntries(communitiesOf(undirectedGraph(['x', 'y'], [])))).toEqual({ x: 0, y: 1 });
    expect(subgraphMeasures([], [], { pageRank: true, betweenness: true, community: true })).toEqual({
      pageRank: new Map(),
      betweenness: new Map(),
      community: new Map(),
    });
  });
});
