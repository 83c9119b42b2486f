/**
 * Review before load: `npm run load` refuses a file that still holds items proposed by the
 * extraction rules, naming each, and writes nothing; `--accept-proposed` loads them unreviewed;
 * a reviewed statement of the same item reviews it, and a later draft never unreviews it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countGraph, GraphCounts } from '../../src/graph/ingest.repository';
import { loadPaths } from '../../src/loader/loader';
import { Connection } from '../../src/neo4j/connect';
import { sampleDocument, SampleIds, sampleIds, writeJson } from '../support/annotations';
import { openTestConnection, readerOf, uniqueId } from '../support/database';
import { checkQuotesAfterEach } from '../support/quotes';

const CLI = join(__dirname, '..', '..', 'dist', 'src', 'loader', 'load.cli.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runLoader(args: string[]): Promise<Run> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolveRun({ code, stdout, stderr }));
  });
}

type Doc = { document: Record<string, unknown>; actors: Record<string, unknown>[]; relations: Record<string, unknown>[] };

/** The sample with its third actor and its attack proposed by rules, as a draft marks them. */
function draft(ids: SampleIds): Doc {
  const doc = sampleDocument(ids) as Doc;
  Object.assign(doc.actors[2], { review: 'proposed', confidence: 0.6, rule: 'named-entity' });
  Object.assign(doc.relations[1], { review: 'proposed', confidence: 0.8, rule: 'active-verb' });
  return doc;
}

describe('review before load', () => {
  let connection: Connection;
  const dir = mkdtempSync(join(tmpdir(), 'review-load-'));
  beforeAll(async () => {
    connection = await openTestConnection();
  });
  afterAll(() => connection.close());
  checkQuotesAfterEach(() => connection.database);
  const counts = (): Promise<GraphCounts> => connection.database.read(countGraph);
  const read = readerOf(() => connection);
  const reviewState = async (ids: SampleIds): Promise<Record<string, boolean | null>> => {
    const rows = await read<{ id: string; reviewed: boolean | null }>(
      `MATCH (a:Actor) WHERE a.id IN $actors RETURN a.id AS id, a.reviewed AS reviewed
       UNION ALL MATCH (:Actor {id: $beta})-[r]-(:Actor) RETURN type(r) AS id, r.reviewed AS reviewed`,
      { actors: [ids.alpha, ids.beta, ids.gamma], beta: ids.beta },
    );
    return Object.fromEntries(rows.map((row) => [row.id, row.reviewed]));
  };

  it('refuses a file with proposed items without --accept-proposed, naming each, and writes nothing', async () => {
    const ids = sampleIds(uniqueId('proposed'));
    const file = writeJson(dir, 'draft.json', draft(ids));
    const before = await counts();
    const run = await runLoader([file]);
    expect(run.code).toBe(1);
    const reason = 'expected a reviewed %s (remove its "review" field once a person has checked it, or accept proposed items: --accept-proposed, acceptProposed in the API)';
    expect(run.stderr).toBe(
      `${file}: actors[2]: ${reason.replace('%s', 'actor')}, found a proposed actor "${ids.gamma}"\n` +
        `${file}: relations[1]: ${reason.replace('%s', 'relation')}, found a proposed relation "ATTACKS" from "${ids.beta}" to "${ids.gamma}"\n` +
        'load: nothing was written (2 problem(s))\n',
    );
    expect(run.stdout).toBe('');
    expect(await counts()).toEqual(before);
    expect(await reviewState(ids)).toEqual({});
  });

  it('refuses an unknown option before reading anything', async () => {
    const run = await runLoader(['--accept-everything', join(dir, 'none.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: unknown option '--accept-everything'\n[\s\S]*Usage: npm run load -- \[options\] \[paths\.\.\.\]/);
  });

  it('refuses a review mark other than "proposed" and a confidence outside 0..1', async () => {
    const ids = sampleIds(uniqueId('bad-review'));
    const doc = sampleDocument(ids) as Doc;
    Object.assign(doc.actors[0], { review: 'maybe' });
    Object.assign(doc.relations[0], { confidence: 1.5, rule: '' });
    const file = writeJson(dir, 'bad-review.json', doc);
    const run = await runLoader(['--accept-proposed', file]);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter((line) => line.startsWith(file))).toEqual([
      `${file}: actors[0].review: expected "proposed" or no review field, found "maybe"`,
      `${file}: relations[0].confidence: expected a number from 0 to 1, found 1.5`,
      `${file}: relations[0].rule: expected a non-empty string, found ""`,
    ]);
  });

  it('loads proposed items as unreviewed with --accept-proposed; a reviewed statement reviews them and a later draft does not unreview them', async () => {
    const ids = sampleIds(uniqueId('accepted'));
    const file = writeJson(dir, 'accepted.json', draft(ids));
    const run = await runLoader(['--accept-proposed', file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('load: validated 1 file(s): 1 document(s), 3 actor(s), 2 relation(s)');
    expect(await reviewState(ids)).toEqual({ [ids.alpha]: true, [ids.beta]: true, [ids.gamma]: false, NEGOTIATES_WITH: true, ATTACKS: false });

    // The same document once a person has checked it: no review marks.
    await loadPaths(connection.database, [writeJson(dir, 'accepted.json', sampleDocument(ids))], { baseDir: () => dir });
    const reviewed = { [ids.alpha]: true, [ids.beta]: true, [ids.gamma]: true, NEGOTIATES_WITH: true, ATTACKS: true };
    expect(await reviewState(ids)).toEqual(reviewed);

    await loadPaths(connection.database, [writeJson(dir, 'accepted.json', draft(ids))], { baseDir: () => dir, acceptProposed: true });
    expect(await reviewState(ids)).toEqual(reviewed);
  });
});
