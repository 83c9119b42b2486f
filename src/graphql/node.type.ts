/**
 * The Relay `Node` interface: every object with a stable id (actors, relations, documents, quotes)
 * can be fetched again by `node(id)`, which Relay-based clients use to refresh what they show.
 *
 * The ids are the objects' own ids, unchanged, rather than opaque ids with the type encoded: they
 * are already stable and public (links, exports, the loader's files use them), and a relation's
 * id names its type, as a quote's has its own form. An actor and a document may share an id;
 * `node` then refuses the id as ambiguous rather than guess (see node.resolver.ts).
 */
import { Field, ID, InterfaceType } from 'type-graphql';

/** Which type a node is, told by the fields only that type has. */
function nodeTypeName(value: object): string {
  if ('fromId' in value) return 'Relation';
  if ('quote' in value) return 'Evidence';
  if ('text' in value) return 'Document';
  return 'Actor';
}

@InterfaceType('Node', { description: 'An object with a stable id, which node(id) fetches again (the Relay convention).', resolveType: nodeTypeName })
export abstract class Node {
  @Field(() => ID, { description: 'The stable id of the object; node(id) returns the object again.' })
  id!: string;
}
