/**
 * The quality floors: every text of the tuning pool and of the held-out pool drafted through the
 * run's real parser from its text alone, scored against its gold, pooled per pool, and held to the
 * floors recorded in `EVAL_FLOORS` (the last run of `npm run eval:extract`). A change to the rules,
 * the vocabulary, actor finding or the parser's pipeline that loses relations or actors fails here
 * with the pool, the measure, its value and its floor.
 */
import { belowFloor, EVAL_FLOORS, evaluateFile, goldFiles, HELD_OUT_FOLDER, poolScore, PoolScore, TUNING_FOLDER } from '../../src/extract/eval-pools';
import { extractionParser } from '../support/extract-drafts';
import { PARSER_LOAD_WAIT_MS } from '../support/test-parser';

/** Parsing 20 texts of about 400 words with coreference on a loaded machine takes minutes. */
const POOL_TIMEOUT_MS = 900_000;

async function scorePool(folder: string): Promise<PoolScore> {
  const { parser } = await extractionParser();
  const evaluations = [];
  for (const file of goldFiles(folder)) evaluations.push((await evaluateFile(file, parser)).evaluation);
  return poolScore(evaluations);
}

beforeAll(async () => {
  await extractionParser();
}, PARSER_LOAD_WAIT_MS + 10_000);

describe('extraction quality per pool, against its recorded floor', () => {
  it('keeps the tuning pool at or above its floor', async () => {
    const score = await scorePool(TUNING_FOLDER);
    expect(score.texts).toBeGreaterThanOrEqual(9);
    expect(belowFloor('tuning', score, EVAL_FLOORS.tuning)).toEqual([]);
  }, POOL_TIMEOUT_MS);

  it('keeps the held-out pool at or above its floor', async () => {
    const score = await scorePool(HELD_OUT_FOLDER);
    expect(score.texts).toBeGreaterThanOrEqual(15);
    expect(belowFloor('held-out', score, EVAL_FLOORS.heldOut)).toEqual([]);
  }, POOL_TIMEOUT_MS);
});
