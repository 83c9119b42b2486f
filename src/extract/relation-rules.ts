/**
 * The relation rules: each reads one sentence (a `SentenceView`) and proposes relations of the
 * closed vocabulary, with the rule's name, a confidence and the tokens that state it.
 *
 * The rule families, all driven by the signals beside each type in src/graph/vocabulary.ts:
 * - `active-verb` "X attacked Y" and `passive-verb` "Y was attacked by X" (direction flipped);
 *   inverse verbs ("X killed Y" is Y KILLED_BY X) and `named-act` "Y was killed in an X strike";
 * - `noun` "X's war on Y", "the X attack on Y", "talks between X and Y", "X held talks with Y";
 * - `role` "the spokesman for X, Y", "Y, a commander of X", "X's spokesman Y", and titles
 *   "X Prime Minister Y" (LEADS the government of X when the text names one);
 * - `compound` "X-backed Y", also inside a name ("the X-led coalition");
 * - `pattern` what the vocabulary spells out word by word ("X called for the withdrawal of Y");
 * - `national-body` "Iraqi security forces" PART_OF Iraq: a state's forces or government.
 * A denial ("did not attack", "denied attacking") stops a rule; a hedge ("may have attacked")
 * lowers its confidence.
 */
import { isSymmetric, RelationType } from '../graph/vocabulary';
import { PERSON_TITLES } from './actor-cues';
import { ActorMention } from './actor-mentions';
import { isParticiple, SentenceView } from './sentence-view';
import { Token } from './text-analysis';
import { CompiledPattern, SIGNALS, WordsSignal } from './signal-index';

export interface ProposedRelation {
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly rule: string;
  readonly confidence: number;
  /** The tokens that state it (end exclusive): the evidence quote. */
  readonly firstToken: number;
  readonly endToken: number;
  /** The token that triggered the rule, to find the nearest date. */
  readonly trigger: number;
  /** The vocabulary pattern that matched, for a reviewer to see why. */
  readonly pattern?: string;
}

const HEDGE_FACTOR = 0.6;
/** How far after a killing its act may be named: appositions can hold long titles. */
const DOER_REACH = 50;
const PREPOSITIONS = new Set(['on', 'against', 'with', 'for', 'of', 'to', 'from', 'in']);
const PRONOUN_FACTOR = 0.8;
const POSSESSIVES = new Set(['whose', 'his', 'her']);
const MODALS = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'must', 'should', 'shall']);
/** Verbs by which one asks, makes or accuses others to act: the act named after them is not the subject's. */
const ASKING = new Set(['call', 'urge', 'ask', 'appeal', 'invite', 'encourage', 'accuse', 'blame', 'suspect', 'order', 'force', 'allow']);
/** Verbs of those who bring others to talk: "A and B hosted talks" are not the two sides. */
const MEDIATING = new Set(['host', 'broker', 'mediate', 'sponsor', 'facilitate', 'organise', 'organize', 'propose', 'urge', 'call', 'welcome', 'offer']);

export function proposeRelations(view: SentenceView): ProposedRelation[] {
  const proposals: ProposedRelation[] = [];
  const push = (proposal: ProposedRelation | null): void => {
    if (proposal !== null && proposal.from !== proposal.to && !statesInOneAnother(view, proposal)) proposals.push(proposal);
  };
  // Only the patterns whose first word the sentence holds are tried.
  const words = new Set<string>();
  for (let index = view.first; index < view.end; index += 1) words.add(view.tokens[index].lemma).add(view.tokens[index].text.toLowerCase());
  const patterns = SIGNALS.patterns.filter((pattern) => [...pattern.anchor].some((word) => words.has(word)));
  for (let index = view.first; index < view.end; index += 1) {
    for (const proposal of verbRule(view, index)) push(proposal);
    for (const proposal of nounRule(view, index)) push(proposal);
    for (const proposal of roleRule(view, index)) push(proposal);
    for (const proposal of compoundRule(view, index)) push(proposal);
    for (const pattern of patterns) for (const proposal of patternRule(view, index, pattern)) push(proposal);
  }
  for (const proposal of nationalBodyRule(view)) push(proposal);
  for (const proposal of possessiveLeaderRule(view)) push(proposal);
  return proposals;
}

