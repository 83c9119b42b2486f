/**
 * Checks annotation records and turns them into the graph's records.
 *
 * Every check reports a problem as `path: expected ..., found ...` and goes on, so one run lists
 * everything wrong with a file. The same functions serve the validation pass (which collects
 * problems) and the writing pass (which, after a clean validation, only normalises): one set of
 * rules for the loader and the API's `ingestDocument`.
 */
import { dirname, resolve } from 'node:path';
import { FIELD_CHARS, LIST_ENTRIES, MAX_ID_CHARS } from '../config/annotation-limits';
import { ActorRecord, DocumentRecord, EvidenceRecord, RelationRecord, ReviewStamp } from '../graph/domain';
import { evidenceId, relationId } from '../graph/ids';
import { parsePartialTime, PartialTime, PartialTimeError } from '../graph/partial-time';
import { ACTOR_KINDS, isActorKind, isRelationType, isSymmetric, RELATION_TYPE_NAMES } from '../graph/vocabulary';
import { malformedUnicode } from '../graph/well-formed-text';
import { describeValue, isObject } from './annotation-source';
import { readTextFile } from './text-file.read';
import { QuoteFinder } from './quote-finder';

export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** A stable id: lowercase letters, digits and inner hyphens, at most MAX_ID_CHARS characters. */
export const SLUG = new RegExp(`^[a-z0-9](?:[a-z0-9-]{0,${MAX_ID_CHARS - 2}}[a-z0-9])?$`);

/** The most characters each string field of a record may have; a field not listed here has no limit of its own. */
type FieldChars = Readonly<Record<string, number>>;
const WIKIDATA_ID = /^Q[1-9][0-9]{0,11}$/;
/** An ISO-8601 time with its zone, as `Date.prototype.toISOString` writes it (fractions optional). */
export const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/** Collects problems for one record and reads its fields with the checks each needs. */
class FieldReader {
  constructor(
    private readonly object: Record<string, unknown>,
    readonly path: string,
    private readonly problems: Problem[],
    private readonly chars: FieldChars,
  ) {}

  problem(field: string | null, message: string): void {
    this.problems.push({ path: field === null ? this.path : `${this.path}.${field}`, message });
  }

  onlyFields(allowed: readonly string[]): void {
    for (const key of Object.keys(this.object)) {
      if (!allowed.includes(key)) this.problem(key, `expected only the fields ${allowed.join(', ')}, found '${key}'`);
    }
  }

  string(field: string, required: true): string;
  string(field: string, required: false): string | null;
  string(field: string, required: boolean): string | null {
    const value = this.object[field];
    if (value === undefined || value === null) {
      if (required) this.problem(field, 'expected a non-empty string, found nothing');
      return null;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      this.problem(field, `expected a non-empty string, found ${describeValue(value)}`);
      return null;
    }
    const problem = stringProblem(value, this.chars[field]);
    if (problem !== null) {
      this.problem(field, problem);
      return null;
    }
    return value;
  }

  slug(field: string): string | null {
    const value = this.object[field];
    if (value === undefined || value === null) {
      this.problem(field, 'expected a non-empty string, found nothing');
      return null;
    }
    if (typeof value !== 'string' || !SLUG.test(value)) {
      this.problem(field, `expected a slug of lowercase letters, digits and inner hyphens (at most ${MAX_ID_CHARS} characters), found ${describeValue(value)}`);
      return null;
    }
    return value;
  }

