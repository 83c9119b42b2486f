/**
 * `GET /export` over HTTP, each file read back by a real reader: GraphML by NetworkX (Debian's
 * python3-networkx, 2.8) and igraph (python3-igraph) and graphology-graphml, GEXF by NetworkX's
 * read_gexf and graphology-gexf, CSV by csv-parse. Whole-graph measures are computed for real
 * (Graph Data Science in the local Neo4j) before the files are read, so their types are checked. Counts are
 * compared with `stats` (or `relations { totalCount }`) asked right before the export, in the same
 * run: test files run one at a time, so nothing writes in between. A small document of hostile
 * strings, under a unique id prefix, checks escaping and times exactly; a generated corpus checks
 * the paging (the service reads 7 rows a page here, so every export crosses many pages).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import Graph, { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { relationId } from '../../src/graph/ids';
import { RELATION_TYPE_NAMES } from '../../src/graph/vocabulary';
import { refreshCentrality } from '../../src/loader/centrality-refresh';
import { generateCorpus } from '../../src/loader/generate';
import { loadPaths } from '../../src/loader/loader';
import { uniqueId } from '../support/database';
import { HOSTILE_STRINGS } from '../support/hostile-strings';
import { startTestService, TestService } from '../support/service';

const PYTHON = '/usr/bin/python3';
/** Names XML 1.0 cannot carry come out with U+FFFD in their place (see src/export/xml-text.ts). */
const CONTROL = '\u0000\u0001\u001f';
const xmlName = (name: string): string => (name === CONTROL ? '\uFFFD\uFFFD\uFFFD' : name);

const NAMES = HOSTILE_STRINGS.filter((text) => text.length <= 10_000);
const ALIAS = 'one, "two"\nthree';
const PLACE = 'Paris, "the city"\r\nof <light> & more';
const REVIEWED_AT = '2025-01-02T03:04:05Z';

interface Fixture {
  readonly prefix: string;
  readonly ids: string[];
  readonly talks: string;
  readonly attack: string;
  readonly fight: string;
  readonly support: string;
}

function fixtureDocument(prefix: string): { document: unknown; fixture: Fixture } {
  const lines = [...NAMES, 'They talked in March 2024.', 'Then one attacked the other from October 2023 on.', 'And they fought.', 'Later one backed the other.'];
  const ids = NAMES.map((_, index) => `${prefix}-a${index}`);
  const evidence = (quote: string): { quote: string }[] => [{ quote }];
  return {
    document: {
      document: { id: `${prefix}-doc`, title: 'Hostile names', text: lines.join('\n') },
      actors: NAMES.map((name, index) => ({
        id: ids[index],
        name,
        kind: 'PERSON',
        ...(index === 0 ? { aliases: [ALIAS], wikidataId: 'Q42' } : {}),
        evidence: evidence(name),
      })),
      relations: [
        { type: 'NEGOTIATES_WITH', from: ids[1], to: ids[0], time: '2024-03', place: PLACE, description: 'Talks.', evidence: evidence('They talked in March 2024.') },
        { type: 'ATTACKS', from: ids[1], to: ids[2], time: '2023-10-07/..', description: 'Attack.', evidence: evidence('Then one attacked the other from October 2023 on.') },
        { type: 'FIGHTS', from: ids[2], to: ids[3], description: 'Fight.', evidence: evidence('And they fought.') },
        { type: 'SUPPORTS', from: ids[3], to: ids[0], description: 'Support.', review: 'proposed', confidence: 0.6, rule: 'active-verb', evidence: evidence('Later one backed the other.') },
      ],
    },
    fixture: {
      prefix,
      ids,
      talks: relationId('NEGOTIATES_WITH', ids[1], ids[0], '2024-03'),
      attack: relationId('ATTACKS', ids[1], ids[2], '2023-10-07/..'),
      fight: relationId('FIGHTS', ids[2], ids[3], null),
      support: relationId('SUPPORTS', ids[3], ids[0], null),
    },
  };
}

