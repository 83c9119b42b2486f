import { ArgsType, Field } from 'type-graphql';
import { MAX_DATE_ARGUMENT_CHARS, MAX_LIST_ARGUMENT_ENTRIES, MAX_SEARCH_CHARS, MAX_SEARCH_DEPTH } from '../config/annotation-limits';
import { RelationType } from '../graph/vocabulary';
import { RelationTypeEnum } from './enums';
import { PageArgs } from './page.args';

@ArgsType()
export class SearchEvidenceArgs extends PageArgs {
  @Field({
    description: `Free text: quotes holding its words rank first (English stems: "strikes" finds "strike"; stop words are left out); when nothing matches, words of four letters or more match with up to two typos. At most ${MAX_SEARCH_CHARS} characters. Pages reach the first ${MAX_SEARCH_DEPTH} hits.`,
  })
  text!: string;

  @Field(() => [RelationTypeEnum], { nullable: true, description: `Quotes of relations of these types only (actors' quotes are left out). At most ${MAX_LIST_ARGUMENT_ENTRIES} entries.` })
  types?: RelationType[] | null;

  @Field(() => String, { nullable: true, description: `Quotes from documents dated on or after this partial date (YYYY, YYYY-MM or YYYY-MM-DD); undated documents are left out. At most ${MAX_DATE_ARGUMENT_CHARS} characters.` })
  since?: string | null;

  @Field(() => String, { nullable: true, description: `Quotes from documents dated on or before this partial date; undated documents are left out. At most ${MAX_DATE_ARGUMENT_CHARS} characters.` })
  until?: string | null;
}
