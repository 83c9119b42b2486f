/** Turns repository rows into the GraphQL types' objects. */
import { ActorRow, DocumentRow, EvidenceRow, PathRow, RelationRow, SubgraphEdgeRow, SubgraphNodeRow } from '../graph/read-models';
import { SubgraphMeasures } from '../graph/subgraph-measures';
import { cameoRootCode, isSymmetric } from '../graph/vocabulary';
import { Actor } from './actor.type';
import { Document } from './document.type';
import { Evidence } from './evidence.type';
import { Path } from './path.type';
import { Relation } from './relation.type';
import { SubgraphEdge, SubgraphNode } from './subgraph.type';
import { timeSpan } from './time-span.type';

export function toActor(row: ActorRow): Actor {
  return { ...row };
}

export function toRelation(row: RelationRow): Relation {
  return {
    id: row.id,
    type: row.type,
    symmetric: isSymmetric(row.type),
    time: timeSpan(row.timeText, row.timeStart, row.timeEnd),
    place: row.place,
    description: row.description,
    cameoCode: cameoRootCode(row.type),
    fromId: row.from,
    toId: row.to,
    documentIds: row.documentIds,
    documentCount: row.documentIds.length,
    reviewed: row.reviewed,
  };
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
