/**
 * Curation: `possibleDuplicates` lists actors likely to be one; `mergeActors` makes them one and
 * `splitActor` undoes that; `deleteDocument` and `deleteActor` remove one with what only it
 * supports, and `deletions` lists the journal of them. Writes are for key holders only and recorded
 * under the key's name. The work is the curation services'; this resolver checks arguments and
 * shapes the answers.
 */
import { Arg, Ctx, Float, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { MAX_ID_CHARS } from '../config/annotation-limits';
import { LimitsConfig } from '../config/config';
import { ActorMergeService } from '../curation/actor-merge.service';
import { DeletionService } from '../curation/deletion.service';
import { DuplicateFinder } from '../curation/duplicates.service';
import { DeletionRecord } from '../graph/deletion-plan';
import { MergeRecord } from '../graph/merge-plan';
import { SLUG } from '../loader/annotation.validate';
import { ActorMerge } from './actor-merge.type';
import { pageSize } from './arguments';
import { authorizeWrite } from './authorize';
import { GraphQLContext } from './context';
import { pagedListCost } from './cost';
import { DeletedKind, Deletion } from './deletion.type';
import { DuplicatePair } from './duplicate-pair.type';
import { BadUserInputError } from './errors';
import { refusing } from './refusals';

function slug(value: string, argument: string, what: string): string {
  if (!SLUG.test(value)) throw new BadUserInputError(argument, `expected ${what} id (lowercase letters, digits and inner hyphens), found '${value.slice(0, MAX_ID_CHARS)}'`);
  return value;
}

const actorId = (value: string, argument: string): string => slug(value, argument, 'an actor');

function toDeletion(record: DeletionRecord): Deletion {
  return {
    id: record.id,
    kind: record.kind === 'actor' ? DeletedKind.ACTOR : DeletedKind.DOCUMENT,
    targetId: record.targetId,
    deletedBy: record.deletedBy,
    deletedAt: record.deletedAt,
    actorsDeleted: record.actors.map((actor) => String(actor.properties.id)),
    relationsDeleted: record.relations.map((relation) => String(relation.properties.id)),
    relationsKept: record.narrowed.map((relation) => relation.id),
    quotesDeleted: record.evidence.length,
  };
}

function toActorMerge(record: MergeRecord, split: { readonly by: string; readonly at: string } | null): ActorMerge {
  const moved = record.relations.filter((relation) => !relation.joined).length;
  const kept = record.evidence.filter((quote) => !quote.dropped).length;
  return {
    id: record.id,
    keptId: record.keptId,
    mergedId: record.mergedId,
    mergedBy: record.mergedBy,
    mergedAt: record.mergedAt,
    splitBy: split?.by ?? null,
    splitAt: split?.at ?? null,
    relationsMoved: moved,
    relationsJoined: record.relations.length - moved,
    relationsDropped: record.loops.length,
    quotesMoved: kept,
    quotesDropped: record.evidence.length - kept,
    aliasesAdded: [...record.addedAliases],
    documentsAdded: [...record.addedDocuments],
  };
}

@Resolver()
export class CurationResolver {
  constructor(
    private readonly merges: ActorMergeService,
    private readonly deletionService: DeletionService,
    private readonly duplicates: DuplicateFinder,
    private readonly limits: LimitsConfig,
    private readonly writesEnabled: boolean,
  ) {}

  @Query(() => [DuplicatePair], { description: 'Pairs of actors likely to be one, best first, each with its reasons.', complexity: pagedListCost })
  async possibleDuplicates(
    @Arg('first', () => Int, { nullable: true, description: 'How many pairs, from 1 to the page size limit (see limits).' }) first: number | null,
    @Arg('minScore', () => Float, { defaultValue: 0.5, description: 'Pairs scoring below this (from 0 to 1) are left out.' }) minScore: number,
    @Arg('actorId', () => ID, { nullable: true, description: `Only pairs with this actor. At most ${MAX_ID_CHARS} characters.` }) id: string | null,
  ): Promise<DuplicatePair[]> {
    if (!(minScore >= 0 && minScore <= 1)) throw new BadUserInputError('minScore', `expected a number from 0 to 1, found ${minScore}`);
    const pairs = await this.duplicates.possibleDuplicates({ first: pageSize(first, this.limits), minScore, actorId: id === null ? null : actorId(id, 'actorId') });
    return pairs.map(({ candidate, score, reasons }) => ({
      actorIds: [candidate.a.id, candidate.b.id],
      names: [candidate.a.name, candidate.b.name],
      score,
      reasons: [...reasons],
    }));
  }

  @Mutation(() => ActorMerge, {
    description:
      "Merges one actor into another in one transaction: its relations, quotes and document mentions move to the kept actor, its names and roles join the kept actor's, and its id names the kept actor from now on. Refused with MERGE_CONFLICT when the two disagree on a Wikidata id or on reviewed kinds.",
  })
  async mergeActors(
    @Arg('keep', () => ID, { description: `The actor that stays. At most ${MAX_ID_CHARS} characters.` }) keep: string,
    @Arg('merge', () => ID, { description: `The actor merged into it, which goes. At most ${MAX_ID_CHARS} characters.` }) merge: string,
    @Ctx() context: GraphQLContext,
  ): Promise<ActorMerge> {
    const by = this.authorize(context);
    const [keptId, mergedId] = [actorId(keep, 'keep'), actorId(merge, 'merge')];
    if (keptId === mergedId) throw new BadUserInputError('merge', `expected another actor than keep, found '${mergedId}' for both`);
    return toActorMerge(await refusing(() => this.merges.merge(keptId, mergedId, by)), null);
  }

  @Mutation(() => ActorMerge, {
    description: 'Undoes the standing merge of an actor from its record: the merged actor comes back with its relations, quotes and mentions, and the kept actor gives back what it took.',
  })
  async splitActor(
    @Arg('mergedId', () => ID, { description: `The id that was merged away. At most ${MAX_ID_CHARS} characters.` }) mergedId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<ActorMerge> {
    const by = this.authorize(context);
    const split = await refusing(() => this.merges.split(actorId(mergedId, 'mergedId'), by));
    return toActorMerge(split.record, { by, at: split.splitAt });
  }

  @Mutation(() => Deletion, {
    description:
      'Deletes a document with what only it supports: its quotes, the relations no other document supports, and the actors no other document mentions that are left without relations. Relations other documents also support stay, supported by those. Recorded in the journal (see deletions) with every property of what went.',
  })
  async deleteDocument(
    @Arg('id', () => ID, { description: `The document's id. At most ${MAX_ID_CHARS} characters.` }) id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<Deletion> {
    const by = this.authorize(context);
    return toDeletion(await refusing(() => this.deletionService.deleteDocument(slug(id, 'id', 'a document'), by)));
  }

  @Mutation(() => Deletion, {
    description:
      'Deletes an actor with its relations, their quotes, its own quotes and its mentions; documents stay. Recorded in the journal (see deletions) with every property of what went. An id merged into this actor still names it in later loads.',
  })
  async deleteActor(
    @Arg('id', () => ID, { description: `The actor's id. At most ${MAX_ID_CHARS} characters.` }) id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<Deletion> {
    const by = this.authorize(context);
    return toDeletion(await refusing(() => this.deletionService.deleteActor(actorId(id, 'id'), by)));
  }

  @Query(() => [Deletion], { description: 'The journal of deletions of documents and actors, newest first.', complexity: pagedListCost })
  async deletions(@Arg('first', () => Int, { nullable: true, description: 'How many, from 1 to the page size limit (see limits).' }) first: number | null): Promise<Deletion[]> {
    return (await this.deletionService.deletions(pageSize(first, this.limits))).map(toDeletion);
  }

  /** Who the write is recorded under: the key's holder. */
  private authorize(context: GraphQLContext): string {
    return authorizeWrite(context, this.writesEnabled).reviewedBy;
  }
}
