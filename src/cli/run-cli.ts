/**
 * How every command-line entry point ends: one line with the command's name and the cause (no
 * stack trace for a user), and an exit code set rather than forced, so that pending output is
 * written and child processes are stopped before the process ends.
 */
import { errorMessage } from '../errors/error-message';

/** How long a failed command may take to end by itself, once it has stopped what it started. */
const FORCED_EXIT_AFTER_MS = 5_000;

/** Runs `main`; its number (or 0) becomes the exit code, and a failure prints `prefix: message` and exits 1. */
export function runCli(prefix: string, main: () => Promise<number | void>): void {
  main()
    .then((code) => {
      process.exitCode = code ?? 0;
    })
    .catch((error: unknown) => {
      process.stderr.write(`${prefix}: ${errorMessage(error)}\n`);
      process.exitCode = 1;
      // Whatever the failure left open (a socket to a program that never answers) must not keep
      // a failed command alive; the timer does not keep it alive either when nothing is left.
      setTimeout(() => process.exit(1), FORCED_EXIT_AFTER_MS).unref();
    });
}
