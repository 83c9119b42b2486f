import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ActorKind } from '../graph/vocabulary';
import { ActorKindEnum } from './enums';
import { PageInfo } from './page-info.type';

@ObjectType({ description: 'A person, state, government, organisation, armed group, military force, coalition or population.' })
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

  @Field(() => Int, { description: 'How many relations the actor has, either direction.' })
  degree!: number;
}

@ObjectType({ description: 'An actor in a list, with its cursor.' })
export class ActorEdge {
  @Field({ description: 'Pass as after to continue after this actor.' })
  cursor!: string;

  @Field(() => Actor, { description: 'The actor.' })
  node!: Actor;
}

@ObjectType({ description: 'A page of actors.' })
export class ActorConnection {
  @Field(() => [ActorEdge], { description: 'The actors of this page, in order.' })
  edges!: ActorEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and their cursors.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many actors match, over all pages.' })
  totalCount!: number;
}

@ObjectType({ description: 'An actor found by full-text search, with its relevance.' })
export class SearchHit {
  @Field(() => Actor, { description: 'The actor found.' })
  actor!: Actor;

  @Field({ description: 'Relevance score from the full-text index; higher is better.' })
  score!: number;
}
