/**
 * The graph's records as the loader writes them and the repository reads them back: plain data,
 * checked before it gets here.
 */
import { PartialTime } from './partial-time';
import { ActorKind, RelationType } from './vocabulary';

export interface EvidenceRecord {
  readonly id: string;
  readonly documentId: string;
  readonly quote: string;
  /** Offsets in the document's text, in UTF-16 code units (JavaScript string indices), end exclusive. */
  readonly start: number;
  readonly end: number;
}

export interface DocumentRecord {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly date: PartialTime | null;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly language: string | null;
}

/** Who reviewed an item and when: the name of the key that wrote it (never the key), and an ISO-8601 time. */
export interface ReviewStamp {
  readonly reviewedBy: string;
  readonly reviewedAt: string;
}

export interface ActorRecord {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: readonly string[];
  readonly description: string | null;
  readonly roles: readonly string[];
  /** The actor's Wikidata item (`Q` and digits), for joining with other data sets; null when not given. */
  readonly wikidataId: string | null;
  readonly evidence: readonly EvidenceRecord[];
  /** False for an actor the extraction rules proposed and no person has reviewed (`"review": "proposed"` in its annotation). */
  readonly reviewed: boolean;
  /** Who reviewed it and when; null when not said (a file without it, or an unreviewed item). */
  readonly review: ReviewStamp | null;
}

export interface RelationRecord {
  readonly id: string;
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly time: PartialTime | null;
  readonly place: string | null;
  readonly description: string;
  readonly evidence: readonly EvidenceRecord[];
  /** False for a relation the extraction rules proposed and no person has reviewed (`"review": "proposed"` in its annotation). */
  readonly reviewed: boolean;
  /** Who reviewed it and when; null when not said (a file without it, or an unreviewed item). */
  readonly review: ReviewStamp | null;
}