  /** A list of strings of at most `maxEntries` entries, each of at most `maxChars` characters. */
  strings(field: string, maxEntries: number, maxChars: number): string[] {
    const value = this.object[field];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.problem(field, `expected an array of strings, found ${describeValue(value)}`);
      return [];
    }
    if (!this.entries(field, value, maxEntries)) return [];
    const strings: string[] = [];
    value.forEach((item, index) => {
      const problem = typeof item !== 'string' || item.trim() === '' ? `expected a non-empty string, found ${describeValue(item)}` : stringProblem(item, maxChars);
      if (problem !== null) {
        this.problem(`${field}[${index}]`, problem);
      } else {
        strings.push(item as string);
      }
    });
    return [...new Set(strings)];
  }

  /** An optional Wikidata item id such as Q796; null when absent or wrong (then with a problem). */
  wikidataId(field: string): string | null {
    const value = this.object[field];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string' || !WIKIDATA_ID.test(value)) {
      this.problem(field, `expected a Wikidata item id such as Q796, found ${describeValue(value)}`);
      return null;
    }
    return value;
  }

  time(field: string): PartialTime | null {
    const value = this.string(field, false);
    if (value === null) return null;
    try {
      return parsePartialTime(value);
    } catch (error) {
      if (!(error instanceof PartialTimeError)) throw error;
      this.problem(field, error.message);
      return null;
    }
  }

  /** False, with a problem, for a list longer than `maxEntries`: its entries are not checked one by one. */
  entries(field: string, list: readonly unknown[], maxEntries: number): boolean {
    if (list.length <= maxEntries) return true;
    this.problem(field, `expected at most ${maxEntries} entries, found ${list.length}`);
    return false;
  }

  raw(field: string): unknown {
    return this.object[field];
  }
}

/** What is wrong with a non-empty string's size or encoding, or null. */
function stringProblem(value: string, maxChars: number | undefined): string | null {
  if (maxChars !== undefined && value.length > maxChars) return `expected at most ${maxChars} characters, found ${value.length}`;
  return malformedUnicode(value);
}

function reader(value: unknown, path: string, problems: Problem[], what: string, chars: FieldChars): FieldReader | null {
  if (!isObject(value)) {
    problems.push({ path, message: `expected ${what} object, found ${describeValue(value)}` });
    return null;
  }
  return new FieldReader(value, path, problems, chars);
}

/**
 * The document header. `baseDir` resolves `textFile`, which must lie inside it (see
 * text-file.read.ts); a text file that cannot be read is a problem of the field that names it.
 * Without a `baseDir` (documents sent over the API) only an inline `text` is accepted, so that no
 * client can make the service read its files. Either text has at most `maxTextChars` characters.
 */
export function readDocument(value: unknown, path: string, baseDir: string | null, problems: Problem[], maxTextChars: number): DocumentRecord | null {
  const fields = reader(value, path, problems, 'a document', FIELD_CHARS.document);
  if (!fields) return null;
  fields.onlyFields(['id', 'title', 'text', 'textFile', 'date', 'publisher', 'url', 'language', 'note']);
  const id = fields.slug('id');
  const title = fields.string('title', true);
  const date = fields.time('date');
  const publisher = fields.string('publisher', false);
  const url = fields.string('url', false);
  const language = fields.string('language', false);
  fields.string('note', false);
  let text: string | null = null;
  const hasText = fields.raw('text') !== undefined;
  const hasFile = fields.raw('textFile') !== undefined;
  if (hasText === hasFile) {
    fields.problem(null, `expected exactly one of text or textFile, found ${hasText ? 'both' : 'neither'}`);
  } else if (hasText) {
    text = fields.string('text', true);
    if (text !== null && text.length > maxTextChars) {
      fields.problem('text', `expected at most ${maxTextChars} characters (MAX_DOCUMENT_CHARS), found ${text.length}`);
      text = null;
    }
  } else if (baseDir === null) {
    fields.problem('textFile', 'expected the text inline in text (a textFile is read only by the command-line loader), found textFile');
  } else {
    const textFile = fields.string('textFile', true);
    const reading = textFile === null ? null : readTextFile(baseDir, textFile, maxTextChars);
    if (reading !== null && 'problem' in reading) fields.problem('textFile', reading.problem);
    if (reading !== null && 'text' in reading) text = reading.text;
  }
  if (id === null || title === null || text === null) return null;
  return { id, title, text, date, publisher, url, language };
}

export function documentBaseDir(file: string): string {
  return dirname(resolve(file));
}

/** One finder a document, for every record that quotes it, dropped with the document. */
const finders = new WeakMap<DocumentRecord, QuoteFinder>();

function quotesOf(document: DocumentRecord): QuoteFinder {
  let finder = finders.get(document);
  if (finder === undefined) {
    finder = new QuoteFinder(document.text);
    finders.set(document, finder);
  }
  return finder;
}

