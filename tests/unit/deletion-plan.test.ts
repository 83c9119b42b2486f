/** What a deletion removes, and the statements that remove it, pinned without a database. */
import { planActorDeletion, planDocumentDeletion, survivingEnds } from '../../src/graph/deletion-plan';
import { deletionQueries, mentionedActorsQuery } from '../../src/graph/deletion.repository';
import { StoredRelation } from '../../src/graph/merge-plan';

const META = { id: 'deletion-1', deletedBy: 'curator', deletedAt: '2026-12-06T00:00:00.000Z' };

const relation = (type: StoredRelation['type'], id: string, from: string, to: string, documentIds: string[]): StoredRelation => ({ type, from, to, properties: { id, documentIds } });

describe('planning a deletion', () => {
  const holdings = {
    document: { id: 'doc-a', text: 'The Brigade shelled the port. The port met the council.' },
    relations: [relation('ATTACKS', 'attacks-1', 'brigade', 'port', ['doc-a']), relation('NEGOTIATES_WITH', 'negotiates_with-1', 'port', 'council', ['doc-a', 'doc-b'])],
    mentioned: [
      // Only this document mentions the brigade, and its one relation is this document's alone.
      { properties: { id: 'brigade' }, mentionedIn: ['doc-a'], relationsElsewhere: 0 },
      { properties: { id: 'port' }, mentionedIn: ['doc-a', 'doc-b'], relationsElsewhere: 1 },
      // Only this document mentions the council, but a relation another document supports keeps it.
      { properties: { id: 'council' }, mentionedIn: ['doc-a'], relationsElsewhere: 1 },
      // Mentioned elsewhere, without relations: it stays.
      { properties: { id: 'town' }, mentionedIn: ['doc-a', 'doc-c'], relationsElsewhere: 0 },
    ],
    evidence: [{ id: 'ev-1', documentId: 'doc-a' }],
  };

  it('takes from a document what only it supports, and narrows what others support too', () => {
    const record = planDocumentDeletion(holdings, META);
    expect(record.actors.map((actor) => actor.properties.id)).toEqual(['brigade']);
    expect(record.relations.map((stored) => stored.properties.id)).toEqual(['attacks-1']);
    expect(record.narrowed).toEqual([{ type: 'NEGOTIATES_WITH', id: 'negotiates_with-1', documentIdsBefore: ['doc-a', 'doc-b'], documentIdsAfter: ['doc-b'] }]);
    expect(record.document).toBe(holdings.document);
    expect(survivingEnds(record)).toEqual(['port']);
  });

  it('takes from an actor all its relations and quotes, and no document', () => {
    const record = planActorDeletion({ actor: { id: 'port' }, mentionedIn: ['doc-a', 'doc-b'], relations: holdings.relations, evidence: [{ id: 'ev-2' }] }, META);
    expect(record).toMatchObject({ kind: 'actor', targetId: 'port', document: null, narrowed: [], actors: [{ properties: { id: 'port' }, mentionedIn: ['doc-a', 'doc-b'] }] });
    expect(survivingEnds(record)).toEqual(['brigade', 'council']);
  });

  it('writes quotes, relations by type, narrowed relations, actors, the document and the journal, in that order', () => {
    const queries = deletionQueries(planDocumentDeletion(holdings, META));
    expect(queries.map((query) => query.cypher.split('\n')[0])).toEqual([
      'UNWIND $ids AS id MATCH (e:Evidence {id: id}) DETACH DELETE e',
      'UNWIND $ids AS id MATCH ()-[r:ATTACKS {id: id}]->() DELETE r',
      'UNWIND $rows AS row MATCH ()-[r:NEGOTIATES_WITH {id: row.id}]->() SET r.documentIds = row.documentIds',
      'UNWIND $ids AS id MATCH (a:Actor {id: id}) DETACH DELETE a',
      'MATCH (d:Document {id: $documentId}) DETACH DELETE d',
      'CREATE (:Deletion {id: $id, kind: $kind, targetId: $targetId, deletedBy: $deletedBy, deletedAt: $deletedAt, record: $record})',
    ]);
    expect(queries[2].params).toEqual({ rows: [{ id: 'negotiates_with-1', documentIds: ['doc-b'] }] });
    // The journal keeps the document's text and every property of what went.
    expect(JSON.parse(String(queries[5].params.record))).toMatchObject({ document: holdings.document, evidence: holdings.evidence, actors: [{ properties: { id: 'brigade' } }] });
  });

  it('writes no document statement for an actor, and no relation statements where there are none', () => {
    const queries = deletionQueries(planActorDeletion({ actor: { id: 'lone' }, mentionedIn: [], relations: [], evidence: [] }, META));
    expect(queries.map((query) => query.cypher.split(' ')[0] + query.cypher.match(/\((\w+):(\w+)/)?.[2])).toEqual(['UNWINDEvidence', 'UNWINDActor', 'CREATEundefined']);
  });

  it('counts only relations another document supports as keeping an actor', () => {
    expect(mentionedActorsQuery('doc-a').cypher).toContain("WHERE any(id IN coalesce(r.documentIds, []) WHERE id <> $documentId)");
  });
});
