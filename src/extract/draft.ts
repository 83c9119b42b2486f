/**
 * Text and its parse in, draft annotation out: the extraction layer's entry point.
 *
 * `draftDocument` asks the parser for the text's parse (out of process, through a `TextParser`)
 * and hands both to `draftFromParse`, a pure and synchronous function over plain data (the text,
 * CoreNLP's JSON, the options), so that it can run wherever the caller wants it to (a worker
 * thread with a time budget, a test). There the text's actors are found (linked to the graph's
 * actors first), coreference chains are mapped onto them, the relation rules (rules/) walk the
 * dependency graph, and what they propose is merged per relation (type, ends) with its dates,
 * place and quotes. Every item a rule proposed is marked `review: 'proposed'` with its confidence
 * and rule; actors the graph already holds are linked, not proposed. Nothing here reads or writes
 * the graph: the caller passes the actors it knows.
 */
import { isSymmetric, RELATION_TYPES, RelationType, RelationTypeDefinition } from '../graph/vocabulary';
import { ParsedText, TextParser } from '../parser/parse.types';
import { idsApartFromGraph, slugOf } from './actor-ids';
import { ActorFindings, ActorMention, findActors, FoundActor } from './actor-mentions';
import { Act, doersOfActAt, isDefiniteActNoun } from './act-doers';
import { resolveCoreference } from './coreference';
import { findDates, FoundDate, referenceDay } from './dates';
import { DraftActor, DraftEvidence, DraftOptions, DraftRelation, ExtractionResult, Mention } from './draft.types';
import { ParsedDocument, readParse } from './parsed-document';
import { fitDraftToBytes, fitDraftToFormat } from './draft-format';
import { parseForDrafting } from './text-shape';
import { quoteAt } from './quotes';
import { reportSourceRestatements } from './report-sources';
import { counterpartMisreadings } from './counterparts';
import { officialsToGovernments } from './state-officials';
import { stateMeant } from './state-meant';
import { placeStates } from './place-states';
import { isTwoSides, SIDE_RULES, twoSidesAt } from './two-sides';
import { ActorReader, headOf, proposeRelations, ProposedRelation } from './relation-finder';

/** At most this many quotes per item: a reviewer needs the clearest few, not every repetition. */
const MAX_QUOTES = 3;
const CLAUSE_REACH = 12;
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

/**
 * A draft from the text and its parse, within the format's limits and `maxBytes` (draft-format.ts):
 * what every caller keeps. In the service this runs in a drafting thread, the measuring too.
 */
export function draftWithinFormat(text: string, parsed: ParsedText, options: DraftOptions): ExtractionResult {
  const fitted = fitDraftToFormat(draftFromParse(text, parsed, options));
  return options.maxBytes === undefined ? fitted : fitDraftToBytes(fitted, options.maxBytes);
}

/** Parses the text, then drafts from its parse (parseForDrafting, draftWithinFormat). */
export async function draftDocument(text: string, options: DraftOptions, parser: TextParser, signal?: AbortSignal): Promise<ExtractionResult> {
  return draftWithinFormat(text, await parseForDrafting(parser, text, signal), options);
}

export function draftFromParse(text: string, parsed: ParsedText, options: DraftOptions): ExtractionResult {
  const warnings: string[] = [];
  const doc = readParse(text, parsed);
  const findings = findActors(doc, options.knownActors);
  const reader = actorReader(doc, parsed, findings);
  const reference = referenceDay(options.date);
  const merged = new Map<string, MergedRelation>();
  for (const proposal of proposeRelations(doc, reader)) mergeProposal(merged, proposal);
  dropFallbacks(merged);
  attributeSpeech(merged);
  for (const key of reportSourceRestatements(doc, findings, merged)) merged.delete(key);
  for (const key of counterpartMisreadings(doc, findings, reader, merged)) merged.delete(key);
  for (const [key, government] of officialsToGovernments(findings, merged)) {
    const relation = merged.get(key)!;
    merged.delete(key);
    for (const proposal of relation.proposals) mergeProposal(merged, { ...proposal, to: government });
  }
  const datesBySentence = new Map<number, FoundDate[]>();
  const relations = [...merged.values()]
    .map((relation) => draftRelation(doc, findings, relation, reference, datesBySentence, warnings))
    .sort((a, b) => a.position - b.position)
    .map((entry) => entry.relation);
  const drafted = draftActors(doc, findings);
  const renamed = idsApartFromGraph(
    drafted.filter((actor) => actor.review === 'proposed').map((actor) => actor.id),
    new Set(drafted.map((actor) => actor.id)),
    options.knownActors,
  );
  const actorId = (id: string): string => renamed.get(id) ?? id;
  const actors = drafted.map((actor) => ({ ...actor, id: actorId(actor.id) }));
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
      relations: relations.map((relation) => ({ ...relation, from: actorId(relation.from), to: actorId(relation.to) })),
    },
    mentions: findings.mentions
      .filter((mention) => mention.via !== 'pronoun')
      .map((mention) => toMention(text, findings, mention))
      .map((mention) => ({ ...mention, actorId: actorId(mention.actorId) })),
    warnings,
  };
}

