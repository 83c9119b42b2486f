/**
 * People who hold a position in a state body (ministers, officials, envoys) are PART_OF the
 * state's government actor when the text has one, and PART_OF the state otherwise (the codebook's).
 * The rules read the state from the title ("Mozambican Defence Minister X"); this moves the relation
 * to the state's government where the text names that government as a body of its own ("the
 * Mozambican government").
 */
import { ActorFindings } from './actor-mentions';

/**
 * Head words of a state's government as a whole, not one of its ministries or agencies; a state's
 * officials or authorities named as one body ("Mozambican officials said") are its government too.
 */
const GOVERNMENT_HEADS = /\b(?:government|administration|cabinet|executive|officials|authorities)$/i;

export interface StateRelation {
  readonly type: string;
  readonly from: string;
  readonly to: string;
}

/**
 * For each PART_OF of a person in a state whose one government the text names (a government actor
 * PART_OF that state), the government to move it to, by the relation's key.
 */
export function officialsToGovernments<R extends StateRelation>(findings: ActorFindings, relations: ReadonlyMap<string, R>): Map<string, string> {
  const kindOf = (id: string): string | undefined => findings.actors.get(id)?.kind;
  const governments = new Map<string, Set<string>>();
  for (const relation of relations.values()) {
    const name = findings.actors.get(relation.from)?.name ?? '';
    if (relation.type !== 'PART_OF' || kindOf(relation.from) !== 'GOVERNMENT' || kindOf(relation.to) !== 'STATE' || !GOVERNMENT_HEADS.test(name)) continue;
    governments.set(relation.to, (governments.get(relation.to) ?? new Set()).add(relation.from));
  }
  const moves = new Map<string, string>();
  for (const [key, relation] of relations) {
    const government = governments.get(relation.to);
    if (relation.type === 'PART_OF' && kindOf(relation.from) === 'PERSON' && government?.size === 1) moves.set(key, [...government][0]);
  }
  return moves;
}
