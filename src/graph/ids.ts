/**
 * Ids derived from content, so that loading the same statement twice, or from two documents,
 * lands on the same relation and the same evidence instead of a copy.
 */
import { createHash } from 'node:crypto';
import { isRelationType, isSymmetric, RelationType } from './vocabulary';

function digest(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

/**
 * The same for `a T b` and `b T a` when T is symmetric. It starts with the type, so that a lookup
 * by id knows which relationship type (and which index) to search.
 */
export function relationId(type: RelationType, from: string, to: string, time: string | null): string {
  const [first, second] = isSymmetric(type) && to < from ? [to, from] : [from, to];
  return `${relationIdPrefix(type)}${digest([type, first, second, time ?? ''])}`;
}

/** How every id of a relation of this type begins. */
export function relationIdPrefix(type: RelationType): string {
  return `${type.toLowerCase()}-`;
}

/** The relation type an id names, or undefined for an id no relation can have. */
export function relationTypeOfId(id: string): RelationType | undefined {
  const match = /^([a-z_]+)-[0-9a-f]{16}$/.exec(id);
  const type = match?.[1].toUpperCase();
  return type !== undefined && isRelationType(type) ? type : undefined;
}

export function evidenceId(subjectId: string, documentId: string, start: number, end: number): string {
  return `ev-${digest([subjectId, documentId, String(start), String(end)])}`;
}

/** Whether a quote can have this id (the form `evidenceId` gives). */
export function isEvidenceId(id: string): boolean {
  return /^ev-[0-9a-f]{16}$/.test(id);
}
