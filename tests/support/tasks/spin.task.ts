/** A worker-pool task that keeps its thread's processor busy for `ms` milliseconds, then answers them. */
export function run({ ms }: { ms: number }): number {
  const until = Date.now() + ms;
  while (Date.now() < until);
  return ms;
}
