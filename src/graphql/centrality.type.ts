/** Whole-graph centrality as the API shows it: the measures, a ranked actor, and how fresh the ranking is. */
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CentralityMeasure } from '../graph/centrality.repository';
import { Actor } from './actor.type';

export const CentralityMeasureEnum: Record<CentralityMeasure, CentralityMeasure> = { DEGREE: 'DEGREE', PAGERANK: 'PAGERANK', BETWEENNESS: 'BETWEENNESS' };

registerEnumType(CentralityMeasureEnum, {
  name: 'CentralityMeasure',
  description: 'How important an actor is in the whole graph. Relations count for both their actors, whatever their direction.',
  valuesConfig: {
    DEGREE: { description: 'How many relations the actor has: kept by every write, always current.' },
    PAGERANK: {
      description: 'PageRank (damping 0.85, scores summing to 1) over the undirected graph: connected to well-connected actors. Computed after each load (see Stats.centrality).',
    },
    BETWEENNESS: {
      description:
        'Betweenness: how many shortest paths between other actors pass through the actor. Estimated from a sample of CENTRALITY_BETWEENNESS_SAMPLES source actors (exact on graphs no larger), unnormalised; computed after each load (see Stats.centrality).',
    },
  },
});

@ObjectType({ description: 'An actor and its score for a centrality measure.' })
export class CentralActor {
  @Field(() => Actor, { description: 'The actor.' })
  actor!: Actor;

  @Field(() => Float, { description: 'Its score for the measure asked for; higher is more central.' })
  score!: number;
}

@ObjectType({ description: 'When the whole-graph PageRank, betweenness and communities were computed, and whether the graph has changed since.' })
export class CentralityStatus {
  @Field(() => String, { nullable: true, description: 'When the measures were last computed (ISO 8601); null when never.' })
  computedAt!: string | null;

  @Field({ description: 'True when the graph may have changed since (a load is being followed by a recomputation, or the last one failed: the service log says why).' })
  stale!: boolean;

  @Field(() => Int, { nullable: true, description: 'How long the last successful computation took, in milliseconds.' })
  durationMs!: number | null;
}
