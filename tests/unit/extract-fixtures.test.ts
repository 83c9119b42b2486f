/**
 * The hand annotations the extraction rules are scored against (the held-out texts of
 * tests/fixtures/extract, and those of its tuning folder) are annotations like any other: the loader must accept each as it
 * stands, every quote verbatim in its text, so a score never rests on a gold the graph would refuse.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openSource } from '../../src/loader/annotation-source';
import { documentBaseDir } from '../../src/loader/annotation.validate';
import { LoadValidationError } from '../../src/loader/load-errors';
import { validateSources } from '../../src/loader/load-validation';

const FOLDER = join(__dirname, '..', 'fixtures', 'extract');
const TUNING = join(FOLDER, 'tuning');
const goldsIn = (folder: string): string[] =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort();
const HELD_OUT = goldsIn(FOLDER);
const GOLDS = [...HELD_OUT.map((name) => join(FOLDER, name)), ...goldsIn(TUNING).map((name) => join(TUNING, name))];

async function problemsOf(file: string): Promise<string[]> {
  try {
    await validateSources([openSource(file)], { baseDir: (source) => documentBaseDir(source.file) });
    return [];
  } catch (error) {
    if (error instanceof LoadValidationError) return [...error.problems];
    throw error;
  }
}

describe('the held-out gold annotations', () => {
  it('are at least seven texts held out from tuning', () => {
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(7);
  });

  it.each(GOLDS)('%s passes the loader validation', async (file) => {
    expect(await problemsOf(file)).toEqual([]);
  });
});
