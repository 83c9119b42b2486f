/**
 * What an export asks for, read from the query string of `GET /export` or the options of the
 * command line, with every check in one place: both entry points refuse the same input with the
 * same messages. A refusal carries BAD_USER_INPUT and lists each problem as the API's loader
 * errors do (`field: expected ..., found ...`).
 */
import { ERROR_CODES, ErrorCode } from '../errors/error-codes';
import { argumentSizeProblem } from '../config/annotation-limits';
import { filterBounds, TimeWindowError } from '../graph/partial-time';
import { QuoteMode } from '../graph/export.repository';
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
  /** Keep only reviewed relations (true), or only proposed ones (false); null keeps all. */
  readonly reviewed: boolean | null;
  /** Keep only the relations this document supports; null keeps all. */
  readonly documentId: string | null;
  /** Which quotes each relation carries. */
  readonly quotes: QuoteMode;
}

export const QUOTE_MODES: readonly QuoteMode[] = ['none', 'first', 'all'];

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

const PARAMETERS = ['format', 'actorId', 'depth', 'types', 'since', 'until', 'reviewed', 'documentId', 'quotes'] as const;
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
    if (!isParameter(name)) problems.push(`${shown(name)}: expected only the parameters ${PARAMETERS.join(', ')}, found ${quoted(name)}`);
    else if (values.has(name)) problems.push(`${name}: expected one value, found more than one`);
    else values.set(name, value);
  }
  const format = values.get('format');
  if (format === undefined) problems.push(`format: expected one of ${EXPORT_FORMATS.join(', ')}, found nothing`);
  else if (!isFormat(format)) problems.push(`format: expected one of ${EXPORT_FORMATS.join(', ')}, found ${quoted(format)}`);
  const actorId = readActorId(values.get('actorId'), problems);
  const depth = readDepth(values.get('depth'), actorId, maxDepth, problems);
  const types = readTypes(values.get('types'), problems);
  const window = readWindow(values.get('since'), values.get('until'), problems);
  const reviewed = readChoice('reviewed', values.get('reviewed'), ['true', 'false'], problems);
  const documentId = readDocumentId(values.get('documentId'), problems);
  const quotes = readChoice('quotes', values.get('quotes'), QUOTE_MODES, problems) ?? 'none';
  if (problems.length > 0 || format === undefined || !isFormat(format)) {
    throw new ExportError(ERROR_CODES.BAD_USER_INPUT, `invalid export request: ${problems.join('; ')}`, problems);
  }
  return { format, actorId, depth, types, since: window.since, until: window.until, reviewed: reviewed === null ? null : reviewed === 'true', documentId, quotes };
}

/** One of `choices`, or null when the parameter is absent. */
function readChoice<T extends string>(name: Parameter, raw: string | undefined, choices: readonly T[], problems: string[]): T | null {
  if (raw === undefined) return null;
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  problems.push(`${name}: expected one of ${choices.join(', ')}, found ${quoted(raw)}`);
  return null;
}

/** How much of a refused value a message quotes: enough to recognise it, never a megabyte echoed back. */
const SHOWN_CHARS = 40;

function shown(value: string): string {
  return value.length <= SHOWN_CHARS ? value : `${value.slice(0, SHOWN_CHARS)}...`;
}

/** A refused value in a message: quoted, and cut with its length said when it is long. */
function quoted(value: string): string {
  return value.length <= SHOWN_CHARS ? `'${value}'` : `'${shown(value)}' (${value.length} characters)`;
}

/** The limits of the API's arguments of the same names (argumentSizeProblem), so an export takes nothing GraphQL refuses. */
function withinLimit(name: Parameter, value: string | readonly string[], problems: string[]): boolean {
  const problem = argumentSizeProblem(name, value);
  if (problem !== null) problems.push(`${name}: ${problem}`);
  return problem === null;
}

function readActorId(raw: string | undefined, problems: string[]): string | null {
  if (raw === undefined) return null;
  if (raw === '') problems.push("actorId: expected an actor's id, found ''");
  return withinLimit('actorId', raw, problems) ? raw : null;
}

function readDocumentId(raw: string | undefined, problems: string[]): string | null {
  if (raw === undefined) return null;
  if (raw === '') problems.push("documentId: expected a document's id, found ''");
  return withinLimit('documentId', raw, problems) ? raw : null;
}

function readDepth(raw: string | undefined, actorId: string | null, maxDepth: number, problems: string[]): number {
  if (raw === undefined) return 1;
  if (actorId === null) problems.push(`depth: expected only with actorId (a neighbourhood's depth), found ${quoted(raw)} without one`);
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > maxDepth) {
    problems.push(`depth: expected a whole number from 1 to ${maxDepth}, found ${quoted(raw)}`);
    return 1;
  }
  return Number(raw);
}

function readTypes(raw: string | undefined, problems: string[]): RelationType[] | null {
  if (raw === undefined) return null;
  const named = raw.split(',');
  if (!withinLimit('types', named, problems)) return null;
  const types: RelationType[] = [];
  for (const type of named) {
    if (isRelationType(type)) types.push(type);
    else problems.push(`types: expected relation types from ${RELATION_TYPE_NAMES.join(', ')}, separated by commas, found ${quoted(type)}`);
  }
  return [...new Set(types)];
}

/** The window's day keys, as every time filter reads them (filterBounds); each bad end is a problem. */
function readWindow(since: string | undefined, until: string | undefined, problems: string[]): { since: string | null; until: string | null } {
  const fits = (name: 'since' | 'until', raw: string | undefined): string | undefined => (raw !== undefined && withinLimit(name, raw, problems) ? raw : undefined);
  const checked = { since: fits('since', since), until: fits('until', until) };
  for (;;) {
    try {
      return filterBounds(checked.since, checked.until);
    } catch (error) {
      if (!(error instanceof TimeWindowError)) throw error;
      problems.push(`${error.argument}: ${error.message}`);
      // Each end is reported once: without the one at fault, the other is read on its own.
      checked[error.argument] = undefined;
    }
  }
}
