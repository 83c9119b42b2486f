/**
 * Merging two actors against the real Neo4j: everything of the merged actor lands on the kept
 * one, a reload of the merged actor's document does not bring it back, and a split restores the
 * graph as it was, property for property.
 */
import { ActorMergeService } from '../../src/curation/actor-merge.service';
import { beginLoad, undoLoad } from '../../src/graph/load-journal.repository';
import { objectSource } from '../../src/loader/annotation-source';
import { DEFAULT_ABANDONED_AFTER_MS } from '../../src/loader/load-options';
import { loadSources } from '../../src/loader/loader';
import { openTestConnection, readerOf, uniqueId } from '../support/database';
import { withQuoteCheck } from '../support/quotes';

const KEPT_TEXT = 'Hezbollah fired rockets at Israel in 2006. Hezbollah is based in Lebanon.';
const MERGED_TEXT = 'Hizballah fired rockets at Israel in 2006. Hizballah, the Party of God, held talks with Iran. Hezbollah and Hizballah cooperate.';

interface Ids {
  readonly kept: string;
  readonly merged: string;
  readonly israel: string;
  readonly iran: string;
  readonly keptDocument: string;
  readonly mergedDocument: string;
}

function keptDocument(ids: Ids): Record<string, unknown> {
  return {
    document: { id: ids.keptDocument, title: 'Kept', text: KEPT_TEXT, date: '2006' },
    actors: [
      { id: ids.kept, name: 'Hezbollah', kind: 'ARMED_GROUP', roles: ['militia'], evidence: [{ quote: 'Hezbollah' }] },
      { id: ids.israel, name: 'Israel', kind: 'GOVERNMENT', evidence: [{ quote: 'Israel' }] },
    ],
    relations: [{ type: 'ATTACKS', from: ids.kept, to: ids.israel, time: '2006', description: 'Rockets.', evidence: [{ quote: 'Hezbollah fired rockets at Israel in 2006' }] }],
  };
}

/** The merged actor's document: the same attack (it joins the kept actor's), talks with Iran (moved), and a relation between the two (dropped). */
function mergedDocument(ids: Ids): Record<string, unknown> {
  return {
    document: { id: ids.mergedDocument, title: 'Merged', text: MERGED_TEXT, date: '2006' },
    actors: [
      { id: ids.merged, name: 'Hizballah', kind: 'ARMED_GROUP', aliases: ['Party of God'], roles: ['party'], description: 'A Lebanese party and militia.', evidence: [{ quote: 'Hizballah' }] },
      { id: ids.kept, name: 'Hezbollah', kind: 'ARMED_GROUP', evidence: [{ quote: 'Hezbollah' }] },
      { id: ids.israel, name: 'Israel', kind: 'GOVERNMENT', evidence: [{ quote: 'Israel' }] },
      { id: ids.iran, name: 'Iran', kind: 'GOVERNMENT', evidence: [{ quote: 'Iran' }] },
    ],
    relations: [
      { type: 'ATTACKS', from: ids.merged, to: ids.israel, time: '2006', description: 'Rockets.', evidence: [{ quote: 'Hizballah fired rockets at Israel in 2006' }] },
      { type: 'NEGOTIATES_WITH', from: ids.merged, to: ids.iran, description: 'Talks.', evidence: [{ quote: 'Hizballah, the Party of God, held talks with Iran' }] },
      { type: 'COOPERATES_WITH', from: ids.kept, to: ids.merged, description: 'Cooperation.', evidence: [{ quote: 'Hezbollah and Hizballah cooperate' }] },
    ],
  };
}

