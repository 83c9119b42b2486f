/**
 * Mutations over HTTP: refused without a configured key or a valid bearer token, checked by the
 * loader's rules, and each in one transaction.
 */
import { countGraph } from '../../src/graph/ingest.repository';
import { beginLoad, undoLoad } from '../../src/graph/load-journal.repository';
import { sampleDocument, sampleIds, SAMPLE_TEXT } from '../support/annotations';
import { uniqueId } from '../support/database';
import { withWriteServices } from '../support/service';

const KEY = 'test-api-key-0123456789';
const AUTH = { authorization: `Bearer ${KEY}` };

const INGEST = `mutation($document: JSONObject!) {
  ingestDocument(document: $document) { actorsCreated actorsUpdated relationsCreated relationsUpdated quotes possibleDuplicates descriptionsKept }
}`;
const UPSERT_ACTOR = `mutation($input: ActorInput!) { upsertActor(input: $input) { id name aliases roles kind evidence { quote start end } documents { id } } }`;
const UPSERT_RELATION = `mutation($input: RelationInput!) {
  upsertRelation(input: $input) { id type from { id } to { id } time { text start end } evidence { quote start end } }
}`;
const DELETE_RELATION = 'mutation($id: ID!) { deleteRelation(id: $id) }';

describe('the GraphQL API (writes)', () => {
  const services = withWriteServices(KEY);

  it('refuses every mutation when the service has no API key, and keeps reads open', async () => {
    const response = await services.open.query(DELETE_RELATION, { id: 'attacks-0000000000000000' }, AUTH);
    expect(response.errors?.[0]).toMatchObject({
      message: 'mutations are disabled: the service has no API_KEY configured',
      extensions: { code: 'FORBIDDEN' },
    });
    expect((await services.open.query('{ actor(id: "iraq") { id } }')).data).toEqual({ actor: { id: 'iraq' } });
  });

  it.each([
    ['no Authorization header', {}],
    ['a wrong key', { authorization: 'Bearer not-the-key' }],
    ['another scheme', { authorization: `Basic ${KEY}` }],
  ])('refuses a mutation with %s as UNAUTHENTICATED', async (_name, headers) => {
    const response = await services.keyed.query(DELETE_RELATION, { id: 'attacks-0000000000000000' }, headers);
    expect(response.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses ingestDocument with LOAD_IN_PROGRESS (HTTP 409) while a staged load writes, and writes nothing', async () => {
    const { database } = services.keyed.connection;
    // A staged load's journal entry, fresh: the lock a staged load holds while its batches commit.
    const loadId = uniqueId('load-writing');
    await database.write((runner) => beginLoad(runner, loadId, 1_000));
    try {
      const before = await database.read(countGraph);
      const response = await services.keyed.query(INGEST, { document: sampleDocument(sampleIds(uniqueId('waits'))) }, AUTH);
      expect(response.status).toBe(409);
      expect(response.errors).toHaveLength(1);
      expect(response.errors?.[0].extensions.code).toBe('LOAD_IN_PROGRESS');
      expect(response.errors?.[0].message).toContain(`another load (${loadId}, started `);
      expect(await database.read(countGraph)).toEqual(before);
    } finally {
      await undoLoad(database, loadId);
    }
  });

  it('ingests a whole annotated document, then reads it back', async () => {
    const ids = sampleIds(uniqueId('ingest'));
    const response = await services.keyed.query(INGEST, { document: sampleDocument(ids) }, AUTH);
    expect(response.errors).toBeUndefined();
    const result = (response.data as { ingestDocument: { possibleDuplicates: string[] } }).ingestDocument;
    expect(result).toEqual({ actorsCreated: 3, actorsUpdated: 0, relationsCreated: 2, relationsUpdated: 0, quotes: 6, possibleDuplicates: expect.any(Array), descriptionsKept: [] });
    // Other tests load the same sample names; only names this document's actors share are listed.
    for (const duplicate of result.possibleDuplicates) expect(duplicate).toMatch(new RegExp(`${ids.alpha}|${ids.beta}|${ids.gamma}`));
    const read = await services.keyed.query<{ document: { actors: { id: string }[]; relations: { type: string }[] } }>(
      `{ document(id: "${ids.document}") { actors { id } relations { type } } }`,
    );
    expect(read.data!.document.actors.map((actor) => actor.id).sort()).toEqual([ids.alpha, ids.beta, ids.gamma].sort());
    expect(read.data!.document.relations.map((relation) => relation.type).sort()).toEqual(['ATTACKS', 'NEGOTIATES_WITH']);
  });

  it('refuses a broken document with every problem named, and writes nothing', async () => {
    const broken = sampleDocument(sampleIds(uniqueId('ingest-bad'))) as { relations: Record<string, unknown>[] };
    broken.relations[0].type = 'LOVES';
    broken.relations[1].time = 'yesterday';
    const before = await services.keyed.connection.database.read(countGraph);
    const response = await services.keyed.query(INGEST, { document: broken }, AUTH);
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [
        expect.stringMatching(/^document: relations\[0\]\.type: expected one of NEGOTIATES_WITH, .*found "LOVES"$/),
        "document: relations[1].time: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found 'yesterday'",
      ],
    });
    expect(await services.keyed.connection.database.read(countGraph)).toEqual(before);
  });

  it('upserts an actor quoted from a loaded document, adding aliases on a second call', async () => {
    const ids = sampleIds(uniqueId('actor'));
    await services.keyed.query(INGEST, { document: sampleDocument(ids) }, AUTH);
    const input = { id: `${ids.document}-delta`, name: 'Gamma', kind: 'PERSON', aliases: ['G.'], documentId: ids.document, evidence: [{ quote: 'attacked Gamma' }] };
    const first = await services.keyed.query<{ upsertActor: Record<string, unknown> }>(UPSERT_ACTOR, { input }, AUTH);
    expect(first.errors).toBeUndefined();
    const start = SAMPLE_TEXT.indexOf('attacked Gamma');
    expect(first.data!.upsertActor).toEqual({
      id: input.id,
      name: 'Gamma',
      aliases: ['G.'],
      roles: [],
      kind: 'PERSON',
      evidence: [{ quote: 'attacked Gamma', start, end: start + 'attacked Gamma'.length }],
      documents: [{ id: ids.document }],
    });
    const second = await services.keyed.query<{ upsertActor: { aliases: string[]; roles: string[] } }>(
      UPSERT_ACTOR,
      { input: { ...input, aliases: ['Gamma the Elder'], roles: ['target'] } },
      AUTH,
    );
    expect(second.data!.upsertActor).toMatchObject({ aliases: ['G.', 'Gamma the Elder'], roles: ['target'] });
  });

  it('upserts a relation with its evidence, and deletes it', async () => {
    const ids = sampleIds(uniqueId('relation'));
    await services.keyed.query(INGEST, { document: sampleDocument(ids) }, AUTH);
    const input = {
      type: 'SUPPORTS',
      from: ids.alpha,
      to: ids.beta,
      time: '2021-06',
      description: 'Alpha supports Beta.',
      documentId: ids.document,
      evidence: [{ quote: 'signed a deal with Beta Group' }],
    };
    const created = await services.keyed.query<{ upsertRelation: { id: string; time: unknown; from: unknown; evidence: unknown[] } }>(UPSERT_RELATION, { input }, AUTH);
    expect(created.errors).toBeUndefined();
    expect(created.data!.upsertRelation).toMatchObject({
      type: 'SUPPORTS',
      from: { id: ids.alpha },
      to: { id: ids.beta },
      time: { text: '2021-06', start: '2021-06-01', end: '2021-06-30' },
      evidence: [{ quote: 'signed a deal with Beta Group' }],
    });
    const id = created.data!.upsertRelation.id;
    expect((await services.keyed.query(DELETE_RELATION, { id }, AUTH)).data).toEqual({ deleteRelation: true });
    expect((await services.keyed.query(`{ relation(id: "${id}") { id } }`)).data).toEqual({ relation: null });
    expect((await services.keyed.query(DELETE_RELATION, { id }, AUTH)).data).toEqual({ deleteRelation: false });
    const [leftover] = await services.keyed.connection.database.read((runner) =>
      runner.run<{ n: number }>('MATCH (e:Evidence {relationId: $id}) RETURN count(e) AS n', { id }),
    );
    expect(leftover.n).toBe(0);
  });

  it('refuses a relation without evidence, with a quote not in the document, or to an unknown actor', async () => {
    const ids = sampleIds(uniqueId('relation-bad'));
    await services.keyed.query(INGEST, { document: sampleDocument(ids) }, AUTH);
    const base = { type: 'SUPPORTS', from: ids.alpha, to: ids.beta, description: 'x', documentId: ids.document };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, evidence: [] }, 'input.evidence: expected a non-empty array of { quote }, found an array of 0'],
      [{ ...base, evidence: [{ quote: 'never said' }] }, `input.evidence[0].quote: expected a quote that occurs verbatim in the text of document '${ids.document}', found "never said"`],
      [{ ...base, to: 'nobody-at-all', evidence: [{ quote: 'Alpha' }] }, "input.to: expected the id of an existing actor, found 'nobody-at-all'"],
      [{ ...base, documentId: 'no-such-document', evidence: [{ quote: 'Alpha' }] }, "input.documentId: expected the id of a loaded document, found 'no-such-document'"],
    ];
    for (const [input, problem] of cases) {
      const response = await services.keyed.query(UPSERT_RELATION, { input }, AUTH);
      expect(response.errors?.[0]).toMatchObject({ message: `input: ${problem}`, extensions: { code: 'BAD_USER_INPUT', problems: [problem] } });
    }
  });

  describe('data that must not drift', () => {
    it('refuses a document loaded again with another text as DOCUMENT_TEXT_CHANGED, and writes nothing', async () => {
      const ids = sampleIds(uniqueId('ingest-text'));
      await services.keyed.query(INGEST, { document: sampleDocument(ids) }, AUTH);
      const changed = sampleDocument(ids) as { document: Record<string, unknown> };
      changed.document = { ...changed.document, text: `${SAMPLE_TEXT} And more.` };
      const before = await services.keyed.connection.database.read(countGraph);
      const response = await services.keyed.query(INGEST, { document: changed }, AUTH);
      expect(response.status).toBe(409);
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'DOCUMENT_TEXT_CHANGED',
        problems: [
          `document: document.text: expected the text already loaded for document '${ids.document}' (${SAMPLE_TEXT.length} characters), ` +
            `found a different text (${SAMPLE_TEXT.length + 10} characters, the first difference at character ${SAMPLE_TEXT.length}); ` +
            'its quotes would no longer match: load it under a new id',
        ],
      });
      expect(await services.keyed.connection.database.read(countGraph)).toEqual(before);
    });

    it('keeps an actor\'s first name when a later write renames it, and refuses another kind as ACTOR_FACT_CONFLICT', async () => {
      const ids = sampleIds(uniqueId('rename'));
      await services.keyed.query(INGEST, { document: sampleDocument(ids) }, AUTH);
      const renamed = { id: ids.gamma, name: 'Gamma the Elder', kind: 'PERSON', documentId: ids.document, evidence: [{ quote: 'Gamma' }] };
      const first = await services.keyed.query<{ upsertActor: { name: string; aliases: string[] } }>(UPSERT_ACTOR, { input: renamed }, AUTH);
      expect(first.data!.upsertActor).toMatchObject({ name: 'Gamma', aliases: ['Gamma the Elder'] });
      const found = await services.keyed.query<{ search: { actor: { id: string } }[] }>('query($t: String!) { search(text: $t, first: 100) { actor { id } } }', { t: 'Gamma' });
      expect(found.data!.search.map((hit) => hit.actor.id)).toContain(ids.gamma);

      const before = await services.keyed.connection.database.read(countGraph);
      const rekinded = await services.keyed.query(UPSERT_ACTOR, { input: { ...renamed, kind: 'STATE' } }, AUTH);
      expect(rekinded.status).toBe(409);
      expect(rekinded.errors?.[0].extensions).toMatchObject({
        code: 'ACTOR_FACT_CONFLICT',
        problems: [`input.kind: expected PERSON, the kind actor '${ids.gamma}' already has, found STATE`],
      });
      const second = sampleDocument(ids) as { document: Record<string, unknown>; actors: Record<string, unknown>[] };
      second.document = { ...second.document, id: `${ids.document}-2` };
      second.actors[1] = { ...second.actors[1], name: 'Beta Brigade', kind: 'MILITARY_FORCE' };
      const ingested = await services.keyed.query(INGEST, { document: second }, AUTH);
      expect(ingested.errors?.[0].extensions).toMatchObject({
        code: 'ACTOR_FACT_CONFLICT',
        problems: [`document: actors[1].kind: expected ARMED_GROUP, the kind actor '${ids.beta}' already has, found MILITARY_FORCE`],
      });
      expect(await services.keyed.connection.database.read(countGraph)).toEqual(before);
    });

    it('refuses another Wikidata id as ACTOR_FACT_CONFLICT, and keeps the first description, listing the later one', async () => {
      const ids = sampleIds(uniqueId('ingest-facts'));
      const first = sampleDocument(ids) as { actors: Record<string, unknown>[] };
      first.actors[0] = { ...first.actors[0], wikidataId: 'Q100', description: 'A trading company.' };
      await services.keyed.query(INGEST, { document: first }, AUTH);
      const again = (change: Record<string, unknown>): Record<string, unknown> => {
        const second = sampleDocument(ids) as { document: Record<string, unknown>; actors: Record<string, unknown>[] };
        second.document = { ...second.document, id: `${ids.document}-2` };
        second.actors[0] = { ...second.actors[0], ...change };
        return second;
      };
      const before = await services.keyed.connection.database.read(countGraph);
      const refused = await services.keyed.query(INGEST, { document: again({ wikidataId: 'Q200' }) }, AUTH);
      expect(refused.status).toBe(409);
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'ACTOR_FACT_CONFLICT',
        problems: [`document: actors[0].wikidataId: expected Q100, the Wikidata id actor '${ids.alpha}' already has, found Q200`],
      });
      expect(await services.keyed.connection.database.read(countGraph)).toEqual(before);

      const kept = await services.keyed.query<{ ingestDocument: { descriptionsKept: string[] } }>(INGEST, { document: again({ description: 'A shipping firm.' }) }, AUTH);
      expect(kept.data?.ingestDocument.descriptionsKept).toEqual([`${ids.alpha}: A shipping firm.`]);
      const actor = await services.keyed.query<{ actor: { description: string; wikidataId: string } }>(`{ actor(id: "${ids.alpha}") { description wikidataId } }`);
      expect(actor.data?.actor).toEqual({ description: 'A trading company.', wikidataId: 'Q100' });
    });

    it('refuses a keyed request that repeats a key, naming its path, before it is parsed for the write', async () => {
      const ids = sampleIds(uniqueId('ingest-repeat'));
      const text = JSON.stringify({ query: INGEST, variables: { document: sampleDocument(ids) } }).replace('"kind":"ORGANIZATION"', '"kind":"ORGANIZATION","kind":"STATE"');
      const before = await services.keyed.connection.database.read(countGraph);
      const send = (headers: Record<string, string>): Promise<Response> =>
        fetch(`${services.keyed.service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: text });
      const response = await send(AUTH);
      expect(response.status).toBe(400);
      const problem = "variables.document.actors[0].kind: expected each field once in an object, found 'kind' again";
      expect(await response.json()).toEqual({
        errors: [{ message: `the request repeats a key in an object: ${problem}`, extensions: { code: 'BAD_USER_INPUT', problems: [problem], requestId: expect.any(String) } }],
      });
      expect(await services.keyed.connection.database.read(countGraph)).toEqual(before);
      // Without the key the body is not scanned (a read stores nothing); the mutation is refused for the key.
      const unkeyed = (await (await send({})).json()) as { errors: { extensions: { code: string } }[] };
      expect(unkeyed.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('sizes, checked before the database sees them', () => {
    it.each([
      ['20,000 aliases', { aliases: Array.from({ length: 20_000 }, (_, index) => `a${index}`) }, 'input.aliases: expected at most 200 entries, found 20000'],
      ['a 9,600-character name', { name: 'n'.repeat(9_600) }, 'input.name: expected at most 1000 characters, found 9600'],
      ['a 200-character document id', { documentId: 'd'.repeat(200) }, `input.documentId: expected a slug of lowercase letters, digits and inner hyphens (at most 128 characters), found "${'d'.repeat(76)}...`],
      ['a lone surrogate', { name: 'Gamma \ud800' }, 'input.name: expected well-formed Unicode, found a lone surrogate (U+D800) at character 6'],
    ])('refuses an actor with %s as BAD_USER_INPUT naming the field', async (_name, change, problem) => {
      const ids = sampleIds(uniqueId('sizes'));
      await services.keyed.query(INGEST, { document: sampleDocument(ids) }, AUTH);
      const input = { id: ids.gamma, name: 'Gamma', kind: 'PERSON', documentId: ids.document, evidence: [{ quote: 'Gamma' }], ...change };
      const response = await services.keyed.query(UPSERT_ACTOR, { input }, AUTH);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [problem] });
    });

    it('refuses an ingested document whose actor has a 9,600-character name as BAD_USER_INPUT', async () => {
      const doc = sampleDocument(sampleIds(uniqueId('long-name'))) as { actors: Record<string, unknown>[] };
      doc.actors[0].name = 'n'.repeat(9_600);
      const response = await services.keyed.query(INGEST, { document: doc }, AUTH);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: ['document: actors[0].name: expected at most 1000 characters, found 9600'] });
    });
  });
});
