import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Actor } from './actor.type';
import { GraphQLContext } from './context';
import { Document } from './document.type';
import { BadUserInputError } from './errors';
import { Node } from './node.type';
import { Relation } from './relation.type';
import { toActor, toDocument, toEvidence, toRelation } from './shape';
import { isEvidenceId } from '../graph/ids';
import { Evidence } from './evidence.type';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'The actor, relation, document or quote with this id (the Relay convention); null when there is none.' })
  async node(
    @Arg('id', () => ID, { description: 'The id of an actor, relation, document or quote.' }) id: string,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<Actor | Relation | Document | Evidence | null> {
    // The lookups join the request's batches; a relation id is only looked up when it has a
    // relation's form, and a quote's only when it has a quote's.
    const [actor, relation, document, evidence] = await Promise.all([
      loaders.actor.load(id),
      loaders.relation.load(id),
      loaders.document.load(id),
      isEvidenceId(id) ? loaders.evidence.load(id) : null,
    ]);
    const found = [
      ...(actor ? [{ type: 'an actor', node: toActor(actor) }] : []),
      ...(relation ? [{ type: 'a relation', node: toRelation(relation) }] : []),
      ...(document ? [{ type: 'a document', node: toDocument(document) }] : []),
      ...(evidence ? [{ type: 'a quote', node: toEvidence(evidence) }] : []),
    ];
    if (found.length > 1) {
      throw new BadUserInputError('id', `expected an id that names one object, found '${id}' naming ${found.map((item) => item.type).join(' and ')}; ask actor(id) or document(id)`);
    }
    return found[0]?.node ?? null;
  }
}
