import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The syntactic parser drafts are made with: the PARSER_URLs, or the local parser the service starts.' })
export class ParserHealthState {
  @Field({ description: '"starting" while it loads its models, "ready" when it takes texts, "unavailable" when none can (see detail).' })
  state!: string;

  @Field({ description: 'What the state means here: how long it has been loading, or why it is unavailable.' })
  detail!: string;

  @Field(() => [String], { description: 'Where the parsers listen.' })
  urls!: string[];
}

@ObjectType({ description: 'Whether Neo4j answers now, and how fast.' })
export class DatabaseHealthState {
  @Field({ description: 'True when Neo4j answered a trivial query within the health timeout.' })
  reachable!: boolean;

  @Field(() => Int, { description: 'Milliseconds the database took to answer (or to time out).' })
  latencyMs!: number;
}

@ObjectType({ description: 'Whether the service and its database can answer now: the body of GET /health, field for field.' })
export class Health {
  @Field({ description: '"ok" when the database answers, "unavailable" when it does not.' })
  status!: string;

  @Field(() => DatabaseHealthState, { description: 'The database: whether it answers, and how fast.' })
  database!: DatabaseHealthState;

  @Field({ description: 'True when Neo4j answered a trivial query within the health timeout.', deprecationReason: 'Use database { reachable }, the shape of GET /health.' })
  databaseReachable!: boolean;

  @Field(() => Int, { description: 'Milliseconds the database took to answer (or to time out).', deprecationReason: 'Use database { latencyMs }, the shape of GET /health.' })
  databaseLatencyMs!: number;

  @Field(() => ParserHealthState, { description: 'The parser, which only drafting (extractDocument) needs: its state does not change `status`.' })
  parser!: ParserHealthState;
}
