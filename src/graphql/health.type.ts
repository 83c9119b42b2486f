import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Whether the service and its database can answer now.' })
export class Health {
  @Field({ description: '"ok" when the database answers, "unavailable" when it does not.' })
  status!: string;

  @Field({ description: 'True when Neo4j answered a trivial query within the health timeout.' })
  databaseReachable!: boolean;

  @Field(() => Int, { description: 'Milliseconds the database took to answer (or to time out).' })
  databaseLatencyMs!: number;
}
