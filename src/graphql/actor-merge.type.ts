/** What `mergeActors` and `splitActor` answer: the merge's record, in counts and names a curator can check. */
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A merge of one actor into another, as recorded: who made it, when, and what it moved. `splitActor` undoes it from this record.' })
export class ActorMerge {
  @Field(() => ID, { description: "The merge's id." })
  id!: string;

  @Field(() => ID, { description: 'The actor that stays and holds everything of both.' })
  keptId!: string;

  @Field(() => ID, { description: 'The actor merged away; until a split, its id names the kept actor in loads and writes.' })
  mergedId!: string;

  @Field({ description: 'Who merged: the name of the API key the request carried.' })
  mergedBy!: string;

  @Field({ description: 'When, as an ISO 8601 instant.' })
  mergedAt!: string;

  @Field(() => String, { nullable: true, description: 'Who split it again; null while the merge stands.' })
  splitBy!: string | null;

  @Field(() => String, { nullable: true, description: 'When it was split, as an ISO 8601 instant; null while the merge stands.' })
  splitAt!: string | null;

  @Field(() => Int, { description: "Relations of the merged actor moved to the kept actor as relations of their own." })
  relationsMoved!: number;

  @Field(() => Int, { description: 'Relations of the merged actor that the kept actor already had: their documents were joined to it.' })
  relationsJoined!: number;

  @Field(() => Int, { description: 'Relations between the two actors, dropped: they would join the kept actor to itself.' })
  relationsDropped!: number;

  @Field(() => Int, { description: 'Quotes moved to the kept actor or to its relations.' })
  quotesMoved!: number;

  @Field(() => Int, { description: 'Quotes dropped as copies of quotes the kept actor or its relations had, or with a dropped relation.' })
  quotesDropped!: number;

  @Field(() => [String], { description: "The merged actor's name and aliases that became aliases of the kept actor." })
  aliasesAdded!: string[];

  @Field(() => [ID], { description: 'Documents that mentioned the merged actor and now mention the kept one.' })
  documentsAdded!: string[];
}
