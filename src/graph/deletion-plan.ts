/**
 * What deleting a document or an actor removes, planned from what the graph holds, and the record
 * of it that the graph keeps (`(:Deletion)`, see deletion.repository.ts).
 *
 * A document takes with it what only it supports: its quotes, the relations no other document
 * supports, and the actors no other document mentions that are left without a relation. A relation
 * another document also supports stays, supported by the others only. An actor takes with it its
 * relations (a relation needs both ends), their quotes, its own quotes and its mentions; documents
 * stay, since they are sources, not claims about the actor.
 *
 * The record holds everything removed, property for property (a document's text too), so that the
 * journal says exactly what went and nothing is lost to a mistaken deletion.
 */
import { Properties, StoredRelation } from './merge-plan';
import { RelationType } from './vocabulary';

export type DeletedKind = 'document' | 'actor';

/** An actor as a deletion reads it: its properties, and what else keeps it in the graph. */
export interface ActorSupport {
  readonly properties: Properties;
  /** The documents that mention it. */
  readonly mentionedIn: readonly string[];
  /** Its relations that a document other than the one deleted also supports. */
  readonly relationsElsewhere: number;
}

/** A relation that stays, supported by fewer documents. */
export interface NarrowedRelation {
  readonly type: RelationType;
  readonly id: string;
  readonly documentIdsBefore: readonly string[];
  readonly documentIdsAfter: readonly string[];
}

export interface DeletedActor {
  readonly properties: Properties;
  readonly mentionedIn: readonly string[];
}

export interface DeletionRecord {
  readonly id: string;
  readonly kind: DeletedKind;
  readonly targetId: string;
  readonly deletedBy: string;
  readonly deletedAt: string;
  /** The document deleted, text included; null when an actor was. */
  readonly document: Properties | null;
  readonly actors: readonly DeletedActor[];
  readonly relations: readonly StoredRelation[];
  readonly narrowed: readonly NarrowedRelation[];
  readonly evidence: readonly Properties[];
}

export interface DeletionMeta {
  readonly id: string;
  readonly deletedBy: string;
  readonly deletedAt: string;
}

/** What the graph holds of a document: the document, the relations that cite it, the actors it mentions, its quotes. */
export interface DocumentHoldings {
  readonly document: Properties;
  readonly relations: readonly StoredRelation[];
  readonly mentioned: readonly ActorSupport[];
  readonly evidence: readonly Properties[];
}

/** What the graph holds of an actor. */
export interface ActorHoldings {
  readonly actor: Properties;
  readonly mentionedIn: readonly string[];
  readonly relations: readonly StoredRelation[];
  readonly evidence: readonly Properties[];
}

function documentIdsOf(relation: StoredRelation): string[] {
  const ids = relation.properties.documentIds;
  return Array.isArray(ids) ? ids.map(String) : [];
}

export function planDocumentDeletion(holdings: DocumentHoldings, meta: DeletionMeta): DeletionRecord {
  const documentId = String(holdings.document.id);
  const relations: StoredRelation[] = [];
  const narrowed: NarrowedRelation[] = [];
  for (const relation of holdings.relations) {
    const before = documentIdsOf(relation);
    const after = before.filter((id) => id !== documentId);
    if (after.length === 0) relations.push(relation);
    else narrowed.push({ type: relation.type, id: String(relation.properties.id), documentIdsBefore: before, documentIdsAfter: after });
  }
  const actors = holdings.mentioned
    .filter((actor) => actor.relationsElsewhere === 0 && actor.mentionedIn.every((id) => id === documentId))
    .map(({ properties, mentionedIn }) => ({ properties, mentionedIn: [...mentionedIn] }));
  return { ...meta, kind: 'document', targetId: documentId, document: holdings.document, actors, relations, narrowed, evidence: holdings.evidence };
}

export function planActorDeletion(holdings: ActorHoldings, meta: DeletionMeta): DeletionRecord {
  return {
    ...meta,
    kind: 'actor',
    targetId: String(holdings.actor.id),
    document: null,
    actors: [{ properties: holdings.actor, mentionedIn: [...holdings.mentionedIn] }],
    relations: holdings.relations,
    narrowed: [],
    evidence: holdings.evidence,
  };
}

/** The actors that stay but lost or changed relations: their degrees are recounted. */
export function survivingEnds(record: DeletionRecord): string[] {
  const deleted = new Set(record.actors.map((actor) => String(actor.properties.id)));
  const ends = record.relations.flatMap((relation) => [relation.from, relation.to]);
  return [...new Set(ends)].filter((id) => !deleted.has(id)).sort();
}
