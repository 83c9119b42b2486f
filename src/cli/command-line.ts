/**
 * The one argument parser of every command (commander): each command declares its options and
 * arguments, `--help` prints the usage and exits 0, and a wrong argument prints what was wrong and
 * the usage and exits 2, as the shell's own commands do. A value the command checks itself after
 * parsing (a date that does not exist) is refused the same way through `usageError`.
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { runCli } from './run-cli';

/** The exit code of a command line that could not be understood (the usage was printed). */
export const USAGE_EXIT_CODE = 2;

/**
 * A command named as users run it (`npm run <script> --`), with its one-line summary and, after
 * the options, the settings it reads from the environment.
 */
export function commandLine(script: string, summary: string, environment?: string): Command {
  const command = new Command(`npm run ${script} --`)
    .description(summary)
    .helpOption('-h, --help', 'print this usage and exit')
    .showHelpAfterError()
    .allowExcessArguments(false)
    .exitOverride();
  if (environment !== undefined) command.addHelpText('after', `\nSettings read from the environment: ${environment}`);
  return command;
}

/** An option's value that must be a whole number from `min` (commander prints the error and the usage). */
export function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER): (raw: string) => number {
  return (raw) => {
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) throw new InvalidArgumentError(`expected a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}, found '${raw}'`);
    return value;
  };
}

/** Thrown by a command for an argument it could only check after parsing: printed with the usage, exit 2. */
export class UsageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '));
    this.name = 'UsageError';
  }
}

/**
 * Parses `argv` for `command`, before the command has started anything: a parse that printed the
 * help ends the process with 0, one that was refused (after printing why and the usage) with 2.
 */
export function parseCommandLine(command: Command, argv: readonly string[] = process.argv.slice(2)): Command {
  try {
    return command.parse([...argv], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    const helped = error.code === 'commander.helpDisplayed' || error.code === 'commander.help' || error.code === 'commander.version';
    process.exit(helped ? 0 : USAGE_EXIT_CODE);
  }
}

/** Runs `main` with a parsed command through runCli; a UsageError it throws prints the usage and ends with 2. */
export function runParsed(prefix: string, command: Command, main: (command: Command) => Promise<number | void>): void {
  runCli(prefix, async () => {
    try {
      return await main(command);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      process.stderr.write(`${error.problems.map((problem) => `${prefix}: ${problem}`).join('\n')}\n\n${command.helpInformation()}`);
      return USAGE_EXIT_CODE;
    }
  });
}

/** Parses the command line for `command`, then runs `main` with it (see parseCommandLine and runParsed). */
export function runCommand(prefix: string, command: Command, main: (command: Command) => Promise<number | void>): void {
  runParsed(prefix, parseCommandLine(command), main);
}
