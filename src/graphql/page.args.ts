import { ArgsType, Field, Int } from 'type-graphql';
import { MAX_CURSOR_CHARS } from '../config/annotation-limits';

/** The arguments of every paginated list. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (default and maximum are configured).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: `Cursor to continue after (pageInfo.endCursor of the previous page). At most ${MAX_CURSOR_CHARS} characters.` })
  after?: string | null;
}
