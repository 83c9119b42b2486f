/**
 * The inputs of review decisions. Each names the draft, the item and the version it was decided
 * on; fields left out stay as they are. Their values are checked by the rules of deciding
 * (src/review/review-decisions.ts), which refuse with the field's name.
 */
import { Field, ID, InputType, Int } from 'type-graphql';
import { FIELD_CHARS, LIST_ENTRIES, MAX_DATE_ARGUMENT_CHARS } from '../config/annotation-limits';
import { ActorKind, RelationType } from '../graph/vocabulary';
import { Decision } from '../review/review-draft.types';
import { ActorKindEnum, RelationTypeEnum } from './enums';
import { DecisionEnum } from './review.type';

@InputType({ description: 'Which item of which draft, at which version (not in the schema: only its subtypes are).' })
abstract class ItemDecisionInput {
  @Field(() => ID, { description: 'The draft.' })
  draftId!: string;

  @Field(() => ID, { description: 'The item (its itemId).' })
  itemId!: string;

  @Field(() => Int, { description: 'The version of the item the decision was made on; another decision since refuses it (REVIEW_CONFLICT), unless it changes nothing.' })
  version!: number;

  @Field(() => DecisionEnum, { nullable: true, description: 'Accept, reject, or undo a decision (UNDECIDED).' })
  decision?: Decision | null;
}

@InputType({ description: 'A decision on an actor of a draft: accept or reject it, change its name, kind or aliases, link it to an actor of the graph or keep it new.' })
export class ReviewActorInput extends ItemDecisionInput {
  @Field(() => String, { nullable: true, description: `A new name, at most ${FIELD_CHARS.actor.name} characters; a new actor's id follows it.` })
  name?: string | null;

  @Field(() => ActorKindEnum, { nullable: true, description: 'A new kind.' })
  kind?: ActorKind | null;

  @Field(() => [String], { nullable: true, description: `All its aliases (replacing them): at most ${LIST_ENTRIES.aliases}, each at most ${FIELD_CHARS.alias} characters.` })
  aliases?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The id of an actor of the graph to write this one into (its name and kind come along; the name the text uses becomes an alias).' })
  linkTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True: keep it a new actor, not linked to one of the graph.' })
  keepNew?: boolean | null;
}

@InputType({ description: 'A decision on a relation of a draft: accept or reject it, change its type, its ends, its time or place.' })
export class ReviewRelationInput extends ItemDecisionInput {
  @Field(() => RelationTypeEnum, { nullable: true, description: 'A new type.' })
  type?: RelationType | null;

  @Field(() => ID, { nullable: true, description: 'A new source: the itemId of an actor of the draft.' })
  from?: string | null;

  @Field(() => ID, { nullable: true, description: 'A new target: the itemId of an actor of the draft.' })
  to?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True: exchange source and target (after from and to are applied).' })
  swap?: boolean | null;

  @Field(() => String, { nullable: true, description: `A new time, a partial date or a range (2024-03-03, 2003/..); empty clears it. At most ${MAX_DATE_ARGUMENT_CHARS} characters.` })
  time?: string | null;

  @Field(() => String, { nullable: true, description: `A new place, at most ${FIELD_CHARS.relation.place} characters; empty clears it.` })
  place?: string | null;
}

@InputType({ description: 'An actor made from a stretch of the draft\'s text, accepted.' })
export class AddReviewActorInput {
  @Field(() => ID, { description: 'The draft.' })
  draftId!: string;

  @Field(() => Int, { description: 'Offset of the stretch\'s first character in the text (UTF-16 code units).' })
  start!: number;

  @Field(() => Int, { description: 'Offset just after its last character.' })
  end!: number;

  @Field(() => String, { nullable: true, description: `Its name; the stretch itself when absent (which then becomes an alias if they differ). At most ${FIELD_CHARS.actor.name} characters.` })
  name?: string | null;

  @Field(() => ActorKindEnum, { description: 'Its kind.' })
  kind!: ActorKind;
}

@InputType({ description: 'A quote of the draft\'s text: its words, and where they start when selected.' })
export class ReviewQuoteInput {
  @Field({ description: `The words, verbatim from the text, at most ${FIELD_CHARS.quote} characters.` })
  quote!: string;

  @Field(() => Int, { nullable: true, description: 'Where they start in the text (UTF-16 code units); their first occurrence when absent. Words that are not there are refused.' })
  start?: number | null;
}

@InputType({ description: 'A relation the rules missed, accepted, with its quotes; its actors are accepted with it.' })
export class AddReviewRelationInput {
  @Field(() => ID, { description: 'The draft.' })
  draftId!: string;

  @Field(() => RelationTypeEnum, { description: 'What the relation is.' })
  type!: RelationType;

  @Field(() => ID, { description: 'The itemId of its source actor in the draft.' })
  from!: string;

  @Field(() => ID, { description: 'The itemId of its target actor in the draft.' })
  to!: string;

  @Field(() => [ReviewQuoteInput], { description: `The quotes that state it: at least one, at most ${LIST_ENTRIES.evidence}.` })
  evidence!: ReviewQuoteInput[];

  @Field(() => String, { nullable: true, description: 'When: a partial date or a range.' })
  time?: string | null;

  @Field(() => String, { nullable: true, description: `Where, at most ${FIELD_CHARS.relation.place} characters.` })
  place?: string | null;
}

@InputType({ description: 'Finishing a draft: its accepted items are written into the graph under this document.' })
export class FinishReviewInput {
  @Field(() => ID, { description: 'The draft.' })
  draftId!: string;

  @Field(() => ID, { nullable: true, description: 'The document id to write it under (a slug); the draft\'s when absent.' })
  documentId?: string | null;

  @Field(() => String, { nullable: true, description: `The document's title; the draft's when absent. At most ${FIELD_CHARS.document.title} characters.` })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'The document\'s date, a partial date; the draft\'s when absent, none when empty.' })
  date?: string | null;
}
