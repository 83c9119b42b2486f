/** What `searchEvidence` answers: quotes ranked by relevance, each with the spans that matched, in Relay pages. */
import { Field, Int, ObjectType } from 'type-graphql';
import { edgesCost } from './cost';
import { Evidence } from './evidence.type';
import { PageInfo } from './page-info.type';

@ObjectType({ description: 'A stretch of a text, in UTF-16 offsets (JavaScript string indices), end exclusive.' })
export class TextSpan {
  @Field(() => Int, { description: 'Offset of the first character.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just after the last character.' })
  end!: number;
}

@ObjectType({ description: 'A quote found by searchEvidence. Its relation, actor and document are fields of `evidence` and of this hit.' })
export class EvidenceHit {
  @Field(() => Evidence, { description: 'The quote found.' })
  evidence!: Evidence;

  @Field({ description: 'Relevance score from the full-text index; higher is better.' })
  score!: number;

  @Field(() => [TextSpan], {
    description: "The quote's words that matched, in the document's offsets (as the quote's start and end): the quote's own are start - evidence.start.",
  })
  highlights!: TextSpan[];

  /** Not fields: the resolver loads the relation or the actor the quote supports, and its document. */
  relationId!: string | null;
  actorId!: string | null;
  documentId!: string;
}

@ObjectType({ description: 'A found quote in a list, with its cursor.' })
export class EvidenceHitEdge {
  @Field({ description: 'Pass as after to continue after this hit.' })
  cursor!: string;

  @Field(() => EvidenceHit, { description: 'The hit.' })
  node!: EvidenceHit;
}

@ObjectType({ description: 'A page of found quotes, the most relevant first. It has no total: counting every hit would read them all.' })
export class EvidenceHitConnection {
  @Field(() => [EvidenceHitEdge], { description: 'The hits of this page, in order.', complexity: edgesCost })
  edges!: EvidenceHitEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and their cursors.' })
  pageInfo!: PageInfo;
}
