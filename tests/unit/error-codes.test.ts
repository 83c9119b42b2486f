/**
 * One error vocabulary: every code is defined in src/errors/error-codes.ts and named elsewhere
 * through ERROR_CODES, and the reference page's table of codes is the module's, row for row.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { allErrorCodes } from '../../src/errors/error-codes';

const ROOT = join(__dirname, '..', '..');
const MODULE = join('src', 'errors', 'error-codes.ts');
const ERRORS_PAGE = join('docs', 'reference', 'limits-and-errors.md');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Every code property given a string literal, and every quoted known code, as `file:line: text`. */
function codeLiterals(files: readonly string[], codes: readonly string[]): string[] {
  const knownCode = new RegExp(`(['"\`])(${codes.join('|')})\\1`);
  const codeProperty = /\bcode\s*:\s*['"`]/;
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => (knownCode.test(line) || codeProperty.test(line) ? [`${relative(ROOT, file)}:${index + 1}: ${line.trim()}`] : [])),
  );
}

/** The reference page's table of codes, generated from the module. */
function codeTable(): string {
  const rows = allErrorCodes().map(([code, definition]) => `| \`${code}\` | ${definition.status} | ${definition.meaning} |`);
  return ['| code | HTTP status | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}

describe('error codes', () => {
  const codes = allErrorCodes().map(([code]) => code);

  it('are named as string literals nowhere in src/ but in their module', () => {
    const files = sourceFiles(join(ROOT, 'src')).filter((file) => relative(ROOT, file) !== MODULE);
    expect(files.length).toBeGreaterThan(50);
    expect(codeLiterals(files, codes)).toEqual([]);
  });

  it('the check finds a quoted code and a code property, so it can fail', () => {
    const dir = mkdtempSync(join(tmpdir(), 'error-codes-'));
    try {
      const probe = join(dir, 'probe.ts');
      writeFileSync(probe, ["if (code === 'NOT_FOUND') return;", 'const clean = ERROR_CODES.NOT_FOUND;', "throw new GraphQLError('x', { extensions: { code: 'ANYTHING' } });"].join('\n'));
      expect(codeLiterals([probe], codes).map((line) => line.slice(line.indexOf(':') + 1))).toEqual([
        "1: if (code === 'NOT_FOUND') return;",
        "3: throw new GraphQLError('x', { extensions: { code: 'ANYTHING' } });",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('are listed in the reference table, every one with its HTTP status and meaning', () => {
    const page = readFileSync(join(ROOT, ERRORS_PAGE), 'utf8');
    const table = codeTable();
    if (!page.includes(table)) throw new Error(`${ERRORS_PAGE} does not hold the table of error codes; it should read:\n\n${table}\n`);
  });
});
