/**
 * The stored degree (src/graph/degree.repository.ts) stays the count of an actor's relations after
 * every kind of write: a load in one transaction and a staged one, a reload and a second document
 * that merge into what is there, a staged load that fails and is undone, the API's single writes
 * (a new actor, a new relation, the same relation again, a deletion) and a whole document, writes
 * racing on one actor, and a graph written before the property existed. Each test checks the
 * stored value against a count made in the graph, and the values themselves.
 */
import { backfillDegrees, refreshDegrees } from '../../src/graph/degree.repository';
import { ExportReader } from '../../src/graph/export.reader';
import { GraphReader } from '../../src/graph/graph.reader';
import { ANY_TIME } from '../../src/graph/traversal.repository';
import { AnnotationSource, objectSource, SourceRecord } from '../../src/loader/annotation-source';
import { GraphWriter } from '../../src/loader/graph.writer';
import { loadSources } from '../../src/loader/loader';
import { Connection } from '../../src/neo4j/connect';
import { sampleDocument, sampleIds, SampleIds } from '../support/annotations';
import { openTestConnection, readerOf, uniqueId } from '../support/database';
import { expectDegreesRight } from '../support/degrees';
import { ReviewStamp } from '../../src/graph/domain';

/** Who the API's writes here are made by, as a key's name would record them. */
const REVIEWER: ReviewStamp = { reviewedBy: 'degree-test', reviewedAt: '2026-12-06T00:00:00Z' };

type Annotated = { document: Record<string, unknown>; actors: Record<string, unknown>[]; relations: Record<string, unknown>[] };

/** A second document on the same actors: the first relation again, and a new one from gamma to alpha. */
function sequel(ids: SampleIds): Annotated {
  const doc = sampleDocument(ids) as Annotated;
  doc.document = { ...doc.document, id: `${ids.document}-sequel` };
  doc.relations.push({ type: 'OPPOSES', from: ids.gamma, to: ids.alpha, description: 'Gamma blames Alpha.', evidence: [{ quote: 'Gamma' }] });
  return doc;
}

/** A source whose second (writing) pass meets a broken last relation: a staged load then fails after committing batches. */
function brokenOnWrite(document: Annotated): AnnotationSource {
  const valid = objectSource('broken.json', document);
  let passes = 0;
  return {
    file: 'broken.json',
    async *records(onProblem): AsyncIterable<SourceRecord> {
      passes += 1;
      const records: SourceRecord[] = [];
      for await (const record of valid.records(onProblem)) records.push(record);
      if (passes > 1) records[records.length - 1] = { ...records[records.length - 1], value: { type: 'BEFRIENDS' } };
      yield* records;
    },
  };
}

