/**
 * Deleting a document or an actor over HTTP like a client: what only it supports goes, what other
 * documents support stays, degrees are recounted, and the journal names who deleted what and
 * keeps what went; bad ids, missing ones and missing keys are refused with their codes, and nothing
 * is written.
 */
import { uniqueId } from '../support/database';
import { withWriteServices } from '../support/service';

const KEY = 'test-api-key-0123456789';
const AUTH = { authorization: `Bearer ${KEY}` };

const INGEST = 'mutation($document: JSONObject!) { ingestDocument(document: $document) { actorsCreated } }';
const DELETION = 'id kind targetId deletedBy deletedAt actorsDeleted relationsDeleted relationsKept quotesDeleted';
const DELETE_DOCUMENT = `mutation($id: ID!) { deleteDocument(id: $id) { ${DELETION} } }`;
const DELETE_ACTOR = `mutation($id: ID!) { deleteActor(id: $id) { ${DELETION} } }`;
const JOURNAL = `{ deletions(first: 50) { ${DELETION} } }`;
const STATE = `query($brigade: ID!, $port: ID!, $council: ID!, $a: ID!, $b: ID!) {
  brigade: actor(id: $brigade) { id degree }
  port: actor(id: $port) { id degree }
  council: actor(id: $council) { id degree }
  a: document(id: $a) { id }
  b: document(id: $b) { id }
}`;
const RELATIONS = 'query($id: ID!) { actor(id: $id) { relations { edges { node { id type documents { id } evidence(allDocuments: true) { quote document { id } } } } } } }';

interface Ids {
  readonly brigade: string;
  readonly port: string;
  readonly council: string;
  readonly a: string;
  readonly b: string;
}

/** A made-up word per call, so that no other test's actors share these names. */
function nameWord(): string {
  const letters = Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6).padEnd(6, 'q');
  return `${letters[0].toUpperCase()}${letters.slice(1)}`;
}

/**
 * Document a: a brigade shells a port (only a says so), and the port's elders meet a council,
 * which document b says too. No STATE actors: the read tests count the seed's STATE actors.
 */
function documents(prefix: string): { ids: Ids; a: Record<string, unknown>; b: Record<string, unknown> } {
  const word = nameWord();
  const [brigade, port, council] = [`${word} Brigade`, `${word} Port`, `${word} Council`];
  const ids = { brigade: `${prefix}-brigade`, port: `${prefix}-port`, council: `${prefix}-council`, a: `${prefix}-a`, b: `${prefix}-b` };
  const talks = (text: string): Record<string, unknown> => ({ type: 'NEGOTIATES_WITH', from: ids.port, to: ids.council, description: 'Talks.', evidence: [{ quote: text }] });
  const portAndCouncil = [
    { id: ids.port, name: port, kind: 'POPULATION', evidence: [{ quote: port }] },
    { id: ids.council, name: council, kind: 'ORGANIZATION', evidence: [{ quote: council }] },
  ];
  const a = {
    document: { id: ids.a, title: 'Shelling', text: `The ${brigade} shelled ${port} in 2019. ${port} elders met ${council} envoys.`, date: '2019' },
    actors: [{ id: ids.brigade, name: brigade, kind: 'ARMED_GROUP', evidence: [{ quote: brigade }] }, ...portAndCouncil],
    relations: [
      { type: 'ATTACKS', from: ids.brigade, to: ids.port, time: '2019', description: 'Shelling.', evidence: [{ quote: `The ${brigade} shelled ${port} in 2019` }] },
      talks(`${port} elders met ${council} envoys`),
    ],
  };
  const b = {
    document: { id: ids.b, title: 'Talks', text: `In the spring, ${port} elders met ${council} envoys again.`, date: '2019' },
    actors: portAndCouncil,
    relations: [talks(`${port} elders met ${council} envoys again`)],
  };
  return { ids, a, b };
}

/** What the two documents make of the three actors: the port in both relations. */
const asLoaded = (ids: Ids): Record<string, unknown> => ({
  brigade: { id: ids.brigade, degree: 1 },
  port: { id: ids.port, degree: 2 },
  council: { id: ids.council, degree: 1 },
  a: { id: ids.a },
  b: { id: ids.b },
});

interface Deletion {
  id: string;
  kind: string;
  targetId: string;
  deletedBy: string;
  actorsDeleted: string[];
  relationsDeleted: string[];
  relationsKept: string[];
  quotesDeleted: number;
}

