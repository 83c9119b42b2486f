/**
 * Sources of a report that take no part in what they report ("the health ministry said", "according
 * to the defence ministry"): the codebook annotates such a source only when some relation of the
 * text involves it, and a body's being part of its state is no such relation. So a ministry or an
 * agency the text names only as the one that says, reports or announces keeps no PART_OF of its
 * own: the reviewer sees the body, and no relation that only restates its name.
 */
import { ActorFindings, ActorMention } from './actor-mentions';
import { ParsedDocument } from './parsed-document';
import { headOf } from './relation-finder';

/** Verbs by which a source gives a report. */
const REPORTING = new Set(['say', 'report', 'announce', 'state', 'confirm', 'add', 'tell', 'note', 'publish', 'release', 'cite', 'estimate']);
/**
 * The bodies a report is attributed to ("the health ministry said"): a government itself, an
 * administration or a junta is a principal of the text, annotated whatever it does.
 */
const REPORTING_BODIES = new Set(['ministry', 'department', 'agency', 'office', 'bureau', 'directorate', 'service']);
/** Rules whose PART_OF only restates what a body's name says of its state. */
const NAME_RULES = new Set(['national-body', 'government-seat', 'state-body']);

export interface SourcedRelation {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly proposals: readonly { readonly rule: string }[];
}

/** Whether the mention stands as the one who reports: the subject of a reporting verb, or after "according to". */
function isReporting(doc: ParsedDocument, mention: ActorMention): boolean {
  return doc.governors[headOf(doc, mention)].some(
    (edge) => (edge.dep.startsWith('nsubj') && REPORTING.has(doc.tokens[edge.token].lemma)) || /^(?:obl|nmod):according_to$/.test(edge.dep),
  );
}

/**
 * The keys of `relations` to drop: each PART_OF, given only by a rule that reads a body's name, of a
 * government body that takes part in no other relation and whose every mention reports.
 */
export function reportSourceRestatements<R extends SourcedRelation>(doc: ParsedDocument, findings: ActorFindings, relations: ReadonlyMap<string, R>): string[] {
  const restating = (relation: R): boolean => relation.type === 'PART_OF' && relation.proposals.every((proposal) => NAME_RULES.has(proposal.rule));
  const involved = new Set<string>();
  for (const relation of relations.values()) {
    involved.add(relation.to);
    if (!restating(relation)) involved.add(relation.from);
  }
  const sourceOnly = (actorId: string): boolean => {
    if (findings.actors.get(actorId)?.kind !== 'GOVERNMENT' || involved.has(actorId)) return false;
    const mentions = findings.mentions.filter((mention) => mention.actorId === actorId);
    return mentions.length > 0 && mentions.every((mention) => REPORTING_BODIES.has(doc.tokens[headOf(doc, mention)].lemma.toLowerCase()) && isReporting(doc, mention));
  };
  return [...relations].filter(([, relation]) => restating(relation) && sourceOnly(relation.from)).map(([key]) => key);
}
