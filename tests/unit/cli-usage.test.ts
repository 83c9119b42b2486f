/**
 * Every command of package.json answers as a command-line tool should: `--help` prints its usage
 * and exits 0; an argument it does not know prints what was wrong and the usage and exits 2. The
 * commands are read from package.json, so a new one is checked without being listed here. They run
 * as built (the test script builds first) and are refused or helped before they connect to anything.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** Each script that runs one of our built entry points, with that entry point. */
const COMMANDS = Object.entries(scripts).flatMap(([name, line]) => {
  const entry = /(?:^|&& )node (dist\/\S+\.js)$/.exec(line)?.[1];
  return entry === undefined ? [] : [[name, entry] as const];
});

function runBuilt(entry: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(ROOT, entry), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    // Nothing here may reach a database or a parser: an address nobody listens on would only slow a mistake down.
    env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', PARSER_URL: 'http://127.0.0.1:1' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the commands of package.json', () => {
  it('are found (start, load, export and the others)', () => {
    expect(COMMANDS.map(([name]) => name)).toEqual(expect.arrayContaining(['start', 'load', 'export', 'annotate', 'eval:extract', 'generate', 'bench', 'bench:soak']));
  });

  it.each(COMMANDS)('%s answers --help with its usage and exits 0', (name, entry) => {
    const run = runBuilt(entry, ['--help']);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(new RegExp(`^Usage: npm run ${name.replace(':', '\\:')} -- `));
    expect(run.stdout).toContain('-h, --help');
  });

  it.each(COMMANDS)('%s refuses an option it does not know with the usage and exits 2', (_name, entry) => {
    const run = runBuilt(entry, ['--no-such-option']);
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toMatch(/error: (unknown option '--no-such-option'|required option)/);
    expect(run.stderr).toContain('Usage: npm run ');
  });
});
