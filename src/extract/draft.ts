/**
 * Text in, draft annotation out: the extraction layer's one entry point.
 *
 * The text is analysed once (sentences, tokens, lemmas), its actors are found (linked to the
 * graph's actors first), each sentence is read by the relation rules, and what they propose is
 * merged per relation (type, ends) with its dates, place and quotes. Every item a rule proposed
 * is marked `review: 'proposed'` with its confidence and rule; actors the graph already holds are
 * linked, not proposed. Nothing here reads or writes the graph: the caller passes the actors it
 * knows.
 */
import { isSymmetric, RELATION_TYPES, RelationType, RelationTypeDefinition } from '../graph/vocabulary';
import { slugOf } from './actor-ids';
import { ActorFindings, ActorMention, findActors, FoundActor } from './actor-mentions';
import { findDates, FoundDate, referenceDay } from './dates';
import { DraftActor, DraftEvidence, DraftOptions, DraftRelation, ExtractionResult, Mention } from './draft.types';
import { quoteAt } from './quotes';
import { proposeRelations, ProposedRelation } from './relation-rules';
import { SentenceView } from './sentence-view';
import { analyseText, AnalysedText } from './text-analysis';

/** At most this many quotes per item: a reviewer needs the clearest few, not every repetition. */
const MAX_QUOTES = 3;
const CLAUSE_REACH = 12;
const EVENT_RULES = new Set(['active-verb', 'passive-verb', 'named-act', 'noun', 'noun-subject', 'pattern']);
/** Longer stretches are quoted by their two ends. */
const MAX_QUOTE_TOKENS = 25;

interface MergedRelation {
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  rule: string;
  confidence: number;
  readonly proposals: ProposedRelation[];
}

export function draftDocument(text: string, options: DraftOptions): ExtractionResult {
  const warnings: string[] = [];
  const analysed = analyseText(text);
  const findings = findActors(analysed, options.knownActors);
  const reference = referenceDay(options.date);
  const merged = new Map<string, MergedRelation>();
  for (const sentence of analysed.sentences) {
    const earlier = findings.mentions.filter((mention) => mention.end <= sentence.start);
    const view = new SentenceView(sentence, analysed.tokens, findings, earlier);
    for (const proposal of proposeRelations(view)) mergeProposal(merged, proposal);
  }
  attributeSpeech(merged);
  const datesBySentence = new Map<number, FoundDate[]>();
  const relations = [...merged.values()]
    .map((relation) => draftRelation(analysed, findings, relation, reference, datesBySentence, warnings))
    .sort((a, b) => a.position - b.position)
    .map((entry) => entry.relation);
  const actors = draftActors(analysed, findings);
  const title = options.title ?? firstLine(text);
  return {
    annotation: {
      document: {
        id: options.id ?? slugOf(title),
        title,
        ...(options.textFile !== undefined ? { textFile: options.textFile } : { text }),
        ...(options.date !== undefined ? { date: options.date } : {}),
        language: 'en',
      },
      actors,
      relations,
    },
    mentions: findings.mentions.filter((mention) => mention.via !== 'pronoun').map((mention) => toMention(text, findings, mention)),
    warnings,
  };
}

function firstLine(text: string): string {
  const line = text.trim().split('\n')[0].trim();
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

function toMention(text: string, findings: ActorFindings, mention: ActorMention): Mention {
  const actor = findings.actors.get(mention.actorId) as FoundActor;
  return { actorId: mention.actorId, start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end), known: actor.known };
}

function relationKey(type: RelationType, from: string, to: string): string {
  const [a, b] = isSymmetric(type) && to < from ? [to, from] : [from, to];
  return `${type}|${a}|${b}`;
}

function mergeProposal(merged: Map<string, MergedRelation>, proposal: ProposedRelation): void {
  const key = relationKey(proposal.type, proposal.from, proposal.to);
  const existing = merged.get(key);
  if (existing === undefined) {
    merged.set(key, { type: proposal.type, from: proposal.from, to: proposal.to, rule: proposal.rule, confidence: proposal.confidence, proposals: [proposal] });
    return;
  }
  existing.proposals.push(proposal);
  if (proposal.confidence > existing.confidence) {
    existing.confidence = proposal.confidence;
    existing.rule = proposal.rule;
  }
}

