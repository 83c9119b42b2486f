/**
 * A draft annotation (the loader's format, text inline, items possibly marked proposed) turned
 * into the items of a review draft, under the loader's own rules: every quote verbatim in the
 * text, every relation's ends actors of the draft, every type and kind of the vocabulary. A draft
 * that breaks one is refused whole, each problem named by its path, and nothing is stored.
 *
 * Drafts come from the service's own drafting (createReviewDraft), from `npm run annotate
 * --submit`, or from any client holding `extractDocument`'s annotation (submitReviewDraft).
 */
import { LIST_ENTRIES } from '../config/annotation-limits';
import { ActorRecord, RelationRecord } from '../graph/domain';
import { describeValue, isObject } from '../loader/annotation-source';
import { Problem, readActor, readDocument, readRelation } from '../loader/annotation.validate';
import { LoadValidationError } from '../loader/load-errors';
import { ActorItem, ProposalMarks, RelationItem } from './review-draft.types';

export interface ReadDraft {
  readonly documentId: string;
  readonly title: string;
  readonly date: string | null;
  readonly text: string;
  readonly actors: readonly ActorItem[];
  readonly relations: readonly RelationItem[];
}

const PATH = 'draft';

/**
 * Reads `value`; `isGraphActor` says which actor ids the graph already holds (they are linked to
 * it). Throws a LoadValidationError listing every problem.
 */
export function readDraftAnnotation(value: unknown, maxTextChars: number, isGraphActor: (id: string) => boolean): ReadDraft {
  const problems: Problem[] = [];
  if (!isObject(value)) throw refused([{ path: PATH, message: `expected an object with document, actors and relations, found ${describeValue(value)}` }]);
  for (const key of Object.keys(value)) {
    if (!['$schema', 'document', 'actors', 'relations'].includes(key)) problems.push({ path: `${PATH}.${key}`, message: `expected only the fields document, actors, relations, found '${key}'` });
  }
  const document = readDocument(value.document, `${PATH}.document`, null, problems, maxTextChars);
  const actorValues = list(value.actors, 'actors', LIST_ENTRIES.actors, problems);
  const relationValues = list(value.relations, 'relations', LIST_ENTRIES.relations, problems);
  if (document === null) throw refused(problems);

  const actors: { record: ActorRecord; proposal: ProposalMarks | null }[] = [];
  const declared = new Set<string>();
  actorValues.forEach((actorValue, index) => {
    const record = readActor(actorValue, `${PATH}.actors[${index}]`, document, problems);
    if (record === null) return;
    if (declared.has(record.id)) problems.push({ path: `${PATH}.actors[${index}].id`, message: `expected an id not used by another actor of this draft, found '${record.id}'` });
    declared.add(record.id);
    actors.push({ record, proposal: proposalOf(actorValue) });
  });
  const relations: { record: RelationRecord; proposal: ProposalMarks | null }[] = [];
  relationValues.forEach((relationValue, index) => {
    const record = readRelation(relationValue, `${PATH}.relations[${index}]`, document, (id) => declared.has(id), problems, 'an actor of this draft');
    if (record !== null) relations.push({ record, proposal: proposalOf(relationValue) });
  });
  if (problems.length > 0) throw refused(problems);

  const untouched = { version: 1, decision: 'UNDECIDED' as const, added: false, decidedBy: null, decidedAt: null };
  const quotes = (record: ActorRecord | RelationRecord): { quote: string; start: number; end: number }[] =>
    record.evidence.map(({ quote, start, end }) => ({ quote, start, end }));
  return {
    documentId: document.id,
    title: document.title,
    date: document.date?.text ?? null,
    text: document.text,
    actors: actors.map(({ record, proposal }, index) => ({
      ...untouched,
      kind: 'actor',
      itemId: record.id,
      position: index,
      proposal,
      state: {
        id: record.id,
        name: record.name,
        kind: record.kind,
        aliases: [...record.aliases],
        roles: [...record.roles],
        description: record.description,
        wikidataId: record.wikidataId,
        evidence: quotes(record),
        linkedTo: isGraphActor(record.id) ? record.id : null,
      },
    })),
    relations: relations.map(({ record, proposal }, index) => ({
      ...untouched,
      kind: 'relation',
      itemId: `r${index + 1}`,
      position: actors.length + index,
      proposal,
      state: {
        type: record.type,
        from: record.from,
        to: record.to,
        time: record.time?.text ?? null,
        place: record.place,
        description: record.description,
        evidence: quotes(record),
      },
    })),
  };
}

/** The actor ids a draft annotation declares, for finding which of them the graph holds; empty when it has none readable. */
export function declaredActorIds(value: unknown): string[] {
  if (!isObject(value) || !Array.isArray(value.actors)) return [];
  return value.actors.slice(0, LIST_ENTRIES.actors).flatMap((actor: unknown) => (isObject(actor) && typeof actor.id === 'string' ? [actor.id] : []));
}

function list(value: unknown, field: string, maxEntries: number, problems: Problem[]): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push({ path: `${PATH}.${field}`, message: `expected an array, found ${describeValue(value)}` });
    return [];
  }
  if (value.length > maxEntries) {
    problems.push({ path: `${PATH}.${field}`, message: `expected at most ${maxEntries} entries, found ${value.length}` });
    return [];
  }
  return value;
}

function proposalOf(value: unknown): ProposalMarks | null {
  if (!isObject(value) || value.review !== 'proposed') return null;
  return { confidence: typeof value.confidence === 'number' ? value.confidence : 0, rule: typeof value.rule === 'string' ? value.rule : 'unnamed' };
}

function refused(problems: readonly Problem[]): LoadValidationError {
  return new LoadValidationError(problems.map((problem) => `${problem.path}: ${problem.message}`));
}
