/**
 * What merging one actor into another changes, worked out before anything is written, and kept
 * as the merge's record so that `splitActor` can undo it.
 *
 * Ids follow from content (see graph/ids.ts): a relation's id from its type, its two actors and
 * its time, a quote's id from what it belongs to and where it stands. A relation of the merged
 * actor therefore takes the id it would have had if its documents had named the kept actor, and
 * its quotes follow; a later load of those documents, which lands on the kept actor, then finds
 * them instead of making copies. Where the kept actor already has that relation, the two become
 * one (documents united); a quote that already exists there is dropped as a copy; a relation
 * between the two actors would join the kept actor to itself and is dropped. Every one of these
 * is in the record, with the properties it had.
 */
import { evidenceId, relationId } from './ids';
import { RelationType, isSymmetric } from './vocabulary';

export type Properties = Record<string, unknown>;

export interface StoredRelation {
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly properties: Properties;
}

/** What the graph holds that a merge reads first. */
export interface MergeInputs {
  readonly kept: Properties;
  readonly merged: Properties;
  /** The merged actor's relations. */
  readonly relations: readonly StoredRelation[];
  /** The quotes of the merged actor and of its relations. */
  readonly evidence: readonly Properties[];
  /** The documents that mention each actor. */
  readonly mergedDocuments: readonly string[];
  readonly keptDocuments: readonly string[];
}

export interface MovedRelation {
  readonly type: RelationType;
  readonly oldId: string;
  readonly newId: string;
  /** Its ends after the merge. */
  readonly from: string;
  readonly to: string;
  /** Its ends before. */
  readonly originalFrom: string;
  readonly originalTo: string;
  readonly properties: Properties;
  /** True when the kept actor already had the relation: the two became one. */
  readonly joined: boolean;
}

export interface MovedEvidence {
  readonly oldId: string;
  readonly newId: string;
  /** The quote's properties before the merge. */
  readonly properties: Properties;
  /** True when a quote with the new id existed (or its relation was dropped): this one was deleted. */
  readonly dropped: boolean;
  readonly relationId: string | null;
  readonly actorId: string | null;
}

/** The record of a merge: everything `splitActor` needs. Stored as JSON on the merge's node. */
export interface MergeRecord {
  readonly id: string;
  readonly keptId: string;
  readonly mergedId: string;
  readonly mergedBy: string;
  readonly mergedAt: string;
  /** The merged actor's properties. */
  readonly merged: Properties;
  readonly addedAliases: readonly string[];
  readonly addedRoles: readonly string[];
  readonly addedMergedIds: readonly string[];
  /** The kept actor had none and took the merged actor's. */
  readonly filledDescription: boolean;
  readonly filledWikidataId: boolean;
  readonly mergedDocuments: readonly string[];
  /** Documents that mentioned the merged actor and not the kept one. */
  readonly addedDocuments: readonly string[];
  readonly relations: readonly MovedRelation[];
  /** Relations between the two actors, dropped. */
  readonly loops: readonly StoredRelation[];
  readonly evidence: readonly MovedEvidence[];
}

