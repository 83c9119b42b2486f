/**
 * Checks of argument values that the schema's types cannot express: page sizes, depths and dates
 * within the configured limits. Each failure is a BAD_USER_INPUT that names the argument.
 */
import { MAX_SEARCH_CHARS } from '../config/annotation-limits';
import { LimitsConfig } from '../config/config';
import { filterBounds, TimeWindowError } from '../graph/partial-time';
import { BadUserInputError } from './errors';

export function pageSize(first: number | null | undefined, limits: LimitsConfig, argument = 'first'): number {
  if (first === null || first === undefined) return limits.defaultPageSize;
  return wholeNumber(first, 1, limits.maxPageSize, argument);
}

export function depth(value: number | null | undefined, fallback: number, limits: LimitsConfig, argument = 'depth'): number {
  return wholeNumber(value ?? fallback, 1, limits.maxTraversalDepth, argument);
}

export function wholeNumber(value: number, min: number, max: number, argument: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(argument, `expected a whole number from ${min} to ${max}, found ${value}`);
  }
  return value;
}

/** The day keys of a `since`/`until` window (filterBounds): a bad date, or an `until` before `since`, names its argument. */
export function timeWindow(since: string | null | undefined, until: string | null | undefined): { since: string | null; until: string | null } {
  try {
    return filterBounds(since, until);
  } catch (error) {
    if (error instanceof TimeWindowError) throw new BadUserInputError(error.argument, error.message);
    throw error;
  }
}

export function nonEmpty(value: string, argument: string, maxLength = MAX_SEARCH_CHARS): string {
  if (value.trim() === '' || value.length > maxLength) {
    throw new BadUserInputError(argument, `expected between 1 and ${maxLength} characters, found ${value.length}`);
  }
  return value;
}
