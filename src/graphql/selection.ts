/**
 * What the client asked for under the current field, through fragments too, so that a resolver
 * computes and reads only what is asked for (a list's totalCount costs a count of all; a large
 * subgraph's edges need their times only when shown; a list's rows need only the selected fields).
 */
import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

type Fragments = Pick<GraphQLResolveInfo, 'fragments'>;

/** The fields selected directly in a selection set, its fragments' (inline or named) included. */
function childFields(info: Fragments, selectionSet: SelectionSetNode | undefined): FieldNode[] {
  return (
    selectionSet?.selections.flatMap((selection) => {
      if (selection.kind === Kind.FIELD) return [selection];
      if (selection.kind === Kind.INLINE_FRAGMENT) return childFields(info, selection.selectionSet);
      return childFields(info, info.fragments[selection.name.value]?.selectionSet);
    }) ?? []
  );
}

/** The field nodes at `path` below `nodes` (every alias of each name on the way). */
export function fieldsBelow(info: Fragments, nodes: readonly FieldNode[], ...path: string[]): FieldNode[] {
  let level: readonly FieldNode[] = nodes;
  for (const name of path) level = level.flatMap((node) => childFields(info, node.selectionSet).filter((field) => field.name.value === name));
  return [...level];
}

/** `selects(info, 'totalCount')`, or a path below the current field: `selects(info, 'edges', 'time')`. */
export function selects(info: GraphQLResolveInfo, ...path: string[]): boolean {
  return fieldsBelow(info, info.fieldNodes, ...path).length > 0;
}

/** The names of the fields selected in the field nodes at `path` below `nodes`: `node` of `edges { node { id type } }` gives id and type. */
export function selectedNames(info: Fragments, nodes: readonly FieldNode[], ...path: string[]): Set<string> {
  return new Set(fieldsBelow(info, nodes, ...path).flatMap((node) => childFields(info, node.selectionSet).map((field) => field.name.value)));
}
