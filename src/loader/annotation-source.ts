/**
 * Reads annotated documents from disk as a stream of records, each with the path a problem report
 * should name.
 *
 * Two layouts hold the same format (see `schema/annotation.schema.json`):
 * - `.json`: one object `{ document, actors: [...], relations: [...] }`, for hand-written files;
 * - `.jsonl`: one JSON object a line — first `{"document": {...}}`, then `{"actor": {...}}` lines,
 *   then `{"relation": {...}}` lines — for generated files too large to hold in memory; it is read
 *   line by line, and can be read again, so validation and writing each stream it once.
 */
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { errorMessage } from '../config/cli-run';

export type RecordKind = 'document' | 'actor' | 'relation';

export interface SourceRecord {
  readonly kind: RecordKind;
  /** Where the record stands, as problem reports name it: `actors[3]`, `line 12: relation`. */
  readonly path: string;
  readonly value: unknown;
}

/** A syntax problem: the file cannot be read as the format at all. */
export interface SourceProblem {
  readonly path: string;
  readonly message: string;
}

export interface AnnotationSource {
  readonly file: string;
  /** Every record in file order; syntax problems come through `onProblem` and end the stream. */
  records(onProblem: (problem: SourceProblem) => void): AsyncIterable<SourceRecord>;
}

export const ANNOTATION_EXTENSIONS = ['.json', '.jsonl'];

/** The annotation files named, with folders expanded (sorted, not recursive into hidden ones). */
export function findAnnotationFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (!entry.startsWith('.') && ANNOTATION_EXTENSIONS.includes(extname(entry))) files.push(join(path, entry));
      }
    } else {
      files.push(path);
    }
  }
  return files;
}

export function openSource(file: string): AnnotationSource {
  return { file, records: extname(file) === '.jsonl' ? (onProblem) => jsonLines(file, onProblem) : (onProblem) => jsonObject(file, onProblem) };
}

async function* jsonObject(file: string, onProblem: (problem: SourceProblem) => void): AsyncIterable<SourceRecord> {
  let root: unknown;
  try {
    root = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    onProblem({ path: '(file)', message: `expected valid JSON, found ${errorMessage(error)}` });
    return;
  }
  yield* objectRecords(root, onProblem);
}

/** An annotated document already parsed, such as one sent to the API; `name` stands for its file. */
export function objectSource(name: string, root: unknown): AnnotationSource {
  return { file: name, records: (onProblem) => objectRecords(root, onProblem) };
}

async function* objectRecords(root: unknown, onProblem: (problem: SourceProblem) => void): AsyncIterable<SourceRecord> {
  if (!isObject(root)) {
    onProblem({ path: '(file)', message: `expected an object with document, actors and relations, found ${describeValue(root)}` });
    return;
  }
  for (const key of Object.keys(root)) {
    if (!['$schema', 'document', 'actors', 'relations'].includes(key)) {
      onProblem({ path: key, message: `expected only the fields $schema, document, actors, relations, found '${key}'` });
    }
  }
  yield { kind: 'document', path: 'document', value: root.document };
  for (const [field, kind] of [
    ['actors', 'actor'],
    ['relations', 'relation'],
  ] as const) {
    const list = root[field];
    if (!Array.isArray(list)) {
      onProblem({ path: field, message: `expected an array, found ${describeValue(list)}` });
      continue;
    }
    for (let index = 0; index < list.length; index += 1) yield { kind, path: `${field}[${index}]`, value: list[index] };
  }
}

async function* jsonLines(file: string, onProblem: (problem: SourceProblem) => void): AsyncIterable<SourceRecord> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      onProblem({ path: `line ${number}`, message: `expected one JSON object, found ${errorMessage(error)}` });
      continue;
    }
    const keys = isObject(value) ? Object.keys(value) : [];
    const kind = keys.length === 1 ? (['document', 'actor', 'relation'] as const).find((k) => k === keys[0]) : undefined;
    if (!isObject(value) || kind === undefined) {
      onProblem({
        path: `line ${number}`,
        message: `expected an object with exactly one of the fields document, actor, relation, found ${describeValue(value)}`,
      });
      continue;
    }
    yield { kind, path: `line ${number}: ${kind}`, value: value[kind] };
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, safe rendering of a found value for a problem report. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (isObject(value)) return 'an object';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
