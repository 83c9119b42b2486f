/**
 * `GET /export` over HTTP, each file read back by a real reader: GraphML by NetworkX (Debian's
 * python3-networkx) and graphology-graphml, GEXF by graphology-gexf, CSV by csv-parse. Counts are
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

interface Fixture {
  readonly prefix: string;
  readonly ids: string[];
  readonly talks: string;
  readonly attack: string;
  readonly fight: string;
}

function fixtureDocument(prefix: string): { document: unknown; fixture: Fixture } {
  const lines = [...NAMES, 'They talked in March 2024.', 'Then one attacked the other from October 2023 on.', 'And they fought.'];
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
      ],
    },
    fixture: {
      prefix,
      ids,
      talks: relationId('NEGOTIATES_WITH', ids[1], ids[0], '2024-03'),
      attack: relationId('ATTACKS', ids[1], ids[2], '2023-10-07/..'),
      fight: relationId('FIGHTS', ids[2], ids[3], null),
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
    await loadPaths(api.connection.database, [join(dir, 'hostile.json')]);
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

  /** NetworkX's reading of a GraphML file: counts, one relation's data and one actor's. */
  function networkx(graphml: string, edgeId: string, nodeId: string): { nodes: number; edges: number; directed: boolean; edge: Record<string, unknown>; node: Record<string, unknown> } {
    const path = join(dir, `${uniqueId('graph')}.graphml`);
    writeFileSync(path, graphml);
    const script = [
      'import json, sys, networkx as nx',
      'g = nx.read_graphml(sys.argv[1], force_multigraph=True)',
      'edge = next(d for u, v, k, d in g.edges(keys=True, data=True) if k == sys.argv[2])',
      'print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(), "edge": edge, "node": g.nodes[sys.argv[3]]}))',
    ].join('\n');
    const run = spawnSync(PYTHON, ['-c', script, path, edgeId, nodeId], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout);
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
      time: '2024-03',
      timeStart: '2024-03-01',
      timeEnd: '2024-03-31',
      place: PLACE,
      evidenceCount: 1,
      documentIds: JSON.stringify([`${fixture.prefix}-doc`]),
      cameoCode: '04',
    });
    expect(read.node).toEqual({ label: NAMES[0], name: NAMES[0], kind: 'PERSON', aliases: JSON.stringify([ALIAS]), wikidataId: 'Q42', degree: 1 });

    const graph = parseGraphml(Graph, graphml);
    expect({ order: graph.order, size: graph.size }).toEqual({ order: before.actors, size: before.relations });
    NAMES.forEach((name, index) => expect(graph.getNodeAttribute(fixture.ids[index], 'name')).toBe(xmlName(name)));
    expect(graph.getEdgeAttributes(fixture.attack)).toMatchObject({ time: '2023-10-07/..', timeStart: '2023-10-07', relation: 'ATTACKS', cameoCode: '19' });
    expect(graph.getEdgeAttributes(fixture.attack).timeEnd).toBeUndefined();
  });

  it('exports the whole graph as dynamic GEXF: graphology reads it, and dated relations carry start and end days', async () => {
    const before = await counts();
    const gexf = await file('format=gexf');
    const graph = parseGexf(MultiGraph, gexf);
    expect({ order: graph.order, size: graph.size }).toEqual({ order: before.actors, size: before.relations });
    NAMES.forEach((name, index) => expect(graph.getNodeAttribute(fixture.ids[index], 'label')).toBe(xmlName(name)));
    expect(graph.getNodeAttributes(fixture.ids[0])).toMatchObject({ kind: 'PERSON', aliases: JSON.stringify([ALIAS]), wikidataId: 'Q42', degree: 1 });
    expect(graph.getEdgeAttributes(fixture.talks)).toMatchObject({ relation: 'NEGOTIATES_WITH', time: '2024-03', place: PLACE, evidenceCount: 1, cameoCode: '04' });
    expect(graph.isUndirected(fixture.talks)).toBe(true);
    expect(graph.isDirected(fixture.attack)).toBe(true);

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
    expect(Object.keys(nodes[0])).toEqual(['Id', 'Label', 'Kind', 'Aliases', 'WikidataId', 'Degree']);
    expect(Object.keys(edges[0])).toEqual([
      'Source', 'Target', 'Type', 'Id', 'Label', 'Relation', 'Time', 'TimeStart', 'TimeEnd', 'Time Interval', 'Place', 'EvidenceCount', 'DocumentIds', 'CameoCode',
    ]);
    const byId = new Map(nodes.map((row) => [row.Id, row]));
    NAMES.forEach((name, index) => expect(byId.get(fixture.ids[index])!.Label).toBe(name));
    expect(byId.get(fixture.ids[0])).toEqual({ Id: fixture.ids[0], Label: NAMES[0], Kind: 'PERSON', Aliases: JSON.stringify([ALIAS]), WikidataId: 'Q42', Degree: '1' });
    const talks = edges.find((row) => row.Id === fixture.talks);
    expect(talks).toEqual({
      Source: fixture.ids[0] < fixture.ids[1] ? fixture.ids[0] : fixture.ids[1],
      Target: fixture.ids[0] < fixture.ids[1] ? fixture.ids[1] : fixture.ids[0],
      Type: 'Undirected',
      Id: fixture.talks,
      Label: 'NEGOTIATES_WITH',
      Relation: 'NEGOTIATES_WITH',
      Time: '2024-03',
      TimeStart: '2024-03-01',
      TimeEnd: '2024-03-31',
      'Time Interval': '<[2024-03-01,2024-03-31]>',
      Place: PLACE,
      EvidenceCount: '1',
      DocumentIds: JSON.stringify([`${fixture.prefix}-doc`]),
      CameoCode: '04',
    });
    expect(edges.find((row) => row.Id === fixture.fight)).toMatchObject({ Type: 'Directed', Time: '', 'Time Interval': '', CameoCode: '19' });
  });

  it('exports a neighbourhood: the members of the API neighbourhood, relations filtered by time', async () => {
    const all: Record<string, string>[] = parseCsv(await file(`format=edges.csv&actorId=${fixture.ids[0]}&depth=3`), { columns: true });
    expect(all.map((row) => row.Id).sort()).toEqual([fixture.talks, fixture.attack, fixture.fight].sort());
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
    ['format=gexf&limit=3', 400, 'BAD_USER_INPUT', ["limit: expected only the parameters format, actorId, depth, types, since, until, found 'limit'"]],
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
