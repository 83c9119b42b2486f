/**
 * How errors read and how every command-line entry point ends: one line with the command's name
 * and the cause (no stack trace for a user), and an exit code set rather than forced, so that
 * pending output is written and child processes are stopped before the process ends.
 */
import { isNativeError } from 'node:util/types';

export function errorMessage(error: unknown): string {
  return isNativeError(error) ? error.message : String(error);
}

/** The stack too, for logs that developers read. */
export function errorDetail(error: unknown): string {
  return isNativeError(error) ? (error.stack ?? error.message) : String(error);
}

/** Runs `main`; its number (or 0) becomes the exit code, and a failure prints `prefix: message` and exits 1. */
export function runCli(prefix: string, main: () => Promise<number | void>): void {
  main()
    .then((code) => {
      process.exitCode = code ?? 0;
    })
    .catch((error: unknown) => {
      process.stderr.write(`${prefix}: ${errorMessage(error)}\n`);
      process.exitCode = 1;
    });
}
