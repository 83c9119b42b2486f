/**
 * The inputs of single writes. Their values are checked by the loader's rules (annotation.validate.ts),
 * limits included, before anything reaches the database; the descriptions state the limits from the
 * one module that defines them.
 */
import { Field, ID, InputType, Int } from 'type-graphql';
import { FIELD_CHARS, LIST_ENTRIES, MAX_ID_CHARS } from '../config/annotation-limits';
import { ActorKind, RelationType } from '../graph/vocabulary';
import { ActorKindEnum, RelationTypeEnum } from './enums';

@InputType({ description: 'A quote from a loaded document.' })
export class QuoteInput {
  @Field({ description: `Exact text from the document named by the input's documentId, at most ${FIELD_CHARS.quote} characters.` })
  quote!: string;

  @Field(() => Int, { nullable: true, description: 'Which occurrence, when the quote occurs more than once (default 1).' })
  occurrence?: number | null;
}

@InputType({ description: 'An actor to create or update; aliases and roles are added to the existing ones.' })
export class ActorInput {
  @Field(() => ID, { description: `Stable id, a slug of at most ${MAX_ID_CHARS} characters; an existing id updates that actor.` })
  id!: string;

  @Field({ description: `Canonical name, at most ${FIELD_CHARS.actor.name} characters. An existing actor keeps its first name: a new one is added to its aliases.` })
  name!: string;

  @Field(() => ActorKindEnum, { description: 'What kind of actor; another kind than an existing actor has is refused (ACTOR_FACT_CONFLICT).' })
  kind!: ActorKind;

  @Field(() => [String], { nullable: true, description: `Other spellings: at most ${LIST_ENTRIES.aliases}, each at most ${FIELD_CHARS.alias} characters.` })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: `A short description, at most ${FIELD_CHARS.actor.description} characters. An existing actor keeps its first description: a different one is not stored.` })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: `Roles, e.g. Prime Minister of Iraq: at most ${LIST_ENTRIES.roles}, each at most ${FIELD_CHARS.role} characters.` })
  roles?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The Wikidata item id, e.g. Q796; a given id replaces the stored one.' })
  wikidataId?: string | null;

  @Field(() => ID, { description: 'The loaded document the quotes come from.' })
  documentId!: string;

  @Field(() => [QuoteInput], { description: `At least one quote naming the actor, at most ${LIST_ENTRIES.evidence}.` })
  evidence!: QuoteInput[];
}

@InputType({ description: 'A relation to create or update; its id follows from type, actors and time.' })
export class RelationInput {
  @Field(() => RelationTypeEnum, { description: 'What the relation is.' })
  type!: RelationType;

  @Field(() => ID, { description: `Id of the source actor (an existing actor), at most ${MAX_ID_CHARS} characters.` })
  from!: string;

  @Field(() => ID, { description: `Id of the target actor (an existing actor), at most ${MAX_ID_CHARS} characters.` })
  to!: string;

  @Field(() => String, { nullable: true, description: 'When: a partial date or a range, e.g. 2020 or 2023-10-07/..' })
  time?: string | null;

  @Field(() => String, { nullable: true, description: `Where, at most ${FIELD_CHARS.relation.place} characters.` })
  place?: string | null;

  @Field({ description: `One line saying what the relation is, at most ${FIELD_CHARS.relation.description} characters.` })
  description!: string;

  @Field(() => ID, { description: 'The loaded document the quotes come from.' })
  documentId!: string;

  @Field(() => [QuoteInput], { description: `At least one quote stating the relation (required), at most ${LIST_ENTRIES.evidence}.` })
  evidence!: QuoteInput[];
}
