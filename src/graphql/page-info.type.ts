import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where a page stands in its list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'True when a next page exists; ask for it with after: endCursor.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when this page was asked for with an after cursor.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as after for the next page.' })
  endCursor!: string | null;
}
