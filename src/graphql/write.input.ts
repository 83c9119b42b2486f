import { Field, ID, InputType, Int } from 'type-graphql';
import { ActorKind, RelationType } from '../graph/vocabulary';
import { ActorKindEnum, RelationTypeEnum } from './enums';

@InputType({ description: 'A quote from a loaded document.' })
export class QuoteInput {
  @Field({ description: "Exact text from the document named by the input's documentId." })
  quote!: string;

  @Field(() => Int, { nullable: true, description: 'Which occurrence, when the quote occurs more than once (default 1).' })
  occurrence?: number | null;
}

@InputType({ description: 'An actor to create or update; aliases and roles are added to the existing ones.' })
export class ActorInput {
  @Field(() => ID, { description: 'Stable id, a slug; an existing id updates that actor.' })
  id!: string;

  @Field({ description: 'Canonical name.' })
  name!: string;

  @Field(() => ActorKindEnum, { description: 'What kind of actor.' })
  kind!: ActorKind;

  @Field(() => [String], { nullable: true, description: 'Other spellings.' })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A short description.' })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'Roles, e.g. Prime Minister of Iraq.' })
  roles?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The Wikidata item id, e.g. Q796; a given id replaces the stored one.' })
  wikidataId?: string | null;

  @Field(() => ID, { description: 'The loaded document the quotes come from.' })
  documentId!: string;

  @Field(() => [QuoteInput], { description: 'At least one quote naming the actor.' })
  evidence!: QuoteInput[];
}

@InputType({ description: 'A relation to create or update; its id follows from type, actors and time.' })
export class RelationInput {
  @Field(() => RelationTypeEnum, { description: 'What the relation is.' })
  type!: RelationType;

  @Field(() => ID, { description: 'Id of the source actor (an existing actor).' })
  from!: string;

  @Field(() => ID, { description: 'Id of the target actor (an existing actor).' })
  to!: string;

  @Field(() => String, { nullable: true, description: 'When: a partial date or a range, e.g. 2020 or 2023-10-07/..' })
  time?: string | null;

  @Field(() => String, { nullable: true, description: 'Where.' })
  place?: string | null;

  @Field({ description: 'One line saying what the relation is.' })
  description!: string;

  @Field(() => ID, { description: 'The loaded document the quotes come from.' })
  documentId!: string;

  @Field(() => [QuoteInput], { description: 'At least one quote stating the relation (required).' })
  evidence!: QuoteInput[];
}