/** A fact that two reviewed actors disagree on, so that a merge would have to throw one away. */
export interface MergeConflict {
  readonly field: 'kind' | 'wikidataId';
  readonly kept: string;
  readonly merged: string;
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const reviewed = (properties: Properties): boolean => properties.reviewed !== false;

/**
 * The facts the two actors disagree on: another Wikidata item always (two items are two
 * entities), another kind when both were reviewed (a proposed actor's kind may be the rules'
 * mistake; the kept actor's stands).
 */
export function mergeConflicts(kept: Properties, merged: Properties): MergeConflict[] {
  const conflicts: MergeConflict[] = [];
  if (kept.kind !== merged.kind && reviewed(kept) && reviewed(merged)) conflicts.push({ field: 'kind', kept: String(kept.kind), merged: String(merged.kind) });
  const [keptItem, mergedItem] = [text(kept.wikidataId), text(merged.wikidataId)];
  if (keptItem !== null && mergedItem !== null && keptItem !== mergedItem) conflicts.push({ field: 'wikidataId', kept: keptItem, merged: mergedItem });
  return conflicts;
}

/** A relation's ends and id once `mergedId` is read as `keptId`; null when it would join the kept actor to itself. */
function moved(relation: StoredRelation, keptId: string, mergedId: string): { from: string; to: string; id: string } | null {
  const swap = (id: string): string => (id === mergedId ? keptId : id);
  const [from, to] = [swap(relation.from), swap(relation.to)];
  if (from === to) return null;
  const [first, second] = isSymmetric(relation.type) && to < from ? [to, from] : [from, to];
  return { from: first, to: second, id: relationId(relation.type, first, second, text(relation.properties.timeText)) };
}

/** The ids a merge would give the merged actor's relations: what the caller asks the graph about before planning. */
export function newRelationIds(inputs: Pick<MergeInputs, 'relations'>, keptId: string, mergedId: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const relation of inputs.relations) {
    const target = moved(relation, keptId, mergedId);
    if (target !== null) ids.set(String(relation.properties.id), target.id);
  }
  return ids;
}

function newEvidenceId(quote: Properties, owner: string): string {
  return evidenceId(owner, String(quote.documentId), Number(quote.start), Number(quote.end));
}

/**
 * Where each quote of the merged actor goes: to the kept actor (an actor's quote), to its
 * relation's new id (`owner`, from `relationIds`, the map `newRelationIds` gives), or nowhere
 * (`newId` null) when its relation is dropped.
 */
function evidenceTargets(
  evidence: readonly Properties[],
  keptId: string,
  relationIds: ReadonlyMap<string, string>,
): { quote: Properties; relation: string | null; owner: string | null; newId: string | null }[] {
  return evidence.map((quote) => {
    const relation = text(quote.relationId);
    const owner = relation === null ? null : relationIds.get(relation) ?? null;
    const newId = relation === null ? newEvidenceId(quote, `actor:${keptId}`) : owner === null ? null : newEvidenceId(quote, owner);
    return { quote, relation, owner, newId };
  });
}

/**
 * The ids a merge would give the merged actor's quotes that it keeps: what the caller asks the
 * graph about before planning. `relationIds` is what `newRelationIds` gave.
 */
export function newEvidenceIds(inputs: Pick<MergeInputs, 'evidence'>, keptId: string, relationIds: ReadonlyMap<string, string>): string[] {
  return evidenceTargets(inputs.evidence, keptId, relationIds).flatMap((target) => (target.newId === null ? [] : [target.newId]));
}

/**
 * The merge's record. `existingRelationIds` and `existingEvidenceIds` are the ids the graph
 * already holds among the new ones (`newRelationIds`, `newEvidenceIds`).
 */
