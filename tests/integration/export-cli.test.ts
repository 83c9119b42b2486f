/**
 * `npm run export`'s program against the test Neo4j: a neighbourhood (under a unique id prefix)
 * to a file and to standard output, the same bytes as the service's, and bad options refused.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { loadPaths } from '../../src/loader/loader';
import { sampleDocument, sampleIds, writeJson } from '../support/annotations';
import { openTestConnection, uniqueId } from '../support/database';

const CLI = join(__dirname, '..', '..', 'dist', 'src', 'export', 'export.cli.js');

function runExport(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolveRun({ code, stdout, stderr }));
  });
}

describe('npm run export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'export-cli-'));
  const ids = sampleIds(uniqueId('cli'));
  beforeAll(async () => {
    const connection = await openTestConnection();
    try {
      await loadPaths(connection.database, [writeJson(dir, 'sample.json', sampleDocument(ids))]);
    } finally {
      await connection.close();
    }
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a neighbourhood to a file, and the same bytes to standard output without --out', async () => {
    const out = join(dir, 'edges.csv');
    const toFile = await runExport(['--format', 'edges.csv', '--actorId', ids.beta, '--out', out]);
    expect([toFile.code, toFile.stdout, toFile.stderr]).toEqual([0, '', '']);
    const rows: Record<string, string>[] = parseCsv(readFileSync(out, 'utf8'), { columns: true });
    expect(rows.map((row) => [row.Source, row.Relation, row.Target, row.Time, row.Place])).toEqual([
      [ids.alpha, 'NEGOTIATES_WITH', ids.beta, '2021', 'Paris'],
      [ids.beta, 'ATTACKS', ids.gamma, '', ''],
    ]);
    const toStdout = await runExport(['--format', 'edges.csv', '--actorId', ids.beta]);
    expect([toStdout.code, toStdout.stdout]).toEqual([0, readFileSync(out, 'utf8')]);
  }, 120_000);

  it('gives a graph written before degrees were stored its degrees before it exports', async () => {
    const connection = await openTestConnection();
    try {
      const actors = [ids.alpha, ids.beta, ids.gamma];
      await connection.database.write((runner) => runner.run('UNWIND $actors AS id MATCH (a:Actor {id: id}) REMOVE a.degree', { actors }));
      // Nothing records a backfill, as in a graph from before: the whole test graph is counted again, to the same values.
      await connection.database.write((runner) => runner.run("MATCH (m:Analytics {id: 'degree'}) DELETE m"));
      const run = await runExport(['--format', 'nodes.csv', '--actorId', ids.beta]);
      expect([run.code, run.stderr]).toEqual([0, '']);
      const rows: Record<string, string>[] = parseCsv(run.stdout, { columns: true });
      expect(Object.fromEntries(rows.map((row) => [row.Id, row.Degree]))).toEqual({ [ids.alpha]: '1', [ids.beta]: '2', [ids.gamma]: '1' });
    } finally {
      await connection.close();
    }
  }, 120_000);

  it('refuses bad options before reading anything, each problem on its own line', async () => {
    const run = await runExport(['--format', 'svg', '--until', '2020-02-30']);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toMatch(
      /^export: format: expected one of graphml, gexf, edges.csv, nodes.csv, found 'svg'\nexport: until: expected a day that exists in 2020-02, found '2020-02-30'\n\nUsage: npm run export -- \[options\]\n/,
    );
  });

  it('names an unknown actor', async () => {
    const run = await runExport(['--format', 'gexf', '--actorId', `${ids.alpha}-nobody`]);
    expect([run.code, run.stderr]).toEqual([1, `export: no actor has the id '${ids.alpha}-nobody'\n`]);
  }, 120_000);
});
