/**
 * Data that must not drift: a document's text never changes under its quotes, and a later
 * document never silently renames or re-kinds an actor. After every test, every quote in the
 * whole graph equals its document's text at its offsets.
 */
import { countGraph } from '../../src/graph/ingest.repository';
import { objectSource } from '../../src/loader/annotation-source';
import { LoadConflictError } from '../../src/loader/load-errors';
import { LoadOptions } from '../../src/loader/load-options';
import { loadSources } from '../../src/loader/loader';
import { sampleDocument, sampleIds, SAMPLE_TEXT } from '../support/annotations';
import { readerOf, uniqueId } from '../support/database';
import { withQuoteCheck } from '../support/quotes';

type Doc = { document: Record<string, unknown>; actors: Record<string, unknown>[]; relations: Record<string, unknown>[] };

const STAGED: LoadOptions = { stagedAbove: 0, batchSize: 1 };

describe('data that must not drift', () => {
  // After any load, every quote in the graph is its document's text at its offsets.
  const connection = withQuoteCheck();

  const read = readerOf(connection);
  const storedText = async (id: string): Promise<string | undefined> =>
    (await read<{ text: string }>('MATCH (d:Document {id: $id}) RETURN d.text AS text', { id }))[0]?.text;

  /** The sample with its text changed before the quotes, so every quote still occurs but moves. */
  function withNewText(doc: Record<string, unknown>): Doc {
    const changed = structuredClone(doc) as Doc;
    changed.document.text = `Update: ${SAMPLE_TEXT}`;
    return changed;
  }

  describe('a document loaded again with another text', () => {
    it.each([
      ['in one transaction', {}],
      ['staged', STAGED],
    ])('is refused %s, naming the file and the document, and nothing is written', async (_name, options: LoadOptions) => {
      const ids = sampleIds(uniqueId('text'));
      await loadSources(connection().database, [objectSource('first.json', sampleDocument(ids))]);
      const before = await connection().database.read(countGraph);
      const error = await loadSources(connection().database, [objectSource('second.json', withNewText(sampleDocument(ids)))], options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LoadConflictError);
      expect(error).toMatchObject({
        code: 'DOCUMENT_TEXT_CHANGED',
        problems: [
          `second.json: document.text: expected the text already loaded for document '${ids.document}' (${SAMPLE_TEXT.length} characters), ` +
            `found a different text (${SAMPLE_TEXT.length + 8} characters, the first difference at character 0); ` +
            'its quotes would no longer match: load it under a new id',
        ],
      });
      expect(await storedText(ids.document)).toBe(SAMPLE_TEXT);
      expect(await connection().database.read(countGraph)).toEqual(before);
    });

    it('is accepted when the text is the same', async () => {
      const ids = sampleIds(uniqueId('same'));
      await loadSources(connection().database, [objectSource('first.json', sampleDocument(ids))]);
      const summary = await loadSources(connection().database, [objectSource('again.json', sampleDocument(ids))]);
      expect(summary).toMatchObject({ actors: { created: 0, updated: 3 }, relations: { created: 0, updated: 2 } });
    });

    it('is refused for one of two loads that race with different texts for a new id', async () => {
      const ids = sampleIds(uniqueId('race'));
      const results = await Promise.allSettled([
        loadSources(connection().database, [objectSource('one.json', sampleDocument(ids))]),
        loadSources(connection().database, [objectSource('two.json', withNewText(sampleDocument(ids)))]),
      ]);
      expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
      const refused = results.find((result): result is PromiseRejectedResult => result.status === 'rejected')!;
      expect(refused.reason).toMatchObject({ code: 'DOCUMENT_TEXT_CHANGED' });
    });
  });

  describe('an actor that a later document names or kinds differently', () => {
    it('keeps the first name and adds the new one as an alias, so both are still found', async () => {
      const ids = sampleIds(uniqueId('rename'));
      await loadSources(connection().database, [objectSource('first.json', sampleDocument(ids))]);
      const second = sampleDocument(ids) as Doc;
      second.document = { id: `${ids.document}-2`, title: 'Renamed', text: 'Alpha Corporation and Beta Group met.' };
      second.actors = [
        { id: ids.alpha, name: 'Alpha Corporation', kind: 'ORGANIZATION', aliases: ['Alpha Corp'], evidence: [{ quote: 'Alpha Corporation' }] },
        { id: ids.beta, name: 'Beta Group', kind: 'ARMED_GROUP', evidence: [{ quote: 'Beta Group' }] },
      ];
      second.relations = [];
      await loadSources(connection().database, [objectSource('second.json', second)]);
      const [alpha] = await read<{ name: string; aliases: string[]; lowerNames: string[] }>(
        'MATCH (a:Actor {id: $id}) RETURN a.name AS name, a.aliases AS aliases, a.lowerNames AS lowerNames',
        { id: ids.alpha },
      );
      expect(alpha).toEqual({ name: 'Alpha Corp', aliases: ['Alpha', 'Alpha Corporation'], lowerNames: ['alpha corp', 'alpha', 'alpha corporation'] });
    });

    it('refuses a kind that differs from the stored one, naming both kinds, and writes nothing', async () => {
      const ids = sampleIds(uniqueId('rekind'));
      await loadSources(connection().database, [objectSource('first.json', sampleDocument(ids))]);
      const before = await connection().database.read(countGraph);
      const second = sampleDocument(ids) as Doc;
      second.document = { ...second.document, id: `${ids.document}-2` };
      second.actors[0] = { ...second.actors[0], kind: 'PERSON' };
      second.actors[2] = { ...second.actors[2], kind: 'STATE' };
      const error = await loadSources(connection().database, [objectSource('second.json', second)]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LoadConflictError);
      expect(error).toMatchObject({
        code: 'ACTOR_KIND_CONFLICT',
        problems: [
          `second.json: actors[0].kind: expected ORGANIZATION, the kind actor '${ids.alpha}' already has, found PERSON`,
          `second.json: actors[2].kind: expected PERSON, the kind actor '${ids.gamma}' already has, found STATE`,
        ],
      });
      expect(await connection().database.read(countGraph)).toEqual(before);
      const kinds = await read<{ kind: string }>('MATCH (a:Actor) WHERE a.id IN $ids RETURN a.kind AS kind ORDER BY a.id', { ids: [ids.alpha, ids.gamma] });
      expect(kinds).toEqual([{ kind: 'ORGANIZATION' }, { kind: 'PERSON' }]);
    });

    it('refuses two files of one load that give one new actor two kinds', async () => {
      const ids = sampleIds(uniqueId('two-kinds'));
      const second = sampleDocument(ids) as Doc;
      second.document = { ...second.document, id: `${ids.document}-2` };
      second.actors[1] = { ...second.actors[1], kind: 'STATE' };
      const before = await connection().database.read(countGraph);
      await expect(
        loadSources(connection().database, [objectSource('first.json', sampleDocument(ids)), objectSource('second.json', second)]),
      ).rejects.toMatchObject({
        code: 'ACTOR_KIND_CONFLICT',
        problems: [`second.json: actors[1].kind: expected ARMED_GROUP, the kind actor '${ids.beta}' already has, found STATE`],
      });
      expect(await connection().database.read(countGraph)).toEqual(before);
    });
  });
});