/**
 * What a spokesperson states in words (a condemnation, a demand) their principal states: "the army's
 * spokesman accused X" is the army opposing X, as event coders attribute statements.
 */
function attributeSpeech(merged: Map<string, MergedRelation>): void {
  const principals = new Map<string, string>();
  for (const relation of merged.values()) if (relation.type === 'SPOKESPERSON_FOR') principals.set(relation.from, relation.to);
  for (const [key, relation] of [...merged]) {
    const principal = principals.get(relation.from);
    const definition: RelationTypeDefinition = RELATION_TYPES[relation.type];
    if (principal === undefined || definition.spoken !== true || principal === relation.to) continue;
    merged.delete(key);
    for (const proposal of relation.proposals) mergeProposal(merged, { ...proposal, from: principal });
  }
}

function draftRelation(
  analysed: AnalysedText,
  findings: ActorFindings,
  relation: MergedRelation,
  reference: Date | undefined,
  datesBySentence: Map<number, FoundDate[]>,
  warnings: string[],
): { relation: DraftRelation; position: number } {
  const { text, tokens } = analysed;
  const evidence: DraftEvidence[] = [];
  const seen = new Set<string>();
  const proposals = [...relation.proposals].sort((a, b) => tokens[a.firstToken].start - tokens[b.firstToken].start);
  const used: Array<[number, number]> = [];
  for (const proposal of proposals) {
    // Two rules (or two signals, "peace talks" and "talks") reading the same words give one quote.
    if (used.some(([first, end]) => proposal.firstToken < end && first < proposal.endToken)) continue;
    used.push([proposal.firstToken, proposal.endToken]);
    for (const [first, end] of quoteSpans(analysed, proposal)) {
      if (evidence.length >= MAX_QUOTES) break;
      const { start, ...quote } = quoteAt(text, tokens[first].start, tokens[end - 1].end);
      const key = `${start}|${quote.quote}`;
      if (seen.has(key)) continue;
      seen.add(key);
      evidence.push(quote);
    }
  }
  const first = proposals[0];
  const sentence = analysed.sentences[tokens[first.trigger].sentence];
  let dates = datesBySentence.get(sentence.index);
  if (dates === undefined) {
    dates = findDates(text.slice(sentence.start, sentence.end), reference);
    datesBySentence.set(sentence.index, dates);
    if (reference === undefined && /\b(?:last|next|this|later|earlier|ago|yesterday|today|tomorrow)\b/i.test(text.slice(sentence.start, sentence.end))) {
      warnings.push(`sentence ${sentence.index + 1} may give a relative date, which needs the document's date (--date) to be resolved`);
    }
  }
  const triggerOffset = tokens[first.trigger].start - sentence.start;
  // Roles, titles and names state lasting relations; only events take the sentence's date and place.
  const time = EVENT_RULES.has(relation.rule) ? nearest(dates, triggerOffset) : undefined;
  const place = EVENT_RULES.has(relation.rule) ? placeIn(analysed, findings, sentence.firstToken, sentence.endToken) : undefined;
  // The description names the proposal whose rule the relation keeps (the most confident one).
  const chosen = proposals.find((proposal) => proposal.rule === relation.rule) ?? first;
  const trigger = tokens[chosen.trigger].text;
  return {
    relation: {
      type: relation.type,
      from: relation.from,
      to: relation.to,
      ...(time !== undefined ? { time } : {}),
      ...(place !== undefined ? { place } : {}),
      description: chosen.pattern !== undefined ? `Proposed by the pattern '${chosen.pattern}'.` : `Proposed by the ${relation.rule} rule from '${trigger}'.`,
      evidence,
      review: 'proposed',
      confidence: relation.confidence,
      rule: relation.rule,
    },
    position: tokens[first.firstToken].start,
  };
}

