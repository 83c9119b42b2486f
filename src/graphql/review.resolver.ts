/**
 * Review drafts over the API: the queue, a draft, and one mutation per decision. Drafts are the
 * work of key holders (unreviewed text and who decided what), so reading them needs a key too.
 */
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { LimitsConfig } from '../config/config';
import { ReviewStamp } from '../graph/domain';
import { ReviewService } from '../review/review.service';
import { pageSize } from './arguments';
import { authorizeWrite } from './authorize';
import { toConnection } from './connection';
import { GraphQLContext } from './context';
import { extractCost, pagedListCost } from './cost';
import { decodeCursor, encodeCursor } from './cursor';
import { ExtractDocumentArgs } from './extract.args';
import { refusing } from './refusals';
import { AddReviewActorInput, AddReviewRelationInput, FinishReviewInput, ReviewActorInput, ReviewRelationInput } from './review.input';
import { DraftIdArgs, ReviewDraftsArgs } from './review.args';
import { toReviewChange, toReviewDraft, toReviewDraftSummary } from './review.shape';
import { FinishedReview, ReviewChange, ReviewDraft, ReviewDraftConnection } from './review.type';
import { toIngestResult } from './shape';

/** Drops absent optional fields (GraphQL's null), so that a decision changes only what it names. */
function given<T extends object>(input: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined)) as { [K in keyof T]?: Exclude<T[K], null> };
}

@Resolver()
export class ReviewResolver {
  constructor(
    private readonly review: ReviewService,
    private readonly limits: LimitsConfig,
    private readonly writesEnabled: boolean,
  ) {}

  @Query(() => ReviewDraftConnection, { description: 'The review queue: drafts, newest first, with their status and counts. Needs an API key.', complexity: pagedListCost })
  async reviewDrafts(@Args() args: ReviewDraftsArgs, @Ctx() context: GraphQLContext): Promise<ReviewDraftConnection> {
    this.authorize(context);
    const after = decodeCursor(args.after, 2);
    const page = await this.review.list(args.status ?? null, { first: pageSize(args.first, this.limits), after });
    return toConnection(page, (row) => ({ cursor: encodeCursor([row.createdAt, row.id]), node: toReviewDraftSummary(row, row.counts) }), after !== null);
  }

  @Query(() => ReviewDraft, { nullable: true, description: 'One review draft with its text and items; null when there is none. Needs an API key.' })
  async reviewDraft(@Args() { id }: DraftIdArgs, @Ctx() context: GraphQLContext): Promise<ReviewDraft | null> {
    this.authorize(context);
    const found = await this.review.draft(id);
    return found && toReviewDraft(found);
  }

  @Mutation(() => ReviewDraft, {
    description: 'Drafts a text with the extraction rules (as extractDocument does) and keeps the draft for review, NEW. Refused with DRAFTING_BUSY while MAX_CONCURRENT_DRAFTS drafts are in progress.',
    complexity: extractCost,
  })
  async createReviewDraft(@Args() args: ExtractDocumentArgs, @Ctx() context: GraphQLContext): Promise<ReviewDraft> {
    const stamp = this.authorize(context);
    return toReviewDraft(await refusing(() => this.review.createFromText(args, stamp)));
  }

  @Mutation(() => ReviewDraft, { description: 'Keeps a draft made elsewhere for review: npm run annotate --submit, or extractDocument\'s annotation. It must pass the loader\'s rules (quotes in the text, ends among its actors); items marked "review": "proposed" keep their rule and confidence.' })
  async submitReviewDraft(
    @Arg('draft', () => GraphQLJSONObject, { description: 'A draft in the annotation format with its text inline: { document, actors, relations }.' }) draft: object,
    @Ctx() context: GraphQLContext,
  ): Promise<ReviewDraft> {
    const stamp = this.authorize(context);
    return toReviewDraft(await refusing(() => this.review.submit(draft, stamp)));
  }

