import { ArgsType, Field, ID, Int } from 'type-graphql';
import { MAX_ID_CHARS, MAX_LIST_ARGUMENT_ENTRIES, MAX_SEARCH_CHARS } from '../config/annotation-limits';
import { ActorOrder } from '../graph/actor.repository';
import { ActorKind, Direction, RelationType } from '../graph/vocabulary';
import { ActorKindEnum, ActorOrderEnum, DirectionEnum, RelationTypeEnum } from './enums';
import { PageArgs } from './page.args';
import { RelationPageArgs } from './relation.args';

@ArgsType()
export class ActorsArgs extends PageArgs {
  @Field(() => ActorOrderEnum, { defaultValue: 'NAME', description: 'The order of the list; a cursor continues only the order it came from.' })
  orderBy!: ActorOrder;

  @Field(() => String, { nullable: true, description: `Keep actors whose name or an alias contains this text (any case). At most ${MAX_SEARCH_CHARS} characters.` })
  search?: string | null;

  @Field(() => [ActorKindEnum], { nullable: true, description: `Keep actors of these kinds. At most ${MAX_LIST_ARGUMENT_ENTRIES} entries.` })
  kinds?: ActorKind[] | null;
}

@ArgsType()
export class SearchArgs {
  @Field({ description: `Free text; each word matches exactly or as a prefix, and, when nothing does, with up to two typos. At most ${MAX_SEARCH_CHARS} characters.` })
  text!: string;

  @Field(() => Int, { nullable: true, description: 'How many hits at most.' })
  first?: number | null;
}

@ArgsType()
export class ActorRelationsArgs extends RelationPageArgs {
  @Field(() => DirectionEnum, { defaultValue: 'BOTH', description: 'Which relations to follow.' })
  direction!: Direction;

  @Field(() => [RelationTypeEnum], { nullable: true, description: `Keep relations of these types. At most ${MAX_LIST_ARGUMENT_ENTRIES} entries.` })
  types?: RelationType[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Keep only reviewed relations (true), or only those proposed by the extraction rules and not reviewed yet (false); all when absent.' })
  reviewed?: boolean | null;
}

@ArgsType()
export class NeighborsArgs {
  @Field(() => DirectionEnum, { defaultValue: 'BOTH', description: 'Which relations to follow.' })
  direction!: Direction;

  @Field(() => [RelationTypeEnum], { nullable: true, description: `Follow relations of these types only. At most ${MAX_LIST_ARGUMENT_ENTRIES} entries.` })
  types?: RelationType[] | null;

  @Field(() => Int, { nullable: true, description: 'How many neighbours at most.' })
  first?: number | null;
}

@ArgsType()
export class IdArgs {
  @Field(() => ID, { description: `The id. At most ${MAX_ID_CHARS} characters.` })
  id!: string;
}