/** Where each quote stands in the text: the n-th occurrence (1 by default), verbatim. */
function readEvidence(fields: FieldReader, subjectId: string, document: DocumentRecord): EvidenceRecord[] {
  const value = fields.raw('evidence');
  if (!Array.isArray(value) || value.length === 0) {
    fields.problem('evidence', `expected a non-empty array of { quote }, found ${describeValue(value)}`);
    return [];
  }
  if (!fields.entries('evidence', value, LIST_ENTRIES.evidence)) return [];
  const evidence: EvidenceRecord[] = [];
  value.forEach((item, index) => {
    if (!isObject(item)) {
      fields.problem(`evidence[${index}]`, `expected an object { quote, occurrence? }, found ${describeValue(item)}`);
      return;
    }
    const quote = item.quote;
    const occurrence = item.occurrence ?? 1;
    for (const key of Object.keys(item)) {
      if (key !== 'quote' && key !== 'occurrence') fields.problem(`evidence[${index}].${key}`, `expected only the fields quote, occurrence, found '${key}'`);
    }
    if (typeof quote !== 'string' || quote === '') {
      fields.problem(`evidence[${index}].quote`, `expected a non-empty string, found ${describeValue(quote)}`);
      return;
    }
    const problem = stringProblem(quote, FIELD_CHARS.quote);
    if (problem !== null) {
      fields.problem(`evidence[${index}].quote`, problem);
      return;
    }
    if (typeof occurrence !== 'number' || !Number.isInteger(occurrence) || occurrence < 1) {
      fields.problem(`evidence[${index}].occurrence`, `expected a whole number from 1, found ${describeValue(occurrence)}`);
      return;
    }
    const start = quotesOf(document).nthIndexOf(quote, occurrence);
    if (start < 0) {
      fields.problem(
        `evidence[${index}].quote`,
        occurrence === 1
          ? `expected a quote that occurs verbatim in the text of document '${document.id}', found ${describeValue(quote)}`
          : `expected a quote that occurs at least ${occurrence} times in the text of document '${document.id}', found ${describeValue(quote)}`,
      );
      return;
    }
    const end = start + quote.length;
    evidence.push({ id: evidenceId(subjectId, document.id, start, end), documentId: document.id, quote, start, end });
  });
  return evidence;
}

/**
 * `reviewer`, when given, is who writes through the API: a reviewed actor is recorded as theirs,
 * and one that names its own reviewer is refused (a client does not choose whose name it writes).
 */
export function readActor(value: unknown, path: string, document: DocumentRecord, problems: Problem[], reviewer: ReviewStamp | null = null): ActorRecord | null {
  const fields = reader(value, path, problems, 'an actor', FIELD_CHARS.actor);
  if (!fields) return null;
  fields.onlyFields(['id', 'name', 'kind', 'aliases', 'description', 'roles', 'wikidataId', 'evidence', ...REVIEW_FIELDS]);
  const id = fields.slug('id');
  const name = fields.string('name', true);
  const kind = fields.raw('kind');
  if (!isActorKind(kind)) fields.problem('kind', `expected one of ${ACTOR_KINDS.join(', ')}, found ${describeValue(kind)}`);
  const aliases = fields.strings('aliases', LIST_ENTRIES.aliases, FIELD_CHARS.alias).filter((alias) => alias !== name);
  const description = fields.string('description', false);
  const roles = fields.strings('roles', LIST_ENTRIES.roles, FIELD_CHARS.role);
  const wikidataId = fields.wikidataId('wikidataId');
  const evidence = readEvidence(fields, `actor:${id ?? ''}`, document);
  const { reviewed, review } = readReview(fields, reviewer);
  if (id === null || name === null || !isActorKind(kind) || evidence.length === 0) return null;
  return { id, name, kind, aliases, description, roles, wikidataId, evidence, reviewed, review };
}

/**
 * `isKnownActor` says whether an id names an actor the relation may join: one declared in the
 * document (loader), or any in the graph (API); `knownActors` says which, for problem reports.
 */
