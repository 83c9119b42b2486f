/**
 * Progress of a long run (generation, loading, the benchmark) as one line every few seconds:
 * how much is done, the rate, and an estimate of the time left at that rate.
 */
const REPORT_EVERY_MS = 2_000;

/** Returns the function to call with the amount done so far; it prints at most every two seconds, and not at the end. */
export function progressReporter(total: number, unit: string, verb: string, log: (line: string) => void): (done: number) => void {
  const started = Date.now();
  let lastReport = started;
  return (done) => {
    const now = Date.now();
    if (now - lastReport < REPORT_EVERY_MS || done >= total) return;
    lastReport = now;
    const rate = done / Math.max((now - started) / 1000, 0.001);
    const left = rate > 0 ? Math.round((total - done) / rate) : 0;
    log(`${verb} ${done} of ${total} ${unit} (${Math.round((100 * done) / total)}%, ${Math.round(rate)}/s, about ${left} s left)`);
  };
}
