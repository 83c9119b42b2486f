import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { actorListCost, pagedListCost } from './cost';
import { LimitsConfig } from '../config/config';
import { GraphReader } from '../graph/graph.reader';
import { ACTOR_ORDERS } from '../graph/actor.repository';
import { nonEmpty, pageSize } from './arguments';
import { ActorRelationsArgs, ActorsArgs, IdArgs, NeighborsArgs, SearchArgs } from './actor.args';
import { Actor, ActorConnection, SearchHit } from './actor.type';
import { relationConnection, toConnection } from './connection';
import { GraphQLContext } from './context';
import { loadFound } from './loaders';
import { relationsRequest, relationsRequestAhead } from './actor-relations';
import { actorFieldsAt } from './row-fields';
import { decodeOrderedCursor, orderedCursor } from './cursor';
import { Document } from './document.type';
import { Evidence } from './evidence.type';
import { RelationConnection } from './relation.type';
import { toActor, toDocument, toEvidence } from './shape';

@Resolver(() => Actor)
export class ActorResolver {
  constructor(
    private readonly reader: GraphReader,
    private readonly limits: LimitsConfig,
  ) {}

  @Query(() => Actor, { nullable: true, description: 'One actor by id; null when there is none.' })
  async actor(@Args() { id }: IdArgs, @Ctx() { loaders }: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<Actor | null> {
    const relations = relationsRequestAhead(this.limits, info);
    const row = await (relations === null ? loaders.actor : loaders.actorWithRelations(relations, actorFieldsAt(info))).load(id);
    return row && toActor(row);
  }

  @Query(() => ActorConnection, { description: 'Actors by name (or by degree, see orderBy), filtered and paginated.', complexity: actorListCost })
  async actors(@Args() args: ActorsArgs): Promise<ActorConnection> {
    const first = pageSize(args.first, this.limits);
    const after = decodeOrderedCursor(args.after, args.orderBy, ACTOR_ORDERS[args.orderBy]);
    const search = args.search === null || args.search === undefined ? null : nonEmpty(args.search, 'search');
    const page = await this.reader.findActors({ search, kinds: args.kinds ?? null }, { first, after, order: args.orderBy });
    return toConnection(page, (row) => ({ cursor: orderedCursor(args.orderBy, row.key), node: toActor(row.actor) }), after !== null);
  }

  @Query(() => [SearchHit], { description: 'Actors ranked by full-text search over names and aliases, tolerant of typos.', complexity: pagedListCost })
  async search(@Args() args: SearchArgs, @Info() info: GraphQLResolveInfo): Promise<SearchHit[]> {
    const text = nonEmpty(args.text, 'text');
    const hits = await this.reader.search(text, pageSize(args.first, this.limits), actorFieldsAt(info, 'actor'));
    return hits.map((hit) => ({ actor: toActor(hit.actor), score: hit.score }));
  }

  @FieldResolver(() => Int, { description: 'How many relations the actor has, either direction.' })
  degree(@Root() actor: Actor, @Ctx() { loaders }: GraphQLContext): Promise<number> {
    return loaders.degree.load(actor.id);
  }

  @FieldResolver(() => RelationConnection, { description: "The actor's relations, paginated.", complexity: pagedListCost })
  async relations(
    @Root() actor: Actor,
    @Args() args: ActorRelationsArgs,
    @Ctx() { loaders }: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RelationConnection> {
    const request = relationsRequest(args, this.limits, info);
    const page = await loaders.relationsOfActor(request).load(actor.id);
    return relationConnection(page, args.orderBy, request.after !== null);
  }

  @FieldResolver(() => [Actor], { description: 'The distinct actors one relation away, by name.', complexity: pagedListCost })
  async neighbors(@Root() actor: Actor, @Args() args: NeighborsArgs, @Ctx() { loaders }: GraphQLContext): Promise<Actor[]> {
    const rows = await loaders.neighborsOfActor(args.types ?? null, args.direction, pageSize(args.first, this.limits)).load(actor.id);
    return rows.map(toActor);
  }

  @FieldResolver(() => [Document], { description: 'The documents that mention the actor.' })
  async documents(@Root() actor: Actor, @Ctx() { loaders }: GraphQLContext): Promise<Document[]> {
    const ids = await loaders.documentIdsOfActor.load(actor.id);
    return (await loadFound(loaders.document, ids)).map(toDocument);
  }

  @FieldResolver(() => [Evidence], { description: 'Quotes that name or describe the actor.' })
  async evidence(@Root() actor: Actor, @Ctx() { loaders }: GraphQLContext): Promise<Evidence[]> {
    return (await loaders.evidenceForActor.load(actor.id)).map(toEvidence);
  }
}
