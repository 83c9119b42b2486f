/**
 * The request of `Actor.relations`, made from the field's arguments and selection: by its own
 * resolver, and ahead of it by the `actor` root field, which then reads the actor and the first
 * page of its relations in one statement instead of two. Both make the request the same way, so
 * the page read ahead is the one the field's loader finds (see Loaders.actorWithRelations).
 */
import { FieldNode, getArgumentValues, getNamedType, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { LimitsConfig } from '../config/config';
import { ActorRelationsRequest, RELATION_ORDERS } from '../graph/relation.repository';
import { ActorRelationsArgs } from './actor.args';
import { pageSize } from './arguments';
import { decodeOrderedCursor } from './cursor';
import { connectionRowFields } from './row-fields';
import { fieldsBelow } from './selection';

/** The request of the relations field at `nodes`; throws the client's error for a bad page size or cursor. */
export function relationsRequest(args: ActorRelationsArgs, limits: LimitsConfig, info: GraphQLResolveInfo, nodes: readonly FieldNode[] = info.fieldNodes): ActorRelationsRequest {
  return {
    direction: args.direction,
    types: args.types ?? null,
    first: pageSize(args.first, limits),
    after: decodeOrderedCursor(args.after, args.orderBy, RELATION_ORDERS[args.orderBy]),
    order: args.orderBy,
    countTotal: fieldsBelow(info, nodes, 'totalCount').length > 0,
    reviewed: args.reviewed ?? null,
    fields: connectionRowFields(info, nodes),
  };
}

/**
 * The request of the `relations` field selected below the actor being resolved, when there is one
 * such field with no directive (several aliases would need several pages); null otherwise, and
 * when its arguments are wrong: the field itself then reports them, at its own path.
 */
export function relationsRequestAhead(limits: LimitsConfig, info: GraphQLResolveInfo): ActorRelationsRequest | null {
  const nodes = fieldsBelow(info, info.fieldNodes, 'relations');
  if (nodes.length !== 1 || (nodes[0].directives?.length ?? 0) > 0) return null;
  const field = (getNamedType(info.returnType) as GraphQLObjectType).getFields().relations;
  try {
    // The arguments as type-graphql gives them to the field's resolver: coerced, defaults applied.
    const args = Object.assign(new ActorRelationsArgs(), getArgumentValues(field, nodes[0], info.variableValues));
    return relationsRequest(args, limits, info, nodes);
  } catch {
    // Not reported here: the relations field's own resolver meets the same error and reports it.
    return null;
  }
}
