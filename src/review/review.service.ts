/**
 * Review drafts kept by the service: made from a text (drafted by the extraction rules) or
 * submitted ready-made, listed as a queue, decided item by item, and finished into the graph.
 *
 * Every decision is one write transaction that first takes the draft's lock, then reads its items,
 * applies the rules of review-decisions.ts and writes what changed with the draft's history: two
 * decisions on one draft never interleave, and one made on an item another has changed since is
 * refused, never applied over it. Finishing writes the accepted items through the loader (the same
 * validation and writes as `ingestDocument`), in one transaction with the draft's move to DONE.
 */
import { randomUUID } from 'node:crypto';
import { ExtractionRequest, ExtractionService } from '../extract/extract.service';
import { actorsByIds } from '../graph/actor.repository';
import { ReviewStamp } from '../graph/domain';
import { Page, PageRequest } from '../graph/read-models';
import { ActorKind, RelationType } from '../graph/vocabulary';
import { GraphWriter } from '../loader/graph.writer';
import { LoadSummary } from '../loader/load-summary';
import { Bulkhead } from '../neo4j/bulkhead';
import { Database, QueryRunner } from '../neo4j/database';
import { reviewedAnnotation } from './review-annotation';
import { ActorChange, GraphActorRef, newActorItem, newRelationItems, planActorChange, planRelationChange, RelationChange } from './review-decisions';
import { declaredActorIds, readDraftAnnotation } from './review-draft.read';
import {
  createDraft,
  deleteDraft,
  draftById,
  finishDraft,
  itemsOfDraft,
  listDrafts,
  lockDraft,
  recordDecisions,
  saveItems,
} from './review-draft.repository';
import { DraftMention, DraftSource, DraftStatus, DraftSummary, ReviewItem, StoredDraft } from './review-draft.types';
import { ReviewDraftChangedError, ReviewDraftDoneError, ReviewInputError, ReviewNotFoundError } from './review-errors';
import { findMentions } from './review-mentions';
import { GivenQuote, locateQuote, spanQuote } from './review-quotes';

/** A draft with its items, in their order. */
export interface DraftWithItems {
  readonly draft: StoredDraft;
  readonly items: readonly ReviewItem[];
}

/** What a decision did: the items it changed (the one decided first), or none when it changed nothing. */
export interface DecisionResult {
  readonly draftId: string;
  /** The item decided on, as it is now. */
  readonly item: ReviewItem;
  readonly changed: readonly ReviewItem[];
}

/** An actor change as the API sends it: a graph actor to link to by id, or `keepNew`. */
export interface ActorChangeRequest extends Omit<ActorChange, 'link'> {
  readonly linkTo?: string;
  readonly keepNew?: boolean;
}

export interface FinishRequest {
  readonly documentId?: string;
  readonly title?: string;
  /** A partial date; empty clears the draft's. */
  readonly date?: string;
}

export interface FinishResult {
  readonly draft: DraftWithItems;
  readonly summary: LoadSummary;
}

export class ReviewService {
  constructor(
    private readonly database: Database,
    private readonly writer: GraphWriter,
    private readonly extraction: ExtractionService,
    /** The service's bound on drafts in progress (MAX_CONCURRENT_DRAFTS), shared with extractDocument. */
    private readonly drafting: Bulkhead,
    private readonly maxDocumentChars: number,
  ) {}

  /** Drafts a text with the extraction rules and keeps the draft, NEW; returns it. */
  async createFromText(request: ExtractionRequest, stamp: ReviewStamp): Promise<DraftWithItems> {
    const checked = this.extraction.check(request);
    const result = await this.drafting.run(() => this.extraction.draftChecked(checked));
    const known = new Set(result.mentions.filter((mention) => mention.known).map((mention) => mention.actorId));
    const read = readDraftAnnotation(result.annotation, this.maxDocumentChars, (id) => known.has(id));
    const mentions = result.mentions.map(({ actorId, start, end }) => ({ itemId: actorId, start, end }));
    return this.store(read, 'TEXT', mentions, result.warnings, stamp);
  }

  /** Keeps a draft made elsewhere (the annotate command, extractDocument's annotation), checked by the loader's rules; returns it. */
  async submit(annotation: unknown, stamp: ReviewStamp): Promise<DraftWithItems> {
    const known = new Set((await this.database.read((runner) => actorsByIds(runner, declaredActorIds(annotation)))).map((actor) => actor.id));
    const read = readDraftAnnotation(annotation, this.maxDocumentChars, (id) => known.has(id));
    return this.store(read, 'SUBMITTED', findMentions(read.text, read.actors), [], stamp);
  }

  draft(id: string): Promise<DraftWithItems | null> {
    return this.database.read(async (runner) => {
      const draft = await draftById(runner, id);
      return draft === null ? null : { draft, items: await itemsOfDraft(runner, id) };
    });
  }

  list(statuses: readonly DraftStatus[] | null, page: PageRequest): Promise<Page<DraftSummary>> {
    return this.database.read((runner) => listDrafts(runner, statuses, page));
  }

  reviewActor(draftId: string, itemId: string, version: number, request: ActorChangeRequest, stamp: ReviewStamp): Promise<DecisionResult> {
    return this.decide(draftId, stamp, { itemId, ...request }, async (runner, _draft, items) => {
      const { linkTo, keepNew, ...change } = request;
      if (linkTo !== undefined && keepNew === true) throw new ReviewInputError('keepNew', 'expected either linkTo or keepNew, found both');
      const link = linkTo === undefined ? (keepNew === true ? null : undefined) : await graphActor(runner, linkTo);
      return planActorChange(items, itemId, version, { ...change, link }, stamp);
    });
  }

