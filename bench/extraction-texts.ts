/**
 * Texts for the extraction row of the benchmark: the corpus generator's documents (the same
 * deterministic style: a sentence a relation, names from syllables) written out as plain `.txt`
 * files of about a thousand words each, as a researcher's folder of articles would be.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../src/loader/generate';

/** About 8 words a generated sentence: 120 sentences make an article of about 1,000 words. */
const RELATIONS_PER_TEXT = 120;

export interface GeneratedTexts {
  readonly dir: string;
  readonly files: number;
  readonly words: number;
}

/** The words of a text, as the extraction row counts them. */
export function wordsOf(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

export async function generatedTexts(root: string, count: number): Promise<GeneratedTexts> {
  const base = join(root, 'generated', `extract-${count}`);
  const dir = join(base, 'texts');
  if (!existsSync(dir)) {
    const corpus = await generateCorpus({ actors: 2_000, relations: count * RELATIONS_PER_TEXT, seed: 12, relationsPerDocument: RELATIONS_PER_TEXT, outDir: join(base, 'annotations') });
    mkdirSync(dir, { recursive: true });
    for (const file of corpus) {
      const [first] = readFileSync(file, 'utf8').split('\n', 1);
      const { document } = JSON.parse(first) as { document: { id: string; text: string } };
      writeFileSync(join(dir, `${document.id}.txt`), `${document.text}\n`);
    }
  }
  let words = 0;
  const names = readdirSync(dir).filter((name) => name.endsWith('.txt'));
  for (const name of names) words += wordsOf(readFileSync(join(dir, name), 'utf8'));
  return { dir, files: names.length, words };
}
