import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphQLContext } from './context';
import { Document } from './document.type';
import { Evidence } from './evidence.type';
import { loadReferenced } from './loaders';
import { toDocument } from './shape';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Document, { description: 'The document quoted.' })
  async document(@Root() evidence: Evidence, @Ctx() { loaders }: GraphQLContext): Promise<Document> {
    return toDocument(await loadReferenced(loaders.document, evidence.documentId, 'document', `quote '${evidence.id}'`));
  }
}
