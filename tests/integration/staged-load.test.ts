import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countGraph } from '../../src/graph/ingest.repository';
import { AnnotationSource, objectSource, SourceRecord } from '../../src/loader/annotation-source';
import { loadSources } from '../../src/loader/loader';
import { LoadOptions } from '../../src/loader/load-options';
import { LoadInProgressError } from '../../src/loader/load-guard';
import { LoadLeftChangesError } from '../../src/loader/load-errors';
import { describeLoadFailure } from '../../src/loader/load-failure';
import { ERROR_CODES } from '../../src/errors/error-codes';
import { undoLoad } from '../../src/graph/load-journal.repository';
import { Connection } from '../../src/neo4j/connect';
import { sampleDocument, sampleIds, SampleIds } from '../support/annotations';
import { openTestConnection, readerOf, uniqueId } from '../support/database';
import { writeGeneratedJsonl } from '../support/generated-annotation';
import { checkQuotesAfterEach } from '../support/quotes';

const CLI = join(__dirname, '..', '..', 'dist', 'src', 'loader', 'load.cli.js');

/** Every load here is staged, one record a batch, so that a failure falls between committed batches. */
const STAGED: LoadOptions = { stagedAbove: 0, batchSize: 1 };

/** A source whose writing pass meets a broken last relation that validation did not see. */
function changedAfterValidation(document: Record<string, unknown>): AnnotationSource {
  const valid = objectSource('changing.json', document);
  let passes = 0;
  return {
    file: 'changing.json',
    async *records(onProblem): AsyncIterable<SourceRecord> {
      passes += 1;
      const records: SourceRecord[] = [];
      for await (const record of valid.records(onProblem)) records.push(record);
      if (passes > 1) {
        const last = records.length - 1;
        records[last] = { ...records[last], value: { ...(records[last].value as object), type: 'BEFRIENDS' } };
      }
      yield* records;
    },
  };
}

/** A source whose writing pass, after `records` records, waits for `cut` (the load's connection closing). */
function cutMidway(document: Record<string, unknown>, records: number, cut: () => Promise<void>): AnnotationSource {
  const valid = objectSource('cut.json', document);
  let passes = 0;
  return {
    file: 'cut.json',
    async *records(onProblem): AsyncIterable<SourceRecord> {
      passes += 1;
      let given = 0;
      for await (const record of valid.records(onProblem)) {
        if (passes > 1 && given === records) await cut();
        given += 1;
        yield record;
      }
    },
  };
}