describe('stored degrees after every kind of write', () => {
  let connection: Connection;
  let writer: GraphWriter;
  beforeAll(async () => {
    connection = await openTestConnection();
    writer = new GraphWriter(connection.database, {});
  });
  afterAll(() => connection.close());
  const read = readerOf(() => connection);
  const all = (ids: SampleIds): string[] => [ids.alpha, ids.beta, ids.gamma];

  it('a load in one transaction, the same load again, and a second document that adds a relation, batch by batch in one transaction', async () => {
    const ids = sampleIds(uniqueId('degree-load'));
    await loadSources(connection.database, [objectSource('first.json', sampleDocument(ids))]);
    expect(await expectDegreesRight(connection.database, all(ids))).toEqual({ [ids.alpha]: 1, [ids.beta]: 2, [ids.gamma]: 1 });
    await loadSources(connection.database, [objectSource('again.json', sampleDocument(ids))]);
    expect(await expectDegreesRight(connection.database, all(ids))).toEqual({ [ids.alpha]: 1, [ids.beta]: 2, [ids.gamma]: 1 });
    // Batches of one: the degrees of every batch are recounted once, before the commit.
    await loadSources(connection.database, [objectSource('sequel.json', sequel(ids))], { batchSize: 1 });
    expect(await expectDegreesRight(connection.database, all(ids))).toEqual({ [ids.alpha]: 2, [ids.beta]: 2, [ids.gamma]: 2 });
  });

  it('a staged load, batch by batch, and a staged load that fails and is undone', async () => {
    const ids = sampleIds(uniqueId('degree-staged'));
    await loadSources(connection.database, [objectSource('first.json', sampleDocument(ids))], { stagedAbove: 0, batchSize: 1 });
    expect(await expectDegreesRight(connection.database, all(ids))).toEqual({ [ids.alpha]: 1, [ids.beta]: 2, [ids.gamma]: 1 });
    // The sequel's new relation commits in its own batch before the broken one fails the load.
    const failing = sequel(ids);
    failing.relations.push({ type: 'ATTACKS', from: ids.alpha, to: ids.gamma, description: 'Broken on the second pass.', evidence: [{ quote: 'attacked' }] });
    await expect(loadSources(connection.database, [brokenOnWrite(failing)], { stagedAbove: 0, batchSize: 1 })).rejects.toThrow(/the file changed after validation/);
    expect(await expectDegreesRight(connection.database, all(ids))).toEqual({ [ids.alpha]: 1, [ids.beta]: 2, [ids.gamma]: 1 });
  });

  it("the API's single writes: a new actor, a new relation, the same relation again, a deletion, and a whole document", async () => {
    const ids = sampleIds(uniqueId('degree-api'));
    await writer.ingestDocument(sampleDocument(ids), false, REVIEWER);
    const delta = `${ids.document}-delta`;
    await writer.upsertActor({ documentId: ids.document, record: { id: delta, name: 'Delta', kind: 'PERSON', evidence: [{ quote: 'Gamma' }] } }, REVIEWER);
    expect(await expectDegreesRight(connection.database, [...all(ids), delta])).toEqual({ [ids.alpha]: 1, [ids.beta]: 2, [ids.gamma]: 1, [delta]: 0 });
    const relation = { type: 'ATTACKS', from: delta, to: ids.alpha, description: 'Delta attacks Alpha.', evidence: [{ quote: 'attacked' }] };
    const written = await writer.upsertRelation({ documentId: ids.document, record: relation }, REVIEWER);
    expect(await expectDegreesRight(connection.database, [...all(ids), delta])).toEqual({ [ids.alpha]: 2, [ids.beta]: 2, [ids.gamma]: 1, [delta]: 1 });
    await writer.upsertRelation({ documentId: ids.document, record: { ...relation, description: 'Delta attacks Alpha again.' } }, REVIEWER);
    expect(await expectDegreesRight(connection.database, [ids.alpha, delta])).toEqual({ [ids.alpha]: 2, [delta]: 1 });
    expect(await writer.deleteRelation(written.id)).toBe(true);
    expect(await expectDegreesRight(connection.database, [ids.alpha, delta])).toEqual({ [ids.alpha]: 1, [delta]: 0 });
    expect(await writer.deleteRelation(written.id)).toBe(false);
    expect(await expectDegreesRight(connection.database, [ids.alpha, delta])).toEqual({ [ids.alpha]: 1, [delta]: 0 });
  });

  it('relations written at once by many transactions on one actor all count, on a sparse actor and on a dense one', async () => {
    const ids = sampleIds(uniqueId('degree-race'));
    // Beyond 50 relationships Neo4j keeps a node's relationships in groups and stops locking the node to add one.
    const dense = sampleDocument(ids) as Annotated;
    for (let year = 1901; year <= 1960; year += 1) {
      dense.relations.push({ type: 'OPPOSES', from: ids.beta, to: ids.alpha, time: String(year), description: `Beta opposed Alpha in ${year}.`, evidence: [{ quote: 'Beta Group' }] });
    }
    await writer.ingestDocument(dense, false, REVIEWER);
    expect(await expectDegreesRight(connection.database, all(ids))).toEqual({ [ids.alpha]: 61, [ids.beta]: 62, [ids.gamma]: 1 });
    const years = Array.from({ length: 16 }, (_, index) => String(2001 + index));
    await Promise.all(
      years.map((year, index) =>
        writer.upsertRelation({
          documentId: ids.document,
          record: { type: 'COOPERATES_WITH', from: index % 2 === 0 ? ids.gamma : ids.beta, to: ids.alpha, time: year, description: `They worked together in ${year}.`, evidence: [{ quote: 'Alpha Corp' }] },
        }, REVIEWER),
      ),
    );
    expect(await expectDegreesRight(connection.database, all(ids))).toEqual({ [ids.alpha]: 77, [ids.beta]: 70, [ids.gamma]: 9 });
  });

  it('a graph written before degrees were stored gets them at its first start only, and a refresh of unchanged actors changes nothing', async () => {
    const ids = sampleIds(uniqueId('degree-backfill'));
    await loadSources(connection.database, [objectSource('first.json', sampleDocument(ids))]);
    const removeDegrees = (): Promise<unknown> => connection.database.write((runner) => runner.run('UNWIND $ids AS id MATCH (a:Actor {id: id}) REMOVE a.degree', { ids: all(ids) }));
    const stored = (): Promise<unknown[]> => read('UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.degree AS degree', { ids: all(ids) });
    // A graph from before: its actors have no degree, and nothing records a backfill.
    await removeDegrees();
    await connection.database.write((runner) => runner.run("MATCH (m:Analytics {id: 'degree'}) DELETE m"));
    expect(await stored()).toEqual([{ degree: null }, { degree: null }, { degree: null }]);
    await backfillDegrees(connection.database);
    expect(await expectDegreesRight(connection.database, all(ids))).toEqual({ [ids.alpha]: 1, [ids.beta]: 2, [ids.gamma]: 1 });
    // Once recorded, a start reads the record and scans no actor: a degree missing now stays missing.
    await removeDegrees();
    await backfillDegrees(connection.database);
    expect(await stored()).toEqual([{ degree: null }, { degree: null }, { degree: null }]);
    await connection.database.write((runner) => refreshDegrees(runner, all(ids)));
    expect(await expectDegreesRight(connection.database, all(ids))).toEqual({ [ids.alpha]: 1, [ids.beta]: 2, [ids.gamma]: 1 });
    await connection.database.write((runner) => refreshDegrees(runner, [...all(ids), `${ids.document}-nobody`]));
    expect(await expectDegreesRight(connection.database, all(ids))).toEqual({ [ids.alpha]: 1, [ids.beta]: 2, [ids.gamma]: 1 });
  });

  it('Actor.degree, the degree ranking, a neighbourhood and an export read the stored value', async () => {
    const ids = sampleIds(uniqueId('degree-read'));
    await loadSources(connection.database, [objectSource('first.json', sampleDocument(ids))]);
    const reader = new GraphReader(connection.database);
    expect(Object.fromEntries(await reader.degreesOf(all(ids)))).toEqual({ [ids.alpha]: 1, [ids.beta]: 2, [ids.gamma]: 1 });
    const [{ actors }] = await read<{ actors: number }>('MATCH (a:Actor) RETURN count(a) AS actors');
    const ranked = (await reader.mostCentral('DEGREE', actors, [])).filter((row) => all(ids).includes(row.actor.id));
    expect(ranked).toEqual([
      { actor: { id: ids.beta }, score: 2 },
      { actor: { id: ids.alpha }, score: 1 },
      { actor: { id: ids.gamma }, score: 1 },
    ]);
    // A value only the property holds: the field answers with it, so it counts nothing itself.
    await connection.database.write((runner) => runner.run('MATCH (a:Actor {id: $id}) SET a.degree = 7', { id: ids.gamma }));
    expect((await reader.degreesOf([ids.gamma])).get(ids.gamma)).toBe(7);
    const around = await reader.neighborhood(ids.gamma, { types: null, direction: 'BOTH', depth: 1, maxDepth: 1, reviewed: null, time: ANY_TIME }, { actors: 10, edges: 10 }, {
      degree: true,
      time: false,
      evidenceCount: false,
      documentCount: false,
    });
    expect(around?.actors.map((actor) => [actor.id, actor.degree])).toEqual([
      [ids.gamma, 7],
      [ids.beta, 2],
    ]);
    const exported = await new ExportReader(connection.database).actorsByIds(all(ids));
    expect(Object.fromEntries(exported.map((actor) => [actor.id, actor.degree]))).toEqual({ [ids.alpha]: 1, [ids.beta]: 2, [ids.gamma]: 7 });
    await connection.database.write((runner) => refreshDegrees(runner, [ids.gamma]));
    expect(await expectDegreesRight(connection.database, [ids.gamma])).toEqual({ [ids.gamma]: 1 });
  });
});
