/**
 * What an export asks for, read from the query string of `GET /export` or the options of the
 * command line, with every check in one place: both entry points refuse the same input with the
 * same messages. A refusal carries BAD_USER_INPUT and lists each problem as the API's loader
 * errors do (`field: expected ..., found ...`).
 */
import { ERROR_CODES, ErrorCode } from '../errors/error-codes';
import { filterBounds, partialDateBounds, PartialTimeError } from '../graph/partial-time';
import { isRelationType, RELATION_TYPE_NAMES, RelationType } from '../graph/vocabulary';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'edges.csv', 'nodes.csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  readonly format: ExportFormat;
  /** Null exports the whole graph; an id exports that actor's neighbourhood. */
  readonly actorId: string | null;
  readonly depth: number;
  /** Null means every type of the vocabulary. */
  readonly types: readonly RelationType[] | null;
  /** Day keys of the time window; relations whose time overlaps it are kept. */
  readonly since: string | null;
  readonly until: string | null;
}

/** An export refused before anything was written, with the code its answer carries. */
export class ExportError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

const PARAMETERS = ['format', 'actorId', 'depth', 'types', 'since', 'until'] as const;
type Parameter = (typeof PARAMETERS)[number];

function isFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

function isParameter(name: string): name is Parameter {
  return (PARAMETERS as readonly string[]).includes(name);
}

/**
 * Reads `pairs` (name, value) into a request; `maxDepth` is the traversal depth limit. Throws an
 * `ExportError` listing every problem at once.
 */
export function parseExportRequest(pairs: Iterable<readonly [string, string]>, maxDepth: number): ExportRequest {
  const problems: string[] = [];
  const values = new Map<Parameter, string>();
  for (const [name, value] of pairs) {
    if (!isParameter(name)) problems.push(`${name}: expected only the parameters ${PARAMETERS.join(', ')}, found '${name}'`);
    else if (values.has(name)) problems.push(`${name}: expected one value, found more than one`);
    else values.set(name, value);
  }
  const format = values.get('format');
  if (format === undefined) problems.push(`format: expected one of ${EXPORT_FORMATS.join(', ')}, found nothing`);
  else if (!isFormat(format)) problems.push(`format: expected one of ${EXPORT_FORMATS.join(', ')}, found '${format}'`);
  const actorId = values.get('actorId') ?? null;
  if (actorId === '') problems.push("actorId: expected an actor's id, found ''");
  const depth = readDepth(values.get('depth'), actorId, maxDepth, problems);
  const types = readTypes(values.get('types'), problems);
  const since = readDate('since', values.get('since'), problems);
  const until = readDate('until', values.get('until'), problems);
  if (since !== undefined && until !== undefined) {
    const bounds = filterBounds(since, until);
    if (bounds.since! > bounds.until!) problems.push(`until: expected a date not before since '${since}', found '${until}'`);
  }
  if (problems.length > 0 || format === undefined || !isFormat(format)) {
    throw new ExportError(ERROR_CODES.BAD_USER_INPUT, `invalid export request: ${problems.join('; ')}`, problems);
  }
  const window = filterBounds(since, until);
  return { format, actorId, depth, types, since: window.since, until: window.until };
}

function readDepth(raw: string | undefined, actorId: string | null, maxDepth: number, problems: string[]): number {
  if (raw === undefined) return 1;
  if (actorId === null) problems.push(`depth: expected only with actorId (a neighbourhood's depth), found '${raw}' without one`);
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > maxDepth) {
    problems.push(`depth: expected a whole number from 1 to ${maxDepth}, found '${raw}'`);
    return 1;
  }
  return Number(raw);
}

function readTypes(raw: string | undefined, problems: string[]): RelationType[] | null {
  if (raw === undefined) return null;
  const types: RelationType[] = [];
  for (const type of raw.split(',')) {
    if (isRelationType(type)) types.push(type);
    else problems.push(`types: expected relation types from ${RELATION_TYPE_NAMES.join(', ')}, separated by commas, found '${type}'`);
  }
  return [...new Set(types)];
}

function readDate(name: 'since' | 'until', raw: string | undefined, problems: string[]): string | undefined {
  if (raw === undefined) return undefined;
  try {
    partialDateBounds(raw);
    return raw;
  } catch (error) {
    if (!(error instanceof PartialTimeError)) throw error;
    problems.push(`${name}: ${error.message}`);
    return undefined;
  }
}
