import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class ExtractDocumentArgs {
  @Field({ description: 'The text to draft, plain UTF-8 (at most MAX_EXTRACT_CHARS characters).' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'The title of the document; drafted from the text when absent.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'The date of the document (YYYY, YYYY-MM or YYYY-MM-DD); relative dates in the text are resolved against it.' })
  date?: string | null;
}
