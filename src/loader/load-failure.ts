/**
 * What `npm run load` tells a person whose load failed, and above all what the graph holds now:
 * "nothing was written" only where that is true. A refused load wrote nothing; a load that failed
 * with part or all of it committed (`LoadLeftChangesError`) says what it left; any other failure
 * happened in a transaction that rolled back, or in a staged load that undid itself.
 */
import { errorMessage } from '../errors/error-message';
import { LoadLeftChangesError, LoadValidationError } from './load-errors';

/** The lines for standard error, each ending in a line break. */
export function describeLoadFailure(error: unknown): string {
  if (error instanceof LoadValidationError) {
    return `${error.problems.join('\n')}\nload: nothing was written (${error.problems.length} problem(s))\n`;
  }
  if (error instanceof LoadLeftChangesError) return `load: failed (${error.code}): ${errorMessage(error)}\n`;
  return `load: failed, nothing was written: ${errorMessage(error)}\n`;
}
