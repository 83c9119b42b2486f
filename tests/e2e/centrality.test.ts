/**
 * Centrality end to end: a load recomputes the whole-graph measures in Neo4j (Graph Data Science,
 * in the local server), `stats { mostCentral centrality }` reads them, a failed recomputation
 * leaves the load done and the status stale, and neighbourhood nodes carry the measures of the
 * subgraph. Every test loads its own two cliques joined by one relation, under unique ids.
 */
import { loadSources } from '../../src/loader/loader';
import { objectSource } from '../../src/loader/annotation-source';
import { CentralityOptions } from '../../src/loader/centrality-refresh';
import { readerOf, uniqueId } from '../support/database';
import { startTestService, TestService } from '../support/service';

const CENTRALITY: CentralityOptions = { betweennessSamples: 1_000, timeoutMs: 120_000 };
const SIDES = ['Left', 'Right'] as const;

interface Cliques {
  readonly document: Record<string, unknown>;
  readonly left: string[];
  readonly right: string[];
}

/** Two cliques of five actors each, joined by one relation between Left5 and Right1. */
function twoCliques(prefix: string): Cliques {
  const names = SIDES.flatMap((side) => [1, 2, 3, 4, 5].map((n) => `${side}${n}`));
  const text = `${names.join(', ')} all met. They cooperated.`;
  const id = (name: string): string => `${prefix}-${name.toLowerCase()}`;
  const [left, right] = SIDES.map((side) => names.filter((name) => name.startsWith(side)).map(id));
  const clique = (members: string[]): [string, string][] => members.flatMap((from, index) => members.slice(index + 1).map((to): [string, string] => [from, to]));
  const pairs = [...clique(left), ...clique(right), [left[4], right[0]] as [string, string]];
  return {
    left,
    right,
    document: {
      document: { id: `${prefix}-doc`, title: 'Two cliques', text },
      actors: names.map((name) => ({ id: id(name), name: `${prefix} ${name}`, kind: 'PERSON', evidence: [{ quote: name }] })),
      relations: pairs.map(([from, to]) => ({ type: 'COOPERATES_WITH', from, to, description: 'They cooperate.', evidence: [{ quote: 'They cooperated' }] })),
    },
  };
}

interface StatsAnswer {
  stats: {
    centrality: { computedAt: string | null; stale: boolean; durationMs: number | null };
    mostCentral: { actor: { id: string }; score: number }[];
  };
}

const MOST_CENTRAL = `query($measure: CentralityMeasure!, $first: Int) {
  stats { centrality { computedAt stale durationMs } mostCentral(measure: $measure, first: $first) { actor { id } score } }
}`;

