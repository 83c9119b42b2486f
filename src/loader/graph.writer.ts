/**
 * Single writes from the API, under the loader's rules: an actor or a relation checked like a
 * record of an annotated document (its quotes must occur in a loaded document), a deletion, and a
 * whole annotated document. Each runs in one transaction; a refused write throws a
 * `LoadValidationError` whose problems name the input's fields.
 */
import { actorRedirects } from '../graph/actor-merge.repository';
import { redirectActor, redirectRelation } from '../graph/actor-redirect';
import { actorsByIds } from '../graph/actor.repository';
import { DocumentRecord, ReviewStamp } from '../graph/domain';
import { documentsByIds } from '../graph/document.repository';
import { ActorFactConflictError, StoredListLimitError, upsertActors, upsertRelations } from '../graph/ingest.repository';
import { ActorRow, DocumentRow, RelationRow } from '../graph/read-models';
import { deleteRelation, relationsByIds } from '../graph/relation.repository';
import { Database, QueryRunner } from '../neo4j/database';
import { MAX_ID_CHARS } from '../config/annotation-limits';
import { describeValue, objectSource } from './annotation-source';
import { Problem, readActor, readRelation, SLUG } from './annotation.validate';
import { conflictProblems, LoadValidationError, storedLimitProblems } from './load-errors';
import { LoadOptions } from './load-options';
import { loadSources } from './loader';
import { LoadSummary } from './load-summary';

/** What a single actor or relation write sends: the record, and the document its quotes are from. */
export interface QuotedRecord {
  readonly documentId: string;
  readonly record: Record<string, unknown>;
}

const INPUT = 'input';

export class GraphWriter {
  constructor(
    private readonly database: Database,
    private readonly loadOptions: LoadOptions,
  ) {}

  /** `reviewer`: the name of the key that writes, and the time; the actor is recorded as reviewed by them. */
  upsertActor(input: QuotedRecord, reviewer: ReviewStamp): Promise<ActorRow> {
    return this.database.write(async (runner) => {
      const problems: Problem[] = [];
      const document = await this.quotedDocument(runner, input.documentId, problems);
      const read = document && readActor(input.record, INPUT, document, problems, reviewer);
      if (!read || problems.length > 0) throw refused(problems);
      // An id merged away names the kept actor: writing it would bring the duplicate back.
      const actor = redirectActor(read, await actorRedirects(runner));
      try {
        await upsertActors(runner, document.id, [actor]);
      } catch (error) {
        if (error instanceof ActorFactConflictError) throw conflictProblems(error, (_id, field) => `${INPUT}.${field}`);
        if (error instanceof StoredListLimitError) throw storedLimitProblems(error, (_id, field) => `${INPUT}.${field}`);
        throw error;
      }
      const [row] = await actorsByIds(runner, [actor.id]);
      return row;
    });
  }

  upsertRelation(input: QuotedRecord, reviewer: ReviewStamp): Promise<RelationRow> {
    return this.database.write(async (runner) => {
      const problems: Problem[] = [];
      const document = await this.quotedDocument(runner, input.documentId, problems);
      // Only ids the rules accept reach the database; readRelation names the others.
      const ends = [input.record.from, input.record.to].filter((id): id is string => typeof id === 'string' && SLUG.test(id));
      const redirects = await actorRedirects(runner);
      const known = new Set([...(await actorsByIds(runner, ends)).map((actor) => actor.id), ...ends.filter((id) => redirects.has(id))]);
      const read = document && readRelation(input.record, INPUT, document, (id) => known.has(id), problems, 'an existing actor', reviewer);
      if (!read || problems.length > 0) throw refused(problems);
      const relation = redirectRelation(read, redirects);
      if (relation === null) throw refused([{ path: `${INPUT}.to`, message: `expected an actor other than the source, found two ids that name one actor since a merge: '${read.from}', '${read.to}'` }]);
      await upsertRelations(runner, document.id, [relation]);
      const [row] = await relationsByIds(runner, [relation.id]);
      return row;
    });
  }

  deleteRelation(id: string): Promise<boolean> {
    return this.database.write((runner) => deleteRelation(runner, id));
  }

  /**
   * `acceptProposed` loads items the extraction rules proposed as unreviewed; without it they are
   * refused. The reviewed items are recorded as reviewed by `reviewer`.
   */
  ingestDocument(annotated: unknown, acceptProposed: boolean, reviewer: ReviewStamp): Promise<LoadSummary> {
    return loadSources(this.database, [objectSource('document', annotated)], { ...this.loadOptions, acceptProposed, reviewer });
  }

  /**
   * Loads a document whose items carry their own reviewers (`reviewedBy`, `reviewedAt`: a review
   * draft's decisions), in one transaction with `within`, which runs first.
   */
  ingestReviewed(annotated: unknown, within: (runner: QueryRunner) => Promise<void>): Promise<LoadSummary> {
    return loadSources(this.database, [objectSource('document', annotated)], { ...this.loadOptions, withinTransaction: within });
  }

  private async quotedDocument(runner: QueryRunner, documentId: string, problems: Problem[]): Promise<DocumentRecord | null> {
    if (!SLUG.test(documentId)) {
      problems.push({ path: `${INPUT}.documentId`, message: `expected a slug of lowercase letters, digits and inner hyphens (at most ${MAX_ID_CHARS} characters), found ${describeValue(documentId)}` });
      return null;
    }
    const [row] = await documentsByIds(runner, [documentId]);
    if (!row) {
      problems.push({ path: `${INPUT}.documentId`, message: `expected the id of a loaded document, found '${documentId}'` });
      return null;
    }
    return asDocumentRecord(row);
  }
}

function asDocumentRecord(row: DocumentRow): DocumentRecord {
  const date = row.dateText === null ? null : { text: row.dateText, start: row.dateStart, end: row.dateEnd };
  return { id: row.id, title: row.title, text: row.text, date, publisher: row.publisher, url: row.url, language: row.language };
}

function refused(problems: readonly Problem[]): LoadValidationError {
  return new LoadValidationError(problems.map((problem) => `${problem.path}: ${problem.message}`));
}
