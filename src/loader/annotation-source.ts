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
import { errorMessage } from '../errors/error-message';
import { repeatedKeyMessage, repeatedKeys } from './json.parse';
import { decodeUtf8, hexByte } from './utf8.decode';

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
  const root = parseJson(readFileSync(file), 0, '', (path, message) => onProblem({ path: path === '' ? '(file)' : path, message }));
  if (root !== NOT_PARSED) yield* objectRecords(root, onProblem);
}

const NOT_PARSED = Symbol('not parsed');

/**
 * Decodes strictly and parses, reporting bytes that are not UTF-8 (with their offset in the file:
 * `fileOffset` is where `bytes` starts), syntax, and repeated keys (at their path under `prefix`).
 */
function parseJson(bytes: Uint8Array, fileOffset: number, prefix: string, report: (path: string, message: string) => void): unknown {
  const decoded = decodeUtf8(bytes);
  if (!('text' in decoded)) {
    report(prefix, `expected a UTF-8 file, found byte ${hexByte(decoded.byte)} at byte offset ${fileOffset + decoded.invalidAt}, which is not valid UTF-8`);
    return NOT_PARSED;
  }
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (error) {
    report(prefix, `expected ${prefix === '' ? 'valid JSON' : 'one JSON object'}, found ${errorMessage(error)}`);
    return NOT_PARSED;
  }
  const repeated = repeatedKeys(decoded.text);
  for (const { path, key } of repeated) report(prefix === '' ? path : `${prefix}: ${path}`, repeatedKeyMessage(key));
  return repeated.length === 0 ? value : NOT_PARSED;
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
  let number = 0;
  for await (const line of byteLines(file)) {
    number += 1;
    if (line.bytes.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0d)) continue;
    const value = parseJson(line.bytes, line.offset, `line ${number}`, (path, message) => onProblem({ path, message }));
    if (value === NOT_PARSED) continue;
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

/**
 * The lines of a file as bytes, each with the offset of its first byte, without its line break
 * (LF or CRLF). Splitting bytes at LF is safe in UTF-8, where no multi-byte character holds 0x0A,
 * and lets each line be decoded strictly (a text stream would replace bad bytes silently).
 */
async function* byteLines(file: string): AsyncIterable<{ bytes: Buffer; offset: number }> {
  let pending: Buffer[] = [];
  let lineStart = 0;
  let position = 0;
  const line = (end: Buffer): { bytes: Buffer; offset: number } => {
    const bytes = pending.length === 0 ? end : Buffer.concat([...pending, end]);
    pending = [];
    return { bytes: bytes.at(-1) === 0x0d ? bytes.subarray(0, -1) : bytes, offset: lineStart };
  };
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let newline = chunk.indexOf(0x0a); newline !== -1; newline = chunk.indexOf(0x0a, from)) {
      yield line(chunk.subarray(from, newline));
      from = newline + 1;
      lineStart = position + from;
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
    position += chunk.length;
  }
  if (pending.length > 0) yield line(Buffer.alloc(0));
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
