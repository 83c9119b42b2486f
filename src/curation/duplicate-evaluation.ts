/**
 * How well a ranking of possible duplicates finds the planted ones: of its first N pairs (N the
 * number of planted pairs), how many are planted (recall at N) and how many are near misses.
 */

export interface RankingScore {
  readonly planted: number;
  readonly nearMisses: number;
  /** The N of "the first N pairs": the number of planted pairs. */
  readonly top: number;
  readonly plantedInTop: number;
  readonly nearMissesInTop: number;
  /** plantedInTop / planted. */
  readonly recall: number;
  /** nearMissesInTop / top. */
  readonly nearMissShare: number;
}

const key = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`);

export function scoreRanking(
  ranked: readonly { readonly a: string; readonly b: string }[],
  planted: readonly { readonly a: string; readonly b: string }[],
  nearMisses: readonly { readonly a: string; readonly b: string }[],
): RankingScore {
  const plantedKeys = new Set(planted.map((pair) => key(pair.a, pair.b)));
  const nearMissKeys = new Set(nearMisses.map((pair) => key(pair.a, pair.b)));
  const top = ranked.slice(0, planted.length).map((pair) => key(pair.a, pair.b));
  const plantedInTop = top.filter((pair) => plantedKeys.has(pair)).length;
  const nearMissesInTop = top.filter((pair) => nearMissKeys.has(pair)).length;
  return {
    planted: planted.length,
    nearMisses: nearMisses.length,
    top: planted.length,
    plantedInTop,
    nearMissesInTop,
    recall: plantedInTop / Math.max(1, planted.length),
    nearMissShare: nearMissesInTop / Math.max(1, planted.length),
  };
}
