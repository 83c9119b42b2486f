/** Turns repository rows into the GraphQL types' objects. */
import { DocumentRow, EvidenceRow, PartialActorRow, PartialRelationRow, PathRow, SubgraphEdgeRow, SubgraphNodeRow } from '../graph/read-models';
import { RelationWithEnds } from '../graph/relation.repository';
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
 */

export function toActor(row: PartialActorRow): Actor {
  return { ...row } as Actor;
}

export function toRelation(row: PartialRelationRow): Relation {
  return {
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
  };
}

/** A relation of a list, with the two actors the list read with it, so that `from` and `to` need no query. */
export function toRelationWithEnds({ relation, ends }: RelationWithEnds): Relation {
  return { ...toRelation(relation), ends: [toActor(ends[0]), toActor(ends[1])] };
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
