import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What an ingested document changed.' })
export class IngestResult {
  @Field(() => Int, { description: 'Actors that did not exist before.' })
  actorsCreated!: number;

  @Field(() => Int, { description: 'Existing actors the document added to.' })
  actorsUpdated!: number;

  @Field(() => Int, { description: 'Relations that did not exist before.' })
  relationsCreated!: number;

  @Field(() => Int, { description: 'Existing relations the document added quotes to.' })
  relationsUpdated!: number;

  @Field(() => Int, { description: 'Quotes in the document.' })
  quotes!: number;

  @Field(() => [String], { description: 'Names or aliases the document\'s actors share with other actors: possible duplicates to review.' })
  possibleDuplicates!: string[];

  @Field(() => [String], {
    description: "Actors that already had another description: the first is kept, and the document's is listed here as `actorId: description`, not stored.",
  })
  descriptionsKept!: string[];
}
