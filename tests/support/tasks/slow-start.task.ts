/**
 * A worker-pool task whose module takes a second to load (as drafting's rules take to load in a new
 * thread) and whose run is instant: its time budget must not count the load.
 */
const LOAD_MS = 1_000;
const until = Date.now() + LOAD_MS;
while (Date.now() < until);

export function run({ word }: { word: string }): string {
  return word.toUpperCase();
}
