/**
 * Review drafts as the API shows them: the queue's summaries, a draft with its text and items, and
 * what a decision changed. Every item carries its `version`, which the next decision on it names.
 */
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ActorKind, RelationType } from '../graph/vocabulary';
import { Decision, DraftSource, DraftStatus } from '../review/review-draft.types';
import { connectionType, ConnectionShape } from './connection.type';
import { LARGE_TEXT_COST, MEDIUM_TEXT_COST } from './cost';
import { ActorKindEnum, RelationTypeEnum } from './enums';
import { IngestResult } from './ingest-result.type';

export const DraftStatusEnum = { NEW: 'NEW', IN_REVIEW: 'IN_REVIEW', DONE: 'DONE' } as const satisfies Record<DraftStatus, DraftStatus>;
export const DecisionEnum = { UNDECIDED: 'UNDECIDED', ACCEPTED: 'ACCEPTED', REJECTED: 'REJECTED' } as const satisfies Record<Decision, Decision>;
export const DraftSourceEnum = { TEXT: 'TEXT', SUBMITTED: 'SUBMITTED' } as const satisfies Record<DraftSource, DraftSource>;

registerEnumType(DraftStatusEnum, {
  name: 'DraftStatus',
  description: 'Where a review draft stands.',
  valuesConfig: {
    NEW: { description: 'Kept, and no decision made on it yet.' },
    IN_REVIEW: { description: 'At least one decision made; not finished.' },
    DONE: { description: 'Finished: its accepted items are in the graph; no more decisions.' },
  },
});

registerEnumType(DecisionEnum, {
  name: 'Decision',
  description: "A reviewer's decision on an item of a draft.",
  valuesConfig: {
    UNDECIDED: { description: 'Not decided: not written when the draft is finished.' },
    ACCEPTED: { description: 'Written into the graph, as reviewed, when the draft is finished.' },
    REJECTED: { description: 'Left out.' },
  },
});

registerEnumType(DraftSourceEnum, {
  name: 'DraftSource',
  description: 'Where a review draft came from.',
  valuesConfig: {
    TEXT: { description: 'Drafted by the service from a text (createReviewDraft, the "Add a document" page).' },
    SUBMITTED: { description: 'Made elsewhere and submitted (submitReviewDraft: npm run annotate --submit, extractDocument\'s annotation).' },
  },
});

@ObjectType({ description: 'A quote of a draft, located in its text.' })
export class ReviewQuote {
  @Field({ description: 'The words, verbatim from the text.', complexity: MEDIUM_TEXT_COST })
  quote!: string;

  @Field(() => Int, { description: 'Offset of the first character (UTF-16 code units).' })
  start!: number;

  @Field(() => Int, { description: 'Offset just after the last character: text.slice(start, end) is the quote.' })
  end!: number;
}

@ObjectType({ description: 'Why the extraction rules proposed an item.' })
export class ReviewProposal {
  @Field(() => Float, { description: 'How sure the rule is, from 0 to 1.' })
  confidence!: number;

  @Field({ description: 'The name of the rule.' })
  rule!: string;
}

@ObjectType({ description: 'What every item of a draft has: its id in the draft, version, decision and who made the last change (not in the schema: only its subtypes are).' })
export abstract class ReviewItemFields {
  @Field(() => ID, { description: 'The id of the item within its draft.' })
  itemId!: string;

  @Field(() => Int, { description: 'Raised by every change; a decision names the version it was made on (REVIEW_CONFLICT when another came first).' })
  version!: number;

  @Field(() => DecisionEnum, { description: 'The decision on it.' })
  decision!: Decision;

  @Field(() => ReviewProposal, { nullable: true, description: 'Why the rules proposed it; null for an item given by a person or taken from the graph.' })
  proposal!: ReviewProposal | null;

  @Field({ description: 'True when a reviewer added it (from a selection of the text).' })
  added!: boolean;

  @Field(() => String, { nullable: true, description: 'The reviewer of the last change (the name of their API key); null while untouched.' })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'When, as an ISO-8601 time; null while untouched.' })
  decidedAt!: string | null;
}

@ObjectType({ description: 'An actor of a review draft.' })
export class ReviewActor extends ReviewItemFields {
  @Field(() => ID, { description: 'The id it is written under: its own slug when new, the graph\'s id when linked.' })
  id!: string;

  @Field({ description: 'Its name.' })
  name!: string;

  @Field(() => ActorKindEnum, { description: 'Its kind.' })
  kind!: ActorKind;

  @Field(() => [String], { description: 'Other names.' })
  aliases!: string[];

  @Field(() => [String], { description: 'Roles the text gives.' })
  roles!: string[];

  @Field(() => ID, { nullable: true, description: 'The actor of the graph it is written into; null for a new actor.' })
  linkedTo!: string | null;

  @Field(() => [ReviewQuote], { description: 'Quotes naming it.' })
  evidence!: ReviewQuote[];
}

