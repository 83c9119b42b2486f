import { join } from 'node:path';
import { countGraph } from '../../src/graph/ingest.repository';
import { objectSource } from '../../src/loader/annotation-source';
import { loadPaths, loadSources } from '../../src/loader/loader';
import { sampleDocument, sampleIds } from '../support/annotations';
import { readerOf, uniqueId } from '../support/database';
import { withQuoteCheck } from '../support/quotes';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const SEED_DOCUMENT = 'iraq-coalition-talks';

describe('the loader against the real Neo4j', () => {
  // After any load, every quote in the graph is its document's text at its offsets.
  const connection = withQuoteCheck();

  const read = readerOf(connection);

  it('loads the seed document with all its actors, relations and quotes', async () => {
    await loadPaths(connection().database, [SEEDS]);
    const [counts] = await read<{ actors: number; relations: number; quotes: number; title: string }>(
      `MATCH (d:Document {id: $id})
       CALL { WITH d MATCH (d)-[:MENTIONS]->(a:Actor) RETURN count(a) AS actors }
       CALL { WITH d MATCH (:Actor)-[r]->(:Actor) WHERE d.id IN r.documentIds RETURN count(r) AS relations }
       CALL { WITH d MATCH (e:Evidence {documentId: d.id}) RETURN count(e) AS quotes }
       RETURN actors, relations, quotes, d.title AS title`,
      { id: SEED_DOCUMENT },
    );
    expect(counts).toEqual({ actors: 23, relations: 36, quotes: 71, title: 'Iraqi officials call on US-led coalition forces to leave the country' });

    const [killing] = await read<{ type: string; time: string; place: string; target: string }>(
      `MATCH (:Actor {id: 'qassem-soleimani'})-[r:KILLED_BY]->(b:Actor)
       RETURN type(r) AS type, r.timeText AS time, r.place AS place, b.name AS target`,
    );
    expect(killing).toEqual({ type: 'KILLED_BY', time: '2020', place: 'near Baghdad airport', target: 'United States' });
  });

  it('changes nothing when the same files are loaded again', async () => {
    await loadPaths(connection().database, [SEEDS]);
    const before = await connection().database.read(countGraph);
    const summary = await loadPaths(connection().database, [SEEDS]);
    expect(summary).toMatchObject({ actors: { created: 0, updated: 23 }, relations: { created: 0, updated: 36 } });
    expect(await connection().database.read(countGraph)).toEqual(before);
  });

  it('stores, for every relation, quotes that equal its document text at the stored offsets', async () => {
    // Offsets count UTF-16 code units, as JavaScript (and so the API's clients) index strings;
    // Cypher's substring() counts code points, so the slicing is done here.
    const rows = await read<{ id: string; quotes: { quote: string; start: number; end: number; documentId: string }[] }>(
      `MATCH (:Actor)-[r]->(:Actor)
       OPTIONAL MATCH (e:Evidence {relationId: r.id})
       RETURN r.id AS id, collect(CASE WHEN e IS NULL THEN null ELSE e { .quote, .start, .end, .documentId } END) AS quotes`,
    );
    const documents = new Map(
      (await read<{ id: string; text: string }>('MATCH (d:Document) RETURN d.id AS id, d.text AS text')).map((row) => [row.id, row.text]),
    );
    expect(rows.length).toBeGreaterThanOrEqual(36);
    const withoutGoodQuote = rows.filter(
      (row) => !row.quotes.some((quote) => quote.quote.length > 0 && documents.get(quote.documentId)?.slice(quote.start, quote.end) === quote.quote),
    );
    expect(withoutGoodQuote).toEqual([]);
  });

  it('merges a second document into the actors it shares, adding aliases and provenance', async () => {
    const ids = sampleIds(uniqueId('merge'));
    await loadSources(connection().database, [objectSource('first.json', sampleDocument(ids))]);
    const second = {
      document: { id: `${ids.document}-2`, title: 'Another report', text: 'Alpha Corporation met Beta Group again. The Alpha Corp twin, AC2, objected.' },
      actors: [
        { id: ids.alpha, name: 'Alpha Corp', kind: 'ORGANIZATION', aliases: ['Alpha Corporation'], evidence: [{ quote: 'Alpha Corporation' }] },
        { id: ids.beta, name: 'Beta Group', kind: 'ARMED_GROUP', evidence: [{ quote: 'Beta Group' }] },
        { id: `${ids.alpha}-twin`, name: 'AC2', kind: 'ORGANIZATION', aliases: ['Alpha Corp'], evidence: [{ quote: 'AC2' }] },
      ],
      relations: [
        { type: 'NEGOTIATES_WITH', from: ids.alpha, to: ids.beta, time: '2021', description: 'They meet again.', evidence: [{ quote: 'Alpha Corporation met Beta Group again' }] },
      ],
    };
    const summary = await loadSources(connection().database, [objectSource('second.json', second)]);

    expect(summary).toMatchObject({ actors: { created: 1, updated: 2 }, relations: { created: 0, updated: 1 } });
    expect(summary.possibleDuplicates).toContainEqual({ name: 'alpha corp', actorIds: expect.arrayContaining([ids.alpha, `${ids.alpha}-twin`]) });
    const [alpha] = await read<{ aliases: string[]; documents: string[] }>(
      `MATCH (a:Actor {id: $id}) MATCH (d:Document)-[:MENTIONS]->(a) RETURN a.aliases AS aliases, collect(d.id) AS documents`,
      { id: ids.alpha },
    );
    expect(alpha.aliases.sort()).toEqual(['Alpha', 'Alpha Corporation']);
    expect(alpha.documents.sort()).toEqual([ids.document, `${ids.document}-2`]);
    const [talks] = await read<{ documents: string[]; quotes: number; count: number }>(
      `MATCH (:Actor {id: $a})-[r:NEGOTIATES_WITH]-(:Actor {id: $b})
       CALL { WITH r MATCH (e:Evidence {relationId: r.id}) RETURN count(e) AS quotes }
       RETURN r.documentIds AS documents, quotes, count(r) AS count`,
      { a: ids.alpha, b: ids.beta },
    );
    expect(talks).toEqual({ documents: [ids.document, `${ids.document}-2`], quotes: 2, count: 1 });
  });

  it('writes nothing when one file of a load is broken', async () => {
    const ids = sampleIds(uniqueId('partial'));
    const broken = sampleDocument(sampleIds(uniqueId('broken'))) as { relations: Record<string, unknown>[] };
    broken.relations[0].type = 'LOVES';
    const before = await connection().database.read(countGraph);
    await expect(
      loadSources(connection().database, [objectSource('good.json', sampleDocument(ids)), objectSource('bad.json', broken)]),
    ).rejects.toThrow('nothing was loaded: 1 problem found');
    expect(await connection().database.read(countGraph)).toEqual(before);
  });
});