describe('exports (GET /export)', () => {
  let api: TestService;
  let dir: string;
  let fixture: Fixture;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'actorgraph-export-'));
    api = await startTestService({ EXPORT_PAGE_SIZE: '7' });
    const made = fixtureDocument(uniqueId('export'));
    fixture = made.fixture;
    writeFileSync(join(dir, 'hostile.json'), JSON.stringify(made.document));
    await loadPaths(api.connection.database, [join(dir, 'hostile.json')], { acceptProposed: true });
    // A review as the review workflow records it, on the talks.
    await api.connection.database.write((runner) =>
      runner.run('MATCH ()-[r:NEGOTIATES_WITH {id: $id}]->() SET r.reviewedBy = $by, r.reviewedAt = $at', { id: fixture.talks, by: 'ana', at: REVIEWED_AT }),
    );
    const centrality = await refreshCentrality(api.connection.database, { betweennessSamples: 1000, timeoutMs: 120_000 }, () => undefined);
    expect(centrality.failure).toBeNull();
  }, 300_000);
  // The generated corpus has ids without a prefix and actors of every kind (other tests count
  // the seed's states), so it leaves the graph when this file is done.
  const removeAfterwards: string[] = [];
  afterAll(async () => {
    const records = removeAfterwards.flatMap((path) => readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, { id?: string }>));
    const documentIds = records.flatMap((record) => (record.document?.id ? [record.document.id] : []));
    const actorIds = records.flatMap((record) => (record.actor?.id ? [record.actor.id] : []));
    if (documentIds.length > 0) {
      await api.connection.database.write((runner) =>
        runner.run(
          `MATCH (e:Evidence) WHERE e.documentId IN $documentIds DETACH DELETE e
           WITH count(*) AS done
           MATCH (x) WHERE (x:Actor AND x.id IN $actorIds) OR (x:Document AND x.id IN $documentIds) DETACH DELETE x`,
          { documentIds, actorIds },
        ),
      );
    }
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function download(query: string): Promise<{ status: number; type: string | null; text: string }> {
    const response = await fetch(`${api.service.url}/export?${query}`);
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  }

  async function file(query: string): Promise<string> {
    const response = await download(query);
    expect(response.status).toBe(200);
    return response.text;
  }

  async function counts(): Promise<{ actors: number; relations: number }> {
    const response = await api.query<{ stats: { actors: number; relations: number } }>('{ stats { actors relations } }');
    return response.data!.stats;
  }

  interface PythonReading {
    nodes: number;
    edges: number;
    directed: boolean;
    edge: Record<string, unknown>;
    node: Record<string, unknown>;
    /** The Python type of each value: bool, int, float, str. */
    edgeTypes: Record<string, string>;
    nodeTypes: Record<string, string>;
  }

  /**
   * A file read by a Python library: `read` is the reading statement over `path` giving `g`, and
   * `find` the statements giving `edge` and `node` (the data of the relation `sys.argv[2]` and
   * of the actor `sys.argv[3]`) from it.
   */
  function python(text: string, extension: string, read: string, find: string[], edgeId: string, nodeId: string): PythonReading {
    const path = join(dir, `${uniqueId('graph')}.${extension}`);
    writeFileSync(path, text);
    const script = [
      'import json, sys',
      'path = sys.argv[1]',
      read,
      ...find,
      'types = lambda d: {k: type(v).__name__ for k, v in d.items()}',
      'print(json.dumps({"nodes": nodes, "edges": edges, "directed": directed, "edge": edge, "node": node, "edgeTypes": types(edge), "nodeTypes": types(node)}))',
    ].join('\n');
    const run = spawnSync(PYTHON, ['-c', script, path, edgeId, nodeId], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout);
  }

  const NETWORKX_FIND = [
    'nodes, edges, directed = g.number_of_nodes(), g.number_of_edges(), g.is_directed()',
    'edge = next(d for u, v, k, d in g.edges(keys=True, data=True) if k == sys.argv[2] or d.get("id") == sys.argv[2])',
    'node = g.nodes[sys.argv[3]]',
  ];

  /** NetworkX's reading of a GraphML file: counts, one relation's data and one actor's. */
  function networkx(graphml: string, edgeId: string, nodeId: string): PythonReading {
    return python(graphml, 'graphml', 'import networkx as nx\ng = nx.read_graphml(path, force_multigraph=True)', NETWORKX_FIND, edgeId, nodeId);
  }

  it('exports the whole graph as GraphML that NetworkX and graphology read, with the counts of stats and times intact', async () => {
    const before = await counts();
    const graphml = await file('format=graphml');
    const read = networkx(graphml, fixture.talks, fixture.ids[0]);
    expect({ nodes: read.nodes, edges: read.edges, directed: read.directed }).toEqual({ nodes: before.actors, edges: before.relations, directed: true });
    expect(read.edge).toEqual({
      label: 'NEGOTIATES_WITH',
      relation: 'NEGOTIATES_WITH',
      symmetric: true,
      description: 'Talks.',
      time: '2024-03',
      timeStart: '2024-03-01',
      timeEnd: '2024-03-31',
      place: PLACE,
      reviewed: true,
      reviewedBy: 'ana',
      reviewedAt: REVIEWED_AT,
      weight: 1,
      evidenceCount: 1,
      documentCount: 1,
      documentIds: JSON.stringify([`${fixture.prefix}-doc`]),
      cameoCode: '04',
    });
    expect(read.edgeTypes).toMatchObject({ symmetric: 'bool', reviewed: 'bool', weight: 'float', evidenceCount: 'int', documentCount: 'int', reviewedAt: 'str' });
    expect(read.node).toEqual({
      label: NAMES[0],
      name: NAMES[0],
      kind: 'PERSON',
      aliases: JSON.stringify([ALIAS]),
      wikidataId: 'Q42',
      reviewed: true,
      degree: 2,
      pageRank: expect.any(Number),
      betweenness: expect.any(Number),
      community: expect.any(Number),
    });
    expect(read.nodeTypes).toMatchObject({ reviewed: 'bool', degree: 'int', pageRank: 'float', betweenness: 'float', community: 'int' });

    const graph = parseGraphml(Graph, graphml);
    expect({ order: graph.order, size: graph.size }).toEqual({ order: before.actors, size: before.relations });
    NAMES.forEach((name, index) => expect(graph.getNodeAttribute(fixture.ids[index], 'name')).toBe(xmlName(name)));
    expect(graph.getEdgeAttributes(fixture.attack)).toMatchObject({ time: '2023-10-07/..', timeStart: '2023-10-07', relation: 'ATTACKS', cameoCode: '19' });
    expect(graph.getEdgeAttributes(fixture.attack).timeEnd).toBeUndefined();
    expect(graph.getEdgeAttributes(fixture.support)).toMatchObject({ reviewed: false, weight: 1, evidenceCount: 1 });
    expect(typeof graph.getNodeAttribute(fixture.ids[0], 'pageRank')).toBe('number');
  });

  it('exports GraphML that igraph reads, with typed provenance and measures', async () => {
    const before = await counts();
    const read = python(
      await file('format=graphml'),
      'graphml',
      'import igraph\ng = igraph.Graph.Read_GraphML(path)',
      [
        'nodes, edges, directed = g.vcount(), g.ecount(), g.is_directed()',
        'ids = g.vs["id"]',
        'edge = next(e.attributes() for e in g.es if e["id"] == sys.argv[2])',
        'node = g.vs[ids.index(sys.argv[3])].attributes()',
      ],
      fixture.support,
      fixture.ids[0],
    );
    expect({ nodes: read.nodes, edges: read.edges, directed: read.directed }).toEqual({ nodes: before.actors, edges: before.relations, directed: true });
    expect(read.edge).toMatchObject({ relation: 'SUPPORTS', reviewed: false, weight: 1, evidenceCount: 1, documentCount: 1 });
    // igraph keeps every number as a double.
    expect(read.edgeTypes).toMatchObject({ reviewed: 'bool', weight: 'float', evidenceCount: 'float', relation: 'str' });
    expect(read.node).toMatchObject({ name: NAMES[0], kind: 'PERSON', reviewed: true, degree: 2 });
    expect(read.nodeTypes).toMatchObject({ reviewed: 'bool', degree: 'float', pageRank: 'float', betweenness: 'float', community: 'float' });
  });

  it("exports GEXF that NetworkX 2.8's read_gexf reads: every edge directed, symmetric ones flagged, weight and measures typed", async () => {
    const before = await counts();
    const read = python(await file('format=gexf'), 'gexf', 'import networkx as nx\ng = nx.read_gexf(path)', NETWORKX_FIND, fixture.talks, fixture.ids[0]);
    expect({ nodes: read.nodes, edges: read.edges, directed: read.directed }).toEqual({ nodes: before.actors, edges: before.relations, directed: true });
    expect(read.edge).toMatchObject({ relation: 'NEGOTIATES_WITH', symmetric: true, reviewed: true, reviewedBy: 'ana', reviewedAt: REVIEWED_AT, weight: 1, evidenceCount: 1, start: '2024-03-01', end: '2024-03-31' });
    expect(read.edgeTypes).toMatchObject({ symmetric: 'bool', reviewed: 'bool', weight: 'float', evidenceCount: 'int', documentCount: 'int' });
    expect(read.node).toMatchObject({ label: NAMES[0], kind: 'PERSON', reviewed: true, degree: 2 });
    expect(read.nodeTypes).toMatchObject({ reviewed: 'bool', degree: 'int', pageRank: 'float', betweenness: 'float', community: 'int' });
  });

  it('carries the first quote or all of them, each a slice of its document at its offsets', async () => {
    const text = (fixtureDocument(fixture.prefix).document as { document: { text: string } }).document.text;
    const csv = (query: string): Record<string, string>[] => parseCsv(query, { columns: true });
    const all = csv(await file(`format=edges.csv&documentId=${fixture.prefix}-doc&quotes=all`));
    const talks = all.find((row) => row.Id === fixture.talks)!;
    const quotes = JSON.parse(talks.Quotes) as { documentId: string; start: number; end: number; quote: string }[];
    expect(quotes).toEqual([{ documentId: `${fixture.prefix}-doc`, start: text.indexOf('They talked'), end: text.indexOf('They talked') + 26, quote: 'They talked in March 2024.' }]);
    for (const quote of quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.quote);
    const first = csv(await file(`format=edges.csv&documentId=${fixture.prefix}-doc&quotes=first`));
    expect(JSON.parse(first.find((row) => row.Id === fixture.attack)!.Quotes)).toHaveLength(1);
    expect(Object.keys(csv(await file(`format=edges.csv&documentId=${fixture.prefix}-doc`))[0])).not.toContain('Quotes');
    const graph = parseGraphml(Graph, await file(`format=graphml&documentId=${fixture.prefix}-doc&quotes=all`));
    expect(JSON.parse(graph.getEdgeAttribute(fixture.fight, 'quotes') as string)[0].quote).toBe('And they fought.');
  });

  it('filters by review state and by document, keeping the ends of every relation it keeps', async () => {
    const proposed = parseGraphml(Graph, await file('format=graphml&reviewed=false'));
    expect(proposed.edges()).toContain(fixture.support);
    proposed.forEachEdge((_edge, attributes) => expect(attributes.reviewed).toBe(false));
    expect(proposed.hasNode(fixture.ids[3]) && proposed.hasNode(fixture.ids[0])).toBe(true);
    const reviewed = parseGexf(MultiGraph, await file('format=gexf&reviewed=true'));
    expect(reviewed.hasEdge(fixture.support)).toBe(false);
    expect(reviewed.hasEdge(fixture.talks)).toBe(true);
    const ofDocument: Record<string, string>[] = parseCsv(await file(`format=edges.csv&documentId=${fixture.prefix}-doc`), { columns: true });
    expect(ofDocument.map((row) => row.Id).sort()).toEqual([fixture.talks, fixture.attack, fixture.fight, fixture.support].sort());
    const nodes: Record<string, string>[] = parseCsv(await file(`format=nodes.csv&documentId=${fixture.prefix}-doc`), { columns: true });
    expect(nodes.map((row) => row.Id).sort()).toEqual([...fixture.ids].sort());
    const typed: Record<string, string>[] = parseCsv(await file(`format=edges.csv&documentId=${fixture.prefix}-doc&reviewed=true&types=FIGHTS,SUPPORTS`), { columns: true });
    expect(typed.map((row) => row.Id)).toEqual([fixture.fight]);
  });

  it('exports the whole graph as dynamic GEXF: graphology reads it, and dated relations carry start and end days', async () => {
    const before = await counts();
    const gexf = await file('format=gexf');
    const graph = parseGexf(MultiGraph, gexf);
    expect({ order: graph.order, size: graph.size }).toEqual({ order: before.actors, size: before.relations });
    NAMES.forEach((name, index) => expect(graph.getNodeAttribute(fixture.ids[index], 'label')).toBe(xmlName(name)));
    expect(graph.getNodeAttributes(fixture.ids[0])).toMatchObject({ kind: 'PERSON', aliases: JSON.stringify([ALIAS]), wikidataId: 'Q42', degree: 2, reviewed: true });
    expect(typeof graph.getNodeAttribute(fixture.ids[0], 'betweenness')).toBe('number');
    expect(graph.getEdgeAttributes(fixture.talks)).toMatchObject({ relation: 'NEGOTIATES_WITH', symmetric: true, time: '2024-03', place: PLACE, evidenceCount: 1, weight: 1, cameoCode: '04', reviewedBy: 'ana' });
    expect(graph.getEdgeAttributes(fixture.support)).toMatchObject({ reviewed: false, symmetric: false, weight: 1 });
    expect(graph.isDirected(fixture.talks)).toBe(true);

    const document = new DOMParser().parseFromString(gexf, 'application/xml');
    const graphElement = document.getElementsByTagName('graph')[0];
    expect([graphElement.getAttribute('mode'), graphElement.getAttribute('timeformat')]).toEqual(['dynamic', 'date']);
    const edges = new Map(Array.from(document.getElementsByTagName('edge')).map((edge) => [edge.getAttribute('id'), edge]));
    const span = (id: string): (string | null)[] => [edges.get(id)!.getAttribute('start'), edges.get(id)!.getAttribute('end')];
    expect(span(fixture.talks)).toEqual(['2024-03-01', '2024-03-31']);
    expect(span(fixture.attack)).toEqual(['2023-10-07', null]);
    expect(span(fixture.fight)).toEqual([null, null]);
  });

  it('exports node and edge tables as CSV with the column names Gephi expects, every hostile string intact', async () => {
    const before = await counts();
    const nodes: Record<string, string>[] = parseCsv(await file('format=nodes.csv'), { columns: true });
    const edges: Record<string, string>[] = parseCsv(await file('format=edges.csv'), { columns: true });
    expect({ nodes: nodes.length, edges: edges.length }).toEqual({ nodes: before.actors, edges: before.relations });
    expect(Object.keys(nodes[0])).toEqual(['Id', 'Label', 'Kind', 'Aliases', 'Description', 'WikidataId', 'Reviewed', 'ReviewedBy', 'ReviewedAt', 'Degree', 'PageRank', 'Betweenness', 'Community']);
    expect(Object.keys(edges[0])).toEqual([
      'Source', 'Target', 'Type', 'Id', 'Label', 'Time Interval', 'Relation', 'Symmetric', 'Description', 'Time', 'TimeStart', 'TimeEnd', 'Place',
      'Reviewed', 'ReviewedBy', 'ReviewedAt', 'Weight', 'EvidenceCount', 'DocumentCount', 'DocumentIds', 'CameoCode',
    ]);
    const byId = new Map(nodes.map((row) => [row.Id, row]));
    // A cell a spreadsheet would run as a formula (or one starting with the mark itself) carries one leading `'`; without it, the raw value.
    const raw = (cell: string): string => (cell.startsWith("'") ? cell.slice(1) : cell);
    NAMES.forEach((name, index) => {
      const label = byId.get(fixture.ids[index])!.Label;
      expect([raw(label), label.startsWith("'")]).toEqual([name, /^[=+\-@\t\r']/.test(name)]);
    });
    expect(byId.get(fixture.ids[0])).toEqual({
      Id: fixture.ids[0],
      Label: /^[=+\-@\t\r']/.test(NAMES[0]) ? `'${NAMES[0]}` : NAMES[0],
      Kind: 'PERSON',
      Aliases: JSON.stringify([ALIAS]),
      Description: '',
      WikidataId: 'Q42',
      Reviewed: 'true',
      ReviewedBy: '',
      ReviewedAt: '',
      Degree: '2',
      PageRank: expect.stringMatching(/^[0-9.e-]+$/),
      Betweenness: expect.stringMatching(/^[0-9.e-]+$/),
      Community: expect.stringMatching(/^[0-9]+$/),
    });
    const talks = edges.find((row) => row.Id === fixture.talks);
    expect(talks).toEqual({
      Source: fixture.ids[0] < fixture.ids[1] ? fixture.ids[0] : fixture.ids[1],
      Target: fixture.ids[0] < fixture.ids[1] ? fixture.ids[1] : fixture.ids[0],
      Type: 'Undirected',
      Id: fixture.talks,
      Label: 'NEGOTIATES_WITH',
      'Time Interval': '<[2024-03-01,2024-03-31]>',
      Relation: 'NEGOTIATES_WITH',
      Symmetric: 'true',
      Description: 'Talks.',
      Time: '2024-03',
      TimeStart: '2024-03-01',
      TimeEnd: '2024-03-31',
      Place: PLACE,
      Reviewed: 'true',
      ReviewedBy: 'ana',
      ReviewedAt: REVIEWED_AT,
      Weight: '1',
      EvidenceCount: '1',
      DocumentCount: '1',
      DocumentIds: JSON.stringify([`${fixture.prefix}-doc`]),
      CameoCode: '04',
    });
    expect(edges.find((row) => row.Id === fixture.fight)).toMatchObject({ Type: 'Directed', Time: '', 'Time Interval': '', CameoCode: '19' });
  });

  it('exports a neighbourhood: the members of the API neighbourhood, relations filtered by time', async () => {
    const all: Record<string, string>[] = parseCsv(await file(`format=edges.csv&actorId=${fixture.ids[0]}&depth=3`), { columns: true });
    expect(all.map((row) => row.Id).sort()).toEqual([fixture.talks, fixture.attack, fixture.fight, fixture.support].sort());
    const nodes: Record<string, string>[] = parseCsv(await file(`format=nodes.csv&actorId=${fixture.ids[0]}&depth=3`), { columns: true });
    expect(nodes.map((row) => row.Id).sort()).toEqual(fixture.ids.slice(0, 4).sort());
    // March 2024 overlaps the window; the attack is still going on; the undated fight is left out.
    const window: Record<string, string>[] = parseCsv(await file(`format=edges.csv&actorId=${fixture.ids[0]}&depth=3&since=2024-03-15&until=2024-04`), { columns: true });
    expect(window.map((row) => row.Id).sort()).toEqual([fixture.talks, fixture.attack].sort());
    const later: Record<string, string>[] = parseCsv(await file(`format=edges.csv&actorId=${fixture.ids[0]}&depth=3&since=2025`), { columns: true });
    expect(later.map((row) => row.Id)).toEqual([fixture.attack]);
    const typed: Record<string, string>[] = parseCsv(await file(`format=edges.csv&actorId=${fixture.ids[0]}&depth=3&types=NEGOTIATES_WITH,ATTACKS`), { columns: true });
    expect(typed.map((row) => row.Id).sort()).toEqual([fixture.talks, fixture.attack].sort());
  });

  it("exports the seed's Iraq neighbourhood with the nodes and relations the GraphQL neighbourhood returns", async () => {
    const response = await api.query<{ neighborhood: { nodes: { id: string }[]; edges: { id: string }[] } }>(
      '{ neighborhood(actorId: "iraq", depth: 2) { nodes { id } edges { id } } }',
    );
    const expected = response.data!.neighborhood;
    const graph = networkx(await file('format=graphml&actorId=iraq&depth=2'), expected.edges[0].id, 'iraq');
    expect({ nodes: graph.nodes, edges: graph.edges }).toEqual({ nodes: expected.nodes.length, edges: expected.edges.length });
    expect(graph.node).toMatchObject({ name: 'Iraq', kind: 'STATE', wikidataId: 'Q796' });
    const fields = await api.query<{ actor: { wikidataId: string }; relation: { cameoCode: string } }>(
      `{ actor(id: "united-states") { wikidataId } relation(id: "${fixture.talks}") { cameoCode } }`,
    );
    expect(fields.data).toEqual({ actor: { wikidataId: 'Q30' }, relation: { cameoCode: '04' } });
  });

  it('exports a time window of the whole graph with the count the relations query gives for it', async () => {
    const response = await api.query<{ relations: { totalCount: number } }>('{ relations(since: "2024-01", until: "2024-06") { totalCount } }');
    const graph = parseGexf(MultiGraph, await file('format=gexf&since=2024-01&until=2024-06'));
    expect(graph.size).toBe(response.data!.relations.totalCount);
    expect(graph.hasEdge(fixture.talks)).toBe(true);
    expect(graph.hasEdge(fixture.fight)).toBe(false);
  });

  it('exports a generated corpus page by page: every actor and relation once, counts equal to stats', async () => {
    const corpus = join(dir, 'generated');
    const files = await generateCorpus({ actors: 60, relations: 300, seed: 13, relationsPerDocument: 150, outDir: corpus });
    await loadPaths(api.connection.database, [corpus]);
    removeAfterwards.push(...files);
    const before = await counts();
    // graphology refuses a node or edge key twice, so a page read twice would fail here.
    const graph = parseGraphml(Graph, await file('format=graphml'));
    expect({ order: graph.order, size: graph.size }).toEqual({ order: before.actors, size: before.relations });
    const edges: Record<string, string>[] = parseCsv(await file('format=edges.csv'), { columns: true });
    expect(new Set(edges.map((row) => row.Id)).size).toBe(before.relations);
    const hub = await api.query<{ neighborhood: { nodes: { id: string }[]; edges: { id: string }[] } }>('{ neighborhood(actorId: "actor-0", depth: 1) { nodes { id } edges { id } } }');
    const ego = parseGexf(MultiGraph, await file('format=gexf&actorId=actor-0'));
    expect({ order: ego.order, size: ego.size }).toEqual({ order: hub.data!.neighborhood.nodes.length, size: hub.data!.neighborhood.edges.length });
  }, 300_000);

  it.each([
    ['format=pdf', 400, 'BAD_USER_INPUT', ['format: expected one of graphml, gexf, edges.csv, nodes.csv, found \'pdf\'']],
    ['', 400, 'BAD_USER_INPUT', ['format: expected one of graphml, gexf, edges.csv, nodes.csv, found nothing']],
    ['format=gexf&since=2024-13', 400, 'BAD_USER_INPUT', ["since: expected a month from 01 to 12, found '2024-13'"]],
    ['format=gexf&since=2024&until=2023', 400, 'BAD_USER_INPUT', ["until: expected a date not before since '2024', found '2023'"]],
    ['format=gexf&actorId=iraq&depth=5', 400, 'BAD_USER_INPUT', ["depth: expected a whole number from 1 to 4, found '5'"]],
    ['format=gexf&depth=2', 400, 'BAD_USER_INPUT', ["depth: expected only with actorId (a neighbourhood's depth), found '2' without one"]],
    ['format=gexf&types=ATTACKS,EATS', 400, 'BAD_USER_INPUT', [`types: expected relation types from ${RELATION_TYPE_NAMES.join(', ')}, separated by commas, found 'EATS'`]],
    ['format=gexf&limit=3', 400, 'BAD_USER_INPUT', ["limit: expected only the parameters format, actorId, depth, types, since, until, reviewed, documentId, quotes, found 'limit'"]],
    ['format=gexf&quotes=most', 400, 'BAD_USER_INPUT', ["quotes: expected one of none, first, all, found 'most'"]],
    ['format=gexf&reviewed=1', 400, 'BAD_USER_INPUT', ["reviewed: expected one of true, false, found '1'"]],
    ['format=gexf&actorId=nobody-at-all', 404, 'EXPORT_ACTOR_NOT_FOUND', undefined],
  ])('refuses %s with a JSON error (%s %s) before sending any file', async (query, status, code, problems) => {
    const response = await download(query);
    expect([response.status, response.type]).toEqual([status, 'application/json; charset=utf-8']);
    const body = JSON.parse(response.text) as { errors: { message: string; extensions: { code: string; problems?: string[]; requestId: string } }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toEqual({ code, ...(problems ? { problems } : {}), requestId: expect.any(String) });
  });

  it('answers with the content type and file name of each format', async () => {
    const response = await fetch(`${api.service.url}/export?format=edges.csv&actorId=iraq`);
    await response.text();
    expect([response.headers.get('content-type'), response.headers.get('content-disposition'), response.headers.get('x-export-truncated')]).toEqual([
      'text/csv; charset=utf-8; header=present',
      'attachment; filename="actorgraph-edges.csv"',
      'false',
    ]);
  });
});
