/**
 * `npm run eval:extract [-- --verbose] [files.json...]`: drafts each hand-annotated text and
 * scores the draft against the hand annotation (see evaluate.ts), printing Markdown tables.
 *
 * By default: the seed document, drafted twice (from its text alone, and with the gold's own
 * actors passed as the graph's, which measures the relation rules with perfect entity linking),
 * then each text of tests/fixtures/extract, a held-out set the rules are not tuned on, and each of
 * its `tuning` folder, texts written to tune the rules on beside the seed, all from their text
 * alone; each set pooled on its own, so that the held-out score is never flattered by tuning.
 * Reads files only; writes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { errorMessage } from '../errors/error-message';
import { runCli } from '../cli/run-cli';
import { RelationType } from '../graph/vocabulary';
import { draftDocument } from './draft';
import { KnownActor } from './draft.types';
import { evaluateDraft, Evaluation, ScoredAnnotation } from './evaluate';

const SEED = 'seeds/iraq-coalition-talks.json';
const HELD_OUT = 'tests/fixtures/extract';
const TUNING = join(HELD_OUT, 'tuning');

interface GoldFile extends ScoredAnnotation {
  readonly document: { readonly id: string; readonly title: string; readonly date?: string; readonly textFile?: string; readonly text?: string };
  readonly actors: ReadonlyArray<KnownActor>;
}

function readGold(file: string): { gold: GoldFile; text: string } {
  let gold: GoldFile;
  try {
    gold = JSON.parse(readFileSync(file, 'utf8')) as GoldFile;
  } catch (error) {
    throw new Error(`${file}: expected an annotation in JSON, found: ${errorMessage(error)}`);
  }
  const text = gold.document.text ?? readFileSync(join(dirname(file), gold.document.textFile ?? ''), 'utf8');
  return { gold, text };
}

function percent(value: number | null): string {
  return value === null ? '–' : `${Math.round(value * 100)}%`;
}

function table(evaluation: Evaluation): string {
  const rows = evaluation.byType.map(
    (score) => `| ${score.type} | ${score.gold} | ${score.drafted} | ${score.correct} | ${percent(score.precision)} | ${percent(score.recall)} |`,
  );
  const all = evaluation.relations;
  return [
    `actor recall: ${percent(evaluation.actorRecall)} (${evaluation.actorsFound} of ${evaluation.goldActors})`,
    '',
    '| relation type | gold | drafted | right | precision | recall |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    `| **all** | ${all.gold} | ${all.drafted} | ${all.correct} | ${percent(all.precision)} | ${percent(all.recall)} |`,
  ].join('\n');
}

function details(evaluation: Evaluation): string {
  return [
    `missed actors: ${evaluation.missedActors.join(', ') || 'none'}`,
    'wrong relations:',
    ...evaluation.wrongRelations.map((key) => `  ${key}`),
    'missed relations:',
    ...evaluation.missedRelations.map((key) => `  ${key}`),
  ].join('\n');
}

function evaluateFile(file: string, knownActors: readonly KnownActor[], label: string, verbose: boolean): Evaluation {
  const { gold, text } = readGold(file);
  const draft = draftDocument(text, { knownActors, ...(gold.document.date !== undefined ? { date: gold.document.date } : {}), title: gold.document.title });
  const evaluation = evaluateDraft(gold, draft.annotation);
  process.stdout.write(`\n### ${gold.document.id}: ${label}\n\n${table(evaluation)}\n`);
  if (verbose) process.stdout.write(`\n${details(evaluation)}\n`);
  return evaluation;
}

/** The hand-annotated texts of a folder (not of its subfolders). */
function goldFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(folder, name));
}

/** Micro-averaged over several evaluations. */
function pooled(label: string, evaluations: readonly Evaluation[]): string {
  const sum = (pick: (evaluation: Evaluation) => number): number => evaluations.reduce((total, evaluation) => total + pick(evaluation), 0);
  const goldActors = sum((e) => e.goldActors);
  const found = sum((e) => e.actorsFound);
  const gold = sum((e) => e.relations.gold);
  const drafted = sum((e) => e.relations.drafted);
  const correct = sum((e) => e.relations.correct);
  const types = new Set<RelationType>(evaluations.flatMap((e) => e.byType.map((score) => score.type)));
  return [
    `${label}, pooled over ${evaluations.length} texts: actor recall ${percent(found / goldActors)} (${found} of ${goldActors}); relations ${correct} right of ${drafted} drafted and ${gold} in the gold: precision ${percent(drafted === 0 ? null : correct / drafted)}, recall ${percent(gold === 0 ? null : correct / gold)} over ${types.size} relation types`,
  ].join('\n');
}

async function run(argv: readonly string[]): Promise<number> {
  const verbose = argv.includes('--verbose');
  const files = argv.filter((arg) => !arg.startsWith('--'));
  if (files.length > 0) {
    for (const file of files) evaluateFile(file, [], 'from the text alone', verbose);
    return 0;
  }
  const { gold } = readGold(SEED);
  evaluateFile(SEED, [], 'from the text alone (the headline)', verbose);
  evaluateFile(SEED, gold.actors, "with the gold's actors as the graph's", verbose);
  const tuning = goldFiles(TUNING).map((file) => evaluateFile(file, [], 'tuned on, from the text alone', verbose));
  const heldOut = goldFiles(HELD_OUT).map((file) => evaluateFile(file, [], 'held out, from the text alone', verbose));
  process.stdout.write(`\n${pooled('tuned on', tuning)}\n${pooled('held out', heldOut)}\n`);
  return 0;
}

runCli('eval:extract', () => run(process.argv.slice(2)));
