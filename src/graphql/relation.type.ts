import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RelationType } from '../graph/vocabulary';
import { RelationTypeEnum } from './enums';
import { connectionType, ConnectionShape } from './connection.type';
import { TimeSpan } from './time-span.type';
import { Node } from './node.type';
import { Actor } from './actor.type';

@ObjectType({ implements: Node, description: 'A statement that one actor relates to another, backed by quotes.' })
export class Relation {
  @Field(() => ID, { description: 'Stable id derived from the type, the actors and the time.' })
  id!: string;

  @Field(() => RelationTypeEnum, { description: 'What the relation is.' })
  type!: RelationType;

  @Field({ description: 'True when the type reads the same both ways (from and to are then in canonical order).' })
  symmetric!: boolean;

  @Field(() => TimeSpan, { nullable: true, description: 'When, as the documents say; null when they do not.' })
  time!: TimeSpan | null;

  @Field(() => String, { nullable: true, description: 'Where, as the documents say.' })
  place!: string | null;

  @Field({ description: 'One line saying what the relation is.' })
  description!: string;

  @Field({ description: 'False while the relation is a proposal of the extraction rules, loaded unreviewed (acceptProposed); true once a person has reviewed it, and for every hand-written relation.' })
  reviewed!: boolean;

  @Field(() => String, { nullable: true, description: 'The name of the API key whose write last reviewed the relation (a review draft finished, a reviewed load through the API, or a file\'s reviewedBy); null when not recorded. Never the key itself.' })
  reviewedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'When the relation was last reviewed, as an ISO-8601 time (e.g. 2024-03-10T14:05:00.000Z); null when not recorded.' })
  reviewedAt!: string | null;

  @Field(() => Int, { description: 'How many documents support the relation (e.g. for edge weight).' })
  documentCount!: number;

  @Field(() => String, { nullable: true, description: "The CAMEO root code (01-20) of the type's event class, e.g. 19 (fight) for ATTACKS, for joining with GDELT; null for standing ties such as PART_OF." })
  cameoCode!: string | null;

  /** Not fields: the resolvers load the actors, unless the list read them with the relation (`ends`). */
  fromId!: string;
  toId!: string;
  documentIds!: string[];
  ends?: [Actor, Actor];
  /** Set when the relation was reached through a document (`Document.relations`): its quotes are then that document's. */
  scopeDocumentId?: string;
}

export const RelationConnection = connectionType(Relation, 'Relation', 'relation', 'relations');
export type RelationConnection = ConnectionShape<Relation>;