export function planMerge(
  inputs: MergeInputs,
  meta: { readonly id: string; readonly keptId: string; readonly mergedId: string; readonly by: string; readonly at: string },
  existingRelationIds: ReadonlySet<string>,
  existingEvidenceIds: ReadonlySet<string>,
): MergeRecord {
  const { keptId, mergedId } = meta;
  const relations: MovedRelation[] = [];
  const loops: StoredRelation[] = [];
  for (const relation of inputs.relations) {
    const target = moved(relation, keptId, mergedId);
    if (target === null) {
      loops.push(relation);
      continue;
    }
    relations.push({
      type: relation.type,
      oldId: String(relation.properties.id),
      newId: target.id,
      from: target.from,
      to: target.to,
      originalFrom: relation.from,
      originalTo: relation.to,
      properties: relation.properties,
      joined: existingRelationIds.has(target.id),
    });
  }
  const relationIds = new Map(relations.map((relation) => [relation.oldId, relation.newId]));
  const claimed = new Set<string>();
  const evidence = evidenceTargets(inputs.evidence, keptId, relationIds).map(({ quote, relation, owner, newId }): MovedEvidence => {
    // Two quotes of the merged actor can land on one id too (the same span quoted for it and for a relation that joined).
    const dropped = newId === null || existingEvidenceIds.has(newId) || claimed.has(newId);
    if (newId !== null) claimed.add(newId);
    return {
      oldId: String(quote.id),
      newId: newId ?? String(quote.id),
      properties: quote,
      dropped,
      relationId: relation === null ? null : owner,
      actorId: relation === null ? keptId : null,
    };
  });
  const keptNames = new Set([text(inputs.kept.name), ...list(inputs.kept.aliases)]);
  const keptRoles = new Set(list(inputs.kept.roles));
  const keptMergedIds = new Set(list(inputs.kept.mergedIds));
  const keptDocuments = new Set(inputs.keptDocuments);
  return {
    id: meta.id,
    keptId,
    mergedId,
    mergedBy: meta.by,
    mergedAt: meta.at,
    merged: inputs.merged,
    addedAliases: [...new Set([text(inputs.merged.name) ?? '', ...list(inputs.merged.aliases)])].filter((name) => name !== '' && !keptNames.has(name)),
    addedRoles: [...new Set(list(inputs.merged.roles))].filter((role) => !keptRoles.has(role)),
    addedMergedIds: [mergedId, ...list(inputs.merged.mergedIds)].filter((id) => !keptMergedIds.has(id)),
    filledDescription: text(inputs.kept.description) === null && text(inputs.merged.description) !== null,
    filledWikidataId: text(inputs.kept.wikidataId) === null && text(inputs.merged.wikidataId) !== null,
    mergedDocuments: [...inputs.mergedDocuments],
    addedDocuments: inputs.mergedDocuments.filter((id) => !keptDocuments.has(id)),
    relations,
    loops,
    evidence,
  };
}

/** The kept actor's names, roles and facts after the merge (`after`) or after its split (`before`). */
export function keptActorUpdate(kept: Properties, record: MergeRecord, direction: 'after' | 'before'): Properties {
  const name = String(kept.name);
  const without = (values: unknown, removed: readonly string[]): string[] => list(values).filter((value) => !removed.includes(value));
  const aliases = direction === 'after' ? [...list(kept.aliases), ...record.addedAliases].filter((alias) => alias !== name) : without(kept.aliases, record.addedAliases);
  const roles = direction === 'after' ? [...list(kept.roles), ...record.addedRoles] : without(kept.roles, record.addedRoles);
  const mergedIds = direction === 'after' ? [...list(kept.mergedIds), ...record.addedMergedIds] : without(kept.mergedIds, record.addedMergedIds);
  const filled = (field: 'description' | 'wikidataId', wasFilled: boolean): unknown =>
    direction === 'after' ? kept[field] ?? record.merged[field] ?? null : wasFilled ? null : kept[field] ?? null;
  return {
    aliases,
    roles,
    // None left: the property goes, as it was before any merge.
    mergedIds: mergedIds.length === 0 ? null : mergedIds,
    description: filled('description', record.filledDescription),
    wikidataId: filled('wikidataId', record.filledWikidataId),
    // As the loader keeps them (ingest.repository.ts): the aliases as searchable text, every name lower-case.
    aliasText: aliases.map((alias) => `${alias} | `).join(''),
    lowerNames: [name.toLowerCase(), ...aliases.map((alias) => alias.toLowerCase())],
  };
}

/** Every actor whose relations a merge or its split changes: their stored degrees are recounted after either (see degree.repository.ts). */
export function actorsTouched(record: MergeRecord): string[] {
  const ends = [
    ...record.relations.flatMap((relation) => [relation.from, relation.to, relation.originalFrom, relation.originalTo]),
    ...record.loops.flatMap((relation) => [relation.from, relation.to]),
  ];
  return [...new Set([record.keptId, record.mergedId, ...ends])].sort();
}