describe('staged loads: committed batch by batch, and still all or nothing', () => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await openTestConnection();
  });
  afterAll(() => connection.close());
  checkQuotesAfterEach(() => connection.database);

  const read = readerOf(() => connection);

  /** Everything stored under a test's prefix, properties included. */
  const snapshot = async (prefix: string): Promise<unknown> => ({
    counts: await connection.database.read(countGraph),
    actors: await read(`MATCH (a:Actor) WHERE a.id STARTS WITH $prefix RETURN properties(a) AS a ORDER BY a.id`, { prefix }),
    relations: await read(`MATCH (a:Actor)-[r]->(:Actor) WHERE a.id STARTS WITH $prefix RETURN type(r) AS type, properties(r) AS r ORDER BY r.id`, { prefix }),
    evidence: await read(`MATCH (e:Evidence) WHERE e.documentId STARTS WITH $prefix RETURN properties(e) AS e ORDER BY e.id`, { prefix }),
    documents: await read(`MATCH (d:Document) WHERE d.id STARTS WITH $prefix RETURN properties(d) AS d ORDER BY d.id`, { prefix }),
    mentions: await read(`MATCH (d:Document)-[:MENTIONS]->(a:Actor) WHERE d.id STARTS WITH $prefix RETURN d.id AS d, a.id AS a ORDER BY d, a`, { prefix }),
    journal: await read(`MATCH (u:LoadUndo) RETURN count(u) AS n`),
  });

  /** A second document about the same actors, which changes some and adds others. */
  function sequel(ids: SampleIds, prefix: string): Record<string, unknown> {
    const doc = sampleDocument(ids) as { document: Record<string, unknown>; actors: Record<string, unknown>[]; relations: Record<string, unknown>[] };
    doc.document = { ...doc.document, id: `${prefix}-sequel`, title: 'A sequel' };
    doc.actors[0] = { ...doc.actors[0], aliases: ['Alpha', 'AC'], description: 'Now described.' };
    doc.actors.push({ id: `${prefix}-delta`, name: 'Delta', kind: 'PERSON', evidence: [{ quote: 'Gamma' }] });
    doc.relations[0] = { ...doc.relations[0], description: 'Told again.' };
    doc.relations.push({ type: 'ATTACKS', from: `${prefix}-delta`, to: ids.alpha, description: 'Delta attacks.', evidence: [{ quote: 'attacked' }] });
    return doc;
  }

  it('writes what a one-transaction load writes, and leaves no journal behind', async () => {
    const single = uniqueId('one-tx');
    const staged = uniqueId('staged');
    await loadSources(connection.database, [objectSource('single.json', sampleDocument(sampleIds(single)))]);
    const summary = await loadSources(connection.database, [objectSource('staged.json', sampleDocument(sampleIds(staged)))], STAGED);
    expect(summary.stagedLoadId).toMatch(/^load-/);
    expect(summary).toMatchObject({ actors: { created: 3, updated: 0 }, relations: { created: 2, updated: 0 }, evidence: 6 });
    // Ids are hashes of the prefixed ends (so is the order by id), and the load marker differs by design; the rest must match.
    const normalise = (value: unknown, prefix: string): unknown => {
      if (typeof value === 'string') return value.replaceAll(prefix, 'P');
      if (Array.isArray(value)) return value.map((item) => normalise(item, prefix)).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      if (value === null || typeof value !== 'object') return value;
      const kept = Object.entries(value).filter(([key]) => !['id', 'relationId', 'createdByLoad', 'counts'].includes(key));
      return Object.fromEntries(kept.map(([key, item]) => [key, normalise(item, prefix)]));
    };
    const shape = async (prefix: string): Promise<unknown> => normalise(await snapshot(prefix), prefix);
    expect(await shape(staged)).toEqual(await shape(single));
    const [load] = await read<{ status: string }>('MATCH (l:Load {id: $id}) RETURN l.status AS status', { id: summary.stagedLoadId });
    expect(load.status).toBe('done');
    expect(await read('MATCH (u:LoadUndo {undoLoad: $id}) RETURN u', { id: summary.stagedLoadId })).toEqual([]);
  });

  it('undoes every committed batch of a load that fails, and restores what it had changed', async () => {
    const prefix = uniqueId('staged-fail');
    const ids = sampleIds(prefix);
    await loadSources(connection.database, [objectSource('first.json', sampleDocument(ids))]);
    const before = await snapshot(prefix);
    const lines: string[] = [];
    await expect(
      loadSources(connection.database, [changedAfterValidation(sequel(ids, prefix))], { ...STAGED, log: (line) => lines.push(line) }),
    ).rejects.toThrow(/the file changed after validation/);
    // Batches had committed: the undo, not a rollback, is what restored the graph.
    expect(lines.some((line) => /the load failed; undoing/.test(line))).toBe(true);
    expect(await snapshot(prefix)).toEqual(before);
  });

  it('says what it left (LOAD_INCOMPLETE) when it can neither finish nor undo, and an undo later removes it', async () => {
    const prefix = uniqueId('staged-cut');
    // The load's own connection, closed after the document and two actors have committed: the
    // next batch fails, and so does the undo, which needs the same connection.
    const own = await openTestConnection();
    const lines: string[] = [];
    const error = await loadSources(own.database, [cutMidway(sampleDocument(sampleIds(prefix)), 3, () => own.close())], { ...STAGED, log: (line) => lines.push(line) }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(LoadLeftChangesError);
    expect((error as LoadLeftChangesError).code).toBe(ERROR_CODES.LOAD_INCOMPLETE);
    const loadId = /^load (load-\S+) failed \(.+\) and could not undo what it had committed \(.+\): the graph holds part of it/.exec((error as Error).message)?.[1];
    expect(loadId).toBeDefined();
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^could not finish undoing load ${loadId} `)));
    expect(describeLoadFailure(error)).toMatch(new RegExp(`^load: failed \\(${ERROR_CODES.LOAD_INCOMPLETE}\\): load ${loadId} failed`));
    expect(describeLoadFailure(error)).not.toContain('nothing was written');

    // What it committed is in the graph, under its journal, until an undo finishes the work.
    const stored = (): Promise<{ n: number }[]> => read<{ n: number }>('MATCH (a:Actor) WHERE a.id STARTS WITH $prefix RETURN count(a) AS n', { prefix });
    expect(await stored()).toEqual([{ n: 2 }]);
    expect(await read('MATCH (l:Load {id: $loadId}) RETURN l.status AS status', { loadId })).toEqual([{ status: 'writing' }]);
    await undoLoad(connection.database, loadId!);
    expect(await stored()).toEqual([{ n: 0 }]);
    expect(await read('MATCH (d:Document) WHERE d.id STARTS WITH $prefix RETURN d', { prefix })).toEqual([]);
    expect(await read('MATCH (l:Load {id: $loadId}) RETURN l', { loadId })).toEqual([]);
  });

  it('applies a changing load in full when it succeeds', async () => {
    const prefix = uniqueId('staged-change');
    const ids = sampleIds(prefix);
    await loadSources(connection.database, [objectSource('first.json', sampleDocument(ids))]);
    const summary = await loadSources(connection.database, [objectSource('sequel.json', sequel(ids, prefix))], STAGED);
    expect(summary).toMatchObject({ actors: { created: 1, updated: 3 }, relations: { created: 1, updated: 2 } });
    const [alpha] = await read<{ aliases: string[]; description: string }>('MATCH (a:Actor {id: $id}) RETURN a.aliases AS aliases, a.description AS description', {
      id: ids.alpha,
    });
    expect(alpha).toEqual({ aliases: ['Alpha', 'AC'], description: 'Now described.' });
  });

  it('refuses a load while a staged load writes, and the next load undoes one whose process was killed', async () => {
    const prefix = uniqueId('staged-killed');
    const dir = mkdtempSync(join(tmpdir(), 'staged-'));
    const file = join(dir, 'large.jsonl');
    await writeGeneratedJsonl(file, prefix, 200, 2_000);
    const before = await connection.database.read(countGraph);

    const killed = await new Promise<string>((resolveRun) => {
      const child = spawn(process.execPath, [CLI, file], {
        env: { ...process.env, LOAD_STAGED_ABOVE: '0', LOAD_BATCH_SIZE: '50' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let watching = false;
      // Killed as soon as its first batch is in the graph, whatever the machine's speed (a progress line comes only
      // every two seconds, and a fast load was done before its first).
      const killOnceWritten = async (): Promise<void> => {
        while (child.exitCode === null && child.signalCode === null) {
          const [written] = await read<{ n: number }>('MATCH (a:Actor) WHERE a.id STARTS WITH $prefix RETURN count(a) AS n', { prefix });
          if (written.n > 0) {
            child.kill('SIGKILL');
            return;
          }
          await new Promise((resolveWait) => setTimeout(resolveWait, 10));
        }
      };
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (!watching && /staged load load-/.test(stdout)) {
          watching = true;
          void killOnceWritten();
        }
      });
      child.on('exit', () => resolveRun(stdout));
    });
    expect(killed).toMatch(/staged load load-/);
    expect(killed).not.toContain('load: loaded');
    // Its committed batches are in the graph until someone undoes them.
    const [partial] = await read<{ n: number }>('MATCH (a:Actor) WHERE a.id STARTS WITH $prefix RETURN count(a) AS n', { prefix });
    expect(partial.n).toBeGreaterThan(0);

    const other = [objectSource('other.json', sampleDocument(sampleIds(uniqueId('waits'))))];
    await expect(loadSources(connection.database, other, { abandonedAfterMs: 60_000 })).rejects.toThrow(LoadInProgressError);

    const lines: string[] = [];
    await new Promise((resolveWait) => setTimeout(resolveWait, 1_500));
    await loadSources(connection.database, other, { abandonedAfterMs: 1_000, log: (line) => lines.push(line) });
    expect(lines.some((line) => /undoing load load-.*which did not finish/.test(line))).toBe(true);
    const after = await connection.database.read(countGraph);
    expect(after).toEqual({ ...before, documents: before.documents + 1, actors: before.actors + 3, relations: before.relations + 2, evidence: before.evidence + 6 });
    expect(await read('MATCH (a:Actor) WHERE a.id STARTS WITH $prefix RETURN a', { prefix })).toEqual([]);
    expect(await read("MATCH (l:Load) WHERE l.status <> 'done' RETURN l")).toEqual([]);
  }, 120_000);
});
