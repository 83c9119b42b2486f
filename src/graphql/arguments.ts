/**
 * Checks of argument values that the schema's types cannot express: page sizes, depths and dates
 * within the configured limits. Each failure is a BAD_USER_INPUT that names the argument.
 */
import { MAX_SEARCH_CHARS } from '../config/annotation-limits';
import { LimitsConfig } from '../config/config';
import { partialDateBounds, PartialTimeError } from '../graph/partial-time';
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

/** A `since` or `until` argument: a partial date, as its first or last day. */
export function dayBound(value: string | null | undefined, which: 'first' | 'last', argument: string): string | null {
  if (value === null || value === undefined) return null;
  try {
    return partialDateBounds(value)[which];
  } catch (error) {
    if (error instanceof PartialTimeError) throw new BadUserInputError(argument, error.message);
    throw error;
  }
}

export function nonEmpty(value: string, argument: string, maxLength = MAX_SEARCH_CHARS): string {
  if (value.trim() === '' || value.length > maxLength) {
    throw new BadUserInputError(argument, `expected between 1 and ${maxLength} characters, found ${value.length}`);
  }
  return value;
}
