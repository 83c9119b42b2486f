import { Field, ID, ObjectType } from 'type-graphql';
import { ActorKind } from '../graph/vocabulary';
import { ActorKindEnum } from './enums';
import { connectionType, ConnectionShape } from './connection.type';
import { Node } from './node.type';

@ObjectType({ implements: Node, description: 'A person, state, government, organisation, armed group, military force, coalition or population.' })
export class Actor {
  @Field(() => ID, { description: "Stable id (a slug such as 'qassem-soleimani')." })
  id!: string;

  @Field({ description: 'Canonical name.' })
  name!: string;

  @Field(() => [String], { description: 'Other spellings and names used in the documents.' })
  aliases!: string[];

  @Field(() => ActorKindEnum, { description: 'What kind of actor this is.' })
  kind!: ActorKind;

  @Field(() => String, { nullable: true, description: 'A short description.' })
  description!: string | null;

  @Field(() => [String], { description: 'Roles the documents give, e.g. Prime Minister of Iraq.' })
  roles!: string[];

  @Field({ description: 'False while the actor is a proposal of the extraction rules, loaded unreviewed (acceptProposed); true once a person has reviewed it, and for every hand-written actor.' })
  reviewed!: boolean;

  @Field(() => String, { nullable: true, description: 'The name of the API key whose write last reviewed the actor (a review draft finished, a reviewed load through the API, or a file\'s reviewedBy); null when not recorded. Never the key itself.' })
  reviewedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'When the actor was last reviewed, as an ISO-8601 time (e.g. 2024-03-10T14:05:00.000Z); null when not recorded.' })
  reviewedAt!: string | null;

  @Field(() => String, { nullable: true, description: "The actor's Wikidata item id (e.g. Q796 for Iraq), for joining with Wikidata, GDELT or ACLED; null when not known." })
  wikidataId!: string | null;

  // degree: a field resolver (ActorResolver.degree), counted only when asked for.
}

export const ActorConnection = connectionType(Actor, 'Actor', 'actor', 'actors');
export type ActorConnection = ConnectionShape<Actor>;

@ObjectType({ description: 'An actor found by full-text search, with its relevance.' })
export class SearchHit {
  @Field(() => Actor, { description: 'The actor found.' })
  actor!: Actor;

  @Field({ description: 'Relevance score from the full-text index; higher is better.' })
  score!: number;
}
