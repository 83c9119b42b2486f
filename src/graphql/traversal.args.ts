import { ArgsType, Field, ID, Int } from 'type-graphql';
import { MAX_ID_CHARS, MAX_LIST_ARGUMENT_ENTRIES } from '../config/annotation-limits';
import { Direction, RelationType } from '../graph/vocabulary';
import { DirectionEnum, RelationTypeEnum } from './enums';

@ArgsType()
export class NeighborhoodArgs {
  @Field(() => ID, { description: `The actor at the centre. At most ${MAX_ID_CHARS} characters.` })
  actorId!: string;

  @Field(() => Int, { defaultValue: 1, description: 'How many hops out (1 up to the configured maximum).' })
  depth!: number;

  @Field(() => [RelationTypeEnum], { nullable: true, description: `Follow relations of these types only. At most ${MAX_LIST_ARGUMENT_ENTRIES} entries.` })
  types?: RelationType[] | null;

  @Field(() => DirectionEnum, { defaultValue: 'BOTH', description: 'Which relations to follow at each hop.' })
  direction!: Direction;

  @Field(() => Int, { nullable: true, description: 'Most actors besides the centre (default and maximum are configured).' })
  limit?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Follow only reviewed relations (true), or only those proposed by the extraction rules and not reviewed yet (false); all when absent.' })
  reviewed?: boolean | null;
}

@ArgsType()
export class PathArgs {
  @Field(() => ID, { description: `Id of the actor the path starts from. At most ${MAX_ID_CHARS} characters.` })
  from!: string;

  @Field(() => ID, { description: `Id of the actor the path ends at. At most ${MAX_ID_CHARS} characters.` })
  to!: string;

  @Field(() => [RelationTypeEnum], { nullable: true, description: `Follow relations of these types only. At most ${MAX_LIST_ARGUMENT_ENTRIES} entries.` })
  types?: RelationType[] | null;

  @Field(() => Int, { nullable: true, description: 'Longest path to consider (default and maximum are the configured traversal depth).' })
  maxDepth?: number | null;

  @Field(() => DirectionEnum, { defaultValue: 'BOTH', description: 'Which way relations may be followed at each hop.' })
  direction!: Direction;

  @Field(() => Boolean, { nullable: true, description: 'Follow only reviewed relations (true), or only those proposed by the extraction rules and not reviewed yet (false); all when absent.' })
  reviewed?: boolean | null;
}

@ArgsType()
export class PathsArgs extends PathArgs {
  @Field(() => Int, { nullable: true, description: 'How many paths at most (default and maximum are configured).' })
  limit?: number | null;
}
