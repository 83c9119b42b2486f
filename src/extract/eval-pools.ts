/**
 * The dev corpus as `npm run eval:extract` and the floor test read it: the seed document, the
 * tuning pool (tests/fixtures/extract/tuning) and the held-out pool (tests/fixtures/extract), each
 * text drafted through the parser from its text alone and scored against its gold (evaluate.ts),
 * pooled (micro-averaged) per pool and per relation type. Pools never mix, so the held-out score
 * is never flattered by the texts the rules were tuned on. Reads files only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { errorMessage } from '../errors/error-message';
import { RELATION_TYPE_NAMES, RelationType } from '../graph/vocabulary';
import { TextParser } from '../parser/parse.types';
import { draftDocument } from './draft';
import { KnownActor } from './draft.types';
import { evaluateDraft, Evaluation, ScoredAnnotation } from './evaluate';

export const SEED_GOLD = 'seeds/iraq-coalition-talks.json';
export const HELD_OUT_FOLDER = 'tests/fixtures/extract';
export const TUNING_FOLDER = join(HELD_OUT_FOLDER, 'tuning');

export interface GoldFile extends ScoredAnnotation {
  readonly document: { readonly id: string; readonly title: string; readonly date?: string; readonly textFile?: string; readonly text?: string };
  readonly actors: ReadonlyArray<KnownActor>;
}

export function readGold(file: string): { gold: GoldFile; text: string } {
  let gold: GoldFile;
  try {
    gold = JSON.parse(readFileSync(file, 'utf8')) as GoldFile;
  } catch (error) {
    throw new Error(`${file}: expected an annotation in JSON, found: ${errorMessage(error)}`);
  }
  const text = gold.document.text ?? readFileSync(join(dirname(file), gold.document.textFile ?? ''), 'utf8');
  return { gold, text };
}

/** The hand-annotated texts of a folder (not of its subfolders), in name order. */
export function goldFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(folder, name));
}

/** Drafts the gold's text through the parser (with `knownActors` as the graph's) and scores the draft. */
export async function evaluateFile(file: string, parser: TextParser, knownActors: readonly KnownActor[] = []): Promise<{ id: string; evaluation: Evaluation }> {
  const { gold, text } = readGold(file);
  const draft = await draftDocument(text, { knownActors, ...(gold.document.date !== undefined ? { date: gold.document.date } : {}), title: gold.document.title }, parser);
  return { id: gold.document.id, evaluation: evaluateDraft(gold, draft.annotation) };
}

export interface Counts {
  readonly gold: number;
  readonly drafted: number;
  readonly correct: number;
}

export interface PoolScore extends Counts {
  readonly texts: number;
  readonly goldActors: number;
  readonly actorsFound: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly actorRecall: number | null;
  readonly byType: ReadonlyArray<Counts & { readonly type: RelationType }>;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** Micro-averaged over the pool's texts, and per relation type. */
export function poolScore(evaluations: readonly Evaluation[]): PoolScore {
  const sum = (pick: (evaluation: Evaluation) => number): number => evaluations.reduce((total, evaluation) => total + pick(evaluation), 0);
  const gold = sum((e) => e.relations.gold);
  const drafted = sum((e) => e.relations.drafted);
  const correct = sum((e) => e.relations.correct);
  const goldActors = sum((e) => e.goldActors);
  const actorsFound = sum((e) => e.actorsFound);
  const byType = RELATION_TYPE_NAMES.map((type) => {
    const scores = evaluations.flatMap((e) => e.byType.filter((score) => score.type === type));
    return { type, gold: scores.reduce((t, s) => t + s.gold, 0), drafted: scores.reduce((t, s) => t + s.drafted, 0), correct: scores.reduce((t, s) => t + s.correct, 0) };
  }).filter((score) => score.gold > 0 || score.drafted > 0);
  return { texts: evaluations.length, gold, drafted, correct, goldActors, actorsFound, precision: ratio(correct, drafted), recall: ratio(correct, gold), actorRecall: ratio(actorsFound, goldActors), byType };
}

/** A pool's floors: what the last recorded run reached, which a later run must not fall below. */
export interface PoolFloor {
  readonly precision: number;
  readonly recall: number;
  readonly actorRecall: number;
}

/**
 * The floors the floor test (tests/integration/extract-floors.test.ts) holds each pool to: the
 * last recorded run of `npm run eval:extract` (docs/reference/extraction-quality.md), rounded
 * down to the whole percent. Raise them when a change raises the scores; never lower them to let
 * a change through. A text added to a pool moves its score with the rules unchanged: record the
 * pool's new score in the commit that adds the text, from a run of the rules as they were.
 */
export const EVAL_FLOORS: Readonly<Record<'tuning' | 'heldOut', PoolFloor>> = {
  tuning: { precision: 0.89, recall: 0.53, actorRecall: 0.98 },
  heldOut: { precision: 0.72, recall: 0.36, actorRecall: 0.94 },
};

/** Where a pool falls below its floor, one line each (empty when it does not). */
export function belowFloor(pool: string, score: PoolScore, floor: PoolFloor): string[] {
  const below: string[] = [];
  const check = (what: string, value: number | null, minimum: number): void => {
    if ((value ?? 0) + 1e-9 < minimum) below.push(`${pool}: ${what} ${percent(value)} is below its floor ${percent(minimum)}`);
  };
  check('relation precision', score.precision, floor.precision);
  check('relation recall', score.recall, floor.recall);
  check('actor recall', score.actorRecall, floor.actorRecall);
  return below;
}

export function percent(value: number | null): string {
  return value === null ? '–' : `${Math.round(value * 100)}%`;
}
