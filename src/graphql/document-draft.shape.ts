/** Turns an extraction result into the GraphQL draft: proposals apart, quotes located in the text. */
import { DraftEvidence, ExtractionResult, Proposal as ProposalMarks } from '../extract/draft.types';
import { quoteOffsets } from '../extract/quote-offsets';
import { isSymmetric } from '../graph/vocabulary';
import { DocumentDraft, DraftQuote, Proposal } from './document-draft.type';

export function toDocumentDraft(result: ExtractionResult): DocumentDraft {
  const { annotation, mentions, warnings } = result;
  const text = annotation.document.text ?? '';
  const known = new Set(mentions.filter((mention) => mention.known).map((mention) => mention.actorId));
  const quotes = (evidence: readonly DraftEvidence[]): DraftQuote[] => evidence.map((quote) => locate(text, quote));
  return {
    document: { id: annotation.document.id, title: annotation.document.title, date: annotation.document.date ?? null },
    actors: annotation.actors.map((actor) => ({
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      aliases: [...actor.aliases],
      roles: [...actor.roles],
      description: actor.description ?? null,
      evidence: quotes(actor.evidence),
      known: known.has(actor.id),
      proposal: proposal(actor),
    })),
    relations: annotation.relations.map((relation) => ({
      type: relation.type,
      from: relation.from,
      to: relation.to,
      symmetric: isSymmetric(relation.type),
      time: relation.time ?? null,
      place: relation.place ?? null,
      description: relation.description,
      evidence: quotes(relation.evidence),
      proposal: proposal(relation),
    })),
    mentions: mentions.map((mention) => ({ ...mention })),
    warnings: [...warnings],
    annotation: JSON.stringify(annotation, null, 2),
  };
}

function proposal(item: Partial<ProposalMarks>): Proposal | null {
  return item.review === 'proposed' ? { confidence: item.confidence ?? 0, rule: item.rule ?? 'unnamed' } : null;
}

/** The rules promise verbatim quotes; one that is not in the text is their fault, and is not hidden. */
function locate(text: string, evidence: DraftEvidence): DraftQuote {
  const offsets = quoteOffsets(text, evidence);
  if (offsets === null) throw new Error(`the extraction rules drafted a quote that is not in the text: ${JSON.stringify(evidence.quote.slice(0, 80))}`);
  return { quote: evidence.quote, occurrence: evidence.occurrence ?? 1, ...offsets };
}
