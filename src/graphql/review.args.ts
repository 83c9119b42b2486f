import { ArgsType, Field, ID } from 'type-graphql';
import { DraftStatus } from '../review/review-draft.types';
import { PageArgs } from './page.args';
import { DraftStatusEnum } from './review.type';

@ArgsType()
export class ReviewDraftsArgs extends PageArgs {
  @Field(() => [DraftStatusEnum], { nullable: true, description: 'Keep drafts in these states (e.g. [NEW, IN_REVIEW] for what is left to review); all when absent.' })
  status?: DraftStatus[] | null;
}

@ArgsType()
export class DraftIdArgs {
  @Field(() => ID, { description: 'The draft\'s id.' })
  id!: string;
}