// No STATE actors: the read tests count the seed's STATE actors in the shared test graph.
describe('merging actors against the real Neo4j', () => {
  const connection = withQuoteCheck();
  const read = readerOf(connection);
  const load = (document: Record<string, unknown>): Promise<unknown> => loadSources(connection().database, [objectSource('document', document)]);

  // The actors here are named as the seed's are (Israel, Iran): left in the shared graph, they would stand beside the seed's for
  // every later test that reads the graph's actors by name. Everything they wrote goes when the block ends.
  const prefixes: string[] = [];
  afterAll(async () => {
    const cleaning = await openTestConnection();
    try {
      await cleaning.database.write((runner) =>
        runner.run(
          `MATCH (n) WHERE any(p IN $prefixes WHERE n.id STARTS WITH p OR n.documentId STARTS WITH p OR n.mergedId STARTS WITH p OR n.keptId STARTS WITH p)
           DETACH DELETE n`,
          { prefixes },
        ),
      );
    } finally {
      await cleaning.close();
    }
  });

  function idsFor(prefix: string): Ids {
    prefixes.push(prefix);
    return {
      kept: `${prefix}-hezbollah`,
      merged: `${prefix}-hizballah`,
      israel: `${prefix}-israel`,
      iran: `${prefix}-iran`,
      keptDocument: `${prefix}-doc-kept`,
      mergedDocument: `${prefix}-doc-merged`,
    };
  }

  /** Everything the test's documents put in the graph, comparable as plain values. */
  async function snapshot(ids: Ids): Promise<unknown> {
    const actorIds = [ids.kept, ids.merged, ids.israel, ids.iran];
    const [row] = await read<Record<string, unknown>>(
      `CALL () { MATCH (a:Actor) WHERE a.id IN $actorIds WITH a ORDER BY a.id RETURN collect(properties(a)) AS actors }
       CALL () { MATCH (a:Actor)-[r]->(b:Actor) WHERE a.id IN $actorIds WITH a, r, b ORDER BY r.id RETURN collect([type(r), a.id, b.id, properties(r)]) AS relations }
       CALL () { MATCH (e:Evidence) WHERE e.documentId IN $documents WITH e ORDER BY e.id RETURN collect(properties(e)) AS evidence }
       CALL () { MATCH (d:Document)-[:MENTIONS]->(a:Actor) WHERE d.id IN $documents WITH d, a ORDER BY d.id, a.id RETURN collect([d.id, a.id]) AS mentions }
       RETURN actors, relations, evidence, mentions`,
      { actorIds, documents: [ids.keptDocument, ids.mergedDocument] },
    );
    return row;
  }

  async function relationsOf(actorId: string): Promise<{ type: string; from: string; to: string; documents: string[]; quotes: number }[]> {
    return read(
      `MATCH (a:Actor {id: $actorId})-[r]-(b:Actor)
       RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, r.documentIds AS documents, COUNT { MATCH (e:Evidence {relationId: r.id}) } AS quotes
       ORDER BY type, from, to`,
      { actorId },
    );
  }

  it('moves relations, quotes, names and mentions to the kept actor, joins a shared relation and drops one between the two', async () => {
    const ids = idsFor(uniqueId('merge'));
    await load(keptDocument(ids));
    await load(mergedDocument(ids));
    const merges = new ActorMergeService(connection().database, DEFAULT_ABANDONED_AFTER_MS);

    const record = await merges.merge(ids.kept, ids.merged, 'curator');

    expect(await read(`MATCH (a:Actor {id: $id}) RETURN a.id AS id`, { id: ids.merged })).toEqual([]);
    const [kept] = await read<Record<string, unknown>>(`MATCH (a:Actor {id: $id}) RETURN a.aliases AS aliases, a.roles AS roles, a.mergedIds AS mergedIds, a.description AS description`, { id: ids.kept });
    expect(kept).toEqual({ aliases: ['Hizballah', 'Party of God'], roles: ['militia', 'party'], mergedIds: [ids.merged], description: 'A Lebanese party and militia.' });
    expect(await relationsOf(ids.kept)).toEqual([
      { type: 'ATTACKS', from: ids.kept, to: ids.israel, documents: [ids.keptDocument, ids.mergedDocument], quotes: 2 },
      { type: 'NEGOTIATES_WITH', from: ids.kept, to: ids.iran, documents: [ids.mergedDocument], quotes: 1 },
    ]);
    // The merged actor's own quote is the kept actor's now, beside the kept actor's own.
    expect(await read(`MATCH (e:Evidence {documentId: $documentId, actorId: $id}) RETURN e.quote AS quote ORDER BY e.start`, { documentId: ids.mergedDocument, id: ids.kept })).toEqual([
      { quote: 'Hizballah' },
      { quote: 'Hezbollah' },
    ]);
    // The dropped relation's quote went with it.
    expect(await read(`MATCH (e:Evidence {documentId: $documentId}) WHERE e.quote STARTS WITH 'Hezbollah and' RETURN e.id AS id`, { documentId: ids.mergedDocument })).toEqual([]);
    expect(await read(`MATCH (m:ActorMerge {id: $id}) RETURN m.keptId AS keptId, m.mergedId AS mergedId, m.mergedBy AS mergedBy, m.splitAt AS splitAt`, { id: record.id })).toEqual([
      { keptId: ids.kept, mergedId: ids.merged, mergedBy: 'curator', splitAt: null },
    ]);
    expect({ relations: record.relations.map((relation) => [relation.type, relation.joined]), loops: record.loops.map((relation) => relation.type) }).toEqual({
      relations: [
        ['ATTACKS', true],
        ['NEGOTIATES_WITH', false],
      ],
      loops: ['COOPERATES_WITH'],
    });
  });

  it('keeps the merged actor away when its document is loaded again, and a path runs through the kept actor', async () => {
    const ids = idsFor(uniqueId('reload'));
    await load(keptDocument(ids));
    await load(mergedDocument(ids));
    await new ActorMergeService(connection().database, DEFAULT_ABANDONED_AFTER_MS).merge(ids.kept, ids.merged, 'curator');
    const merged = await snapshot(ids);

    await load(mergedDocument(ids));

    expect(await read(`MATCH (a:Actor {id: $id}) RETURN a.id AS id`, { id: ids.merged })).toEqual([]);
    expect(await snapshot(ids)).toEqual(merged);
    const [path] = await read<{ ids: string[] }>(
      `MATCH p = shortestPath((:Actor {id: $from})-[:ATTACKS|NEGOTIATES_WITH|COOPERATES_WITH*..4]-(:Actor {id: $to})) RETURN [actor IN nodes(p) | actor.id] AS ids`,
      { from: ids.iran, to: ids.israel },
    );
    expect(path).toEqual({ ids: [ids.iran, ids.kept, ids.israel] });
  });

  it('splits a merge back into the graph as it was, even after the merged document was loaded again', async () => {
    const ids = idsFor(uniqueId('split'));
    await load(keptDocument(ids));
    await load(mergedDocument(ids));
    const before = await snapshot(ids);
    const merges = new ActorMergeService(connection().database, DEFAULT_ABANDONED_AFTER_MS);
    const record = await merges.merge(ids.kept, ids.merged, 'curator');
    await load(mergedDocument(ids));

    const split = await merges.split(ids.merged, 'reviewer');

    expect(split.record.id).toBe(record.id);
    expect(await snapshot(ids)).toEqual(before);
    expect(await read(`MATCH (m:ActorMerge {id: $id}) RETURN m.splitBy AS splitBy, m.splitAt = $at AS at`, { id: record.id, at: split.splitAt })).toEqual([{ splitBy: 'reviewer', at: true }]);
    // Split, the merge no longer redirects: the merged document's actor is itself again.
    await load(mergedDocument(ids));
    expect(await snapshot(ids)).toEqual(before);
  });

  it('refuses a merge of two Wikidata items, naming both, and changes nothing', async () => {
    const ids = idsFor(uniqueId('conflict'));
    const kept = keptDocument(ids);
    (kept.actors as Record<string, unknown>[])[0].wikidataId = 'Q41053';
    const merged = mergedDocument(ids);
    (merged.actors as Record<string, unknown>[])[0].wikidataId = 'Q1';
    (merged.actors as Record<string, unknown>[])[1].wikidataId = 'Q41053';
    await load(kept);
    await load(merged);
    const before = await snapshot(ids);

    await expect(new ActorMergeService(connection().database, DEFAULT_ABANDONED_AFTER_MS).merge(ids.kept, ids.merged, 'curator')).rejects.toMatchObject({
      code: 'MERGE_CONFLICT',
      problems: [`wikidataId: '${ids.kept}' has Q41053, '${ids.merged}' has Q1`],
    });
    expect(await snapshot(ids)).toEqual(before);
  });

  it('refuses to split an id with no standing merge, and a merge whose kept actor was merged since', async () => {
    const ids = idsFor(uniqueId('chain'));
    await load(keptDocument(ids));
    await load(mergedDocument(ids));
    const merges = new ActorMergeService(connection().database, DEFAULT_ABANDONED_AFTER_MS);
    await expect(merges.split(ids.merged, 'curator')).rejects.toMatchObject({ code: 'NOT_FOUND', message: `no standing merge of an actor with id '${ids.merged}'` });
    const later = `${ids.kept}-lebanon`;
    await load({
      document: { id: `${ids.keptDocument}-2`, title: 'Later', text: 'Hezbollah of Lebanon', date: '2007' },
      actors: [{ id: later, name: 'Hezbollah of Lebanon', kind: 'ARMED_GROUP', evidence: [{ quote: 'Hezbollah of Lebanon' }] }],
      relations: [],
    });
    await merges.merge(ids.kept, ids.merged, 'curator');
    await merges.merge(later, ids.kept, 'curator');
    await expect(merges.split(ids.merged, 'curator')).rejects.toMatchObject({
      code: 'MERGE_CONFLICT',
      problems: [`keptId: '${ids.kept}' was merged into '${later}' since; split it first`],
    });
    // A load naming the first merged id follows both merges to the actor that stands.
    await load(mergedDocument(ids));
    expect(await read(`MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id`, { ids: [ids.kept, ids.merged] })).toEqual([]);
  });

  it('refuses a merge with LOAD_IN_PROGRESS while a staged load writes, and changes nothing', async () => {
    const ids = idsFor(uniqueId('locked'));
    await load(keptDocument(ids));
    await load(mergedDocument(ids));
    const before = await snapshot(ids);
    const loadId = uniqueId('load-writing');
    await connection().database.write((runner) => beginLoad(runner, loadId, 1_000));
    try {
      await expect(new ActorMergeService(connection().database, DEFAULT_ABANDONED_AFTER_MS).merge(ids.kept, ids.merged, 'curator')).rejects.toMatchObject({ code: 'LOAD_IN_PROGRESS' });
    } finally {
      await undoLoad(connection().database, loadId);
    }
    expect(await snapshot(ids)).toEqual(before);
  });
});