/** The actors of the text as the rules read them: mentions by token, names inside names, and coreference. */
function actorReader(doc: ParsedDocument, parsed: ParsedText, findings: ActorFindings): ActorReader {
  const outer = new Array<ActorMention | undefined>(doc.tokens.length);
  const inner = new Array<ActorMention | undefined>(doc.tokens.length);
  for (const mention of findings.mentions) for (let index = mention.firstToken; index < mention.endToken; index += 1) outer[index] = mention;
  for (const mention of findings.nested) for (let index = mention.firstToken; index < mention.endToken; index += 1) inner[index] = mention;
  const mentionAt = (token: number): ActorMention | undefined => outer[token];
  const coref = resolveCoreference(doc, parsed, findings, mentionAt);
  const placeState = new Array<string | undefined>(doc.tokens.length);
  for (const [index, state] of placeStates(doc, findings)) placeState[index] = state;
  // What words that point back ("the strike", "the two sides") may refer to: the text's attacks, fights and
  // talks, found once, when first asked for, by a first pass of those rules that reads no word back.
  let firstPass: ProposedRelation[] | undefined;
  const earlier = (): ProposedRelation[] => (firstPass ??= proposeRelations(doc, { ...reader, actDoersAt: () => [], twoSidesAt: () => [] }, SIDE_RULES));
  let acts: Act[] | undefined;
  const actsOfText = (): Act[] => (acts ??= earlier().filter((relation) => relation.type === 'ATTACKS').map((act) => ({ trigger: act.trigger, doer: act.from })));
  const reader: ActorReader = {
    mentionAt,
    nestedAt: (token) => {
      const nested = inner[token];
      if (nested !== undefined) return nested;
      // "US" in "the US-led coalition": a name the text or the graph gives elsewhere, inside another's name.
      const around = outer[token];
      if (around === undefined || around.endToken - around.firstToken < 2 || !/^\p{Lu}/u.test(doc.tokens[token].text)) return undefined;
      // The name's own head is the name: "Group" in "the Wagner Group" is no other group the text called "the group".
      if (headOf(doc, around) === token) return undefined;
      const id = findings.actorIdOf(doc.tokens[token].text);
      return id !== undefined && id !== around.actorId ? { ...around, actorId: id, firstToken: token, endToken: token + 1, start: doc.tokens[token].start, end: doc.tokens[token].end } : undefined;
    },
    corefAt: (token) => coref.get(token),
    kindOf: (actorId) => findings.actors.get(actorId)?.kind,
    stateMeant: (token) => stateMeant(doc, findings, token),
    placeStateAt: (token) => placeState[token],
    actDoersAt: (token) => (isDefiniteActNoun(doc, token) ? doersOfActAt(doc, actsOfText(), token) : []),
    twoSidesAt: (token) => (isTwoSides(doc, token) ? twoSidesAt(doc, earlier(), token) : []),
  };
  return reader;
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

/** A fallback's guess gives way to any other rule's proposal of its type from the same source. */
function dropFallbacks(merged: Map<string, MergedRelation>): void {
  const stated = new Set<string>();
  for (const relation of merged.values()) if (relation.proposals.some((proposal) => !proposal.fallback)) stated.add(`${relation.type}|${relation.from}`);
  for (const [key, relation] of [...merged]) {
    if (relation.proposals.every((proposal) => proposal.fallback) && stated.has(`${relation.type}|${relation.from}`)) merged.delete(key);
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
  analysed: ParsedDocument,
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
  // The description names the proposal whose rule the relation keeps (the most confident one).
  const chosen = proposals.find((proposal) => proposal.rule === relation.rule) ?? first;
  // Roles, titles and names state lasting relations; only events take the sentence's date and place.
  const event = chosen.datesEvent;
  const time = event ? nearest(dates, triggerOffset) : undefined;
  const place = event ? placeIn(analysed, findings, sentence.firstToken, sentence.endToken) : undefined;
  const trigger = tokens[chosen.trigger].text;
  return {
    relation: {
      type: relation.type,
      from: relation.from,
      to: relation.to,
      ...(time !== undefined ? { time } : {}),
      ...(place !== undefined ? { place } : {}),
      description: `Proposed by the ${relation.rule} rule from '${trigger}' (${chosen.pattern}).`,
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
function quoteSpans(analysed: ParsedDocument, proposal: ProposedRelation): Array<[number, number]> {
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
function placeIn(analysed: ParsedDocument, findings: ActorFindings, first: number, end: number): string | undefined {
  for (let index = first + 1; index < end; index += 1) {
    const place = findings.places.get(index);
    if (place !== undefined && ['in', 'near', 'at', 'outside'].includes(analysed.tokens[index - 1].lemma)) return place.name;
  }
  return undefined;
}

function draftActors(analysed: ParsedDocument, findings: ActorFindings): DraftActor[] {
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
function clauseAround(analysed: ParsedDocument, mention: ActorMention): { start: number; end: number } {
  const { tokens, sentences } = analysed;
  const sentence = sentences[tokens[mention.firstToken].sentence];
  const isBreak = (index: number): boolean => [',', ';', ':', '.', '“', '”', '(', ')', '—'].includes(tokens[index].text);
  let first = mention.firstToken;
  while (first > sentence.firstToken && mention.firstToken - first < CLAUSE_REACH && !isBreak(first - 1)) first -= 1;
  let end = mention.endToken;
  while (end < sentence.endToken && end - mention.endToken < CLAUSE_REACH && !isBreak(end)) end += 1;
  return { start: tokens[first].start, end: tokens[end - 1].end };
}
