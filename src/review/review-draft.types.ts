/**
 * A review draft as the service keeps it: a text, what the extraction rules (or a file made by
 * `npm run annotate`) proposed in it, and every decision a reviewer made since. Each actor and
 * relation of the draft is an item with its current state, its decision and a version that every
 * change raises, so that two reviewers deciding the same item cannot silently overwrite each other.
 *
 * Relations name their ends by the item ids of the draft's actors, not by graph ids: an actor can
 * be renamed or linked to an actor of the graph without any relation having to follow.
 */
import { ActorKind, RelationType } from '../graph/vocabulary';

export const DRAFT_STATUSES = ['NEW', 'IN_REVIEW', 'DONE'] as const;
/** NEW until the first decision, IN_REVIEW until finished, DONE once its accepted items are in the graph. */
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

export const DECISIONS = ['UNDECIDED', 'ACCEPTED', 'REJECTED'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Where a draft came from. */
export const DRAFT_SOURCES = ['TEXT', 'SUBMITTED'] as const;
/** TEXT: drafted by the service from a text (the page, `createReviewDraft`); SUBMITTED: a draft made elsewhere (`npm run annotate --submit`, `extractDocument`'s annotation). */
export type DraftSource = (typeof DRAFT_SOURCES)[number];

/** A quote located in the draft's text: `text.slice(start, end) === quote`. */
export interface LocatedQuote {
  readonly quote: string;
  readonly start: number;
  readonly end: number;
}

/** Why an item is in the draft, when a rule proposed it. */
export interface ProposalMarks {
  readonly confidence: number;
  readonly rule: string;
}

export interface ActorState {
  /** The id the actor is written under when it is new (a slug); the graph's id for an actor the rules linked. */
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: readonly string[];
  readonly roles: readonly string[];
  readonly description: string | null;
  readonly wikidataId: string | null;
  readonly evidence: readonly LocatedQuote[];
  /**
   * The actor of the graph this one is written into (its name and kind were taken from the graph
   * when it was linked, the name the text uses became an alias); null for a new actor.
   */
  readonly linkedTo: string | null;
}

export interface RelationState {
  readonly type: RelationType;
  /** Item ids of two actors of the draft. */
  readonly from: string;
  readonly to: string;
  /** A partial date or a range as the loader reads it; null when not known. */
  readonly time: string | null;
  readonly place: string | null;
  readonly description: string;
  readonly evidence: readonly LocatedQuote[];
}

interface ItemBase {
  readonly itemId: string;
  /** Order in the draft's lists: proposed items first, added ones after. */
  readonly position: number;
  /** Raised by every change; a decision names the version it was made on. */
  readonly version: number;
  readonly decision: Decision;
  readonly proposal: ProposalMarks | null;
  /** Added by a reviewer rather than proposed. */
  readonly added: boolean;
  /** The reviewer (an API key's name) of the last change, and when (ISO-8601); null while untouched. */
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
}

export interface ActorItem extends ItemBase {
  readonly kind: 'actor';
  readonly state: ActorState;
}

export interface RelationItem extends ItemBase {
  readonly kind: 'relation';
  readonly state: RelationState;
}

export type ReviewItem = ActorItem | RelationItem;

/** A stretch of the text that names an actor of the draft (by item id). */
export interface DraftMention {
  readonly itemId: string;
  readonly start: number;
  readonly end: number;
}

export interface DraftHeader {
  readonly id: string;
  readonly status: DraftStatus;
  readonly source: DraftSource;
  /** The document id the draft is written under, unless the reviewer gives another when finishing. */
  readonly documentId: string;
  readonly title: string;
  readonly date: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly finishedBy: string | null;
  readonly finishedAt: string | null;
  /** Raised by every decision on any item: a finish checks that nothing changed under it. */
  readonly revision: number;
}

export interface StoredDraft extends DraftHeader {
  readonly text: string;
  readonly warnings: readonly string[];
  readonly mentions: readonly DraftMention[];
}

/** What the queue shows of a draft: its header and how far its review has come. */
export interface DraftSummary extends DraftHeader {
  readonly counts: DecisionCounts;
}

export interface DecisionCounts {
  readonly actors: number;
  readonly relations: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly undecided: number;
}
