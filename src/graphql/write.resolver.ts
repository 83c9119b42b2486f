import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { MAX_ID_CHARS } from '../config/annotation-limits';
import { GraphQLJSONObject } from 'graphql-scalars';
import { GraphWriter } from '../loader/graph.writer';
import { Actor } from './actor.type';
import { GraphQLContext } from './context';
import { refusing } from './refusals';
import { authorizeWrite } from './authorize';
import { ReviewStamp } from '../graph/domain';
import { IngestResult } from './ingest-result.type';
import { Relation } from './relation.type';
import { toActor, toIngestResult, toRelation } from './shape';
import { ActorInput, RelationInput } from './write.input';

/** Drops absent optional fields, so the loader's rules see what a client really sent. */
function record(input: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined));
}

function quotes(evidence: { quote: string; occurrence?: number | null }[]): Record<string, unknown>[] {
  return evidence.map(record);
}

@Resolver()
export class WriteResolver {
  constructor(
    private readonly writer: GraphWriter,
    private readonly writesEnabled: boolean,
  ) {}

  @Mutation(() => Actor, { description: 'Creates an actor or adds to one, with quotes from a loaded document.' })
  async upsertActor(@Arg('input', () => ActorInput, { description: 'The actor, with quotes from a loaded document.' }) input: ActorInput, @Ctx() context: GraphQLContext): Promise<Actor> {
    const reviewer = this.authorize(context);
    const { documentId, evidence, ...actor } = input;
    return toActor(await refusing(() => this.writer.upsertActor({ documentId, record: { ...record(actor), evidence: quotes(evidence) } }, reviewer)));
  }

  @Mutation(() => Relation, { description: 'Creates a relation between existing actors, or adds quotes to it.' })
  async upsertRelation(@Arg('input', () => RelationInput, { description: 'The relation, with quotes from a loaded document.' }) input: RelationInput, @Ctx() context: GraphQLContext): Promise<Relation> {
    const reviewer = this.authorize(context);
    const { documentId, evidence, ...relation } = input;
    return toRelation(await refusing(() => this.writer.upsertRelation({ documentId, record: { ...record(relation), evidence: quotes(evidence) } }, reviewer)));
  }

  @Mutation(() => Boolean, { description: 'Deletes a relation and its quotes; false when there was none with that id.' })
  async deleteRelation(@Arg('id', () => ID, { description: `Id of the relation to delete. At most ${MAX_ID_CHARS} characters.` }) id: string, @Ctx() context: GraphQLContext): Promise<boolean> {
    this.authorize(context);
    return this.writer.deleteRelation(id);
  }

  @Mutation(() => IngestResult, { description: 'Loads a whole annotated document (the seed format, text inline), all or nothing.' })
  async ingestDocument(
    @Arg('document', () => GraphQLJSONObject, { description: 'An annotated document: { document, actors, relations }, with the limits of the annotation format (see schema/annotation.schema.json). A document id already loaded with another text is refused (DOCUMENT_TEXT_CHANGED), and so is an actor stored with another kind or Wikidata id (ACTOR_FACT_CONFLICT).' }) document: object,
    @Arg('acceptProposed', () => Boolean, {
      defaultValue: false,
      description: 'Load items still marked "review": "proposed" (a draft of the extraction rules) as unreviewed; false refuses a document holding any, naming each.',
    })
    acceptProposed: boolean,
    @Ctx() context: GraphQLContext,
  ): Promise<IngestResult> {
    const reviewer = this.authorize(context);
    return toIngestResult(await refusing(() => this.writer.ingestDocument(document, acceptProposed, reviewer)));
  }

  private authorize(context: GraphQLContext): ReviewStamp {
    return authorizeWrite(context, this.writesEnabled);
  }
}
