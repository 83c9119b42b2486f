/**
 * `searchEvidence`: quotes found by their words, with the relation or actor each supports and its
 * document. The cursor of a hit is the number of hits before the next page and the query mode the
 * list came from (see evidence-search.repository.ts), opaque to clients like every cursor.
 */
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { MAX_SEARCH_DEPTH } from '../config/annotation-limits';
import { LimitsConfig } from '../config/config';
import { EvidenceHitRow } from '../graph/evidence-search.repository';
import { SearchMode } from '../graph/fulltext-search';
import { GraphReader } from '../graph/graph.reader';
import { nonEmpty, pageSize, timeWindow } from './arguments';
import { Actor } from './actor.type';
import { GraphQLContext } from './context';
import { pagedListCost } from './cost';
import { decodeCursor, encodeCursor } from './cursor';
import { Document } from './document.type';
import { BadUserInputError } from './errors';
import { SearchEvidenceArgs } from './evidence-search.args';
import { EvidenceHit, EvidenceHitConnection } from './evidence-search.type';
import { loadReferenced } from './loaders';
import { Relation } from './relation.type';
import { toActor, toDocument, toEvidence, toRelation } from './shape';

const MODES: readonly SearchMode[] = ['EXACT', 'MISSPELT'];

/** Where a page starts: after how many hits, in which mode; a first page starts at 0 in no mode yet. */
function pageStart(after: string | null | undefined): { skip: number; mode: SearchMode | null } {
  const key = decodeCursor(after, 2);
  if (key === null) return { skip: 0, mode: null };
  const [mode, skip] = key;
  if (!(MODES as readonly string[]).includes(mode) || !/^\d{1,9}$/.test(skip)) throw new BadUserInputError('after', `expected a cursor returned by this list, found '${after!.slice(0, 60)}'`);
  if (Number(skip) >= MAX_SEARCH_DEPTH) throw new BadUserInputError('after', `expected a cursor within the first ${MAX_SEARCH_DEPTH} hits, found one after ${skip}`);
  return { skip: Number(skip), mode: mode as SearchMode };
}

function toHit(row: EvidenceHitRow): EvidenceHit {
  return {
    evidence: toEvidence(row.evidence),
    score: row.score,
    highlights: row.highlights,
    relationId: row.evidence.relationId,
    actorId: row.evidence.actorId,
    documentId: row.evidence.documentId,
  };
}

@Resolver(() => EvidenceHit)
export class EvidenceSearchResolver {
  constructor(
    private readonly reader: GraphReader,
    private readonly limits: LimitsConfig,
  ) {}

  @Query(() => EvidenceHitConnection, {
    description: 'Quotes found by their words, the most relevant first, each with the relation or actor it supports, its document and the spans that matched.',
    complexity: pagedListCost,
  })
  async searchEvidence(@Args() args: SearchEvidenceArgs): Promise<EvidenceHitConnection> {
    const text = nonEmpty(args.text, 'text');
    const start = pageStart(args.after);
    const first = Math.min(pageSize(args.first, this.limits), MAX_SEARCH_DEPTH - start.skip);
    const filter = { types: args.types ?? null, ...timeWindow(args.since, args.until) };
    const page = await this.reader.searchEvidence(text, filter, { skip: start.skip, first, mode: start.mode });
    const edges = page.hits.map((hit, index) => ({ cursor: encodeCursor([page.mode, String(start.skip + index + 1)]), node: toHit(hit) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: page.hasNextPage && start.skip + edges.length < MAX_SEARCH_DEPTH,
        hasPreviousPage: start.skip > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }

  @FieldResolver(() => Relation, { nullable: true, description: 'The relation the quote supports; null for a quote of an actor.' })
  async relation(@Root() hit: EvidenceHit, @Ctx() { loaders }: GraphQLContext): Promise<Relation | null> {
    if (hit.relationId === null) return null;
    return toRelation(await loadReferenced(loaders.relation, hit.relationId, 'relation', `quote '${hit.evidence.id}'`));
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'The actor the quote names or describes; null for a quote of a relation.' })
  async actor(@Root() hit: EvidenceHit, @Ctx() { loaders }: GraphQLContext): Promise<Actor | null> {
    if (hit.actorId === null) return null;
    return toActor(await loadReferenced(loaders.actor, hit.actorId, 'actor', `quote '${hit.evidence.id}'`));
  }

  @FieldResolver(() => Document, { description: 'The document quoted.' })
  async document(@Root() hit: EvidenceHit, @Ctx() { loaders }: GraphQLContext): Promise<Document> {
    return toDocument(await loadReferenced(loaders.document, hit.documentId, 'document', `quote '${hit.evidence.id}'`));
  }
}
