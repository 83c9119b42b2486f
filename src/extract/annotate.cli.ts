/**
 * `npm run annotate -- <text file|folder> [--title T] [--date YYYY[-MM[-DD]]] [--id slug]
 * [--out file.json|folder] [--offline]`: drafts annotations from raw text.
 *
 * One file: the draft goes to standard output (and nothing else does) or to `--out` (a file, or
 * an existing folder that takes `<name>.draft.json`). A folder:
 * every `.txt` in it is drafted in one run, each draft written as `<name>.draft.json` next to its
 * text or into the `--out` folder. The draft names its text by `textFile`, relative to where the
 * draft is written (to the working folder on standard output). Progress and warnings go to
 * standard error. Every input is checked before anything is written: on a bad one, nothing is.
 */
import { parseArgs } from 'node:util';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { loadConfig } from '../config/config';
import { errorMessage } from '../errors/error-message';
import { runCli } from '../cli/run-cli';
import { slugOf } from './actor-ids';
import { draftDocument } from './draft';
import { ExtractionResult, KnownActor } from './draft.types';
import { fetchGraphActors } from './graph-actors';
import { checkDocumentDate, readTextFile, TextInputError } from './text-input';

const USAGE = 'usage: npm run annotate -- <text file|folder> [--title T] [--date YYYY[-MM[-DD]]] [--id slug] [--out file.json|folder] [--offline]';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface Job {
  readonly textPath: string;
  readonly text: string;
  /** Where the draft goes; undefined for standard output. */
  readonly outPath: string | undefined;
}

function say(line: string): void {
  process.stderr.write(`annotate: ${line}\n`);
}

async function run(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      date: { type: 'string' },
      id: { type: 'string' },
      out: { type: 'string' },
      offline: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new TextInputError(`expected one text file or folder, found ${positionals.length}\n${USAGE}`);
  const config = loadConfig();
  const input = positionals[0];
  const date = values.date === undefined ? undefined : checkDocumentDate(values.date);
  if (values.id !== undefined && !SLUG.test(values.id)) {
    throw new TextInputError(`--id: expected a slug of lowercase letters, digits and inner hyphens, found '${values.id}'`);
  }
  const folder = statSync(input, { throwIfNoEntry: false })?.isDirectory() ?? false;
  if (folder && (values.id !== undefined || values.title !== undefined)) {
    throw new TextInputError('--id and --title name one document; a folder is drafted with ids and titles from each file');
  }
  const jobs = folder ? folderJobs(input, values.out, config.limits.maxExtractChars) : [fileJob(input, values.out, config.limits.maxExtractChars)];
  const knownActors = values.offline ? offline() : await graphActors(config);
  const started = Date.now();
  let words = 0;
  const failed: string[] = [];
  jobs.forEach((job, index) => {
    const textFile = relative(job.outPath === undefined ? process.cwd() : dirname(resolve(job.outPath)), resolve(job.textPath)).split('\\').join('/');
    const stem = basename(job.textPath, extname(job.textPath));
    let result: ExtractionResult;
    try {
      result = draftDocument(job.text, {
        knownActors,
        textFile,
        ...(date !== undefined ? { date } : {}),
        ...(values.title !== undefined ? { title: values.title } : {}),
        id: values.id ?? slugOf(stem),
      });
    } catch (error) {
      // The text passed every check, so this is the drafter's fault: name the text, go on with the others.
      failed.push(job.textPath);
      say(`${index + 1}/${jobs.length} ${job.textPath}: the drafter failed on this text (${errorMessage(error)}); nothing was written for it. This is a fault of actorgraph, not of the text: please report it with the text attached`);
      return;
    }
    words += job.text.split(/\s+/).length;
    const json = `${JSON.stringify(result.annotation, null, 2)}\n`;
    if (job.outPath === undefined) process.stdout.write(json);
    else writeFileSync(job.outPath, json);
    for (const warning of result.warnings) say(`${job.textPath}: ${warning}`);
    const { actors, relations } = result.annotation;
    const linked = actors.filter((actor) => actor.review === undefined).length;
    say(`${index + 1}/${jobs.length} ${job.textPath}: ${actors.length} actors (${linked} linked to the graph), ${relations.length} proposed relations${job.outPath === undefined ? '' : ` → ${job.outPath}`}`);
  });
  const seconds = Math.max((Date.now() - started) / 1000, 0.001);
  const drafted = jobs.length - failed.length;
  say(`drafted ${drafted} text(s), ${words} words in ${seconds.toFixed(2)} s; review the proposed items, then load with --accept-proposed`);
  if (failed.length === 0) return 0;
  say(`annotate: the drafter failed on ${failed.length} text(s): ${failed.join(', ')}`);
  return 1;
}

function fileJob(file: string, out: string | undefined, maxChars: number): Job {
  const text = readTextFile(file, maxChars);
  // An existing folder as --out takes the draft under the text's name.
  const intoFolder = out !== undefined && (statSync(out, { throwIfNoEntry: false })?.isDirectory() ?? false);
  return { textPath: file, text, outPath: intoFolder ? join(out, draftName(file)) : out };
}

function draftName(textPath: string): string {
  return `${basename(textPath, extname(textPath))}.draft.json`;
}

/** Every `.txt` of the folder, all read and checked before any draft is written. */
function folderJobs(folder: string, out: string | undefined, maxChars: number): Job[] {
  const files = readdirSync(folder)
    .filter((name) => extname(name).toLowerCase() === '.txt')
    .sort();
  if (files.length === 0) throw new TextInputError(`${folder}: expected a folder holding .txt files, found none`);
  if (out !== undefined) mkdirSync(out, { recursive: true });
  return files.map((name) => {
    const textPath = join(folder, name);
    return { textPath, text: readTextFile(textPath, maxChars), outPath: join(out ?? folder, draftName(name)) };
  });
}

function offline(): KnownActor[] {
  say('offline: drafting from the text alone');
  return [];
}

async function graphActors(config: ReturnType<typeof loadConfig>): Promise<KnownActor[]> {
  const graph = await fetchGraphActors(config);
  if (!graph.reached) {
    say(`the graph at ${graph.uri} cannot be reached (${graph.reason}); drafting from the text alone`);
    return [];
  }
  say(`linking against the ${graph.actors.length} actors of the graph at ${graph.uri}`);
  return graph.actors;
}

runCli('annotate', async () => {
  try {
    return await run(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof TextInputError) && !(error instanceof TypeError)) throw error;
    say(`${errorMessage(error)}\nannotate: nothing was written`);
    return 1;
  }
});
