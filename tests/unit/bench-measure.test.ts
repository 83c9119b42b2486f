import { bodies, querySpecs } from '../../bench/bench-queries';
import { mean, percentile, summarise } from '../../bench/measure';
import { measurementCount } from '../../bench/query-bench';
import { coldStartMarkdown } from '../../bench/cold-start';
import { TimeLeft } from '../../bench/time-left';

describe('the benchmark measurements', () => {
  it('takes nearest-rank percentiles, so p95 of 1..100 ms is 95 ms and p99 is 99 ms', () => {
    const times = Array.from({ length: 100 }, (_, index) => index + 1);
    expect([percentile(times, 50), percentile(times, 95), percentile(times, 99)]).toEqual([50, 95, 99]);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });

  it('summarises unsorted times as throughput over the run and percentiles to a tenth of a millisecond', () => {
    const times = [3.04, 1.01, 2.02, 9.99, 4.05, 5.06, 6.07, 7.08, 8.09, 10.1];
    expect(summarise(times, 2, 1)).toEqual({ requestsPerSecond: 5, p50: 5.1, p95: 10.1, p99: 10.1, errors: 1 });
  });

  it('averages rounds figure by figure and adds their errors', () => {
    const rounds = [
      { requestsPerSecond: 100, p50: 2, p95: 4, p99: 8, errors: 0 },
      { requestsPerSecond: 50, p50: 3, p95: 5, p99: 9, errors: 2 },
    ];
    expect(mean(rounds)).toEqual({ requestsPerSecond: 75, p50: 2.5, p95: 4.5, p99: 8.5, errors: 2 });
  });
});

describe('the benchmark queries', () => {
  const inputs = {
    hub: 'hub',
    typical: 'typical',
    document: 'document',
    pairs: [['a', 'b'] as const],
    words: ['Ali'],
    searches: { Ali: '(ali^4 OR ali*^2)' },
    quoteWords: ['shelled', 'sehlled'],
    evidenceSearches: { shelled: '(shelled^4 OR shelled*^2)', sehlled: '(sehlled^4 OR sehlled*^2 OR sehlled~2)' },
  };

  it('gives the HTTP floor one statement per query text, so that the text alone says what to run', () => {
    const specs = querySpecs(inputs);
    const statements = new Map<string, Set<string>>();
    for (const spec of specs) statements.set(spec.query, (statements.get(spec.query) ?? new Set()).add(spec.floor.cypher));
    // A hub's and a typical actor's neighbourhoods differ only in their variables.
    expect(statements.size).toBe(11);
    for (const cyphers of statements.values()) expect(cyphers.size).toBe(1);
    expect(bodies(specs[0]).map((body) => JSON.parse(body).variables)).toEqual([{ id: 'hub' }, { id: 'typical' }]);
  });

  it("shapes the floor's rows as our GraphQL answer", () => {
    const [actor, , , , , , , path, search, evidence] = querySpecs(inputs);
    expect(actor.floor.data([{ name: 'Hub', relations: [{ type: 'ALLY_OF', from: 'Hub', to: 'Other' }] }])).toEqual({
      actor: { name: 'Hub', relations: { edges: [{ node: { type: 'ALLY_OF', from: { name: 'Hub' }, to: { name: 'Other' } } }] } },
    });
    expect(actor.floor.data([])).toEqual({ actor: null });
    expect(path.floor.data([{ actors: null, types: null }])).toEqual({ shortestPath: null });
    expect(path.floor.data([{ actors: ['A', 'B'], types: ['ALLY_OF'] }])).toEqual({
      shortestPath: { length: 1, actors: [{ name: 'A' }, { name: 'B' }], relations: [{ type: 'ALLY_OF' }] },
    });
    expect(search.floor.params({ text: 'Ali' })).toEqual({ query: '(ali^4 OR ali*^2)' });
    expect(evidence.floor.params({ text: 'sehlled' })).toEqual({ query: '(sehlled^4 OR sehlled*^2 OR sehlled~2)' });
    expect(evidence.floor.data([{ quote: 'The brigade shelled the port', score: 2.5 }])).toEqual({ searchEvidence: { edges: [{ node: { score: 2.5, evidence: { quote: 'The brigade shelled the port' } } }] } });
    expect(evidence.comparable(evidence.floor.data([{ quote: 'a shelled b', score: 2.5 }]))).toEqual([2.5]);
  });

  it("asks for one document's relations and shapes the floor's rows as our relation page", () => {
    const documentPage = querySpecs(inputs).find((spec) => spec.query.includes('documentId'))!;
    expect(bodies(documentPage).map((body) => JSON.parse(body).variables)).toEqual([{ documentId: 'document' }]);
    expect(documentPage.floor.params({ documentId: 'document' })).toEqual({ documentId: 'document' });
    expect(documentPage.floor.data([{ id: 'ally_of-1', type: 'ALLY_OF', from: 'A', to: 'B' }])).toEqual({
      relations: { edges: [{ node: { id: 'ally_of-1', type: 'ALLY_OF', from: { name: 'A' }, to: { name: 'B' } } }] },
    });
  });

  it('counts three measurements a round per query, four where the peer takes part', () => {
    const specs = querySpecs(inputs);
    const withPeer = specs.filter((spec) => Array.isArray(spec.peer)).length;
    expect(measurementCount(specs, 2)).toBe(2 * (3 * specs.length + withPeer));
  });
});

describe('the cold-start row', () => {
  it('reports each query first and warm, the loaded p50 where the queries table has it, and the worst ratio', () => {
    const lines = coldStartMarkdown(
      {
        warmUp: 'first pass',
        serviceStartSeconds: 2.5,
        warmRequests: 15,
        queries: [
          { name: 'page', firstMs: 900, warmP50Ms: 10, ratio: 90, error: null },
          { name: 'search', firstMs: 30, warmP50Ms: 10, ratio: 3, error: null },
          { name: 'broken', firstMs: 5, warmP50Ms: 5, ratio: null, error: 'expected data, found 500 {"errors":"a|b"}' },
        ],
        worst: { name: 'page', ratio: 90 },
      },
      (name) => (name === 'search' ? 12.5 : undefined),
    );
    expect(lines[0]).toMatch(/^Cold start, after the warm-up's first pass only: plan caches cleared, a fresh service with `WARM_UP_MS=1` \(listening 2.5 s/);
    expect(lines.slice(2)).toEqual([
      '| query | first request ms | warm p50 ms, one at a time | first / warm | warm p50 ms under load (queries table) |',
      '|---|---|---|---|---|',
      '| page | 900 | 10 | 90 | n/a |',
      '| search | 30 | 10 | 3 | 12.5 |',
      '| broken | 5 | 5 | n/a: expected data, found 500 {"errors":"a/b"} | n/a |',
      '',
      'Worst first / warm: 90 (page).',
    ]);
  });
});

describe('TimeLeft', () => {
  it('adds what is left of the current stage to every later stage and size, from the rates measured so far', () => {
    const left = new TimeLeft([10_000, 100_000], () => 4, 600);
    // Before any measurement: 1 ms per relation per load, 0.2 ms for the recomputation and the export.
    expect(left.describe(100_000, 'queries', 0.5)).toBe('about 5 min left in all');
    left.measured('load', 10_000, 30);
    // Half the loads of 10k (60 s), then 10k's other stages (2 + 2 + 600 s), then 100k (1200 + 20 + 20 + 600 s).
    expect(left.describe(10_000, 'load', 0.5)).toBe('about 42 min left in all');
  });
});
