/**
 * A merge is remembered: until it is split, the merged actor's id names the kept actor. A load of
 * a document that still declares the merged id (the document the merged actor came from, loaded
 * again) therefore lands on the kept actor instead of bringing the duplicate back. These pure
 * functions rewrite a loaded record before it is written: the actor takes the kept id, and the
 * kept actor's kind and Wikidata id (the merge decided they are one entity, so a kind the merged
 * actor's document gave it is not a conflict); a relation takes the ids it would have had if the
 * document had named the kept actor (as merge-plan.ts moved it), and a relation between the two is
 * dropped, as the merge dropped it.
 */
import { ActorRecord, EvidenceRecord, RelationRecord } from './domain';
import { evidenceId, relationId } from './ids';
import { ActorKind, isSymmetric } from './vocabulary';

/** The actor a merged id now names. */
export interface RedirectTarget {
  readonly id: string;
  readonly kind: ActorKind;
  readonly wikidataId: string | null;
}

/** Merged id → the actor it names now (chains of merges already followed). */
export type ActorRedirects = ReadonlyMap<string, RedirectTarget>;

/** Standing merges as merged id → kept id, and the kept actors that exist, into redirects that end on an existing actor. */
export function followRedirects(merges: ReadonlyMap<string, string>, existing: ReadonlyMap<string, Omit<RedirectTarget, 'id'>>): Map<string, RedirectTarget> {
  const redirects = new Map<string, RedirectTarget>();
  for (const mergedId of merges.keys()) {
    const seen = new Set([mergedId]);
    let target = merges.get(mergedId)!;
    // A kept actor merged later into another: follow on (a cycle cannot arise, a merge needs both actors to exist).
    while (!existing.has(target) && merges.has(target) && !seen.has(target)) {
      seen.add(target);
      target = merges.get(target)!;
    }
    const facts = existing.get(target);
    if (facts !== undefined) redirects.set(mergedId, { id: target, ...facts });
  }
  return redirects;
}

function requote(evidence: readonly EvidenceRecord[], subjectId: string): EvidenceRecord[] {
  return evidence.map((quote) => ({ ...quote, id: evidenceId(subjectId, quote.documentId, quote.start, quote.end) }));
}

/** The actor as the kept one, when its id was merged away; the same record otherwise. */
export function redirectActor(actor: ActorRecord, redirects: ActorRedirects): ActorRecord {
  const target = redirects.get(actor.id);
  if (target === undefined) return actor;
  return { ...actor, id: target.id, kind: target.kind, wikidataId: target.wikidataId, evidence: requote(actor.evidence, `actor:${target.id}`) };
}

/** The relation between the actors its ends name now; null when both ends are now one actor. */
export function redirectRelation(relation: RelationRecord, redirects: ActorRedirects): RelationRecord | null {
  const [from, to] = [redirects.get(relation.from)?.id ?? relation.from, redirects.get(relation.to)?.id ?? relation.to];
  if (from === relation.from && to === relation.to) return relation;
  if (from === to) return null;
  const [source, target] = isSymmetric(relation.type) && to < from ? [to, from] : [from, to];
  const id = relationId(relation.type, source, target, relation.time?.text ?? null);
  return { ...relation, id, from: source, to: target, evidence: requote(relation.evidence, id) };
}