@ObjectType({ description: 'A relation of a review draft.' })
export class ReviewRelation extends ReviewItemFields {
  @Field(() => RelationTypeEnum, { description: 'What the relation is.' })
  type!: RelationType;

  @Field({ description: 'True when the type reads the same both ways.' })
  symmetric!: boolean;

  @Field(() => ID, { description: 'The itemId of its source actor in the draft.' })
  from!: string;

  @Field(() => ID, { description: 'The itemId of its target actor in the draft.' })
  to!: string;

  @Field(() => String, { nullable: true, description: 'When: a partial date or a range; null when not known.' })
  time!: string | null;

  @Field(() => String, { nullable: true, description: 'Where; null when not known.' })
  place!: string | null;

  @Field({ description: 'One line saying what it states.' })
  description!: string;

  @Field(() => [ReviewQuote], { description: 'The quotes that state it.' })
  evidence!: ReviewQuote[];
}

@ObjectType({ description: 'A stretch of the draft\'s text that names one of its actors.' })
export class ReviewMention {
  @Field(() => ID, { description: 'The itemId of the actor named.' })
  itemId!: string;

  @Field(() => Int, { description: 'Offset of the first character.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just after the last character.' })
  end!: number;
}

@ObjectType({ description: 'How far the review of a draft has come.' })
export class DecisionCounts {
  @Field(() => Int, { description: 'Actors of the draft.' })
  actors!: number;

  @Field(() => Int, { description: 'Relations of the draft.' })
  relations!: number;

  @Field(() => Int, { description: 'Items accepted.' })
  accepted!: number;

  @Field(() => Int, { description: 'Items rejected.' })
  rejected!: number;

  @Field(() => Int, { description: 'Items not decided yet.' })
  undecided!: number;
}

@ObjectType({ description: 'A review draft as the queue lists it.' })
export class ReviewDraftSummary {
  @Field(() => ID, { description: 'The draft\'s id.' })
  id!: string;

  @Field(() => DraftStatusEnum, { description: 'Where it stands.' })
  status!: DraftStatus;

  @Field(() => DraftSourceEnum, { description: 'Where it came from.' })
  source!: DraftSource;

  @Field(() => ID, { description: 'The document id it is (or will be) written under.' })
  documentId!: string;

  @Field({ description: 'The document\'s title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The document\'s date, a partial date.' })
  date!: string | null;

  @Field({ description: 'Who kept it (an API key\'s name).' })
  createdBy!: string;

  @Field({ description: 'When, as an ISO-8601 time.' })
  createdAt!: string;

  @Field({ description: 'When it last changed.' })
  updatedAt!: string;

  @Field(() => String, { nullable: true, description: 'Who finished it; null until then.' })
  finishedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'When it was finished; null until then.' })
  finishedAt!: string | null;

  @Field(() => DecisionCounts, { description: 'Its items by decision.' })
  counts!: DecisionCounts;
}

@ObjectType({ description: 'A review draft with its text and every item, each with its current state and decision.' })
export class ReviewDraft extends ReviewDraftSummary {
  @Field({ description: 'The text, as it will be stored.', complexity: LARGE_TEXT_COST })
  text!: string;

  @Field(() => [String], { description: 'What the rules want the reviewer to know (e.g. a relative date they could not resolve).' })
  warnings!: string[];

  @Field(() => [ReviewMention], { description: 'Where the text names the draft\'s actors, in text order.' })
  mentions!: ReviewMention[];

  @Field(() => [ReviewActor], { description: 'The actors, in order.' })
  actors!: ReviewActor[];

  @Field(() => [ReviewRelation], { description: 'The relations, in order.' })
  relations!: ReviewRelation[];
}

export const ReviewDraftConnection = connectionType(ReviewDraftSummary, 'ReviewDraft', 'review draft', 'review drafts');
export type ReviewDraftConnection = ConnectionShape<ReviewDraftSummary>;

@ObjectType({ description: 'What a decision changed: the item decided on first, then the items it carried along (an actor rejected rejects its relations; a relation accepted accepts its actors).' })
export class ReviewChange {
  @Field(() => ID, { description: 'The draft.' })
  draftId!: string;

  @Field({ description: 'False when the decision changed nothing (it had been made already): a retry is harmless.' })
  changed!: boolean;

  @Field(() => [ReviewActor], { description: 'The actors as they are now: the one decided on, or those it carried along.' })
  actors!: ReviewActor[];

  @Field(() => [ReviewRelation], { description: 'The relations as they are now: the one decided on, or those it carried along.' })
  relations!: ReviewRelation[];
}

@ObjectType({ description: 'A finished draft and what writing it changed in the graph.' })
export class FinishedReview {
  @Field(() => ReviewDraftSummary, { description: 'The draft, now DONE.' })
  draft!: ReviewDraftSummary;

  @Field(() => IngestResult, { description: 'What its accepted items changed in the graph.' })
  ingest!: IngestResult;
}
