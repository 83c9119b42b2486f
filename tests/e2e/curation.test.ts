/**
 * Curation over HTTP like a client: possible duplicates listed, two actors merged into one and
 * split again by a key holder, with the merge recorded under the key's name; bad arguments,
 * conflicts and missing keys refused with their codes, and nothing written.
 */
import { uniqueId } from '../support/database';
import { withWriteServices } from '../support/service';

const KEY = 'test-api-key-0123456789';
const AUTH = { authorization: `Bearer ${KEY}` };

const INGEST = 'mutation($document: JSONObject!) { ingestDocument(document: $document) { actorsCreated } }';
const MERGE = `mutation($keep: ID!, $merge: ID!) {
  mergeActors(keep: $keep, merge: $merge) {
    keptId mergedId mergedBy splitBy splitAt relationsMoved relationsJoined relationsDropped quotesMoved quotesDropped aliasesAdded documentsAdded
  }
}`;
const SPLIT = 'mutation($mergedId: ID!) { splitActor(mergedId: $mergedId) { keptId mergedId mergedBy splitBy relationsMoved } }';
const DUPLICATES = 'query($actorId: ID, $minScore: Float) { possibleDuplicates(actorId: $actorId, minScore: $minScore, first: 5) { actorIds names score reasons } }';
const PATH = 'query($from: ID!, $to: ID!) { paths(from: $from, to: $to) { actors { id } } }';

interface Ids {
  readonly brigade: string;
  readonly brigades: string;
  readonly port: string;
  readonly council: string;
  /** The merged spelling's name, made up per document. */
  readonly brigadesName: string;
}

/** A made-up word of its own per call: other tests' copies of the document must not be duplicates of this one's names. */
function nameWord(): string {
  const letters = Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6).padEnd(6, 'q');
  return `${letters[0].toUpperCase()}${letters.slice(1)}`;
}

/**
 * Two spellings of one armed group, each on one side of the graph: only through both does Port Amar
 * reach the council. No STATE actors: the read tests count the seed's STATE actors in the shared test graph.
 */
function document(prefix: string): { ids: Ids; annotated: Record<string, unknown> } {
  const word = nameWord();
  const [brigade, brigades] = [`${word} Coast Brigade`, `${word} Coast Brigades`];
  const TEXT = `The ${brigade} shelled Port Amar in 2019. The ${brigades} later met Inland Council envoys.`;
  const ids = { brigade: `${prefix}-free-coast-brigade`, brigades: `${prefix}-free-coast-brigades`, port: `${prefix}-port-amar`, council: `${prefix}-inland-council`, brigadesName: brigades };
  const annotated = {
    document: { id: `${prefix}-doc`, title: 'Coast', text: TEXT, date: '2019' },
    actors: [
      { id: ids.brigade, name: brigade, kind: 'ARMED_GROUP', evidence: [{ quote: brigade }] },
      { id: ids.brigades, name: brigades, kind: 'ARMED_GROUP', evidence: [{ quote: brigades }] },
      { id: ids.port, name: 'Port Amar', kind: 'POPULATION', evidence: [{ quote: 'Port Amar' }] },
      { id: ids.council, name: 'Inland Council', kind: 'ORGANIZATION', evidence: [{ quote: 'Inland Council' }] },
    ],
    relations: [
      { type: 'ATTACKS', from: ids.brigade, to: ids.port, time: '2019', description: 'Shelling.', evidence: [{ quote: `The ${brigade} shelled Port Amar in 2019` }] },
      { type: 'NEGOTIATES_WITH', from: ids.brigades, to: ids.council, description: 'Talks.', evidence: [{ quote: `The ${brigades} later met Inland Council envoys` }] },
    ],
  };
  return { ids, annotated };
}

