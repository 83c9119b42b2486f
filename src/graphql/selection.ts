/**
 * Whether the client asked for a field under the current one, through fragments too, so that a
 * resolver computes only what is asked for (a list's totalCount costs a count of all; a large
 * subgraph's edges need their times only when shown).
 */
import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/** `selects(info, 'totalCount')`, or a path below the current field: `selects(info, 'edges', 'time')`. */
export function selects(info: GraphQLResolveInfo, ...path: string[]): boolean {
  const fieldsNamed = (selectionSet: SelectionSetNode | undefined, name: string): FieldNode[] =>
    selectionSet?.selections.flatMap((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name ? [selection] : [];
      if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsNamed(selection.selectionSet, name);
      return fieldsNamed(info.fragments[selection.name.value]?.selectionSet, name);
    }) ?? [];
  let level: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) level = level.flatMap((node) => fieldsNamed(node.selectionSet, name));
  return level.length > 0;
}
