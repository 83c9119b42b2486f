/**
 * What the extraction layer produces: a draft annotation in the loader's own format, in which
 * every item the rules proposed is marked for review, plus what a reviewing page needs to show
 * why (the mentions found in the text). The loader reads `annotation` as it reads a hand-written
 * file; `mentions` and `warnings` are for people and are never loaded.
 */
import { ActorKind, RelationType } from '../graph/vocabulary';

/** Why an item is in a draft: a rule proposed it, with a confidence between 0 and 1. */
export interface Proposal {
  readonly review: 'proposed';
  readonly confidence: number;
  /** The name of the rule that proposed the item, e.g. `active-verb`, `passive-verb`, `title-apposition`. */
  readonly rule: string;
}

/** A quote that occurs verbatim in the text; `occurrence` picks which one when it occurs more than once. */
export interface DraftEvidence {
  readonly quote: string;
  readonly occurrence?: number;
}

export interface DraftActor extends Partial<Proposal> {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: readonly string[];
  readonly description?: string;
  readonly roles: readonly string[];
  readonly evidence: readonly DraftEvidence[];
}

export interface DraftRelation extends Partial<Proposal> {
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  /** A partial date as the loader reads it: 2024, 2024-01, 2024-01-18, or a range START/END. */
  readonly time?: string;
  readonly place?: string;
  readonly description: string;
  readonly evidence: readonly DraftEvidence[];
}

export interface DraftAnnotation {
  readonly document: {
    readonly id: string;
    readonly title: string;
    /** The text stays in its own file; the CLI sets this, the API leaves it out and sets `text`. */
    readonly textFile?: string;
    readonly text?: string;
    readonly date?: string;
    readonly language?: string;
  };
  readonly actors: readonly DraftActor[];
  readonly relations: readonly DraftRelation[];
}

/** A stretch of the text that names an actor, in UTF-16 offsets (end exclusive). */
export interface Mention {
  readonly actorId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** True when the actor is one the graph already holds (entity linking), false for a new one. */
  readonly known: boolean;
}

export interface ExtractionResult {
  readonly annotation: DraftAnnotation;
  readonly mentions: readonly Mention[];
  /** Things a reviewer should know (e.g. a relative date that could not be resolved). */
  readonly warnings: readonly string[];
}

/** An actor the graph already holds, as entity linking needs it. */
export interface KnownActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: readonly string[];
}

export interface DraftOptions {
  readonly title?: string;
  /** The document's date, a partial date; relative dates in the text are resolved against it. */
  readonly date?: string;
  readonly id?: string;
  readonly textFile?: string;
  readonly knownActors: readonly KnownActor[];
  /** The most bytes the draft may take as JSON (one request's body, less its envelope); none: no bound. */
  readonly maxBytes?: number;
}
