/**
 * A counterpart holds, for another state, the office of the one whose counterpart they are (the
 * codebook's): "President Tam met his Borovian counterpart, Ana Vell" makes Ana Vell LEAD Borovia,
 * "the foreign minister met his Borovian counterpart" makes them PART_OF it. The title rules read
 * "counterpart" as both; this keeps the one the other party's office says.
 */
import { ActorFindings } from './actor-mentions';
import { ParsedDocument } from './parsed-document';
import { ActorReader } from './relation-finder';
import { HEADS } from './rules/head-of-state.rule';

const COUNTERPART = 'counterpart';
const HEAD_TITLE = new RegExp(`\\b(?:${HEADS})\\b`, 'i');

export interface OfficeRelation {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly proposals: readonly { readonly trigger: number }[];
}

/**
 * The actor whose counterpart the word at `token` names: the owner "his" or "Tam's" stands for,
 * else the subject of the verb the counterpart is the object of ("Tam met his counterpart").
 */
function otherParty(doc: ParsedDocument, reader: ActorReader, token: number): string | undefined {
  const actorAt = (index: number): string | undefined => reader.mentionAt(index)?.actorId ?? reader.corefAt(index);
  for (const edge of doc.dependents[token]) if (edge.dep === 'nmod:poss') return actorAt(edge.token);
  for (const up of doc.governors[token]) {
    if (up.dep !== 'obj' && !up.dep.startsWith('obl')) continue;
    for (const edge of doc.dependents[up.token]) if (edge.dep === 'nsubj') return actorAt(edge.token);
  }
  return undefined;
}

/** The keys of `relations` to drop: for each counterpart, the office (LEADS or PART_OF) its other party does not hold. */
export function counterpartMisreadings<R extends OfficeRelation>(doc: ParsedDocument, findings: ActorFindings, reader: ActorReader, relations: ReadonlyMap<string, R>): string[] {
  const ofCounterpart = (relation: R): boolean =>
    (relation.type === 'LEADS' || relation.type === 'PART_OF') && relation.proposals.every((proposal) => doc.tokens[proposal.trigger].lemma.toLowerCase() === COUNTERPART);
  const leadsAState = (actorId: string): boolean =>
    [...findings.actors.get(actorId)?.roles ?? []].some((role) => HEAD_TITLE.test(role)) ||
    [...relations.values()].some((relation) => relation.type === 'LEADS' && relation.from === actorId && !ofCounterpart(relation) && findings.actors.get(relation.to)?.kind === 'STATE');
  const drop: string[] = [];
  for (const [key, relation] of relations) {
    if (!ofCounterpart(relation)) continue;
    const party = otherParty(doc, reader, relation.proposals[0].trigger);
    const office = party !== undefined && leadsAState(party) ? 'LEADS' : 'PART_OF';
    if (relation.type !== office) drop.push(key);
  }
  return drop;
}