/** A state is part of no other state: such a reading took the wrong end for the whole. */
function statesInOneAnother(view: SentenceView, proposal: ProposedRelation): boolean {
  const kind = (id: string): string | undefined => view.findings.actors.get(id)?.kind;
  return proposal.type === 'PART_OF' && kind(proposal.from) === 'STATE' && kind(proposal.to) === 'STATE';
}

function relation(
  view: SentenceView,
  type: RelationType,
  from: ActorMention,
  to: ActorMention,
  rule: string,
  confidence: number,
  trigger: number,
): ProposedRelation {
  const [source, target] = isSymmetric(type) && to.start < from.start ? [to, from] : [from, to];
  // A pronoun stands for its person; the quote covers the pronoun's sentence only.
  const inSentence = [from, to].filter((mention) => mention.firstToken >= view.first && mention.firstToken < view.end);
  const firstToken = Math.min(trigger, ...inSentence.map((mention) => mention.firstToken));
  const endToken = Math.max(trigger + 1, ...inSentence.map((mention) => mention.endToken));
  const factor = from.via === 'pronoun' || to.via === 'pronoun' ? PRONOUN_FACTOR : 1;
  return { type, from: source.actorId, to: target.actorId, rule, confidence: round(confidence * factor), firstToken, endToken, trigger };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function pairs(view: SentenceView, type: RelationType, sources: ActorMention[], targets: ActorMention[], rule: string, confidence: number, trigger: number): ProposedRelation[] {
  return sources.flatMap((source) => targets.map((target) => relation(view, type, source, target, rule, confidence, trigger)));
}

/** "X attacked Y", "Y was attacked by X", "X killed Y", "Y was killed in an X strike". */
function verbRule(view: SentenceView, index: number): ProposedRelation[] {
  const token = view.tokens[index];
  if (view.mention(index) !== undefined) return [];
  // The tagger reads some bare verbs as nouns ("help the government defeat X"); between two actors
  // they are verbs, and so is a word right after "would" or "will" ("would back X").
  const betweenActors = token.pos === 'NOUN' && view.mention(index - 1) !== undefined && view.mentionStartingAt(index + 1) !== undefined;
  const afterModal = view.tokens[index - 1]?.pos === 'AUX' && MODALS.has(view.lemma(index - 1));
  if (token.pos !== 'VERB' && !betweenActors && !afterModal) return [];
  const lemma = afterModal && token.pos !== 'VERB' ? token.text.toLowerCase() : token.lemma;
  const direct = SIGNALS.verbs.get(lemma) ?? [];
  const inverse = SIGNALS.inverseVerbs.get(lemma) ?? [];
  if (direct.length === 0 && inverse.length === 0) return [];
  // "ships linked to X", "villages attacked by Y": a participle right after a plain noun, before a
  // preposition, describes that noun ("jets struck X" is a verb with its object).
  const before = view.tokens[index - 1];
  // ("X, a coalition of gangs led by Y": the noun is an apposition's, and the participle X's.)
  const describes = isParticiple(token) && view.tokens[index + 1]?.pos === 'ADP' && !view.opensClause(index - 1);
  if (index > view.first && describes && before.pos === 'NOUN' && view.mention(index - 1) === undefined && !view.inApposition(index)) return [];
  // "X is linked to Y", "X is affiliated with Y": a state, not a passive; its subject is the source.
  const stative = !['by'].includes(view.lemma(index + 1)) && ['to', 'with'].includes(view.lemma(index + 1)) && view.doerAfter(index) === undefined;
  const passive = view.isPassive(index) && !stative;
  const subjects = view.subjectOf(index);
  const subjectStart = subjects[0]?.endToken ?? index;
  if (view.isNegated(subjectStart, index)) return [];
  const confidence = view.isHedged(subjectStart, index) ? 0.7 * HEDGE_FACTOR : 0.7;
  const proposals: ProposedRelation[] = [];
  if (passive) {
    const byWhom = view.doerAfter(index);
    for (const type of direct) {
      if (byWhom !== undefined) proposals.push(...pairs(view, type, [byWhom], subjects, 'passive-verb', confidence, index));
    }
    for (const type of inverse) {
      const doer = byWhom ?? doerOfAct(view, index, type);
      if (doer !== undefined) proposals.push(...pairs(view, type, subjects, [doer], byWhom !== undefined ? 'passive-verb' : 'named-act', confidence, index));
    }
    return proposals;
  }
  const objects = view.objectOf(index);
  for (const type of direct) proposals.push(...pairs(view, type, subjects, objects, 'active-verb', confidence, index));
  for (const type of inverse) proposals.push(...pairs(view, type, objects, subjects, 'active-verb', confidence, index));
  return proposals;
}

/** "killed in a US drone strike", "during an Israeli raid": the actor named with the act did it. */
function doerOfAct(view: SentenceView, index: number, type: RelationType): ActorMention | undefined {
  const acts = SIGNALS.doerActs.get(type);
  if (acts === undefined) return undefined;
  for (let k = index + 1; k < view.end && k - index <= DOER_REACH; k += 1) {
    if (!['in', 'during', 'by', 'after'].includes(view.lemma(k))) continue;
    for (let m = k + 1; m < view.end && m - k <= 3; m += 1) {
      const mention = view.mention(m);
      if (mention === undefined || mention.firstToken !== m) continue;
      for (let a = mention.endToken; a < view.end && a - mention.endToken <= 2; a += 1) {
        if (acts.has(view.lemma(a))) return mention;
      }
    }
  }
  return undefined;
}

function wordsAt(view: SentenceView, index: number, words: readonly string[]): boolean {
  return words.every((word, offset) => {
    const lemma = view.lemma(index + offset);
    return lemma === word || lemma === `${word}s` || view.tokens[index + offset]?.text.toLowerCase() === word;
  });
}

/** "X's war on Y", "the X attack on Y", "attacks on Y by X", "talks between X and Y", "X held talks with Y". */
function nounRule(view: SentenceView, index: number): ProposedRelation[] {
  const token = view.tokens[index];
  if (!['NOUN', 'PROPN', 'VERB'].includes(token.pos) || view.mention(index) !== undefined) return [];
  // A verb's "-ing" form reads as its noun ("fighting with X"), not in "according to".
  if (token.pos === 'VERB' && (!/ing$/.test(token.text) || view.lemma(index + 1) === 'to')) return [];
  const proposals: ProposedRelation[] = [];
  const candidates = SIGNALS.nounsByFirstWord.get(token.lemma) ?? SIGNALS.nounsByFirstWord.get(token.text.toLowerCase()) ?? [];
  const matched = candidates.filter((signal) => wordsAt(view, index, signal.words));
  for (const signal of matched) {
    const after = index + signal.words.length - 1;
    const inverse = (SIGNALS.inverseVerbs.size > 0 && SIGNALS.doerActs.has(signal.type)) || false;
    proposals.push(...nounRelations(view, index, after, signal, inverse));
  }
  return proposals;
}

function nounRelations(view: SentenceView, index: number, last: number, signal: WordsSignal, inverse: boolean): ProposedRelation[] {
  const type = signal.type;
  const next = last + 1;
  // "talks between X and Y", "fighting broke out on Monday between X and Y": each side acts on the other.
  const between = betweenAfter(view, next);
  if (between !== undefined) {
    const first = view.mentionAfterDescription(between + 1);
    if (first === undefined) return [];
    const described = view.lemma(first.endToken) === 'and' ? view.mentionAfterDescription(first.endToken + 1) : undefined;
    const others = described !== undefined ? [described] : view.listedAfter(first);
    const sides = (a: ActorMention, b: ActorMention): ProposedRelation[] =>
      isSymmetric(type) ? [relation(view, type, a, b, 'noun', 0.6, last)] : [relation(view, type, a, b, 'noun', 0.6, last), relation(view, type, b, a, 'noun', 0.6, last)];
    return others.flatMap((other) => sides(first, other));
  }
  // The one acted on: after "on", "against", "with", "for", "of", "to".
  let target: ActorMention[] = [];
  let doer: ActorMention | undefined;
  // A noun listed with its preposition ("withdrawal from") takes its target right after it.
  const ownPreposition = PREPOSITIONS.has(signal.words[signal.words.length - 1]);
  for (let k = ownPreposition ? last : next; k < view.end && k - next <= 2; k += 1) {
    if (PREPOSITIONS.has(view.lemma(k))) {
      const mention = view.mentionStartingAt(k + 1) ?? adjectivalMention(view, k + 1);
      if (mention !== undefined) target = [mention, ...view.listedAfter(mention)];
      break;
    }
  }
  if (target.length > 0) doer = view.doerAfter(target[target.length - 1].endToken - 1);
  // The one acting: just before the noun ("Israeli war", "Washington's support", "a US raid").
  const before = ownerBefore(view, index);
  if (inverse) {
    // "the killing of X ... during a US raid": X is the one killed, the raid's actor did it.
    if (view.isNegated(index - 4, index)) return [];
    const killer = doer ?? doerOfAct(view, index, type) ?? before;
    if (killer === undefined) return [];
    const victims = target.length > 0 && view.actor(target[0]).kind === 'PERSON' ? target : peopleBetween(view, next, killer.firstToken);
    return pairs(view, type, victims, [killer], 'noun', 0.6, last);
  }
  let sources: ActorMention[] = [];
  let rule = 'noun';
  if (doer !== undefined) sources = [doer];
  else if (before !== undefined) sources = [before];
  else {
    // "X launched attacks on Y", "X began its war on Y": the noun is the object of X's verb.
    sources = view.subjectOf(index);
    const between = sources.length > 0 ? view.tokens.slice(sources[sources.length - 1].endToken, index) : [];
    // "X called on others to impose sanctions on Y": those asked, not X, would act.
    // ("calling themselves X" names; "calling on X to", "accusing X of" ask and accuse.)
    const asks = (token: Token): boolean => ASKING.has(token.lemma) && view.tokens.slice(token.index + 1, token.index + 5).some((next) => ['to', 'on', 'upon', 'of', 'for'].includes(next.lemma));
    if (!between.some((token) => token.pos === 'VERB') || between.some(asks)) sources = [];
    rule = 'noun-subject';
  }
  if (sources.length === 0) return [];
  const subjectStart = sources[0].endToken;
  if (view.isNegated(Math.min(subjectStart, index), index)) return [];
  const confidence = (rule === 'noun' ? 0.6 : 0.5) * (view.isHedged(subjectStart, index) ? HEDGE_FACTOR : 1);
  if (target.length === 0) {
    // "X and Y held talks": the two sides of a symmetric relation are its subjects; "X and Y hosted talks" names mediators.
    if (!isSymmetric(type) || sources.length < 2) return [];
    if (view.tokens.slice(sources[sources.length - 1].endToken, index).some((token) => MEDIATING.has(token.lemma))) return [];
    return sources.slice(1).map((other) => relation(view, type, sources[0], other, 'noun', confidence, last));
  }
  return pairs(view, type, sources, target, rule, confidence, last);
}

/** "between" right after a noun, or later in its clause when no actor or comma stands before it. */
function betweenAfter(view: SentenceView, from: number): number | undefined {
  for (let k = from; k < view.end && k - from <= 10; k += 1) {
    if (view.lemma(k) === 'between') return k;
    if (view.mention(k) !== undefined || [',', ';', ':'].includes(view.tokens[k].text) || (k > from && view.tokens[k].pos === 'NOUN' && view.lemma(k - 1) === 'between')) return undefined;
  }
  return undefined;
}

/** "the killing of the commander of X, General Y, and his deputy, Z, during ...": the persons named. */
function peopleBetween(view: SentenceView, from: number, end: number): ActorMention[] {
  const people: ActorMention[] = [];
  for (let k = from; k < end; k += 1) {
    const mention = view.mention(k);
    if (mention !== undefined && mention.firstToken === k && view.actor(mention).kind === 'PERSON') people.push(mention);
  }
  return people;
}

/** "the Iraqi government" when no mention starts at `index` but one follows an adjective. */
function adjectivalMention(view: SentenceView, index: number): ActorMention | undefined {
  for (let k = index; k < view.end && k - index <= 2; k += 1) {
    const mention = view.mention(k);
    if (mention !== undefined) return mention.firstToken === k ? mention : undefined;
    if (!['DET', 'ADJ', 'NUM'].includes(view.tokens[k].pos)) return undefined;
  }
  return undefined;
}

/** "the spokesman for X, Y", "Y, a commander of X", "X's spokesman Y", "X Prime Minister Y". */
function roleRule(view: SentenceView, index: number): ProposedRelation[] {
  if (view.mention(index) !== undefined) return [];
  const token = view.tokens[index];
  const candidates = SIGNALS.rolesByFirstWord.get(token.lemma) ?? SIGNALS.rolesByFirstWord.get(token.text.toLowerCase());
  const signal = candidates?.find((role) => wordsAt(view, index, role.words));
  if (signal === undefined) return [];
  // "Minister" inside "Prime Minister" is not a role of its own.
  const containing = SIGNALS.rolesByLastWord.get(token.lemma) ?? SIGNALS.rolesByLastWord.get(token.text.toLowerCase()) ?? [];
  if (containing.some((role) => wordsAt(view, index - role.words.length + 1, role.words))) return [];
  const type = signal.type;
  const last = index + signal.words.length - 1;
  // A title ("spokesman", "commander") is held by a person; a place in a group ("wing", "member", "affiliate") by any actor.
  const personal = signal.words.some((word) => PERSON_TITLES.has(word));
  const fits = (mention: ActorMention): boolean => !personal || view.actor(mention).kind === 'PERSON';
  // "the commander of X, [the official ..., ] Y" and "Y, a commander of X".
  if (['of', 'for'].includes(view.lemma(last + 1))) {
    const organisation = view.mentionStartingAt(last + 2) ?? adjectivalMention(view, last + 2);
    if (organisation === undefined) return [];
    const holder = holderBefore(view, index, fits) ?? holderAfter(view, organisation.endToken, fits) ?? copulaHolder(view, index, fits);
    // "Y is not a commander of X", "Y, never a member of X".
    if (holder === undefined || (holder.endToken <= index && view.isNegated(holder.endToken, index))) return [];
    return [relation(view, type, holder, leadsWhat(view, type, organisation), 'role', 0.75, index)];
  }
  // "X's spokesman Y", "its spokesman Y", "X, whose spokesman Y", "Kenyan President Y", "a senior X official, Y", "Y, an X affiliate".
  const organisation = ownerBefore(view, index, true);
  if (organisation === undefined) return [];
  const at = view.tokens[last + 1]?.text === ',' ? last + 2 : last + 1;
  const after = view.mentionStartingAt(at);
  const holder = after ?? (personal ? undefined : appositionHead(view, phraseStart(view, organisation)));
  if (holder === undefined || !fits(holder)) return [];
  return [relation(view, type, holder, leadsWhat(view, type, organisation), 'title', 0.8, index)];
}

/** Where the phrase holding `mention` starts: before its article and possessive ("an X affiliate" starts at "an"). */
function phraseStart(view: SentenceView, mention: ActorMention): number {
  let k = mention.firstToken;
  while (k - 1 >= view.first && ['DET', 'ADJ'].includes(view.tokens[k - 1].pos) && mention.firstToken - k < 3) k -= 1;
  return k;
}

/**
 * The owner a role or an act is named with, just before it: "X's", "the X", "Kenyan", and the
 * possessive pronouns, "its" and "their" for a role (the actor the sentence, or the one before,
 * is about) and "whose" (the actor before the comma).
 */
function ownerBefore(view: SentenceView, index: number, titles = false): ActorMention | undefined {
  for (let k = index - 1; k >= view.first && index - k <= 3; k -= 1) {
    const mention = view.mention(k);
    if (mention !== undefined) return mention.endToken === k + 1 ? mention : undefined;
    const token = view.tokens[k];
    // Only a role's owner is read through a pronoun: "its war on X" may be another's war.
    if (['its', 'their'].includes(token.text.toLowerCase())) return titles ? view.ownerOfPronoun(k) : undefined;
    if (token.text.toLowerCase() === 'whose') return view.tokens[k - 1]?.text === ',' ? view.mention(k - 2) : undefined;
    // "Kenyan Defence Minister": a title's other words stand between the state and the role.
    const title = titles && PERSON_TITLES.has(token.lemma);
    if (!["'s", '’s'].includes(token.lemma) && !['ADJ', 'NOUN'].includes(token.pos) && !title) return undefined;
  }
  return undefined;
}

/** A state's leader leads its government, when the text names that government. */
function leadsWhat(view: SentenceView, type: RelationType, organisation: ActorMention): ActorMention {
  const actor = view.actor(organisation);
  if (type !== 'LEADS' || actor.kind !== 'STATE') return organisation;
  const government = view.findings.mentions.find((mention) => {
    const candidate = view.actor(mention);
    return candidate.kind === 'GOVERNMENT' && [candidate.name, ...candidate.aliases].some((name) => nameMentions(name, actor));
  });
  return government ?? organisation;
}

function nameMentions(name: string, state: { name: string; aliases: Set<string> }): boolean {
  const lower = ` ${name.toLowerCase()} `;
  return [state.name, ...state.aliases].some((surface) => lower.includes(` ${surface.toLowerCase()} `));
}

/** "Y, a commander of X": the holder and a comma before the role's article. */
function holderBefore(view: SentenceView, index: number, fits: (mention: ActorMention) => boolean): ActorMention | undefined {
  let k = index - 1;
  // "Y, a treaty ally of X": articles, adjectives and plain nouns before the role.
  const describes = (token: Token): boolean => ['DET', 'ADJ'].includes(token.pos) || (token.pos === 'NOUN' && token.text === token.text.toLowerCase() && !view.mention(token.index));
  while (k >= view.first && index - k <= 4 && describes(view.tokens[k])) k -= 1;
  if (k < view.first || view.tokens[k].text !== ',') return undefined;
  const mention = view.mention(k - 1);
  return mention !== undefined && fits(mention) ? mention : undefined;
}

/** "X is also a close partner of Y": the subject of the copula before the role's article. */
function copulaHolder(view: SentenceView, index: number, fits: (mention: ActorMention) => boolean): ActorMention | undefined {
  let k = index - 1;
  while (k > view.first && ['DET', 'ADJ', 'ADV', 'PART'].includes(view.tokens[k].pos)) k -= 1;
  if (view.lemma(k) !== 'be') return undefined;
  return view.subjectOf(k).filter(fits)[0];
}

/** "the commander of X, [the official in charge of Z,] General Y": the next holder across appositions. */
function holderAfter(view: SentenceView, from: number, fits: (mention: ActorMention) => boolean): ActorMention | undefined {
  if (view.tokens[from]?.text !== ',') return undefined;
  for (let k = from + 1; k < view.end && k - from <= 25; k += 1) {
    const mention = view.mention(k);
    if (mention !== undefined && fits(mention)) return mention;
    const token = view.tokens[k];
    if ((token.pos === 'VERB' || token.pos === 'AUX') && view.tokens[k - 1].text !== ',') return undefined;
  }
  return undefined;
}

/** "X-backed Y" across tokens, and "X-led coalition" inside one name. */
function compoundRule(view: SentenceView, index: number): ProposedRelation[] {
  const token = view.tokens[index];
  if (token.text !== '-' || index + 1 >= view.end) return [];
  const types = SIGNALS.compounds.get(view.tokens[index + 1].text.toLowerCase()) ?? [];
  if (types.length === 0) return [];
  const source = view.mention(index - 1);
  const whole = view.mention(index);
  if (whole !== undefined) {
    // The name holds the compound ("US-led coalition"): its first word names the source.
    const prefix = view.findings.text.slice(whole.start, token.start);
    const sourceId = view.findings.actorIdOf(prefix);
    if (sourceId === undefined || sourceId === whole.actorId) return [];
    const sourceMention: ActorMention = { ...whole, actorId: sourceId, via: 'name' };
    return types.map((type) => relation(view, type, sourceMention, whole, 'compound', 0.75, index + 1));
  }
  if (source === undefined) return [];
  const target = view.mentionStartingAt(index + 2) ?? adjectivalMention(view, index + 2) ?? appositionHead(view, source.firstToken);
  if (target === undefined) return [];
  return types.map((type) => relation(view, type, source, target, 'compound', 0.75, index + 1));
}

/** "X, an Iran-backed militia": the actor an apposition starting before `index` describes. */
function appositionHead(view: SentenceView, index: number): ActorMention | undefined {
  let k = index - 1;
  if (['a', 'an', 'the'].includes(view.lemma(k))) k -= 1;
  if (view.tokens[k]?.text !== ',') return undefined;
  const head = view.mention(k - 1);
  return head !== undefined && head.endToken === k ? head : undefined;
}

/** A pattern of the vocabulary, matched from `index` on. */
function patternRule(view: SentenceView, index: number, pattern: CompiledPattern): ProposedRelation[] {
  const match = matchSteps(view, pattern, 0, index, { sources: [], targets: [] });
  if (match === null) return [];
  // A pattern without one of its slots takes the subject of the clause it stands in for it
  // ("he vowed to end X's mission", "X, with contingents from A and B").
  const has = (role: 'source' | 'target'): boolean => pattern.steps.some((step) => step.kind === 'slot' && step.role === role);
  const sources = has('source') ? match.sources : view.subjectOf(index);
  const targets = has('target') ? match.targets : view.subjectOf(index);
  if (sources.length === 0 || targets.length === 0) return [];
  // The denial stands before the pattern ("X never called for ...") or inside it.
  if (view.isNegated(index, index) || view.isNegated(index, match.end)) return [];
  const confidence = view.isHedged(index, match.end) ? 0.65 * HEDGE_FACTOR : 0.65;
  return sources.flatMap((source) =>
    targets.map((target) => ({ ...relation(view, pattern.type, source, target, 'pattern', confidence, index), endToken: match.end, pattern: pattern.text })),
  );
}

interface PatternMatch {
  readonly sources: ActorMention[];
  readonly targets: ActorMention[];
  readonly end?: number;
}

function matchSteps(view: SentenceView, pattern: CompiledPattern, step: number, at: number, found: PatternMatch): (PatternMatch & { end: number }) | null {
  if (step === pattern.steps.length) return { ...found, end: at };
  if (at >= view.end) return null;
  const current = pattern.steps[step];
  if (current.kind === 'gap') {
    for (let skip = 0; skip <= 3 && at + skip < view.end; skip += 1) {
      if (skip > 0 && ['.', ';'].includes(view.tokens[at + skip - 1].text)) break;
      const result = matchSteps(view, pattern, step + 1, at + skip, found);
      if (result !== null) return result;
    }
    return null;
  }
  if (current.kind === 'words') {
    const token = view.tokens[at];
    if (!current.words.has(token.lemma) && !current.words.has(token.text.toLowerCase())) return null;
    return matchSteps(view, pattern, step + 1, at + 1, found);
  }
  // "demanded its departure": a possessive pronoun stands for the actor the sentence is about.
  const pronoun = ['its', 'their'].includes(view.tokens[at].text.toLowerCase()) && current.role === 'target' ? view.ownerOfPronoun(at) : undefined;
  const candidate = pronoun ?? view.mentionStartingAt(at) ?? adjectivalMention(view, at);
  // "troops from Kenyan territory": a demonym before a plain noun names no doer (unless the pattern
  // names that noun: "under Canadian sanctions").
  const head = candidate !== undefined ? view.tokens[candidate.endToken] : undefined;
  const nextStep = pattern.steps[step + 1];
  const named = nextStep?.kind === 'words' && head !== undefined && (nextStep.words.has(head.lemma) || nextStep.words.has(head.text.toLowerCase()));
  const modifies = candidate?.via === 'demonym' && head?.pos === 'NOUN' && head.text === head.text.toLowerCase() && !named;
  const mention = current.role === 'source' && modifies ? undefined : candidate;
  if (mention === undefined || (current.kinds !== undefined && !current.kinds.has(view.actor(mention).kind))) return null;
  const mentions = current.list && pronoun === undefined ? [mention, ...view.listedAfter(mention)] : [mention];
  const next = pronoun !== undefined ? at + 1 : mentions[mentions.length - 1].endToken;
  const update: PatternMatch =
    current.role === 'source' ? { ...found, sources: [...found.sources, ...mentions] } : { ...found, targets: [...found.targets, ...mentions] };
  // A possessive after the slot ("the coalition's mission") belongs to it.
  const after = ["'s", '’s'].includes(view.lemma(next)) ? next + 1 : next;
  return matchSteps(view, pattern, step + 1, after, update);
}

/** "Iraqi security forces", "the Iranian Revolutionary Guard": a state's own force or government is part of it. */
function nationalBodyRule(view: SentenceView): ProposedRelation[] {
  const proposals: ProposedRelation[] = [];
  const seen = new Set<ActorMention>();
  for (let index = view.first; index < view.end; index += 1) {
    const mention = view.mention(index);
    if (mention === undefined || seen.has(mention) || mention.endToken - mention.firstToken < 2) continue;
    seen.add(mention);
    const actor = view.actor(mention);
    if (!['GOVERNMENT', 'MILITARY_FORCE'].includes(actor.kind) || view.tokens[mention.firstToken + 1].text === '-') continue;
    const state = stateOfBody(view, mention);
    if (state === undefined || state === actor.id) continue;
    const stateMention: ActorMention = { ...mention, actorId: state, via: 'name' };
    proposals.push(relation(view, 'PART_OF', mention, stateMention, 'national-body', 0.6, mention.firstToken));
  }
  return proposals;
}

/**
 * The state a body's name starts or ends with: "Kenyan security forces", "South African National
 * Defence Force", "Government of Kenya", "the junta in Niamey".
 */
function stateOfBody(view: SentenceView, mention: ActorMention): string | undefined {
  const isState = (first: number, end: number): string | undefined => {
    const id = view.findings.actorIdOf(view.findings.text.slice(view.tokens[first].start, view.tokens[end - 1].end));
    return id !== undefined && view.findings.actors.get(id)?.kind === 'STATE' ? id : undefined;
  };
  const { firstToken: first, endToken: end } = mention;
  const leading = (end - first > 2 ? isState(first, first + 2) : undefined) ?? isState(first, first + 1);
  if (leading !== undefined) return leading;
  // Only a government is a body of the state it is "of" or "in": "Forces for the Liberation of X" may fight X.
  if (view.actor(mention).kind !== 'GOVERNMENT') return undefined;
  for (let k = first + 1; k < end - 1; k += 1) if (['of', 'in'].includes(view.tokens[k].lemma)) return isState(k + 1, end);
  return undefined;
}

/**
 * "President X, whose government ...", "his government", "General Y, whose army ...": a person's
 * own government or group is one the person leads (commands, when it is a force).
 */
function possessiveLeaderRule(view: SentenceView): ProposedRelation[] {
  const proposals: ProposedRelation[] = [];
  for (let index = view.first + 1; index < view.end; index += 1) {
    const owned = view.mention(index);
    if (owned === undefined || owned.firstToken !== index) continue;
    // The possessive stands before the mention, or opens it ("his government" read as a short form).
    const at = POSSESSIVES.has(view.tokens[index].text.toLowerCase()) ? index : index - 1;
    const word = view.tokens[at].text.toLowerCase();
    if (!POSSESSIVES.has(word)) continue;
    const owner = word === 'whose' ? (view.tokens[at - 1]?.text === ',' ? view.mention(at - 2) : undefined) : view.personBefore(at);
    if (owner === undefined || view.actor(owner).kind !== 'PERSON' || ['PERSON', 'STATE', 'POPULATION'].includes(view.actor(owned).kind)) continue;
    // "his fighters" are his group's people, not a sign that he leads it.
    if (/s$/.test(view.tokens[owned.endToken - 1].text)) continue;
    const type: RelationType = view.actor(owned).kind === 'MILITARY_FORCE' ? 'COMMANDS' : 'LEADS';
    proposals.push(relation(view, type, owner, owned, 'possessive', 0.6, at));
  }
  return proposals;
}
