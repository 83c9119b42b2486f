/**
 * The draft `extractDocument` returns: what the extraction rules found in a text, each proposed
 * item with the rule and confidence behind it and its quotes located in the text, for a person to
 * review before anything is saved.
 */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ActorKind, RelationType } from '../graph/vocabulary';
import { ActorKindEnum, RelationTypeEnum } from './enums';

@ObjectType({ description: 'Why an item is in a draft: the rule that proposed it and how sure it is.' })
export class Proposal {
  @Field(() => Float, { description: 'How sure the rule is, from 0 to 1.' })
  confidence!: number;

  @Field({ description: 'The name of the rule that proposed the item.' })
  rule!: string;
}

@ObjectType({ description: 'A quote of a draft, located in the text it was drafted from.' })
export class DraftQuote {
  @Field({ description: 'The words, verbatim from the text.' })
  quote!: string;

  @Field(() => Int, { description: 'Which occurrence of the words is meant (1 for the first).' })
  occurrence!: number;

  @Field(() => Int, { description: 'Offset of the first character in the text (UTF-16 code units).' })
  start!: number;

  @Field(() => Int, { description: 'Offset just after the last character: text.slice(start, end) is the quote.' })
  end!: number;
}

@ObjectType({ description: 'An actor of a draft: one the graph already holds (linked by name or alias) or a new one the rules propose.' })
export class DraftActor {
  @Field(() => ID, { description: "The actor's id: the graph's id for a known actor, a new slug otherwise." })
  id!: string;

  @Field({ description: 'Canonical name.' })
  name!: string;

  @Field(() => ActorKindEnum, { description: 'The kind, as the graph has it or as the rules guessed it from cues in the text.' })
  kind!: ActorKind;

  @Field(() => [String], { description: 'Other spellings the text uses.' })
  aliases!: string[];

  @Field(() => [String], { description: 'Roles the text gives, e.g. Prime Minister.' })
  roles!: string[];

  @Field(() => String, { nullable: true, description: 'A short description.' })
  description!: string | null;

  @Field(() => [DraftQuote], { description: 'Quotes naming the actor.' })
  evidence!: DraftQuote[];

  @Field({ description: 'True when the graph already holds this actor (entity linking), false for a new one.' })
  known!: boolean;

  @Field(() => Proposal, { nullable: true, description: 'Why the rules propose it; null when nothing about it needs review.' })
  proposal!: Proposal | null;
}

@ObjectType({ description: 'A relation the rules propose, from the closed vocabulary, with its direction and evidence.' })
export class DraftRelation {
  @Field(() => RelationTypeEnum, { description: 'What the relation is.' })
  type!: RelationType;

  @Field(() => ID, { description: 'Id of the source actor (one of the draft\'s actors).' })
  from!: string;

  @Field(() => ID, { description: 'Id of the target actor (one of the draft\'s actors).' })
  to!: string;

  @Field({ description: 'True when the type reads the same both ways.' })
  symmetric!: boolean;

  @Field(() => String, { nullable: true, description: 'When, as a partial date (2024, 2024-01, 2024-01-18) or a range; null when the text does not say.' })
  time!: string | null;

  @Field(() => String, { nullable: true, description: 'Where, when the sentence names a place.' })
  place!: string | null;

  @Field({ description: 'One line saying what the relation is.' })
  description!: string;

  @Field(() => [DraftQuote], { description: 'The quotes that state it: the tightest clause, verbatim.' })
  evidence!: DraftQuote[];

  @Field(() => Proposal, { nullable: true, description: 'Why the rules propose it; null when nothing about it needs review.' })
  proposal!: Proposal | null;
}

@ObjectType({ description: 'A stretch of the text that names an actor of the draft.' })
export class DraftMention {
  @Field(() => ID, { description: 'The actor named.' })
  actorId!: string;

  @Field(() => Int, { description: 'Offset of the first character (UTF-16 code units).' })
  start!: number;

  @Field(() => Int, { description: 'Offset just after the last character.' })
  end!: number;

  @Field({ description: 'The words as the text has them.' })
  text!: string;

  @Field({ description: 'True when the actor is one the graph already holds.' })
  known!: boolean;
}

@ObjectType({ description: 'The header of the drafted document.' })
export class DraftDocumentHeader {
  @Field(() => ID, { description: 'The id the document would be saved under (a slug).' })
  id!: string;

  @Field({ description: 'Its title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Its date, a partial date.' })
  date!: string | null;
}

@ObjectType({ description: 'A draft annotation of a text: nothing of it is saved until a person reviews it and sends it to ingestDocument.' })
export class DocumentDraft {
  @Field(() => DraftDocumentHeader, { description: 'The document the draft annotates.' })
  document!: DraftDocumentHeader;

  @Field(() => [DraftActor], { description: 'The actors the text names: ones the graph holds, linked by name or alias, and new ones.' })
  actors!: DraftActor[];

  @Field(() => [DraftRelation], { description: 'The relations the rules propose.' })
  relations!: DraftRelation[];

  @Field(() => [DraftMention], { description: 'Every stretch of the text that names an actor, in text order.' })
  mentions!: DraftMention[];

  @Field(() => [String], { description: 'What a reviewer should know, e.g. a relative date that could not be resolved.' })
  warnings!: string[];

  @Field({
    description:
      'The draft in the loader\'s annotation format, text inline, as JSON: proposed items carry "review": "proposed", a confidence and a rule. Save it, review it, and load it with ingestDocument or npm run load.',
  })
  annotation!: string;
}
