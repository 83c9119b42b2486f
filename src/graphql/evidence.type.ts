import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MEDIUM_TEXT_COST } from './cost';
import { Node } from './node.type';

@ObjectType({ implements: Node, description: "A verbatim quote from a document, where it stands in the document's text." })
export class Evidence {
  @Field(() => ID, { description: 'Stable id of the quote; node(id) returns the quote again.' })
  id!: string;

  @Field({ description: 'The exact text quoted.', complexity: MEDIUM_TEXT_COST })
  quote!: string;

  @Field(() => Int, { description: "Offset of the quote's first character in the document text (UTF-16 code units)." })
  start!: number;

  @Field(() => Int, { description: 'Offset just after the last character: text.slice(start, end) equals the quote.' })
  end!: number;

  /** Not a field: the resolver loads the document. */
  documentId!: string;
}
