import { Field, ID, ObjectType } from 'type-graphql';
import { LARGE_TEXT_COST } from './cost';
import { connectionType, ConnectionShape } from './connection.type';
import { TimeSpan } from './time-span.type';
import { Node } from './node.type';

@ObjectType({ implements: Node, description: 'An annotated source document.' })
export class Document {
  @Field(() => ID, { description: 'Stable id (a slug).' })
  id!: string;

  @Field({ description: 'Title or headline.' })
  title!: string;

  @Field({ description: 'The full text that quotes point into.', complexity: LARGE_TEXT_COST })
  text!: string;

  @Field(() => TimeSpan, { nullable: true, description: 'Publication date, as far as known.' })
  date!: TimeSpan | null;

  @Field(() => String, { nullable: true, description: 'Publisher, when known.' })
  publisher!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the document was published, when known.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'Language code, e.g. en.' })
  language!: string | null;
}

export const DocumentConnection = connectionType(Document, 'Document', 'document', 'documents');
export type DocumentConnection = ConnectionShape<Document>;