  reviewRelation(draftId: string, itemId: string, version: number, change: RelationChange, stamp: ReviewStamp): Promise<DecisionResult> {
    return this.decide(draftId, stamp, { itemId, ...change }, async (_runner, _draft, items) => planRelationChange(items, itemId, version, change, stamp));
  }

  /** Makes an actor of a stretch of the text [start, end), accepted. */
  addActor(draftId: string, span: { start: number; end: number; name?: string; kind: ActorKind }, stamp: ReviewStamp): Promise<DecisionResult> {
    return this.decide(draftId, stamp, { added: 'actor', ...span }, async (_runner, draft, items) => {
      const item = newActorItem(items, spanQuote(draft.text, span.start, span.end, 'span'), span.name, span.kind, stamp);
      return { item, changed: [item] };
    });
  }

  /** Adds a relation the rules missed, accepted with its quotes (each located in the text) and its ends. */
  addRelation(
    draftId: string,
    relation: { type: RelationType; from: string; to: string; evidence: readonly GivenQuote[]; time?: string; place?: string },
    stamp: ReviewStamp,
  ): Promise<DecisionResult> {
    return this.decide(draftId, stamp, { added: 'relation', ...relation }, async (_runner, draft, items) => {
      const evidence = relation.evidence.map((quote, index) => locateQuote(draft.text, quote, `evidence[${index}]`));
      const made = newRelationItems(items, { ...relation, evidence }, stamp);
      return { item: made.relation, changed: made.changed };
    });
  }

  /**
   * Writes the accepted items into the graph and marks the draft DONE, both or neither. The items
   * are read first; the transaction that writes checks, under the draft's lock, that no decision
   * came in since (REVIEW_CONFLICT then, nothing written).
   */
  async finish(draftId: string, request: FinishRequest, stamp: ReviewStamp): Promise<FinishResult> {
    const found = await this.draft(draftId);
    if (found === null) throw new ReviewNotFoundError('review draft', draftId);
    const { draft, items } = found;
    if (draft.status === 'DONE') throw new ReviewDraftDoneError(draftId, draft.finishedBy, draft.finishedAt);
    const header = {
      documentId: request.documentId?.trim() || draft.documentId,
      title: request.title?.trim() || draft.title,
      date: request.date === undefined ? draft.date : request.date.trim() || null,
    };
    const summary = await this.writer.ingestReviewed(reviewedAnnotation(draft, items, header), async (runner) => {
      const locked = await openDraft(runner, draftId);
      if (locked.revision !== draft.revision) throw new ReviewDraftChangedError(draftId);
      await finishDraft(runner, draftId, header, stamp);
    });
    return { draft: { draft: { ...draft, ...header, status: 'DONE', finishedBy: stamp.reviewedBy, finishedAt: stamp.reviewedAt, updatedAt: stamp.reviewedAt }, items }, summary };
  }

  /** Drops a draft and its history; what a finished draft wrote stays in the graph. */
  delete(draftId: string): Promise<boolean> {
    return this.database.write((runner) => deleteDraft(runner, draftId));
  }

  /** Writes a new draft and returns it as written: its id is new, so nothing else can have changed it yet. */
  private async store(
    read: ReturnType<typeof readDraftAnnotation>,
    source: DraftSource,
    mentions: readonly DraftMention[],
    warnings: readonly string[],
    stamp: ReviewStamp,
  ): Promise<DraftWithItems> {
    const id = `draft-${randomUUID().slice(0, 13).replace('-', '')}`;
    const draft: StoredDraft = {
      id,
      status: 'NEW',
      source,
      documentId: read.documentId,
      title: read.title,
      date: read.date,
      text: read.text,
      warnings,
      mentions,
      createdBy: stamp.reviewedBy,
      createdAt: stamp.reviewedAt,
      updatedAt: stamp.reviewedAt,
      finishedBy: null,
      finishedAt: null,
      revision: 0,
    };
    // Items in position order, as a draft is read back.
    const created = { draft, items: [...read.actors, ...read.relations] };
    await this.database.write((runner) => createDraft(runner, created));
    return created;
  }

  /** Runs one decision under the draft's lock; writes the items it changed and the history entry, or nothing. */
  private decide(
    draftId: string,
    stamp: ReviewStamp,
    change: Record<string, unknown>,
    plan: (runner: QueryRunner, draft: StoredDraft, items: readonly ReviewItem[]) => Promise<{ item: ReviewItem; changed: readonly ReviewItem[] }>,
  ): Promise<DecisionResult> {
    return this.database.write(async (runner) => {
      const draft = await openDraft(runner, draftId);
      const { item, changed } = await plan(runner, draft, await itemsOfDraft(runner, draftId));
      if (changed.length > 0) {
        await saveItems(runner, draftId, changed);
        await recordDecisions(runner, draftId, [{ itemId: item.itemId, version: item.version, change }], stamp);
      }
      return { draftId, item, changed };
    });
  }
}

/** The draft, locked; refused when there is none or it is finished. */
async function openDraft(runner: QueryRunner, draftId: string): Promise<StoredDraft> {
  const draft = await lockDraft(runner, draftId);
  if (draft === null) throw new ReviewNotFoundError('review draft', draftId);
  if (draft.status === 'DONE') throw new ReviewDraftDoneError(draftId, draft.finishedBy, draft.finishedAt);
  return draft;
}

async function graphActor(runner: QueryRunner, id: string): Promise<GraphActorRef> {
  const [actor] = await actorsByIds(runner, [id]);
  if (actor === undefined) throw new ReviewInputError('linkTo', `expected the id of an actor of the graph, found '${id}'`);
  return { id: actor.id, name: actor.name, kind: actor.kind };
}
