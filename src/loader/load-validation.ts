/**
 * The validation pass: reads every source once, keeping ids only (so a file of a million relations
 * never sits in memory), and collects every problem of every file before anything is written.
 */
import { DEFAULT_MAX_DOCUMENT_CHARS, LIST_ENTRIES } from '../config/annotation-limits';
import { DocumentRecord, ReviewStamp } from '../graph/domain';
import { AnnotationSource, isObject } from './annotation-source';
import { Problem, proposedItem, readActor, readDocument, readRelation } from './annotation.validate';
import { LoadValidationError } from './load-errors';
import { LoadOptions } from './load-options';
import { eventLoopTurns } from '../runtime/event-loop-turns';

export interface ValidationReport {
  readonly problems: string[];
  readonly documents: number;
  readonly actors: number;
  readonly relations: number;
}

/**
 * Reads every source once, keeping ids only; throws a `LoadValidationError` with every problem
 * found, or returns the counts that the writing pass reports progress against.
 */
export async function validateSources(sources: readonly AnnotationSource[], options: LoadOptions = {}): Promise<ValidationReport> {
  if (sources.length === 0) throw new LoadValidationError(['(input): expected at least one .json or .jsonl annotation file, found none']);
  const report = await collectProblems(
    sources,
    options.baseDir ?? ((): null => null),
    options.maxDocumentChars ?? DEFAULT_MAX_DOCUMENT_CHARS,
    options.acceptProposed ?? false,
    options.reviewer ?? null,
  );
  if (report.problems.length > 0) throw new LoadValidationError(report.problems);
  options.log?.(`validated ${sources.length} file(s): ${report.documents} document(s), ${report.actors} actor(s), ${report.relations} relation(s)`);
  return report;
}

async function collectProblems(
  sources: readonly AnnotationSource[],
  baseDir: (source: AnnotationSource) => string | null,
  maxDocumentChars: number,
  acceptProposed: boolean,
  reviewer: ReviewStamp | null,
): Promise<ValidationReport> {
  const problems: string[] = [];
  const documentFiles = new Map<string, string>();
  // Locating a record's quotes in a long text is synchronous: other requests get turns between records.
  const turn = eventLoopTurns();
  let documents = 0;
  let actors = 0;
  let relations = 0;
  for (const source of sources) {
    const fileProblems: Problem[] = [];
    const report = (problem: Problem): void => void fileProblems.push(problem);
    let document: DocumentRecord | null = null;
    let documentSeen = false;
    let relationSeen = false;
    const actorPaths = new Map<string, string>();
    const relationPaths = new Map<string, string>();
    const seen = { document: 0, actor: 0, relation: 0 };
    for await (const record of source.records(report)) {
      await turn();
      seen[record.kind] += 1;
      // Past its limit a list is reported once, and its further records are not checked one by one.
      if (record.kind !== 'document' && seen[record.kind] > LIST_ENTRIES[`${record.kind}s`]) {
        if (seen[record.kind] === LIST_ENTRIES[`${record.kind}s`] + 1) {
          report({ path: record.path, message: `expected at most ${LIST_ENTRIES[`${record.kind}s`]} ${record.kind}s in one document, found more` });
        }
        continue;
      }
      if (record.kind === 'document') {
        if (documentSeen) {
          report({ path: record.path, message: 'expected one document per file, found a second' });
          continue;
        }
        documentSeen = true;
        document = readDocument(record.value, record.path, baseDir(source), fileProblems, maxDocumentChars);
        if (document) {
          const other = documentFiles.get(document.id);
          if (other !== undefined) {
            report({ path: `${record.path}.id`, message: `expected a document id not used by another file of this load, found '${document.id}' (also in ${other})` });
          }
          documentFiles.set(document.id, source.file);
          documents += 1;
        }
        continue;
      }
      if (!documentSeen) {
        report({ path: record.path, message: `expected the document record before any ${record.kind}, found ${record.kind}` });
        documentSeen = true;
      }
      if (!acceptProposed) refuseProposed(record.kind, record.value, record.path, report);
      // Without a valid document the quotes cannot be checked; its own problems are reported.
      if (document === null) continue;
      if (record.kind === 'actor') {
        if (relationSeen) report({ path: record.path, message: 'expected every actor before the first relation, found an actor after a relation' });
        const actor = readActor(record.value, record.path, document, fileProblems, reviewer);
        // An actor with other problems is still declared: its relations are not reported too.
        const id = actor?.id ?? declaredId(record.value);
        if (id === undefined) continue;
        const other = actorPaths.get(id);
        if (other !== undefined) {
          report({ path: `${record.path}.id`, message: `expected an id not used by another actor of this document, found '${id}' (also at ${other})` });
        }
        actorPaths.set(id, record.path);
        if (actor) actors += 1;
      } else {
        relationSeen = true;
        const relation = readRelation(record.value, record.path, document, (id) => actorPaths.has(id), fileProblems, undefined, reviewer);
        if (!relation) continue;
        const other = relationPaths.get(relation.id);
        if (other !== undefined) {
          report({ path: record.path, message: `expected each relation once, found the same type, actors and time as ${other}` });
        }
        relationPaths.set(relation.id, record.path);
        relations += 1;
      }
    }
    if (!documentSeen && fileProblems.length === 0) fileProblems.push({ path: 'document', message: 'expected a document record, found none' });
    problems.push(...fileProblems.map((problem) => `${source.file}: ${problem.path}: ${problem.message}`));
  }
  return { problems, documents, actors, relations };
}

/** An item still marked as proposed by the extraction rules is a problem unless proposed items are accepted. */
function refuseProposed(kind: 'actor' | 'relation', value: unknown, path: string, report: (problem: Problem) => void): void {
  const proposed = proposedItem(value, kind);
  if (proposed === null) return;
  report({
    path,
    message: `expected a reviewed ${kind} (remove its "review" field once a person has checked it, or accept proposed items: --accept-proposed, acceptProposed in the API), found ${proposed}`,
  });
}

function declaredId(value: unknown): string | undefined {
  return isObject(value) && typeof value.id === 'string' ? value.id : undefined;
}
