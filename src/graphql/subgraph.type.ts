import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ActorKind, RelationType } from '../graph/vocabulary';
import { ActorKindEnum, RelationTypeEnum } from './enums';
import { TimeSpan } from './time-span.type';

@ObjectType({ description: 'A node as graph-drawing libraries load it.' })
export class SubgraphNode {
  @Field(() => ID, { description: 'The actor id.' })
  id!: string;

  @Field({ description: "The actor's name, for display." })
  label!: string;

  @Field(() => ActorKindEnum, { description: 'The actor kind, for colour or shape.' })
  kind!: ActorKind;

  @Field(() => Int, { description: 'How many relations the actor has in the whole graph, e.g. for node size.' })
  degree!: number;

  @Field(() => Float, {
    description:
      'PageRank within this subgraph (damping 0.85, undirected, parallel relations as weight; the nodes\' scores sum to 1), e.g. for node size. Computed over the returned nodes and edges only when selected.',
  })
  pageRank!: number;

  @Field(() => Float, {
    description: 'Betweenness within this subgraph, normalised to [0, 1] (undirected, unweighted), e.g. for node size. Computed over the returned nodes and edges only when selected.',
  })
  betweenness!: number;

  @Field(() => Int, {
    description:
      'The Louvain community of the actor within this subgraph, e.g. for node colour: 0, 1, ... numbered in node order, the same for the same subgraph. Computed only when selected.',
  })
  community!: number;
}

@ObjectType({ description: 'An edge as graph-drawing libraries load it.' })
export class SubgraphEdge {
  @Field(() => ID, { description: 'The relation id.' })
  id!: string;

  @Field(() => ID, { description: 'Id of the source node.' })
  source!: string;

  @Field(() => ID, { description: 'Id of the target node.' })
  target!: string;

  @Field(() => RelationTypeEnum, { description: 'The relation type, for the edge label.' })
  type!: RelationType;

  @Field({ description: 'True when the relation reads the same both ways (draw without an arrowhead).' })
  symmetric!: boolean;

  @Field(() => TimeSpan, { nullable: true, description: 'When, as the documents say; for time filters.' })
  time!: TimeSpan | null;

  @Field({ description: 'False while the relation is a proposal of the extraction rules that no person has reviewed (draw it apart).' })
  reviewed!: boolean;

  @Field(() => Int, { description: 'How many quotes support the relation, over every document, e.g. for edge width. Counted only when selected.' })
  evidenceCount!: number;

  @Field(() => Int, { description: 'How many documents support the relation, e.g. for edge width. Read only when selected.' })
  documentCount!: number;
}

@ObjectType({ description: 'Part of the graph in a shape a frontend explorer can load directly.' })
export class Subgraph {
  @Field(() => [SubgraphNode], { description: 'The actors.' })
  nodes!: SubgraphNode[];

  @Field(() => [SubgraphEdge], { description: 'The relations among those actors: all of them, or the configured maximum (see edgesTruncated).' })
  edges!: SubgraphEdge[];

  @Field({ description: 'True when more actors were reached than the limit let in.' })
  truncated!: boolean;

  @Field({ description: 'True when the actors share more relations than the configured maximum of edges (MAX_SUBGRAPH_EDGES).' })
  edgesTruncated!: boolean;
}
