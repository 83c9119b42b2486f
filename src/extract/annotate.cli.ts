/**
 * `npm run annotate -- <text file|folder> [--title T] [--date YYYY[-MM[-DD]]] [--id slug]
 * [--out file.json|folder] [--offline] [--submit address]`: drafts annotations from raw text.
 *
 * One file: the draft goes to standard output (and nothing else does) or to `--out` (a file, or
 * an existing folder that takes `<name>.draft.json`). A folder:
 * every `.txt` in it is drafted in one run, each draft written as `<name>.draft.json` next to its
 * text or into the `--out` folder. The draft names its text by `textFile`, relative to where the
 * draft is written (to the working folder on standard output). Progress and warnings go to
 * standard error, with the time left for a folder; the parser's loading too (the command waits for
 * it). Every input is checked before anything is written: on a bad one, nothing is.
 * `--submit` also sends each draft to a running service's review queue (see submit-draft.ts) and
 * prints the page that reviews it. A folder is spread over every parser of PARSER_URL: its texts
 * parse as many at once as the parsers have slots, and are drafted and written in order.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { loadConfig } from '../config/config';
import { errorMessage } from '../errors/error-message';
import { commandLine, runCommand } from '../cli/command-line';
import { slugOf } from './actor-ids';
import { draftWithinFormat } from './draft';
import { parseForDrafting } from './text-shape';
import { parsesAhead } from './parses-ahead';
import { connectParserForCommand } from '../parser/connect-parser';
import { TextParser } from '../parser/parse.types';
import { ExtractionResult, KnownActor } from './draft.types';
import { fetchGraphActors } from './graph-actors';
import { submitDraft, SubmitInputError, submitTarget, SubmitTarget } from './submit-draft';
import { checkDocumentDate, readTextFile, TextInputError } from './text-input';

const command = commandLine(
  'annotate',
  'Drafts annotations from raw news text: one .txt file, or every .txt of a folder. The draft of one file goes to standard output or --out; a folder\'s drafts are written beside their texts or into the --out folder. Progress and warnings go to standard error.',
  'PARSER_URL (else a local parser starts), NEO4J_URI (the actors to link to), MAX_EXTRACT_CHARS',
)
  .argument('<text>', 'a .txt file or a folder of them')
  .option('--title <title>', "the document's title (one file only; default: its first line)")
  .option('--date <date>', "the document's date, YYYY[-MM[-DD]]")
  .option('--id <slug>', "the document's id (one file only; default: from the file's name)")
  .option('--out <path>', 'a file for one draft, or a folder for the drafts')
  .option('--offline', "link to no graph: every actor is new", false)
  .option('--submit <address>', "send each draft to a running service's review queue (the link npm start prints)");
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

async function run(parsed: typeof command): Promise<number> {
  const values = parsed.opts<{ title?: string; date?: string; id?: string; out?: string; offline: boolean; submit?: string }>();
  const config = loadConfig();
  const input = parsed.processedArgs[0] as string;
  const date = values.date === undefined ? undefined : checkDocumentDate(values.date);
  if (values.id !== undefined && !SLUG.test(values.id)) {
    throw new TextInputError(`--id: expected a slug of lowercase letters, digits and inner hyphens, found '${values.id}'`);
  }
  const folder = statSync(input, { throwIfNoEntry: false })?.isDirectory() ?? false;
  if (folder && (values.id !== undefined || values.title !== undefined)) {
    throw new TextInputError('--id and --title name one document; a folder is drafted with ids and titles from each file');
  }
  const target = values.submit === undefined ? null : submitTarget(values.submit, config.apiKeys);
  const jobs = folder ? folderJobs(input, values.out, config.limits.maxExtractChars) : [fileJob(input, values.out, config.limits.maxExtractChars)];
  const knownActors = values.offline ? offline() : await graphActors(config);
  // The parser starts only once every input passed its checks; it says on standard error while it loads.
  const connection = connectParserForCommand(config.parser, say);
  try {
    // As many texts parse at once as the parsers have slots, so a folder is spread over every PARSER_URL.
    return await draftJobs(jobs, knownActors, connection.parser, connection.slots, target, { date, title: values.title, id: values.id });
  } finally {
    await connection.close();
  }
}

async function draftJobs(
  jobs: readonly Job[],
  knownActors: readonly KnownActor[],
  parser: TextParser,
  ahead: number,
  target: SubmitTarget | null,
  values: { readonly date: string | undefined; readonly title: string | undefined; readonly id: string | undefined },
): Promise<number> {
  const { date } = values;
  const started = Date.now();
  let words = 0;
  const failed: string[] = [];
  const parses = parsesAhead(jobs.length, (index) => parseForDrafting(parser, jobs[index].text), ahead);
  for (const [index, job] of jobs.entries()) {
    const textFile = relative(job.outPath === undefined ? process.cwd() : dirname(resolve(job.outPath)), resolve(job.textPath)).split('\\').join('/');
    const stem = basename(job.textPath, extname(job.textPath));
    // A parser that cannot answer stops the run with its own message: no later text would fare better.
    const parsed = await parses.take(index);
    let result: ExtractionResult;
    try {
      result = draftWithinFormat(job.text, parsed, {
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
      continue;
    }
    words += job.text.split(/\s+/).length;
    const json = `${JSON.stringify(result.annotation, null, 2)}\n`;
    if (job.outPath === undefined) process.stdout.write(json);
    else writeFileSync(job.outPath, json);
    for (const warning of result.warnings) say(`${job.textPath}: ${warning}`);
    const { actors, relations } = result.annotation;
    const linked = actors.filter((actor) => actor.review === undefined).length;
    say(`${index + 1}/${jobs.length} ${job.textPath}: ${actors.length} actors (${linked} linked to the graph), ${relations.length} proposed relations${job.outPath === undefined ? '' : ` → ${job.outPath}`}${timeLeft(started, index + 1, jobs.length)}`);
    if (target !== null && !(await submitted(target, result, job, `${index + 1}/${jobs.length}`))) failed.push(job.textPath);
  }
  const seconds = Math.max((Date.now() - started) / 1000, 0.001);
  const drafted = jobs.length - failed.length;
  const next = target === null ? 'review the proposed items, then load with --accept-proposed' : `review them at ${target.serviceUrl}/review`;
  say(`drafted ${drafted} text(s), ${words} words in ${seconds.toFixed(2)} s; ${next}`);
  if (failed.length === 0) return 0;
  say(`annotate: ${failed.length} text(s) failed: ${failed.join(', ')}`);
  return 1;
}

/** Sends one draft to the queue and says where it is; false (said why) when the service refused it. */
async function submitted(target: SubmitTarget, result: ExtractionResult, job: Job, progress: string): Promise<boolean> {
  try {
    const { reviewUrl } = await submitDraft(target, result.annotation, job.text);
    say(`${progress} ${job.textPath}: submitted for review → ${reviewUrl}`);
    return true;
  } catch (error) {
    say(`${progress} ${job.textPath}: not submitted: ${errorMessage(error)}; the draft file is kept`);
    return false;
  }
}

/** ", about 40 s left" from the pace so far, once there is a pace and at least a second left. */
function timeLeft(started: number, done: number, total: number): string {
  if (done >= total) return '';
  const seconds = Math.round(((Date.now() - started) / done) * (total - done) / 1000);
  return seconds < 1 ? '' : `, about ${seconds} s left`;
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

runCommand('annotate', command, async (parsed) => {
  try {
    return await run(parsed as typeof command);
  } catch (error) {
    if (!(error instanceof TextInputError) && !(error instanceof SubmitInputError) && !(error instanceof TypeError)) throw error;
    say(`${errorMessage(error)}\nannotate: nothing was written`);
    return 1;
  }
});
