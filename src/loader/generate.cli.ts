/**
 * `npm run generate -- --actors N --relations M --seed S [--out generated] [--per-document 1000]`:
 * writes a reproducible corpus in the loader's `.jsonl` layout, one document a file; load it with
 * `npm run load -- <out>`.
 */
import { progressReporter } from './progress';
import { runCli } from '../cli/run-cli';
import { generateCorpus } from './generate';

function option(name: string, fallback: number | string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] !== undefined ? process.argv[index + 1] : String(fallback);
}

function whole(name: string, fallback: number): number {
  const value = Number(option(name, fallback));
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name}: expected a whole number from 1, found '${option(name, fallback)}'`);
  return value;
}

runCli('generate', async () => {
  const actors = whole('actors', 1_000);
  const relations = whole('relations', 10_000);
  const outDir = option('out', 'generated');
  const started = Date.now();
  const files = await generateCorpus({
    actors,
    relations,
    seed: whole('seed', 1),
    relationsPerDocument: whole('per-document', 1_000),
    outDir,
    onProgress: progressReporter(relations, 'relations', 'wrote', (line) => process.stdout.write(`generate: ${line}\n`)),
  });
  process.stdout.write(`generate: wrote ${files.length} file(s) to ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
});