describe('centrality', () => {
  let api: TestService;
  let read: ReturnType<typeof readerOf>;
  beforeAll(async () => {
    api = await startTestService();
    read = readerOf(() => api.connection);
  });
  afterAll(() => api?.close());

  it('recomputes PageRank, betweenness and communities after a load, and ranks actors by them', async () => {
    const cliques = twoCliques(uniqueId('central'));
    const before = Date.now();
    const lines: string[] = [];
    await loadSources(api.connection.database, [objectSource('cliques', cliques.document)], { centrality: CENTRALITY, log: (line) => lines.push(line) });
    expect(lines.filter((line) => line.startsWith('centrality: PageRank, betweenness'))).toHaveLength(1);

    const ours = [...cliques.left, ...cliques.right];
    const stored = await read<{ id: string; pageRank: number; betweenness: number; community: number }>(
      'MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id, a.pageRank AS pageRank, a.betweenness AS betweenness, a.community AS community',
      { ids: ours },
    );
    const byId = new Map(stored.map((row) => [row.id, row]));
    expect(byId.size).toBe(10);
    // Louvain over the whole graph keeps each clique whole. Whether it keeps the two apart depends
    // on what else the graph holds: modularity's resolution limit merges two groups joined by one
    // relation once the graph has more than about (21 * 21) / 2 relations, as the shared test graph
    // does. On the subgraph of the neighbourhood below they come out as two.
    expect(new Set(cliques.left.map((id) => byId.get(id)!.community)).size).toBe(1);
    expect(new Set(cliques.right.map((id) => byId.get(id)!.community)).size).toBe(1);
    // The two ends of the bridge have one relation more, and every path between the cliques.
    const bridge = [cliques.left[4], cliques.right[0]];
    for (const end of bridge) {
      for (const other of ours.filter((id) => !bridge.includes(id))) {
        expect(byId.get(end)!.pageRank).toBeGreaterThan(byId.get(other)!.pageRank);
        expect(byId.get(end)!.betweenness).toBeGreaterThan(byId.get(other)!.betweenness);
      }
    }

    const answer = await api.query<StatsAnswer>(MOST_CENTRAL, { measure: 'PAGERANK', first: 100 });
    expect(answer.errors).toBeUndefined();
    const { centrality, mostCentral } = answer.data!.stats;
    expect(centrality.stale).toBe(false);
    expect(Date.parse(centrality.computedAt!)).toBeGreaterThanOrEqual(before - 1_000);
    expect(centrality.durationMs).toBeGreaterThanOrEqual(0);
    // Highest first, and each score is the stored one.
    const scores = mostCentral.map((row) => row.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const row of mostCentral.filter((entry) => byId.has(entry.actor.id))) expect(row.score).toBe(byId.get(row.actor.id)!.pageRank);

    const top = await read<{ id: string }>('MATCH (a:Actor) WHERE a.betweenness IS NOT NULL RETURN a.id AS id ORDER BY a.betweenness DESC, a.id LIMIT 3');
    const betweenness = await api.query<StatsAnswer>(MOST_CENTRAL, { measure: 'BETWEENNESS', first: 3 });
    expect(betweenness.data!.stats.mostCentral.map((row) => row.actor.id)).toEqual(top.map((row) => row.id));
  });

  it('ranks by degree, counted from the relations', async () => {
    const answer = await api.query<StatsAnswer>(MOST_CENTRAL, { measure: 'DEGREE', first: 5 });
    const expected = await read<{ id: string; degree: number }>(
      'MATCH (a:Actor) WITH a, COUNT { (a)--(:Actor) } AS degree RETURN a.id AS id, degree ORDER BY degree DESC, a.id LIMIT 5',
    );
    expect(answer.data!.stats.mostCentral).toEqual(expected.map((row) => ({ actor: { id: row.id }, score: row.degree })));
  });

  it('keeps a load whose recomputation fails, logs why, and marks the measures stale with their old time', async () => {
    await loadSources(api.connection.database, [objectSource('cliques', twoCliques(uniqueId('central-ok')).document)], { centrality: CENTRALITY });
    const computed = (await api.query<StatsAnswer>(MOST_CENTRAL, { measure: 'PAGERANK' })).data!.stats.centrality;
    expect(computed.stale).toBe(false);

    const cliques = twoCliques(uniqueId('central-fail'));
    const lines: string[] = [];
    // GDS refuses a negative sample size: a real failure of the recomputation, after the load committed.
    const summary = await loadSources(api.connection.database, [objectSource('cliques', cliques.document)], {
      centrality: { ...CENTRALITY, betweennessSamples: -1 },
      log: (line) => lines.push(line),
    });
    expect(summary.relations.created).toBe(21);
    expect(lines.filter((line) => line.startsWith('centrality: the recomputation failed'))).toHaveLength(1);
    const [loaded] = await read<{ n: number }>('MATCH (a:Actor) WHERE a.id IN $ids RETURN count(a) AS n', { ids: cliques.left });
    expect(loaded.n).toBe(5);
    const after = (await api.query<StatsAnswer>(MOST_CENTRAL, { measure: 'PAGERANK' })).data!.stats.centrality;
    expect(after).toEqual({ ...computed, stale: true });
  });

  it('gives neighbourhood nodes the PageRank, betweenness and communities of the subgraph', async () => {
    const cliques = twoCliques(uniqueId('central-sub'));
    await loadSources(api.connection.database, [objectSource('cliques', cliques.document)]);
    const answer = await api.query<{ neighborhood: { nodes: { id: string; pageRank: number; betweenness: number; community: number }[] } }>(
      'query($id: ID!) { neighborhood(actorId: $id, depth: 3) { nodes { id pageRank betweenness community } } }',
      { id: cliques.left[0] },
    );
    expect(answer.errors).toBeUndefined();
    const nodes = new Map(answer.data!.neighborhood.nodes.map((node) => [node.id, node]));
    expect([...nodes.keys()].sort()).toEqual([...cliques.left, ...cliques.right].sort());
    // The start actor comes first: its community is 0.
    for (const id of cliques.left) expect(nodes.get(id)!.community).toBe(0);
    for (const id of cliques.right) expect(nodes.get(id)!.community).toBe(1);
    const total = [...nodes.values()].reduce((sum, node) => sum + node.pageRank, 0);
    expect(Math.abs(total - 1)).toBeLessThan(1e-9);
    // Each end of the bridge lies on the shortest paths of the 4 x 5 pairs it separates, out of the
    // 9 x 8 / 2 = 36 pairs of other actors (NetworkX gives 0.5556 too).
    expect(nodes.get(cliques.left[4])!.betweenness).toBeCloseTo(20 / 36, 12);
    expect(nodes.get(cliques.left[0])!.betweenness).toBe(0);
  });

  it('refuses more actors than a page holds (MAX_PAGE_SIZE)', async () => {
    const answer = await api.query<StatsAnswer>(MOST_CENTRAL, { measure: 'PAGERANK', first: 101 });
    expect(answer.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
