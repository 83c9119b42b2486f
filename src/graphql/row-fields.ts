/**
 * Which stored fields a read returns for the client's selection (see RowFields): each
 * GraphQL field of Relation and Actor needs the stored fields it is made from, and no more. A field
 * these tables do not know (one added later) makes the whole row read, so a new field is never
 * served from a row that lacks it; a unit test keeps the tables in step with the schema.
 */
import { FieldNode, GraphQLResolveInfo } from 'graphql';
import { ACTOR_FIELDS, ActorField, RELATION_FIELDS, RelationField, RowFields } from '../graph/read-models';
import { selectedNames } from './selection';

/** What each field of Relation is made from, beyond the id, type and actor ids every row has. */
export const RELATION_FIELD_NEEDS: Readonly<Record<string, readonly RelationField[]>> = {
  __typename: [],
  id: [],
  type: [],
  symmetric: [],
  cameoCode: [],
  from: [],
  to: [],
  evidence: [],
  // Counted by its own loader from the id.
  evidenceCount: [],
  time: ['timeText', 'timeStart', 'timeEnd'],
  place: ['place'],
  description: ['description'],
  documents: ['documentIds'],
  documentCount: ['documentIds'],
  reviewed: ['reviewed'],
  reviewedBy: ['reviewedBy'],
  reviewedAt: ['reviewedAt'],
};

/** What each field of Actor is made from, beyond the id every row has; the field resolvers need the id alone. */
export const ACTOR_FIELD_NEEDS: Readonly<Record<string, readonly ActorField[]>> = {
  __typename: [],
  id: [],
  degree: [],
  relations: [],
  neighbors: [],
  documents: [],
  evidence: [],
  name: ['name'],
  kind: ['kind'],
  aliases: ['aliases'],
  description: ['description'],
  roles: ['roles'],
  reviewed: ['reviewed'],
  reviewedBy: ['reviewedBy'],
  reviewedAt: ['reviewedAt'],
  wikidataId: ['wikidataId'],
};

/** The stored fields the selected names need, in the whole row's order (so equal selections read alike); all for a name not known. */
export function neededFields<F extends string>(names: ReadonlySet<string>, needs: Readonly<Record<string, readonly F[]>>, all: readonly F[]): F[] {
  const fields = new Set<F>();
  for (const name of names) {
    const need = needs[name];
    if (need === undefined) return [...all];
    for (const field of need) fields.add(field);
  }
  return all.filter((field) => fields.has(field));
}

/** The fields of an actor selected at `path` below the field being resolved: `actorFieldsAt(info, 'actor')` for a search hit's. */
export function actorFieldsAt(info: GraphQLResolveInfo, ...path: string[]): ActorField[] {
  return neededFields(selectedNames(info, info.fieldNodes, ...path), ACTOR_FIELD_NEEDS, ACTOR_FIELDS);
}

/** The fields a relation connection at `nodes` (the field being resolved, by default) reads for `edges { node { ... } }`. */
export function connectionRowFields(info: GraphQLResolveInfo, nodes: readonly FieldNode[] = info.fieldNodes): RowFields {
  const ends = new Set([...selectedNames(info, nodes, 'edges', 'node', 'from'), ...selectedNames(info, nodes, 'edges', 'node', 'to')]);
  return {
    relations: neededFields(selectedNames(info, nodes, 'edges', 'node'), RELATION_FIELD_NEEDS, RELATION_FIELDS),
    actors: neededFields(ends, ACTOR_FIELD_NEEDS, ACTOR_FIELDS),
  };
}

/** The fields a path (the field being resolved) reads for `actors { ... } relations { ... }`. */
export function pathRowFields(info: GraphQLResolveInfo): RowFields {
  return {
    relations: neededFields(selectedNames(info, info.fieldNodes, 'relations'), RELATION_FIELD_NEEDS, RELATION_FIELDS),
    actors: actorFieldsAt(info, 'actors'),
  };
}
