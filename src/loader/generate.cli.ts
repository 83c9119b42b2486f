/**
 * `npm run generate -- --actors N --relations M --seed S [--out generated] [--per-document 1000]`:
 * writes a reproducible corpus in the loader's `.jsonl` layout, one document a file; load it with
 * `npm run load -- <out>`.
 */
import { generateCorpus } from './generate';

function option(name: string, fallback: number | string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] !== undefined ? process.argv[index + 1] : String(fallback);
}

function whole(name: string, fallback: number): number {
  const value = Number(option(name, fallback));
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`generate: --${name}: expected a whole number from 1, found '${option(name, fallback)}'\n`);
    process.exit(2);
  }
  return value;
}

const actors = whole('actors', 1_000);
const relations = whole('relations', 10_000);
const started = Date.now();
let lastReport = started;
generateCorpus({
  actors,
  relations,
  seed: whole('seed', 1),
  relationsPerDocument: whole('per-document', 1_000),
  outDir: option('out', 'generated'),
  onProgress: (written) => {
    const now = Date.now();
    if (now - lastReport < 2_000 && written < relations) return;
    lastReport = now;
    const rate = written / Math.max((now - started) / 1000, 0.001);
    process.stdout.write(`generate: ${written} of ${relations} relations (${Math.round((100 * written) / relations)}%, about ${Math.round((relations - written) / rate)} s left)\n`);
  },
})
  .then((files) => process.stdout.write(`generate: wrote ${files.length} file(s) to ${option('out', 'generated')} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`))
  .catch((error: unknown) => {
    process.stderr.write(`generate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
