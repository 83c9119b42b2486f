import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { pagedListCost } from './cost';
import { LimitsConfig } from '../config/config';
import { GraphReader } from '../graph/graph.reader';
import { pageSize } from './arguments';
import { IdArgs } from './actor.args';
import { Actor } from './actor.type';
import { toConnection } from './connection';
import { GraphQLContext } from './context';
import { decodeCursor, encodeCursor } from './cursor';
import { Document, DocumentConnection } from './document.type';
import { loadFound } from './loaders';
import { PageArgs } from './page.args';
import { Relation } from './relation.type';
import { toActor, toDocument, toRelation } from './shape';

@Resolver(() => Document)
export class DocumentResolver {
  constructor(
    private readonly reader: GraphReader,
    private readonly limits: LimitsConfig,
  ) {}

  @Query(() => Document, { nullable: true, description: 'One document by id; null when there is none.' })
  async document(@Args() { id }: IdArgs, @Ctx() { loaders }: GraphQLContext): Promise<Document | null> {
    const row = await loaders.document.load(id);
    return row && toDocument(row);
  }

  @Query(() => DocumentConnection, { description: 'All documents by id, paginated.', complexity: pagedListCost })
  async documents(@Args() args: PageArgs): Promise<DocumentConnection> {
    const after = decodeCursor(args.after, 1);
    const page = await this.reader.findDocuments({ first: pageSize(args.first, this.limits), after });
    return toConnection(page, (row) => ({ cursor: encodeCursor([row.id]), node: toDocument(row) }), after !== null);
  }

  @FieldResolver(() => [Actor], { description: 'The actors the document mentions, by name.' })
  async actors(@Root() document: Document, @Ctx() { loaders }: GraphQLContext): Promise<Actor[]> {
    return (await loaders.actorsOfDocument.load(document.id)).map(toActor);
  }

  @FieldResolver(() => [Relation], {
    description: "The relations the document gives quotes for. Their `evidence` is this document's quotes, so that every offset fits this document's text; `evidence(allDocuments: true)` gives every document's.",
  })
  async relations(@Root() document: Document, @Ctx() { loaders }: GraphQLContext): Promise<Relation[]> {
    const ids = await loaders.relationIdsOfDocument.load(document.id);
    return (await loadFound(loaders.relation, ids)).map((row) => Object.assign(toRelation(row), { scopeDocumentId: document.id }));
  }
}
