import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { GraphWriter } from '../loader/graph.writer';
import { LoadConflictError, LoadValidationError } from '../loader/load-errors';
import { CodedError } from '../errors/coded-error';
import { Actor } from './actor.type';
import { GraphQLContext } from './context';
import { BadUserInputError, codedGraphQLError, ConflictGraphQLError, ForbiddenError, UnauthenticatedError } from './errors';
import { IngestResult } from './ingest-result.type';
import { Relation } from './relation.type';
import { toActor, toRelation } from './shape';
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
    this.authorize(context);
    const { documentId, evidence, ...actor } = input;
    return toActor(await this.refuseBadInput(() => this.writer.upsertActor({ documentId, record: { ...record(actor), evidence: quotes(evidence) } })));
  }

  @Mutation(() => Relation, { description: 'Creates a relation between existing actors, or adds quotes to it.' })
  async upsertRelation(@Arg('input', () => RelationInput, { description: 'The relation, with quotes from a loaded document.' }) input: RelationInput, @Ctx() context: GraphQLContext): Promise<Relation> {
    this.authorize(context);
    const { documentId, evidence, ...relation } = input;
    return toRelation(await this.refuseBadInput(() => this.writer.upsertRelation({ documentId, record: { ...record(relation), evidence: quotes(evidence) } })));
  }

  @Mutation(() => Boolean, { description: 'Deletes a relation and its quotes; false when there was none with that id.' })
  async deleteRelation(@Arg('id', () => ID, { description: 'Id of the relation to delete.' }) id: string, @Ctx() context: GraphQLContext): Promise<boolean> {
    this.authorize(context);
    return this.writer.deleteRelation(id);
  }

  @Mutation(() => IngestResult, { description: 'Loads a whole annotated document (the seed format, text inline), all or nothing.' })
  async ingestDocument(
    @Arg('document', () => GraphQLJSONObject, { description: 'An annotated document: { document, actors, relations }, with the limits of the annotation format (see schema/annotation.schema.json). A document id already loaded with another text is refused (DOCUMENT_TEXT_CHANGED).' }) document: object,
    @Arg('acceptProposed', () => Boolean, {
      defaultValue: false,
      description: 'Load items still marked "review": "proposed" (a draft of the extraction rules) as unreviewed; false refuses a document holding any, naming each.',
    })
    acceptProposed: boolean,
    @Ctx() context: GraphQLContext,
  ): Promise<IngestResult> {
    this.authorize(context);
    const summary = await this.refuseBadInput(() => this.writer.ingestDocument(document, acceptProposed));
    return {
      actorsCreated: summary.actors.created,
      actorsUpdated: summary.actors.updated,
      relationsCreated: summary.relations.created,
      relationsUpdated: summary.relations.updated,
      quotes: summary.evidence,
      possibleDuplicates: summary.possibleDuplicates.map((duplicate) => `${duplicate.name}: ${duplicate.actorIds.join(', ')}`),
    };
  }

  private authorize(context: GraphQLContext): void {
    if (!this.writesEnabled) throw new ForbiddenError('mutations are disabled: the service has no API_KEY configured');
    if (!context.authenticated) throw new UnauthenticatedError();
  }

  private async refuseBadInput<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (error instanceof LoadConflictError) throw new ConflictGraphQLError(error.code, error.problems.join('; '), error.problems);
      if (error instanceof LoadValidationError) {
        throw new BadUserInputError('input', error.problems.length === 1 ? error.problems[0] : `${error.problems.length} problems: ${error.problems.join('; ')}`, error.problems);
      }
      if (error instanceof CodedError) throw codedGraphQLError(error);
      throw error;
    }
  }
}
