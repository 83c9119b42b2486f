/**
 * `npm run eval:extract [-- --verbose] [files.json...]`: drafts each hand-annotated text through
 * the parser and scores the draft against the hand annotation (evaluate.ts, eval-pools.ts),
 * printing Markdown tables.
 *
 * By default: the seed document, drafted twice (from its text alone, and with the gold's own
 * actors passed as the graph's, which measures the relation rules with perfect entity linking),
 * then each text of the tuning pool and of the held-out pool, all from their text alone; each
 * pool's total and each relation type's, pooled apart, so that the held-out score is never
 * flattered by tuning. `--verbose` lists each text's missed actors and wrong and missed relations.
 * Reads files only; writes nothing. Waits for the parser to load, and says so on standard error.
 * Exits 1, naming each, when a pool falls below its floor (`EVAL_FLOORS`).
 */
import { loadConfig } from '../config/config';
import { commandLine, runCommand } from '../cli/command-line';
import { connectParserForCommand } from '../parser/connect-parser';
import { TextParser } from '../parser/parse.types';
import { Evaluation } from './evaluate';
import { belowFloor, EVAL_FLOORS, evaluateFile, goldFiles, HELD_OUT_FOLDER, percent, poolScore, PoolScore, readGold, SEED_GOLD, TUNING_FOLDER } from './eval-pools';

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

function poolTable(label: string, score: PoolScore): string {
  const rate = (right: number, of: number): string => percent(of === 0 ? null : right / of);
  return [
    `### ${label}, pooled over ${score.texts} texts`,
    '',
    `actor recall: ${percent(score.actorRecall)} (${score.actorsFound} of ${score.goldActors}); relations ${score.correct} right of ${score.drafted} drafted and ${score.gold} in the gold: precision ${percent(score.precision)}, recall ${percent(score.recall)}`,
    '',
    '| relation type | gold | drafted | right | precision | recall |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...score.byType.map((type) => `| ${type.type} | ${type.gold} | ${type.drafted} | ${type.correct} | ${rate(type.correct, type.drafted)} | ${rate(type.correct, type.gold)} |`),
    `| **all** | ${score.gold} | ${score.drafted} | ${score.correct} | ${percent(score.precision)} | ${percent(score.recall)} |`,
  ].join('\n');
}

async function evaluate(parser: TextParser, file: string, label: string, verbose: boolean, known = false): Promise<Evaluation> {
  const { evaluation, id } = await evaluateFile(file, parser, known ? readGold(file).gold.actors : []);
  process.stdout.write(`\n### ${id}: ${label}\n\n${table(evaluation)}\n`);
  if (verbose) process.stdout.write(`\n${details(evaluation)}\n`);
  return evaluation;
}

const command = commandLine(
  'eval:extract',
  'Drafts each hand-annotated text through the parser and scores the draft against its gold annotation, per pool (tuning, held out) and per relation type, as Markdown tables. Exits 1 when a pool falls below its floor.',
  'PARSER_URL (else a local parser starts)',
)
  .argument('[files...]', 'gold annotations (.json) to score instead of the pools')
  .option('--verbose', "list each text's missed actors and its wrong and missed relations", false);

async function run(parser: TextParser, parsed: typeof command): Promise<number> {
  const verbose = parsed.opts<{ verbose: boolean }>().verbose;
  const files = parsed.processedArgs[0] as string[];
  if (files.length > 0) {
    for (const file of files) await evaluate(parser, file, 'from the text alone', verbose);
    return 0;
  }
  await evaluate(parser, SEED_GOLD, 'from the text alone (the headline)', verbose);
  await evaluate(parser, SEED_GOLD, "with the gold's actors as the graph's", verbose, true);
  const tuning: Evaluation[] = [];
  for (const file of goldFiles(TUNING_FOLDER)) tuning.push(await evaluate(parser, file, 'tuned on, from the text alone', verbose));
  const heldOut: Evaluation[] = [];
  for (const file of goldFiles(HELD_OUT_FOLDER)) heldOut.push(await evaluate(parser, file, 'held out, from the text alone', verbose));
  const [tuningScore, heldOutScore] = [poolScore(tuning), poolScore(heldOut)];
  process.stdout.write(`\n${poolTable('Tuning pool', tuningScore)}\n\n${poolTable('Held-out pool', heldOutScore)}\n`);
  const below = [...belowFloor('tuning', tuningScore, EVAL_FLOORS.tuning), ...belowFloor('held-out', heldOutScore, EVAL_FLOORS.heldOut)];
  for (const line of below) process.stderr.write(`eval:extract: ${line} (EVAL_FLOORS in src/extract/eval-pools.ts)\n`);
  return below.length === 0 ? 0 : 1;
}

runCommand('eval:extract', command, async (parsed) => {
  const connection = connectParserForCommand(loadConfig().parser, (line) => process.stderr.write(`eval:extract: ${line}\n`));
  try {
    return await run(connection.parser, parsed as typeof command);
  } finally {
    await connection.close();
  }
});
