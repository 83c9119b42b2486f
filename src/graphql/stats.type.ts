import { Field, Int, ObjectType } from 'type-graphql';
import { ActorKind, RelationType } from '../graph/vocabulary';
import { Actor } from './actor.type';
import { ActorKindEnum, RelationTypeEnum } from './enums';

@ObjectType({ description: 'How many actors are of one kind.' })
export class KindCount {
  @Field(() => ActorKindEnum, { description: 'The kind.' })
  kind!: ActorKind;

  @Field(() => Int, { description: 'How many actors are of it.' })
  count!: number;
}

@ObjectType({ description: 'How many relations are of one type.' })
export class TypeCount {
  @Field(() => RelationTypeEnum, { description: 'The type.' })
  type!: RelationType;

  @Field(() => Int, { description: 'How many relations are of it.' })
  count!: number;
}

@ObjectType({ description: 'What the graph holds.' })
export class Stats {
  @Field(() => Int, { description: 'All actors.' })
  actors!: number;

  @Field(() => Int, { description: 'All relations.' })
  relations!: number;

  @Field(() => [KindCount], { description: 'Actors by kind.' })
  actorKinds!: KindCount[];

  @Field(() => [TypeCount], { description: 'Relations by type.' })
  relationTypes!: TypeCount[];

  @Field(() => [Actor], { description: 'The actors with the most relations, most first.' })
  mostConnected!: Actor[];
}
