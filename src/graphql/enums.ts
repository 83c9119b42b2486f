/** The vocabulary as GraphQL enums, registered once, with each value's description. */
import { registerEnumType } from 'type-graphql';
import { ActorOrder } from '../graph/actor.repository';
import { RelationOrder } from '../graph/relation.repository';
import { ACTOR_KIND_DESCRIPTIONS, ACTOR_KINDS, ActorKind, Direction, RELATION_TYPE_NAMES, RELATION_TYPES, RelationType } from '../graph/vocabulary';

function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
}

export const ActorKindEnum = enumObject<ActorKind>(ACTOR_KINDS);
export const RelationTypeEnum = enumObject<RelationType>(RELATION_TYPE_NAMES);
export const DirectionEnum = enumObject<Direction>(['OUT', 'IN', 'BOTH']);
export const RelationOrderEnum = enumObject<RelationOrder>(['ID', 'TIME', 'EVIDENCE_COUNT']);
export const ActorOrderEnum = enumObject<ActorOrder>(['NAME', 'DEGREE']);

registerEnumType(ActorKindEnum, {
  name: 'ActorKind',
  description: 'What kind of actor a node is.',
  valuesConfig: Object.fromEntries(ACTOR_KINDS.map((kind) => [kind, { description: ACTOR_KIND_DESCRIPTIONS[kind] }])),
});

registerEnumType(RelationTypeEnum, {
  name: 'RelationType',
  description: 'The closed vocabulary of relations; symmetric ones read the same both ways.',
  valuesConfig: Object.fromEntries(
    RELATION_TYPE_NAMES.map((type) => [
      type,
      { description: `${RELATION_TYPES[type].description}${RELATION_TYPES[type].symmetric ? ' Symmetric.' : ''}` },
    ]),
  ),
});

registerEnumType(DirectionEnum, {
  name: 'Direction',
  description: 'Which relations of an actor to follow; symmetric relations are followed either way.',
  valuesConfig: {
    OUT: { description: 'Relations where the actor is the source.' },
    IN: { description: 'Relations where the actor is the target.' },
    BOTH: { description: 'Relations in either direction.' },
  },
});

registerEnumType(RelationOrderEnum, {
  name: 'RelationOrder',
  description: 'The order of a relation list; every order breaks ties by id, and its cursors continue only that order.',
  valuesConfig: {
    ID: { description: 'By id (the default): read from the id index in order, as fast at any graph size.' },
    TIME: {
      description:
        'Earliest first, by the first day of the time (partial dates by their first day), then the last; open starts first, relations without a time last. Sorts every matching relation.',
    },
    EVIDENCE_COUNT: { description: 'Most quotes first. Sorts every matching relation.' },
  },
});

registerEnumType(ActorOrderEnum, {
  name: 'ActorOrder',
  description: 'The order of the actor list; every order breaks ties by id, and its cursors continue only that order.',
  valuesConfig: {
    NAME: { description: 'By name (the default).' },
    DEGREE: { description: 'The most connected first: most relations, either direction. Sorts every matching actor.' },
  },
});
