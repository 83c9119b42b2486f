/**
 * The rules of deciding: what a decision does to an item of a draft, and to the items it drags
 * along. Pure functions over the draft's items, so that every rule is unit-tested apart from the
 * database; the service runs them under the draft's lock and writes what they return.
 *
 * - A decision names the version of the item it was made on. One made on an older version is
 *   refused (REVIEW_CONFLICT), unless it would change nothing: a decision sent twice (a retry
 *   after a lost answer), or the same decision by two reviewers, leaves the item as it is and
 *   succeeds. So a decision is idempotent, and of two different ones on one item the first wins
 *   and the second is told.
 * - Rejecting an actor rejects the relations that need it; accepting a relation accepts its ends
 *   (an end that is rejected must be accepted or replaced first). A draft's accepted items are
 *   then always a graph: no accepted relation without its actors.
 * - Changing a relation's type or ends rewrites its description to say what it now states.
 */
import { FIELD_CHARS, LIST_ENTRIES } from '../config/annotation-limits';
import { newActorId } from '../extract/actor-ids';
import { parsePartialTime, PartialTimeError } from '../graph/partial-time';
import { ActorKind, isActorKind, isRelationType, RelationType } from '../graph/vocabulary';
import { describeValue } from '../loader/annotation-source';
import { ReviewStamp } from '../graph/domain';
import { ActorItem, ActorState, Decision, LocatedQuote, RelationItem, RelationState, ReviewItem } from './review-draft.types';
import { ReviewConflictError, ReviewInputError, ReviewNotFoundError } from './review-errors';

/** An actor of the graph, as linking needs it. */
export interface GraphActorRef {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
}

/** A change to an actor item; absent fields stay as they are. */
export interface ActorChange {
  readonly decision?: Decision;
  readonly name?: string;
  readonly kind?: ActorKind;
  readonly aliases?: readonly string[];
  /** An actor of the graph to write this one into; null keeps it as a new actor. */
  readonly link?: GraphActorRef | null;
}

/** A change to a relation item; absent fields stay as they are, an empty time or place clears it. */
export interface RelationChange {
  readonly decision?: Decision;
  readonly type?: RelationType;
  readonly from?: string;
  readonly to?: string;
  /** Exchanges the ends (after `from` and `to` are applied). */
  readonly swap?: boolean;
  readonly time?: string;
  readonly place?: string;
}

/** What a decision changes: the items to write, each with its version raised; empty when it changes nothing. */
export interface DecisionPlan {
  readonly changed: readonly ReviewItem[];
  /** The item decided on, as it is after the decision. */
  readonly item: ReviewItem;
}

export function planActorChange(items: readonly ReviewItem[], itemId: string, version: number, change: ActorChange, stamp: ReviewStamp): DecisionPlan {
  const item = itemOf(items, itemId, 'actor');
  const next: ActorItem = { ...item, decision: change.decision ?? item.decision, state: changedActor(items, item, change) };
  const cascade = next.decision === 'REJECTED' ? relationsOf(items, itemId).filter((relation) => relation.decision !== 'REJECTED').map((relation) => ({ ...relation, decision: 'REJECTED' as const })) : [];
  return plan(item, next, version, cascade, stamp);
}

export function planRelationChange(items: readonly ReviewItem[], itemId: string, version: number, change: RelationChange, stamp: ReviewStamp): DecisionPlan {
  const item = itemOf(items, itemId, 'relation');
  const state = changedRelation(items, item.state, change);
  const next: RelationItem = { ...item, decision: change.decision ?? item.decision, state };
  return plan(item, next, version, next.decision === 'ACCEPTED' ? endsToAccept(items, state) : [], stamp);
}

/** What an item the reviewer made has: the next place in the draft, accepted by them, proposed by no rule. */
function addedBy(items: readonly ReviewItem[], stamp: ReviewStamp): Pick<ActorItem, 'position' | 'version' | 'decision' | 'proposal' | 'added' | 'decidedBy' | 'decidedAt'> {
  return { position: nextPosition(items), version: 1, decision: 'ACCEPTED', proposal: null, added: true, decidedBy: stamp.reviewedBy, decidedAt: stamp.reviewedAt };
}

/** A new actor from a stretch of the text, accepted: the reviewer made it. */
export function newActorItem(items: readonly ReviewItem[], quote: LocatedQuote, name: string | undefined, kind: ActorKind, stamp: ReviewStamp): ActorItem {
  const actorName = checkedName(name ?? quote.quote, 'name');
  const taken = new Set(items.flatMap((item) => (item.kind === 'actor' ? [item.itemId, item.state.id] : [])));
  const id = newActorId(actorName, (candidate) => taken.has(candidate));
  return {
    kind: 'actor',
    itemId: id,
    ...addedBy(items, stamp),
    state: { id, name: actorName, kind, aliases: quote.quote === actorName ? [] : [quote.quote], roles: [], description: null, wikidataId: null, evidence: [quote], linkedTo: null },
  };
}