describe('deleting documents and actors over the GraphQL API', () => {
  const services = withWriteServices(KEY);

  async function ingest(document: Record<string, unknown>): Promise<void> {
    const response = await services.keyed.query(INGEST, { document }, AUTH);
    expect(response.errors).toBeUndefined();
  }

  async function loaded(): Promise<{ ids: Ids; a: Record<string, unknown> }> {
    const { ids, a, b } = documents(uniqueId('del'));
    await ingest(a);
    await ingest(b);
    return { ids, a };
  }

  async function state(ids: Ids): Promise<Record<string, { id: string; degree?: number } | null>> {
    const response = await services.keyed.query<Record<string, { id: string; degree?: number } | null>>(STATE, { ...ids });
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  async function journalEntry(id: string): Promise<Deletion | undefined> {
    const response = await services.keyed.query<{ deletions: Deletion[] }>(JOURNAL);
    expect(response.errors).toBeUndefined();
    return response.data!.deletions.find((deletion) => deletion.id === id);
  }

  it('deletes a document with what only it supports, keeps what another document also supports, and a reload brings it back', async () => {
    const { ids, a } = await loaded();
    expect(await state(ids)).toEqual(asLoaded(ids));
    const before = await services.keyed.query<{ actor: { relations: { edges: { node: { id: string; type: string } }[] } } }>(RELATIONS, { id: ids.port });
    const relationId = (type: string): string => before.data!.actor.relations.edges.find((edge) => edge.node.type === type)!.node.id;

    const response = await services.keyed.query<{ deleteDocument: Deletion }>(DELETE_DOCUMENT, { id: ids.a }, AUTH);
    expect(response.errors).toBeUndefined();
    const deletion = response.data!.deleteDocument;
    expect(deletion).toMatchObject({
      kind: 'DOCUMENT',
      targetId: ids.a,
      deletedBy: 'default',
      actorsDeleted: [ids.brigade],
      relationsDeleted: [relationId('ATTACKS')],
      relationsKept: [relationId('NEGOTIATES_WITH')],
      // The three actors' quotes and the two relations' quotes of document a.
      quotesDeleted: 5,
    });

    expect(await state(ids)).toEqual({ brigade: null, port: { id: ids.port, degree: 1 }, council: { id: ids.council, degree: 1 }, a: null, b: { id: ids.b } });
    const after = await services.keyed.query(RELATIONS, { id: ids.port });
    expect(after.data).toEqual({
      actor: {
        relations: {
          edges: [
            {
              node: {
                id: relationId('NEGOTIATES_WITH'),
                type: 'NEGOTIATES_WITH',
                documents: [{ id: ids.b }],
                evidence: [{ quote: expect.stringContaining('elders met') as unknown, document: { id: ids.b } }],
              },
            },
          ],
        },
      },
    });
    expect(await journalEntry(deletion.id)).toEqual(expect.objectContaining({ targetId: ids.a, actorsDeleted: [ids.brigade] }));

    // The journal keeps what went; the document can be loaded again as it was.
    await ingest(a);
    expect(await state(ids)).toEqual(asLoaded(ids));
  });

  it('deletes an actor with its relations and quotes, keeps the documents, and recounts its neighbours', async () => {
    const { ids } = await loaded();
    const response = await services.keyed.query<{ deleteActor: Deletion }>(DELETE_ACTOR, { id: ids.port }, AUTH);
    expect(response.errors).toBeUndefined();
    expect(response.data!.deleteActor).toMatchObject({ kind: 'ACTOR', targetId: ids.port, deletedBy: 'default', actorsDeleted: [ids.port], relationsKept: [] });
    expect(response.data!.deleteActor.relationsDeleted).toHaveLength(2);
    // The port's own quotes in both documents, and the three quotes of its two relations.
    expect(response.data!.deleteActor.quotesDeleted).toBe(5);
    expect(await state(ids)).toEqual({ brigade: { id: ids.brigade, degree: 0 }, port: null, council: { id: ids.council, degree: 0 }, a: { id: ids.a }, b: { id: ids.b } });
    const search = await services.keyed.query<{ document: { actors: { id: string }[] } }>('query($id: ID!) { document(id: $id) { actors { id } } }', { id: ids.a });
    expect(search.data!.document.actors.map((actor) => actor.id).sort()).toEqual([ids.brigade, ids.council].sort());
  });

  it.each([
    ['a document id no document can have', DELETE_DOCUMENT, () => 'Shelling A', 'BAD_USER_INPUT', /^id: expected a document id \(lowercase letters, digits and inner hyphens\), found 'Shelling A'$/],
    ['a document that does not exist', DELETE_DOCUMENT, (ids: Ids) => `${ids.a}-x`, 'NOT_FOUND', /^no document with id '.*-a-x'$/],
    ['an actor id no actor can have', DELETE_ACTOR, () => 'Port', 'BAD_USER_INPUT', /^id: expected an actor id/],
    ['an actor that does not exist', DELETE_ACTOR, (ids: Ids) => `${ids.port}-x`, 'NOT_FOUND', /^no actor with id '.*-port-x'$/],
  ])('refuses the deletion of %s with its code, and changes nothing', async (_name, mutation, id, code, message) => {
    const { ids } = await loaded();
    const before = await state(ids);
    const response = await services.keyed.query(mutation, { id: id(ids) }, AUTH);
    expect(response.data).toBeNull();
    expect(response.errors?.map((error) => error.extensions.code)).toEqual([code]);
    expect(response.errors?.[0].message).toMatch(message);
    expect(JSON.stringify(response.errors)).not.toMatch(/MATCH|stack/);
    expect(await state(ids)).toEqual(before);
  });

  it('refuses deletions without a valid key, and when the service has none', async () => {
    const { ids } = await loaded();
    const before = await state(ids);
    for (const headers of [{}, { authorization: 'Bearer not-the-key' }] as Record<string, string>[]) {
      expect((await services.keyed.query(DELETE_DOCUMENT, { id: ids.a }, headers)).errors?.map((error) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);
      expect((await services.keyed.query(DELETE_ACTOR, { id: ids.port }, headers)).errors?.map((error) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);
    }
    expect((await services.open.query(DELETE_DOCUMENT, { id: ids.a }, AUTH)).errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
    expect(await state(ids)).toEqual(before);
  });
});
