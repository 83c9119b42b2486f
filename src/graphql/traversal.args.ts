import { ArgsType, Field, ID, Int } from 'type-graphql';
import { MAX_DATE_ARGUMENT_CHARS, MAX_ID_CHARS, MAX_LIST_ARGUMENT_ENTRIES } from '../config/annotation-limits';
import { Direction, RelationType } from '../graph/vocabulary';
import { DirectionEnum, RelationTypeEnum } from './enums';

/** The time window every traversal takes. */
@ArgsType()
export class TraversalTimeArgs {
  @Field(() => String, { nullable: true, description: `Follow relations whose time reaches this partial date or later (e.g. 2020); undated relations are followed unless datedOnly. At most ${MAX_DATE_ARGUMENT_CHARS} characters.` })
  since?: string | null;

  @Field(() => String, { nullable: true, description: `Follow relations whose time starts by this partial date; undated relations are followed unless datedOnly. At most ${MAX_DATE_ARGUMENT_CHARS} characters.` })
  until?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Follow dated relations only (default false: an undated relation may hold at any time).' })
  datedOnly?: boolean | null;
}

@ArgsType()
export class NeighborhoodArgs extends TraversalTimeArgs {
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
export class PathArgs extends TraversalTimeArgs {
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

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Only paths whose relations do not go back in time: no relation starts later than a relation after it ends (so each starts no later than the next one ends; partial dates count as their whole span), so the chain of events could have led from `from` to `to`. Undated relations take no part. The shortest such path may be longer than the shortest path, and may pass an actor twice (never a relation).",
  })
  timeRespecting?: boolean | null;
}

@ArgsType()
export class PathsArgs extends PathArgs {
  @Field(() => Int, { nullable: true, description: 'How many paths at most (default and maximum are configured).' })
  limit?: number | null;
}