export interface NewRelation {
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly evidence: readonly LocatedQuote[];
  readonly time?: string;
  readonly place?: string;
}

/** A relation the reviewer adds, accepted, with the ends it accepts; returns every item to write. */
export function newRelationItems(items: readonly ReviewItem[], relation: NewRelation, stamp: ReviewStamp): { relation: RelationItem; changed: ReviewItem[] } {
  if (relation.evidence.length === 0) throw new ReviewInputError('evidence', 'expected at least one quote stating the relation, found none');
  if (relation.evidence.length > LIST_ENTRIES.evidence) throw new ReviewInputError('evidence', `expected at most ${LIST_ENTRIES.evidence} quotes, found ${relation.evidence.length}`);
  const blank: RelationState = { type: relation.type, from: relation.from, to: relation.to, time: null, place: null, description: '', evidence: relation.evidence };
  const state = changedRelation(items, blank, { type: relation.type, from: relation.from, to: relation.to, time: relation.time, place: relation.place }, true);
  const numbers = items.filter((item) => item.kind === 'relation').map((item) => Number(/^r(\d+)$/.exec(item.itemId)?.[1] ?? 0));
  const made: RelationItem = {
    kind: 'relation',
    itemId: `r${Math.max(0, ...numbers) + 1}`,
    ...addedBy(items, stamp),
    state,
  };
  const ends = endsToAccept(items, state).map((end) => stamped(end, stamp));
  return { relation: made, changed: [made, ...ends] };
}

function plan(item: ReviewItem, next: ReviewItem, version: number, cascade: readonly ReviewItem[], stamp: ReviewStamp): DecisionPlan {
  if (sameItem(item, next) && cascade.length === 0) return { changed: [], item };
  if (version !== item.version) throw new ReviewConflictError(item, version);
  const decided = stamped(next, stamp);
  return { changed: [decided, ...cascade.map((other) => stamped(other, stamp))], item: decided };
}

function stamped<T extends ReviewItem>(item: T, stamp: ReviewStamp): T {
  return { ...item, version: item.version + 1, decidedBy: stamp.reviewedBy, decidedAt: stamp.reviewedAt };
}

function sameItem(a: ReviewItem, b: ReviewItem): boolean {
  return a.decision === b.decision && canonical(a.state) === canonical(b.state);
}

/** JSON with keys in order, so that two equal states compare equal whatever order they were built in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b))) : inner,
  );
}

function itemOf(items: readonly ReviewItem[], itemId: string, kind: 'actor'): ActorItem;
function itemOf(items: readonly ReviewItem[], itemId: string, kind: 'relation'): RelationItem;
function itemOf(items: readonly ReviewItem[], itemId: string, kind: ReviewItem['kind']): ReviewItem {
  const item = items.find((candidate) => candidate.itemId === itemId);
  if (item === undefined) throw new ReviewNotFoundError('item', itemId);
  if (item.kind !== kind) throw new ReviewInputError('itemId', `expected ${kind === 'actor' ? 'an actor' : 'a relation'} of the draft, found the ${item.kind} '${itemId}'`);
  return item;
}

function actorItems(items: readonly ReviewItem[]): ActorItem[] {
  return items.filter((item): item is ActorItem => item.kind === 'actor');
}

function relationsOf(items: readonly ReviewItem[], actorItemId: string): RelationItem[] {
  return items.filter((item): item is RelationItem => item.kind === 'relation' && (item.state.from === actorItemId || item.state.to === actorItemId));
}

function nextPosition(items: readonly ReviewItem[]): number {
  return Math.max(-1, ...items.map((item) => item.position)) + 1;
}

/** The undecided ends of an accepted relation, accepted; a rejected end refuses the decision. */
function endsToAccept(items: readonly ReviewItem[], state: RelationState): ActorItem[] {
  const ends = actorItems(items).filter((actor) => actor.itemId === state.from || actor.itemId === state.to);
  const rejected = ends.find((end) => end.decision === 'REJECTED');
  if (rejected !== undefined) {
    throw new ReviewInputError('decision', `expected the relation's actors accepted or undecided, found '${rejected.itemId}' rejected: accept that actor first, or change the end`);
  }
  return ends.filter((end) => end.decision === 'UNDECIDED').map((end) => ({ ...end, decision: 'ACCEPTED' as const }));
}