describe('curation over the GraphQL API', () => {
  const services = withWriteServices(KEY);

  async function loaded(): Promise<Ids> {
    const { ids, annotated } = document(uniqueId('coast'));
    const response = await services.keyed.query(INGEST, { document: annotated }, AUTH);
    expect(response.errors).toBeUndefined();
    return ids;
  }

  /** The test's four actors with their names and relations, to compare before and after. */
  async function actorsOf(ids: Ids): Promise<unknown> {
    const fields = '{ id name aliases relations { edges { node { id } } } }';
    const query = `query($a: ID!, $b: ID!, $c: ID!, $d: ID!) { a: actor(id: $a) ${fields} b: actor(id: $b) ${fields} c: actor(id: $c) ${fields} d: actor(id: $d) ${fields} }`;
    return (await services.keyed.query(query, { a: ids.brigade, b: ids.brigades, c: ids.port, d: ids.council })).data;
  }

  it('lists the two spellings as a possible duplicate, with reasons', async () => {
    const ids = await loaded();
    const response = await services.keyed.query<{ possibleDuplicates: { actorIds: string[]; score: number; reasons: string[] }[] }>(DUPLICATES, { actorId: ids.brigade, minScore: 0.5 });
    expect(response.errors).toBeUndefined();
    const [pair] = response.data!.possibleDuplicates;
    expect(pair.actorIds).toEqual([ids.brigade, ids.brigades]);
    expect(pair.score).toBeGreaterThanOrEqual(0.5);
    expect(pair.reasons).toContain('both are ARMED_GROUP');
  });

  it('merges two actors for a key holder, records who did, and a path then runs through the kept actor; a split restores both', async () => {
    const ids = await loaded();
    expect((await services.keyed.query<{ paths: unknown[] }>(PATH, { from: ids.port, to: ids.council })).data!.paths).toEqual([]);

    const merged = await services.keyed.query(MERGE, { keep: ids.brigade, merge: ids.brigades }, AUTH);
    expect(merged.errors).toBeUndefined();
    expect(merged.data).toEqual({
      mergeActors: {
        keptId: ids.brigade,
        mergedId: ids.brigades,
        mergedBy: 'default',
        splitBy: null,
        splitAt: null,
        relationsMoved: 1,
        relationsJoined: 0,
        relationsDropped: 0,
        quotesMoved: 2,
        quotesDropped: 0,
        aliasesAdded: [ids.brigadesName],
        documentsAdded: [],
      },
    });
    expect((await services.keyed.query(PATH, { from: ids.port, to: ids.council })).data).toEqual({ paths: [{ actors: [{ id: ids.port }, { id: ids.brigade }, { id: ids.council }] }] });
    expect((await services.keyed.query('query($id: ID!) { actor(id: $id) { id } }', { id: ids.brigades })).data).toEqual({ actor: null });
    // Degrees are stored: the kept actor now counts both relations.
    expect(await degrees(ids)).toEqual({ kept: { degree: 2 }, merged: null, council: { degree: 1 } });

    const split = await services.keyed.query(SPLIT, { mergedId: ids.brigades }, AUTH);
    expect(split.data).toEqual({ splitActor: { keptId: ids.brigade, mergedId: ids.brigades, mergedBy: 'default', splitBy: 'default', relationsMoved: 1 } });
    expect((await services.keyed.query('query($id: ID!) { actor(id: $id) { id aliases } }', { id: ids.brigades })).data).toEqual({ actor: { id: ids.brigades, aliases: [] } });
    expect((await services.keyed.query(PATH, { from: ids.port, to: ids.council })).data!).toEqual({ paths: [] });
    expect(await degrees(ids)).toEqual({ kept: { degree: 1 }, merged: { degree: 1 }, council: { degree: 1 } });
  });

  async function degrees(ids: Ids): Promise<unknown> {
    const query = 'query($a: ID!, $b: ID!, $c: ID!) { kept: actor(id: $a) { degree } merged: actor(id: $b) { degree } council: actor(id: $c) { degree } }';
    return (await services.keyed.query(query, { a: ids.brigade, b: ids.brigades, c: ids.council })).data;
  }

  it.each([
    ['the same actor twice', (ids: Ids) => ({ keep: ids.brigade, merge: ids.brigade }), 'BAD_USER_INPUT', /^merge: expected another actor than keep, found '.*' for both$/],
    ['an id that no actor can have', (ids: Ids) => ({ keep: ids.brigade, merge: 'Free Coast' }), 'BAD_USER_INPUT', /^merge: expected an actor id \(lowercase letters, digits and inner hyphens\), found 'Free Coast'$/],
    ['an actor that does not exist', (ids: Ids) => ({ keep: `${ids.brigade}-x`, merge: ids.brigades }), 'NOT_FOUND', /^no actor with id '.*-x'$/],
    ['two reviewed kinds', (ids: Ids) => ({ keep: ids.port, merge: ids.council }), 'MERGE_CONFLICT', /^'.*-port-amar' and '.*-inland-council' disagree on reviewed facts: kind: /],
  ])('refuses a merge of %s with its code, and changes nothing', async (_name, variables, code, message) => {
    const ids = await loaded();
    const before = await actorsOf(ids);
    const response = await services.keyed.query(MERGE, variables(ids), AUTH);
    expect(response.data).toBeNull();
    expect(response.errors?.map((error) => error.extensions.code)).toEqual([code]);
    expect(response.errors?.[0].message).toMatch(message);
    expect(JSON.stringify(response.errors)).not.toMatch(/MATCH|stack/);
    expect(await actorsOf(ids)).toEqual(before);
  });

  it('answers a conflict with HTTP 409 and its problems', async () => {
    const ids = await loaded();
    const response = await services.keyed.query(MERGE, { keep: ids.port, merge: ids.council }, AUTH);
    expect(response.status).toBe(409);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'MERGE_CONFLICT', problems: [`kind: '${ids.port}' has POPULATION, '${ids.council}' has ORGANIZATION`] });
  });

  it('refuses a split of an id with no standing merge as NOT_FOUND, and a minScore out of range', async () => {
    const ids = await loaded();
    const split = await services.keyed.query(SPLIT, { mergedId: ids.brigades }, AUTH);
    expect(split.errors?.map((error) => [error.extensions.code, error.message])).toEqual([['NOT_FOUND', `no standing merge of an actor with id '${ids.brigades}'`]]);
    const duplicates = await services.keyed.query(DUPLICATES, { actorId: ids.brigade, minScore: 1.5 });
    expect(duplicates.errors?.map((error) => [error.extensions.code, error.message])).toEqual([['BAD_USER_INPUT', 'minScore: expected a number from 0 to 1, found 1.5']]);
  });

  it('refuses merges and splits without a valid key, and when the service has none', async () => {
    const ids = await loaded();
    for (const headers of [{}, { authorization: 'Bearer not-the-key' }] as Record<string, string>[]) {
      const response = await services.keyed.query(MERGE, { keep: ids.brigade, merge: ids.brigades }, headers);
      expect(response.errors?.map((error) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);
      expect((await services.keyed.query(SPLIT, { mergedId: ids.brigades }, headers)).errors?.map((error) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);
    }
    expect((await services.open.query(MERGE, { keep: ids.brigade, merge: ids.brigades }, AUTH)).errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
    expect((await services.keyed.query('query($id: ID!) { actor(id: $id) { id } }', { id: ids.brigades })).data).toEqual({ actor: { id: ids.brigades } });
  });
});
