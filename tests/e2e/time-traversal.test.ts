/**
 * Time on traversals over HTTP, on the small dated graph of tests/support/dated-graph.ts (unique
 * ids): a time-respecting path from A to D and none back; the shortest path A-E-D has an undated
 * hop, so it takes no part in a time-respecting path either way.
 */
import { objectSource } from '../../src/loader/annotation-source';
import { loadSources } from '../../src/loader/loader';
import { uniqueId } from '../support/database';
import { datedActorId, datedDocument, Name } from '../support/dated-graph';
import { expectData, startTestService, TestService } from '../support/service';

interface PathShape {
  actors: { id: string }[];
  relations: { time: { start: string | null; end: string | null } | null }[];
}

const PATH_FIELDS = 'actors { id } relations { time { start end } }';

/** Every relation is dated, and none starts later than a relation after it ends (so none than the next one's end). */
function respectsTime(path: PathShape): boolean {
  const times = path.relations.map((relation) => relation.time);
  return times.every(
    (time, index) => time !== null && times.slice(index + 1).every((later) => later !== null && (time.start ?? '') <= (later.end ?? '9999-12-31')),
  );
}

describe('time on traversals', () => {
  let api: TestService;
  let prefix: string;
  /** The actor id of a letter of the graph above. */
  const id = (name: Name): string => datedActorId(prefix, name);
  const route = (path: PathShape | null): string | null => path && path.actors.map((actor) => actor.id.slice(prefix.length + 1).toUpperCase()).join('');

  beforeAll(async () => {
    api = await startTestService();
    prefix = uniqueId('tr');
    await loadSources(api.connection.database, [objectSource('dated', datedDocument(prefix))]);
    // Loading the seed and starting the service can take minutes on a machine under load.
  }, 300_000);
  afterAll(() => api?.close());

  const data = <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => expectData<T>(api, query, variables);

  async function shortest(from: Name, to: Name, extra = ''): Promise<PathShape | null> {
    const { shortestPath } = await data<{ shortestPath: PathShape | null }>(
      `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to${extra}) { ${PATH_FIELDS} } }`,
      { from: id(from), to: id(to) },
    );
    return shortestPath;
  }

  async function neighbours(centre: Name, args: string): Promise<{ nodes: string[]; edges: string[] }> {
    const { neighborhood } = await data<{ neighborhood: { nodes: { id: string }[]; edges: { source: string; target: string }[] } }>(
      `query($id: ID!) { neighborhood(actorId: $id, ${args}) { nodes { id } edges { source target } } }`,
      { id: id(centre) },
    );
    const letter = (actorId: string): string => actorId.slice(prefix.length + 1).toUpperCase();
    return {
      nodes: neighborhood.nodes.map((node) => letter(node.id)).sort(),
      edges: neighborhood.edges.map((edge) => `${letter(edge.source)}${letter(edge.target)}`).sort(),
    };
  }

  it('finds the shortest path through the undated relation, but the shortest time-respecting one is longer', async () => {
    expect(route(await shortest('A', 'D'))).toBe('AED');
    const forwards = await shortest('A', 'D', ', timeRespecting: true');
    expect(route(forwards)).toBe('ABCD');
    expect(respectsTime(forwards!)).toBe(true);
  });

  it('finds no time-respecting path the other way, by any selector', async () => {
    expect(await shortest('D', 'A', ', timeRespecting: true')).toBeNull();
    const backwards = await data<{ all: PathShape[]; simple: PathShape[] }>(
      `query($from: ID!, $to: ID!) {
        all: allShortestPaths(from: $from, to: $to, timeRespecting: true) { ${PATH_FIELDS} }
        simple: paths(from: $from, to: $to, timeRespecting: true) { ${PATH_FIELDS} }
      }`,
      { from: id('D'), to: id('A') },
    );
    expect(backwards).toEqual({ all: [], simple: [] });
  });

  it('lets no long relation bridge back in time: from C to H none, from H to C one', async () => {
    expect(route(await shortest('C', 'H'))).toBe('CDGH');
    expect(await shortest('C', 'H', ', timeRespecting: true')).toBeNull();
    const back = await shortest('H', 'C', ', timeRespecting: true');
    expect(route(back)).toBe('HGDC');
    expect(respectsTime(back!)).toBe(true);
  });

  it('lists every time-respecting path forwards, shortest first, each non-decreasing in time', async () => {
    const forwards = await data<{ all: PathShape[]; simple: PathShape[]; anyTime: PathShape[] }>(
      `query($from: ID!, $to: ID!) {
        all: allShortestPaths(from: $from, to: $to, timeRespecting: true) { ${PATH_FIELDS} }
        simple: paths(from: $from, to: $to, timeRespecting: true, maxDepth: 4) { ${PATH_FIELDS} }
        anyTime: paths(from: $from, to: $to, maxDepth: 4) { ${PATH_FIELDS} }
      }`,
      { from: id('A'), to: id('D') },
    );
    expect(forwards.all.map(route)).toEqual(['ABCD']);
    expect(forwards.simple.map(route)).toEqual(['ABCD', 'AFBCD']);
    for (const path of [...forwards.all, ...forwards.simple]) expect(respectsTime(path)).toBe(true);
    // Without the condition the same search finds the paths that go back in time or have no time.
    expect(forwards.anyTime.map(route)).toEqual(['AED', 'ABCD', 'AFBCD']);
  });

  it('follows only relations whose time overlaps since/until in a neighbourhood, the edges among its actors too', async () => {
    expect(await neighbours('A', 'since: "2023"')).toEqual({ nodes: ['A', 'E'], edges: ['AE'] });
    expect(await neighbours('A', 'until: "2020-02"')).toEqual({ nodes: ['A', 'F'], edges: ['AF'] });
    // Two hops until the end of 2020: B is reached directly and through F; 2021's B-C is not followed.
    expect(await neighbours('A', 'depth: 2, until: "2020-12"')).toEqual({ nodes: ['A', 'B', 'F'], edges: ['AB', 'AF', 'FB'] });
  });

  it('keeps undated relations in a window unless datedOnly', async () => {
    expect(await neighbours('E', 'since: "2024"')).toEqual({ nodes: ['D', 'E'], edges: ['ED'] });
    expect(await neighbours('E', 'since: "2024", datedOnly: true')).toEqual({ nodes: ['E'], edges: [] });
    expect(await neighbours('E', 'datedOnly: true')).toEqual({ nodes: ['A', 'E'], edges: ['AE'] });
  });

  it('applies since/until and datedOnly to every hop of a path', async () => {
    expect(route(await shortest('A', 'D', ', since: "2021"'))).toBe('AED');
    expect(await shortest('A', 'D', ', since: "2021", datedOnly: true')).toBeNull();
    expect(route(await shortest('F', 'D', ', since: "2020-02", until: "2021-06"'))).toBe('FBCD');
    expect(await shortest('F', 'D', ', since: "2020-03", until: "2021-06"')).toBeNull();
  });

  it('refuses a date that does not exist with BAD_USER_INPUT naming the argument', async () => {
    const response = await api.query(`{ paths(from: "${id('A')}", to: "${id('D')}", until: "2021-13") { length } }`);
    expect(response.errors?.map((error) => [error.extensions.code, error.extensions.argument])).toEqual([['BAD_USER_INPUT', 'until']]);
  });
});