function changedActor(items: readonly ReviewItem[], item: ActorItem, change: ActorChange): ActorState {
  let state = item.state;
  // A new actor's id is made from its name, and no other actor of the draft may have it.
  const taken = new Set(actorItems(items).flatMap((other) => (other.itemId === item.itemId ? [] : [other.itemId, other.state.id])));
  const ownId = (name: string): string => newActorId(name, (id) => taken.has(id));
  if (change.link === null && state.linkedTo !== null) state = { ...state, linkedTo: null, id: ownId(state.name) };
  if (change.link) {
    const aliases = [...state.aliases, state.name].filter((alias) => alias !== change.link!.name);
    state = { ...state, linkedTo: change.link.id, id: change.link.id, name: change.link.name, kind: change.link.kind, aliases: [...new Set(aliases)] };
  }
  if (change.name !== undefined) {
    const name = checkedName(change.name, 'name');
    state = { ...state, name, id: state.linkedTo === null && name !== state.name ? ownId(name) : state.id };
  }
  if (change.kind !== undefined) {
    if (!isActorKind(change.kind)) throw new ReviewInputError('kind', `expected an actor kind, found ${describeValue(change.kind)}`);
    state = { ...state, kind: change.kind };
  }
  if (change.aliases !== undefined) state = { ...state, aliases: checkedAliases(change.aliases) };
  return { ...state, aliases: state.aliases.filter((alias) => alias !== state.name) };
}

function changedRelation(items: readonly ReviewItem[], current: RelationState, change: RelationChange, isNew = false): RelationState {
  if (change.type !== undefined && !isRelationType(change.type)) throw new ReviewInputError('type', `expected a relation type of the vocabulary, found ${describeValue(change.type)}`);
  const actors = new Map(actorItems(items).map((actor) => [actor.itemId, actor]));
  for (const field of ['from', 'to'] as const) {
    const id = change[field];
    if (id !== undefined && !actors.has(id)) throw new ReviewInputError(field, `expected the item id of an actor of the draft, found ${describeValue(id)}`);
  }
  let state: RelationState = { ...current, type: change.type ?? current.type, from: change.from ?? current.from, to: change.to ?? current.to };
  if (change.swap) state = { ...state, from: state.to, to: state.from };
  if (state.from === state.to) throw new ReviewInputError('to', `expected an actor other than the source, found '${state.to}' on both ends`);
  if (change.time !== undefined) state = { ...state, time: checkedTime(change.time) };
  if (change.place !== undefined) state = { ...state, place: checkedPlace(change.place) };
  const restated = isNew || state.type !== current.type || state.from !== current.from || state.to !== current.to;
  if (!restated) return state;
  const name = (id: string): string => actors.get(id)?.state.name ?? id;
  return { ...state, description: `${name(state.from)} ${state.type.replace(/_/g, ' ').toLowerCase()} ${name(state.to)}.` };
}

function checkedName(name: string, field: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new ReviewInputError(field, `expected a name, found ${describeValue(name)}`);
  if (trimmed.length > FIELD_CHARS.actor.name) throw new ReviewInputError(field, `expected at most ${FIELD_CHARS.actor.name} characters, found ${trimmed.length}`);
  return trimmed;
}

function checkedAliases(aliases: readonly string[]): string[] {
  if (aliases.length > LIST_ENTRIES.aliases) throw new ReviewInputError('aliases', `expected at most ${LIST_ENTRIES.aliases} aliases, found ${aliases.length}`);
  const trimmed = aliases.map((alias) => alias.trim()).filter((alias) => alias !== '');
  const long = trimmed.findIndex((alias) => alias.length > FIELD_CHARS.alias);
  if (long >= 0) throw new ReviewInputError(`aliases[${long}]`, `expected at most ${FIELD_CHARS.alias} characters, found ${trimmed[long].length}`);
  return [...new Set(trimmed)];
}

function checkedTime(time: string): string | null {
  const trimmed = time.trim();
  if (trimmed === '') return null;
  try {
    return parsePartialTime(trimmed).text;
  } catch (error) {
    if (error instanceof PartialTimeError) throw new ReviewInputError('time', error.message);
    throw error;
  }
}

function checkedPlace(place: string): string | null {
  const trimmed = place.trim();
  if (trimmed === '') return null;
  if (trimmed.length > FIELD_CHARS.relation.place) throw new ReviewInputError('place', `expected at most ${FIELD_CHARS.relation.place} characters, found ${trimmed.length}`);
  return trimmed;
}