  @Mutation(() => ReviewChange, { description: 'One decision on an actor of a draft. Idempotent: sent again, it changes nothing and succeeds. Made on an older version than the item has, and different from what it is now: REVIEW_CONFLICT.' })
  async reviewActor(@Arg('input', () => ReviewActorInput, { description: 'The decision.' }) input: ReviewActorInput, @Ctx() context: GraphQLContext): Promise<ReviewChange> {
    const stamp = this.authorize(context);
    const { draftId, itemId, version, ...change } = input;
    return toReviewChange(await refusing(() => this.review.reviewActor(draftId, itemId, version, given(change), stamp)));
  }

  @Mutation(() => ReviewChange, { description: 'One decision on a relation of a draft. Idempotent: sent again, it changes nothing and succeeds. Made on an older version than the item has, and different from what it is now: REVIEW_CONFLICT.' })
  async reviewRelation(@Arg('input', () => ReviewRelationInput, { description: 'The decision.' }) input: ReviewRelationInput, @Ctx() context: GraphQLContext): Promise<ReviewChange> {
    const stamp = this.authorize(context);
    const { draftId, itemId, version, ...change } = input;
    return toReviewChange(await refusing(() => this.review.reviewRelation(draftId, itemId, version, given(change), stamp)));
  }

  @Mutation(() => ReviewChange, { description: 'Makes an actor of a stretch of the draft\'s text, accepted.' })
  async addReviewActor(@Arg('input', () => AddReviewActorInput, { description: 'The stretch and the actor.' }) input: AddReviewActorInput, @Ctx() context: GraphQLContext): Promise<ReviewChange> {
    const stamp = this.authorize(context);
    const { draftId, start, end, kind, name } = input;
    return toReviewChange(await refusing(() => this.review.addActor(draftId, { start, end, kind, ...(name ? { name } : {}) }, stamp)));
  }

  @Mutation(() => ReviewChange, { description: 'Adds a relation the rules missed, accepted, with its quotes from the text; its actors are accepted with it.' })
  async addReviewRelation(@Arg('input', () => AddReviewRelationInput, { description: 'The relation.' }) input: AddReviewRelationInput, @Ctx() context: GraphQLContext): Promise<ReviewChange> {
    const stamp = this.authorize(context);
    const { draftId, evidence, ...relation } = input;
    return toReviewChange(await refusing(() => this.review.addRelation(draftId, { ...given(relation), type: input.type, from: input.from, to: input.to, evidence }, stamp)));
  }

  @Mutation(() => FinishedReview, {
    description:
      'Writes the accepted items of a draft into the graph, each reviewed by whoever decided it last and when, through the same rules as ingestDocument, in one transaction with the draft\'s move to DONE. Refused with REVIEW_CONFLICT when a decision came in meanwhile, DOCUMENT_TEXT_CHANGED or ACTOR_FACT_CONFLICT as ingestDocument; nothing is written then.',
  })
  async finishReviewDraft(@Arg('input', () => FinishReviewInput, { description: 'The draft and the document header.' }) input: FinishReviewInput, @Ctx() context: GraphQLContext): Promise<FinishedReview> {
    const stamp = this.authorize(context);
    const { draftId, ...header } = input;
    const { draft, summary } = await refusing(() => this.review.finish(draftId, given(header), stamp));
    return { draft: toReviewDraft(draft), ingest: toIngestResult(summary) };
  }

  @Mutation(() => Boolean, { description: 'Drops a draft and its history; false when there was none. What a finished draft wrote stays in the graph.' })
  async deleteReviewDraft(@Args() { id }: DraftIdArgs, @Ctx() context: GraphQLContext): Promise<boolean> {
    this.authorize(context);
    return this.review.delete(id);
  }

  private authorize(context: GraphQLContext): ReviewStamp {
    return authorizeWrite(context, this.writesEnabled);
  }
}
