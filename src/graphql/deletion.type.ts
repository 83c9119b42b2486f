/** What `deleteDocument` and `deleteActor` answer, and what `deletions` lists: the journal's record, in counts and ids a curator can check. */
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum DeletedKind {
  DOCUMENT = 'DOCUMENT',
  ACTOR = 'ACTOR',
}

registerEnumType(DeletedKind, {
  name: 'DeletedKind',
  description: 'What a deletion was asked to delete.',
  valuesConfig: {
    DOCUMENT: { description: 'A document, with what only it supports.' },
    ACTOR: { description: 'An actor, with its relations and quotes.' },
  },
});

@ObjectType({ description: 'A deletion of a document or an actor, as the journal keeps it: who deleted what, when, and what went with it. The journal keeps every property of what went.' })
export class Deletion {
  @Field(() => ID, { description: "The deletion's id." })
  id!: string;

  @Field(() => DeletedKind, { description: 'Whether a document or an actor was deleted.' })
  kind!: DeletedKind;

  @Field(() => ID, { description: 'The id of the document or actor deleted.' })
  targetId!: string;

  @Field({ description: 'Who deleted: the name of the API key the request carried.' })
  deletedBy!: string;

  @Field({ description: 'When, as an ISO 8601 instant.' })
  deletedAt!: string;

  @Field(() => [ID], { description: 'The actors deleted: the actor itself, or those only the document mentioned and no relation kept.' })
  actorsDeleted!: string[];

  @Field(() => [ID], { description: 'The relations deleted: those of the actor, or those only the document supported.' })
  relationsDeleted!: string[];

  @Field(() => [ID], { description: 'Relations that stay because other documents also support them; the document is no longer among their sources.' })
  relationsKept!: string[];

  @Field(() => Int, { description: 'Quotes deleted.' })
  quotesDeleted!: number;
}
