/**
 * The configuration reference names every setting the config module reads, with the default the
 * module gives it, so the page cannot fall behind a new setting.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/doc-pages';

const SOURCE = readFileSync(join(PROJECT_ROOT, 'src', 'config', 'config.ts'), 'utf8');
const PAGE = readFileSync(join(PROJECT_ROOT, 'docs', 'reference', 'configuration.md'), 'utf8');

describe('the configuration reference', () => {
  const settings = [...new Set([...SOURCE.matchAll(/read\.\w+\('([A-Z0-9_]+)'(?:, ([^,)]+))?/g)].map((match) => match[1]))];
  const rows = PAGE.split('\n').filter((line) => line.startsWith('| `'));

  it('finds the settings', () => {
    expect(settings.length).toBeGreaterThan(50);
  });

  it.each(settings)('has a row for %s', (name) => {
    expect(rows.filter((row) => row.split('|')[1].includes(`\`${name}\``))).toHaveLength(1);
  });

  it.each([...SOURCE.matchAll(/read\.integer\('([A-Z0-9_]+)', ([\d_]+),/g)].map((match) => [match[1], match[2].replace(/_/g, '')]))(
    'gives %s its default %s',
    (name, fallback) => {
      const row = rows.find((line) => line.split('|')[1].includes(`\`${name}\``))!;
      const cells = row.split('|').map((cell) => cell.trim());
      const names = [...cells[1].matchAll(/`([A-Z0-9_]+)`/g)].map((match) => match[1]);
      const defaults = cells[2].replace(/`/g, '').split(',').map((value) => value.trim());
      expect(defaults[names.length === 1 ? 0 : names.indexOf(name)]).toBe(fallback);
    },
  );
});
