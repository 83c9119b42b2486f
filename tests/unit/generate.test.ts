import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSource } from '../../src/loader/annotation-source';
import { documentBaseDir } from '../../src/loader/annotation.validate';
import { generateCorpus } from '../../src/loader/generate';
import { validateSources } from '../../src/loader/load-validation';

async function generate(seed: number): Promise<string[]> {
  return generateCorpus({ actors: 300, relations: 3_000, seed, relationsPerDocument: 1_000, outDir: mkdtempSync(join(tmpdir(), 'generate-')) });
}

const digest = (files: string[]): string => createHash('sha256').update(files.map((file) => readFileSync(file)).join('\n')).digest('hex');

describe('the corpus generator', () => {
  it('writes the same bytes for the same seed, and other bytes for another', async () => {
    const first = await generate(7);
    expect(first).toHaveLength(3);
    expect(digest(await generate(7))).toBe(digest(first));
    expect(digest(await generate(8))).not.toBe(digest(first));
  });

  it("writes files that pass the loader's validation in full", async () => {
    const files = await generate(11);
    const report = await validateSources(files.map(openSource), { baseDir: (source) => documentBaseDir(source.file) });
    expect(report).toMatchObject({ problems: [], documents: 3, relations: 3_000 });
  });

  it('gives heavy-tailed degrees: a few hubs, many actors with few relations', async () => {
    const files = await generate(13);
    const degrees = new Map<string, number>();
    for (const file of files) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.startsWith('{"relation"')) continue;
        const { relation } = JSON.parse(line) as { relation: { from: string; to: string } };
        for (const id of [relation.from, relation.to]) degrees.set(id, (degrees.get(id) ?? 0) + 1);
      }
    }
    const sorted = [...degrees.values()].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    expect(sorted[sorted.length - 1]).toBeGreaterThan(20 * median);
  });
});
