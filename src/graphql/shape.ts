/** Turns repository rows into the GraphQL types' objects. */
import { DocumentRow, EvidenceRow, PartialActorRow, PartialRelationRow, PathRow, SubgraphEdgeRow, SubgraphNodeRow } from '../graph/read-models';
import { RelationWithEnds } from '../graph/relation.repository';
import { LoadSummary } from '../loader/load-summary';
import { IngestResult } from './ingest-result.type';
import { SubgraphMeasures } from '../graph/subgraph-measures';
import { cameoRootCode, isSymmetric } from '../graph/vocabulary';
import { Actor } from './actor.type';
import { Document } from './document.type';
import { Evidence } from './evidence.type';
import { Path } from './path.type';
import { Relation } from './relation.type';
import { SubgraphEdge, SubgraphNode } from './subgraph.type';
import { timeSpan } from './time-span.type';

/*
 * A list reads only the stored fields its selection needs (src/graphql/row-fields.ts), so a row
 * may lack some. The objects below are then incomplete too, and that is safe: GraphQL reads only
 * the fields that were selected, and the selection is what decided which were read.
 *
 * Actors and relations are made as instances of their classes: type-graphql hands a field
 * resolver (a relation's `from` and `to`, an actor's `relations`) its root as such an instance, and
 * copies every plain object into a new one first, twice a call, for every edge of a list.
 */

export function toActor(row: PartialActorRow): Actor {
  return Object.assign(new Actor(), row);
}

export function toRelation(row: PartialRelationRow): Relation {
  return Object.assign(new Relation(), {
    id: row.id,
    type: row.type,
    symmetric: isSymmetric(row.type),
    time: timeSpan(row.timeText ?? null, row.timeStart ?? null, row.timeEnd ?? null),
    place: row.place ?? null,
    description: row.description as string,
    cameoCode: cameoRootCode(row.type),
    fromId: row.from,
    toId: row.to,
    documentIds: row.documentIds ?? [],
    documentCount: (row.documentIds ?? []).length,
    reviewed: row.reviewed as boolean,
    reviewedBy: row.reviewedBy ?? null,
    reviewedAt: row.reviewedAt ?? null,
  });
}

/** A relation of a list, with the two actors the list read with it, so that `from` and `to` need no query. */
export function toRelationWithEnds({ relation, ends }: RelationWithEnds): Relation {
  const shaped = toRelation(relation);
  shaped.ends = [toActor(ends[0]), toActor(ends[1])];
  return shaped;
}

export function toEvidence(row: EvidenceRow): Evidence {
  return { id: row.id, quote: row.quote, start: row.start, end: row.end, documentId: row.documentId };
}

export function toDocument(row: DocumentRow): Document {
  return {
    id: row.id,
    title: row.title,
    text: row.text,
    date: timeSpan(row.dateText, row.dateStart, row.dateEnd),
    publisher: row.publisher,
    url: row.url,
    language: row.language,
  };
}

export function toPath(row: PathRow): Path {
  return { actors: row.actors.map(toActor), relations: row.relations.map(toRelation), length: row.relations.length };
}

/** A degree or a measure that was not asked for is not read or computed either. */
export function toSubgraphNode(row: SubgraphNodeRow, measures: SubgraphMeasures = {}): SubgraphNode {
  return {
    id: row.id,
    label: row.name,
    kind: row.kind,
    degree: row.degree ?? 0,
    pageRank: measures.pageRank?.get(row.id) ?? 0,
    betweenness: measures.betweenness?.get(row.id) ?? 0,
    community: measures.community?.get(row.id) ?? 0,
  };
}

/** Time and counts that were not asked for are not read either. */
export function toSubgraphEdge(row: SubgraphEdgeRow): SubgraphEdge {
  return {
    id: row.id,
    source: row.from,
    target: row.to,
    type: row.type,
    symmetric: isSymmetric(row.type),
    time: timeSpan(row.timeText, row.timeStart, row.timeEnd),
    reviewed: row.reviewed,
    evidenceCount: row.evidenceCount ?? 0,
    documentCount: row.documentCount ?? 0,
  };
}

/** What a load through the API wrote, as `ingestDocument` and `finishReviewDraft` answer it. */
export function toIngestResult(summary: LoadSummary): IngestResult {
  return {
    actorsCreated: summary.actors.created,
    actorsUpdated: summary.actors.updated,
    relationsCreated: summary.relations.created,
    relationsUpdated: summary.relations.updated,
    quotes: summary.evidence,
    possibleDuplicates: summary.possibleDuplicates.map((duplicate) => `${duplicate.name}: ${duplicate.actorIds.join(', ')}`),
    descriptionsKept: summary.keptDescriptions.map((kept) => `${kept.actorId}: ${kept.given}`),
  };
}
