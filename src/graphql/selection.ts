/**
 * Whether the client asked for a field directly under the current one, through fragments too, so
 * that a resolver computes only what is asked for (a list's totalCount costs a count of all).
 */
import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

export function selects(info: GraphQLResolveInfo, field: string): boolean {
  const search = (selectionSet: SelectionSetNode | undefined): boolean =>
    selectionSet?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === field;
      if (selection.kind === Kind.INLINE_FRAGMENT) return search(selection.selectionSet);
      return search(info.fragments[selection.name.value]?.selectionSet);
    }) ?? false;
  return info.fieldNodes.some((node) => search(node.selectionSet));
}
