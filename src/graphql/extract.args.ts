import { ArgsType, Field } from 'type-graphql';
import { FIELD_CHARS, MAX_DATE_ARGUMENT_CHARS } from '../config/annotation-limits';

@ArgsType()
export class ExtractDocumentArgs {
  @Field({ description: 'The text to draft, plain UTF-8 (at most MAX_EXTRACT_CHARS characters).' })
  text!: string;

  @Field(() => String, { nullable: true, description: `The title of the document; drafted from the text when absent. At most ${FIELD_CHARS.document.title} characters.` })
  title?: string | null;

  @Field(() => String, { nullable: true, description: `The date of the document (YYYY, YYYY-MM or YYYY-MM-DD); relative dates in the text are resolved against it. At most ${MAX_DATE_ARGUMENT_CHARS} characters.` })
  date?: string | null;
}