export function readRelation(
  value: unknown,
  path: string,
  document: DocumentRecord,
  isKnownActor: (id: string) => boolean,
  problems: Problem[],
  knownActors = `an actor declared in document '${document.id}'`,
  reviewer: ReviewStamp | null = null,
): RelationRecord | null {
  const fields = reader(value, path, problems, 'a relation', FIELD_CHARS.relation);
  if (!fields) return null;
  fields.onlyFields(['type', 'from', 'to', 'time', 'place', 'description', 'evidence', ...REVIEW_FIELDS]);
  const type = fields.raw('type');
  if (!isRelationType(type)) fields.problem('type', `expected one of ${RELATION_TYPE_NAMES.join(', ')}, found ${describeValue(type)}`);
  const from = fields.slug('from');
  const to = fields.slug('to');
  for (const [field, id] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (id !== null && !isKnownActor(id)) fields.problem(field, `expected the id of ${knownActors}, found '${id}'`);
  }
  if (from !== null && from === to) fields.problem('to', `expected an actor other than the source, found '${to}' on both ends`);
  const time = fields.time('time');
  const place = fields.string('place', false);
  const description = fields.string('description', true);
  const { reviewed, review } = readReview(fields, reviewer);
  if (!isRelationType(type) || from === null || to === null || description === null) {
    readEvidence(fields, 'relation:', document);
    return null;
  }
  const id = relationId(type, from, to, time?.text ?? null);
  const evidence = readEvidence(fields, id, document);
  if (evidence.length === 0 || !isKnownActor(from) || !isKnownActor(to) || from === to) return null;
  // A symmetric relation is stored in one canonical direction, so that `a T b` and `b T a` from
  // two documents are one relationship.
  const [source, target] = isSymmetric(type) && to < from ? [to, from] : [from, to];
  return { id, type, from: source, to: target, time, place, description, evidence, reviewed, review };
}

/** The fields the extraction rules add to an item they propose, and those that say who reviewed it. */
const REVIEW_FIELDS = ['review', 'confidence', 'rule', 'reviewedBy', 'reviewedAt'] as const;

/**
 * Whether a person reviewed the item (false when it is still marked `"review": "proposed"`), and
 * who and when: `reviewer` for a write through the API, else the item's own `reviewedBy` and
 * `reviewedAt`, which come together. Whether a proposed item may be loaded at all is the loader's
 * decision (`acceptProposed`).
 */
function readReview(fields: FieldReader, reviewer: ReviewStamp | null): { reviewed: boolean; review: ReviewStamp | null } {
  const review = fields.raw('review');
  if (review !== undefined && review !== 'proposed') fields.problem('review', `expected "proposed" or no review field, found ${describeValue(review)}`);
  const confidence = fields.raw('confidence');
  if (confidence !== undefined && (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1))) {
    fields.problem('confidence', `expected a number from 0 to 1, found ${describeValue(confidence)}`);
  }
  fields.string('rule', false);
  const reviewed = review !== 'proposed';
  const by = fields.raw('reviewedBy');
  const at = fields.raw('reviewedAt');
  if (reviewer !== null) {
    for (const [field, value] of [['reviewedBy', by], ['reviewedAt', at]] as const) {
      if (value !== undefined) fields.problem(field, `expected no ${field} (the service records the name of the API key and the time), found ${describeValue(value)}`);
    }
    return { reviewed, review: reviewed ? reviewer : null };
  }
  if (by === undefined && at === undefined) return { reviewed, review: null };
  const reviewedBy = fields.string('reviewedBy', true);
  const reviewedAt = fields.string('reviewedAt', true);
  if (reviewedAt !== null && !ISO_TIME.test(reviewedAt)) fields.problem('reviewedAt', `expected an ISO-8601 time such as 2024-03-10T14:05:00Z, found ${describeValue(reviewedAt)}`);
  if (!reviewed) fields.problem('reviewedBy', `expected no reviewer on a proposed item (remove "review" once it is reviewed), found ${describeValue(by)}`);
  if (reviewedBy === null || reviewedAt === null || !ISO_TIME.test(reviewedAt) || !reviewed) return { reviewed, review: null };
  return { reviewed, review: { reviewedBy, reviewedAt } };
}

/** What the loader names when it refuses a proposed item (null for a reviewed one): its id, or its type and ends. */
export function proposedItem(value: unknown, kind: 'actor' | 'relation'): string | null {
  if (!isObject(value) || value.review !== 'proposed') return null;
  if (kind === 'actor') return `a proposed actor ${describeValue(value.id)}`;
  return `a proposed relation ${describeValue(value.type)} from ${describeValue(value.from)} to ${describeValue(value.to)}`;
}
