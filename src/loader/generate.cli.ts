/**
 * `npm run generate -- --actors N --relations M --seed S [--out generated] [--per-document 1000]`:
 * writes a reproducible corpus in the loader's `.jsonl` layout, one document a file; load it with
 * `npm run load -- <out>`.
 */
import { progressReporter } from './progress';
import { commandLine, runCommand, wholeNumber } from '../cli/command-line';
import { generateCorpus } from './generate';

const command = commandLine('generate', "Writes a reproducible generated corpus in the loader's .jsonl layout, one document a file.")
  .option('--actors <n>', 'how many actors', wholeNumber(1), 1_000)
  .option('--relations <n>', 'how many relations', wholeNumber(1), 10_000)
  .option('--seed <n>', 'the random seed (the same seed writes the same corpus)', wholeNumber(1), 1)
  .option('--per-document <n>', 'relations per document', wholeNumber(1), 1_000)
  .option('--out <folder>', 'where to write', 'generated');

runCommand('generate', command, async () => {
  const { actors, relations, seed, perDocument, out: outDir } = command.opts<{ actors: number; relations: number; seed: number; perDocument: number; out: string }>();
  const started = Date.now();
  const files = await generateCorpus({
    actors,
    relations,
    seed,
    relationsPerDocument: perDocument,
    outDir,
    onProgress: progressReporter(relations, 'relations', 'wrote', (line) => process.stdout.write(`generate: ${line}\n`)),
  });
  process.stdout.write(`generate: wrote ${files.length} file(s) to ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
});