/**
 * The tokens to quote for a proposal: its whole stretch, or, when that runs across long
 * appositions, its two ends (up to the first comma after the start, and from the last comma
 * before the end), so that each quote stays a clause a reviewer reads at a glance.
 */
function quoteSpans(analysed: AnalysedText, proposal: ProposedRelation): Array<[number, number]> {
  const { firstToken, endToken } = proposal;
  if (endToken - firstToken <= MAX_QUOTE_TOKENS) return [[firstToken, endToken]];
  const tokens = analysed.tokens;
  let headEnd = Math.max(firstToken + 1, proposal.trigger + 1);
  while (headEnd < endToken && headEnd - firstToken < MAX_QUOTE_TOKENS && tokens[headEnd].text !== ',') headEnd += 1;
  let tailStart = endToken - 1;
  while (tailStart > headEnd && endToken - tailStart < MAX_QUOTE_TOKENS && tokens[tailStart - 1].text !== ',') tailStart -= 1;
  return [
    [firstToken, headEnd],
    [tailStart, endToken],
  ];
}

function nearest(dates: readonly FoundDate[], offset: number): string | undefined {
  let best: FoundDate | undefined;
  for (const date of dates) {
    if (best === undefined || Math.abs(date.start - offset) < Math.abs(best.start - offset)) best = date;
  }
  return best?.time;
}

/** "in Baghdad", "near Kyiv": a place the sentence names after a preposition of place. */
function placeIn(analysed: AnalysedText, findings: ActorFindings, first: number, end: number): string | undefined {
  for (let index = first + 1; index < end; index += 1) {
    const place = findings.places.get(index);
    if (place !== undefined && ['in', 'near', 'at', 'outside'].includes(analysed.tokens[index - 1].lemma)) return place.name;
  }
  return undefined;
}

function draftActors(analysed: AnalysedText, findings: ActorFindings): DraftActor[] {
  const byActor = new Map<string, ActorMention[]>();
  const all = [...findings.mentions, ...findings.nested].sort((a, b) => a.start - b.start);
  for (const mention of all) {
    if (mention.via === 'pronoun') continue;
    const list = byActor.get(mention.actorId) ?? [];
    list.push(mention);
    byActor.set(mention.actorId, list);
  }
  const actors: DraftActor[] = [];
  for (const [id, mentions] of byActor) {
    const actor = findings.actors.get(id) as FoundActor;
    const evidence: DraftEvidence[] = [];
    const seen = new Set<string>();
    for (const mention of mentions) {
      if (evidence.length >= MAX_QUOTES - 1) break;
      const { start, end } = clauseAround(analysed, mention);
      const { start: at, ...quote } = quoteAt(analysed.text, start, end);
      if (seen.has(`${at}|${quote.quote}`)) continue;
      seen.add(`${at}|${quote.quote}`);
      evidence.push(quote);
    }
    const aliases = [...actor.aliases].filter((alias) => alias !== actor.name);
    actors.push({
      id,
      name: actor.name,
      kind: actor.kind,
      aliases,
      roles: [...actor.roles],
      evidence,
      ...(actor.known ? {} : { review: 'proposed' as const, confidence: actor.confidence, rule: actor.rule }),
    });
  }
  return actors;
}

/** The clause a mention stands in: out to the nearest comma, semicolon or sentence end, a few words at most. */
function clauseAround(analysed: AnalysedText, mention: ActorMention): { start: number; end: number } {
  const { tokens, sentences } = analysed;
  const sentence = sentences[tokens[mention.firstToken].sentence];
  const isBreak = (index: number): boolean => [',', ';', ':', '.', '“', '”', '(', ')', '—'].includes(tokens[index].text);
  let first = mention.firstToken;
  while (first > sentence.firstToken && mention.firstToken - first < CLAUSE_REACH && !isBreak(first - 1)) first -= 1;
  let end = mention.endToken;
  while (end < sentence.endToken && end - mention.endToken < CLAUSE_REACH && !isBreak(end)) end += 1;
  return { start: tokens[first].start, end: tokens[end - 1].end };
}
