import { Field, Int, ObjectType } from 'type-graphql';
import { Actor } from './actor.type';
import { Relation } from './relation.type';

@ObjectType({ description: 'A chain of relations from one actor to another.' })
export class Path {
  @Field(() => [Actor], { description: 'The actors along the path, from the start to the end.' })
  actors!: Actor[];

  @Field(() => [Relation], { description: 'The relations between consecutive actors (one fewer than actors).' })
  relations!: Relation[];

  @Field(() => Int, { description: 'Number of relations in the path.' })
  length!: number;
}
