import { ArgsType, Field, ID, Int } from 'type-graphql';
import { MAX_DATE_ARGUMENT_CHARS, MAX_ID_CHARS, MAX_LIST_ARGUMENT_ENTRIES } from '../config/annotation-limits';
import { RelationOrder } from '../graph/relation.repository';
import { RelationType } from '../graph/vocabulary';
import { RelationOrderEnum, RelationTypeEnum } from './enums';
import { PageArgs } from './page.args';

/** The arguments of every paginated relation list. */
@ArgsType()
export class RelationPageArgs extends PageArgs {
  @Field(() => RelationOrderEnum, { defaultValue: 'ID', description: 'The order of the list; a cursor continues only the order it came from.' })
  orderBy!: RelationOrder;
}

@ArgsType()
export class RelationsArgs extends RelationPageArgs {
  @Field(() => [RelationTypeEnum], { nullable: true, description: `Keep relations of these types. At most ${MAX_LIST_ARGUMENT_ENTRIES} entries.` })
  types?: RelationType[] | null;

  @Field(() => ID, { nullable: true, description: `Keep relations of this actor, either direction. At most ${MAX_ID_CHARS} characters.` })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: `Keep relations whose time reaches this partial date or later (e.g. 2020). At most ${MAX_DATE_ARGUMENT_CHARS} characters.` })
  since?: string | null;

  @Field(() => String, { nullable: true, description: `Keep relations whose time starts by this partial date. At most ${MAX_DATE_ARGUMENT_CHARS} characters.` })
  until?: string | null;

  @Field(() => ID, { nullable: true, description: `Keep relations this document gives quotes for. At most ${MAX_ID_CHARS} characters.` })
  documentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Keep only reviewed relations (true), or only those proposed by the extraction rules and not reviewed yet (false); all when absent.' })
  reviewed?: boolean | null;
}

@ArgsType()
export class TimelineArgs {
  @Field(() => ID, { description: `The actor whose relations to order in time. At most ${MAX_ID_CHARS} characters.` })
  actorId!: string;

  @Field(() => [RelationTypeEnum], { nullable: true, description: `Keep relations of these types. At most ${MAX_LIST_ARGUMENT_ENTRIES} entries.` })
  types?: RelationType[] | null;

  @Field(() => String, { nullable: true, description: `Keep relations whose time reaches this partial date or later. At most ${MAX_DATE_ARGUMENT_CHARS} characters.` })
  since?: string | null;

  @Field(() => String, { nullable: true, description: `Keep relations whose time starts by this partial date. At most ${MAX_DATE_ARGUMENT_CHARS} characters.` })
  until?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many relations at most.' })
  first?: number | null;
}
