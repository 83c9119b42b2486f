/** What `possibleDuplicates` answers: two actors likely to be one, with the score and the reasons. */
import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Two actors that are likely one, best first; merge them with mergeActors.' })
export class DuplicatePair {
  @Field(() => [ID], { description: "The two actors' ids, in id order." })
  actorIds!: string[];

  @Field(() => [String], { description: "The two actors' names, in the order of actorIds." })
  names!: string[];

  @Field(() => Float, { description: 'From 0 to 1: names and aliases weigh most, shared neighbours and documents add; 1 only for one Wikidata item.' })
  score!: number;

  @Field(() => [String], { description: 'Why, in words: the names that match and how, the kind, neighbours and documents in common.' })
  reasons!: string[];
}
