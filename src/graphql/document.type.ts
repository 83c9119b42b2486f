import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './page-info.type';
import { TimeSpan } from './time-span.type';

@ObjectType({ description: 'An annotated source document.' })
export class Document {
  @Field(() => ID, { description: 'Stable id (a slug).' })
  id!: string;

  @Field({ description: 'Title or headline.' })
  title!: string;

  @Field({ description: 'The full text that quotes point into.' })
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

@ObjectType({ description: 'A document in a list, with its cursor.' })
export class DocumentEdge {
  @Field({ description: 'Pass as after to continue after this document.' })
  cursor!: string;

  @Field(() => Document, { description: 'The document.' })
  node!: Document;
}

@ObjectType({ description: 'A page of documents.' })
export class DocumentConnection {
  @Field(() => [DocumentEdge], { description: 'The documents of this page, in order.' })
  edges!: DocumentEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and their cursors.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many documents there are, over all pages.' })
  totalCount!: number;
}
