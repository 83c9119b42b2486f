import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countGraph, GraphCounts } from '../../src/graph/ingest.repository';
import { Connection } from '../../src/neo4j/connect';
import { sampleDocument, sampleIds, writeJson } from '../support/annotations';
import { openTestConnection, uniqueId } from '../support/database';
import { writeGeneratedJsonl } from '../support/generated-annotation';
import { checkQuotesAfterEach } from '../support/quotes';

const CLI = join(__dirname, '..', '..', 'dist', 'src', 'loader', 'load.cli.js');

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run load`'s program; `onStdout` may kill it. */
function runLoader(args: string[], env: Record<string, string> = {}, onStdout?: (text: string, kill: () => void) => void): Promise<Run> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      onStdout?.(stdout, () => child.kill('SIGKILL'));
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code, signal) => resolveRun({ code, signal, stdout, stderr }));
  });
}

describe('npm run load', () => {
  let connection: Connection;
  const dir = mkdtempSync(join(tmpdir(), 'load-cli-'));
  beforeAll(async () => {
    connection = await openTestConnection();
  });
  afterAll(() => connection.close());
  checkQuotesAfterEach(() => connection.database);
  const counts = (): Promise<GraphCounts> => connection.database.read(countGraph);

  type Doc = { document: Record<string, unknown>; actors: Record<string, unknown>[]; relations: Record<string, unknown>[] };
  const broken: [string, (doc: Doc) => unknown, string][] = [
    ['bad JSON', () => '{"document": {"id": "x",', 'document.json: (file): expected valid JSON, found '],
    ['an unknown actor', (doc) => (doc.relations[0].from = 'nobody'), "relations[0].from: expected the id of an actor declared in document"],
    ['an unknown relation type', (doc) => (doc.relations[1].type = 'BEFRIENDS'), 'relations[1].type: expected one of NEGOTIATES_WITH'],
    ['a bad date', (doc) => (doc.relations[0].time = '2021-13'), "relations[0].time: expected a month from 01 to 12, found '2021-13'"],
    ['a quote not in the text', (doc) => (doc.relations[1].evidence = [{ quote: 'Beta Group never attacked' }]), 'relations[1].evidence[0].quote: expected a quote that occurs verbatim in the text'],
    ['a duplicate id', (doc) => (doc.actors[1].id = doc.actors[0].id), 'actors[1].id: expected an id not used by another actor of this document'],
  ];

  it.each(broken)('refuses a file with %s, names file and field, exits 1 and writes nothing', async (_name, breakIt, message) => {
    const doc = sampleDocument(sampleIds(uniqueId('cli'))) as Doc;
    const content = breakIt(doc);
    const file = writeJson(dir, 'document.json', typeof content === 'string' && content.startsWith('{') ? content : doc);
    const before = await counts();
    const run = await runLoader([file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}: ${message.replace('document.json: ', '')}`);
    expect(run.stderr).toMatch(/load: nothing was written \(\d+ problem\(s\)\)/);
    expect(await counts()).toEqual(before);
  });

  it('loads a valid file and prints a summary', async () => {
    const ids = sampleIds(uniqueId('cli-ok'));
    const file = writeJson(dir, 'good.json', sampleDocument(ids));
    const run = await runLoader([file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('load: validated 1 file(s): 1 document(s), 3 actor(s), 2 relation(s)');
    expect(run.stdout).toMatch(/load: loaded 1 document\(s\) from 1 file\(s\) in [\d.]+ s: actors 3 created, 0 updated; relations 2 created, 0 updated; 6 quotes/);
  });

  it('leaves the graph unchanged when the loader is killed (SIGKILL) in the middle of a large load', async () => {
    const prefix = uniqueId('killed');
    const file = join(dir, 'large.jsonl');
    await writeGeneratedJsonl(file, prefix, 2_000, 40_000);
    const before = await counts();
    let killedAfter = '';
    const run = await runLoader([file], { LOAD_BATCH_SIZE: '100' }, (stdout, kill) => {
      const progress = /wrote (\d+) of 40000 relations/.exec(stdout);
      if (progress && killedAfter === '') {
        killedAfter = progress[1];
        kill();
      }
    });
    expect(run.signal).toBe('SIGKILL');
    expect(Number(killedAfter)).toBeGreaterThan(0);
    expect(run.stdout).not.toContain('load: loaded');
    expect(await counts()).toEqual(before);
    const [leftovers] = await connection.database.read((runner) =>
      runner.run<{ n: number }>('MATCH (a:Actor) WHERE a.id STARTS WITH $prefix RETURN count(a) AS n', { prefix }),
    );
    expect(leftovers.n).toBe(0);
  }, 120_000);
});
