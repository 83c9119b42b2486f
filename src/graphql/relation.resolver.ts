import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { pagedListCost, relationListCost } from './cost';
import { LimitsConfig } from '../config/config';
import { GraphReader } from '../graph/graph.reader';
import { RELATION_ORDERS } from '../graph/relation.repository';
import { pageSize, timeWindow } from './arguments';
import { IdArgs } from './actor.args';
import { Actor } from './actor.type';
import { relationConnection } from './connection';
import { GraphQLContext } from './context';
import { loadFound, loadReferenced } from './loaders';
import { connectionRowFields } from './row-fields';
import { selects } from './selection';
import { decodeOrderedCursor } from './cursor';
import { Document } from './document.type';
import { NotFoundError } from './errors';
import { Evidence } from './evidence.type';
import { RelationsArgs, TimelineArgs } from './relation.args';
import { Relation, RelationConnection } from './relation.type';
import { toActor, toDocument, toEvidence, toRelation } from './shape';

@Resolver(() => Relation)
export class RelationResolver {
  constructor(
    private readonly reader: GraphReader,
    private readonly limits: LimitsConfig,
  ) {}

  @Query(() => Relation, { nullable: true, description: 'One relation by id; null when there is none.' })
  async relation(@Args() { id }: IdArgs, @Ctx() { loaders }: GraphQLContext): Promise<Relation | null> {
    const row = await loaders.relation.load(id);
    return row && toRelation(row);
  }

  @Query(() => RelationConnection, { description: 'Relations in an order (by id unless orderBy says otherwise), filtered and paginated.', complexity: relationListCost })
  async relations(@Args() args: RelationsArgs, @Info() info: GraphQLResolveInfo): Promise<RelationConnection> {
    const first = pageSize(args.first, this.limits);
    const after = decodeOrderedCursor(args.after, args.orderBy, RELATION_ORDERS[args.orderBy]);
    const filter = {
      types: args.types ?? null,
      actorId: args.actorId ?? null,
      documentId: args.documentId ?? null,
      ...timeWindow(args.since, args.until),
      reviewed: args.reviewed ?? null,
    };
    const page = await this.reader.findRelations(filter, { first, after, order: args.orderBy }, selects(info, 'totalCount'), connectionRowFields(info));
    return relationConnection(page, args.orderBy, after !== null);
  }

  @Query(() => [Relation], { description: "An actor's dated relations in time order (partial dates sort by their first day).", complexity: pagedListCost })
  async timeline(@Args() args: TimelineArgs, @Ctx() { loaders }: GraphQLContext): Promise<Relation[]> {
    const filter = { types: args.types ?? null, ...timeWindow(args.since, args.until) };
    const limit = pageSize(args.first ?? this.limits.maxPageSize, this.limits);
    if ((await loaders.actor.load(args.actorId)) === null) throw new NotFoundError('actor', args.actorId);
    const rows = await this.reader.timeline(args.actorId, filter, limit);
    return rows.map(toRelation);
  }

  // Not async: a list's relations carry their actors, and an answer that is not a promise is completed at once.
  @FieldResolver(() => Actor, { description: 'The source actor.' })
  from(@Root() relation: Relation, @Ctx() { loaders }: GraphQLContext): Actor | Promise<Actor> {
    return relation.ends?.[0] ?? this.referencedActor(loaders, relation.fromId, relation.id);
  }

  @FieldResolver(() => Actor, { description: 'The target actor.' })
  to(@Root() relation: Relation, @Ctx() { loaders }: GraphQLContext): Actor | Promise<Actor> {
    return relation.ends?.[1] ?? this.referencedActor(loaders, relation.toId, relation.id);
  }

  private async referencedActor(loaders: GraphQLContext['loaders'], actorId: string, relationId: string): Promise<Actor> {
    return toActor(await loadReferenced(loaders.actor, actorId, 'actor', `relation '${relationId}'`));
  }

  @FieldResolver(() => Int, { description: 'How many quotes support the relation, over every document (e.g. for edge weight).' })
  evidenceCount(@Root() relation: Relation, @Ctx() { loaders }: GraphQLContext): Promise<number> {
    return loaders.evidenceCount.load(relation.id);
  }

  @FieldResolver(() => [Evidence], {
    description: "The quotes that support the relation, from every document; reached through `Document.relations`, only that document's unless allDocuments is true.",
  })
  async evidence(
    @Root() relation: Relation,
    @Ctx() { loaders }: GraphQLContext,
    @Arg('allDocuments', () => Boolean, { defaultValue: false, description: "Under `Document.relations`, every document's quotes instead of that document's; elsewhere every document's anyway." })
    allDocuments: boolean,
  ): Promise<Evidence[]> {
    const quotes = await loaders.evidenceForRelation.load(relation.id);
    const scope = allDocuments ? undefined : relation.scopeDocumentId;
    return (scope === undefined ? quotes : quotes.filter((quote) => quote.documentId === scope)).map(toEvidence);
  }

  @FieldResolver(() => [Document], { description: 'The documents that support the relation.' })
  async documents(@Root() relation: Relation, @Ctx() { loaders }: GraphQLContext): Promise<Document[]> {
    return (await loadFound(loaders.document, relation.documentIds)).map(toDocument);
  }
}
