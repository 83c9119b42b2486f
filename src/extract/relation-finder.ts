/**
 * The relation rules applied to a parsed text: every compiled pattern (rules/rule-registry.ts)
 * whose trigger a word of the text is, followed from that word to its ends, each end read as the
 * actor named there. One engine for every family; what a family reads is in its patterns.
 *
 * An end is the actor whose mention covers the word a path reached, or a name inside that mention
 * ("Kenyan" in "Kenyan security forces"), or the actor a pronoun or description refers to
 * (coreference), or, for a word that stands for an actor's people or means ("fighters of X",
 * "Kenyan jets"), the actor that owns them; an apposition ("the group, X") names it too. A
 * proposal joins two different actors whose kinds the type allows (`ends` in the vocabulary,
 * narrowed by the pattern), is dropped when the words on its path are denied, and loses
 * confidence when they are hedged or an end was reached through coreference.
 */
import { ActorKind, RELATION_TYPES, RelationEnds, RelationType, RelationTypeDefinition } from '../graph/vocabulary';
import { HELD_PLACES, STAND_IN_NOUNS } from './actor-cues';
import { ActorMention } from './actor-mentions';
import { CompiledPattern, follow, Path, PathStep, Reached } from './dependency-pattern';
import { ParsedDocument, Token } from './parsed-document';
import { CompiledRule, RULES } from './rules/rule-registry';
import { isDenied, isHedged, isUnasserted } from './stance';

export interface ProposedRelation {
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly rule: string;
  readonly confidence: number;
  readonly datesEvent: boolean;
  /** Kept only when no other rule proposes the type from the same source (rule-family.ts, `fallback`). */
  readonly fallback: boolean;
  /** The tokens that state it (end exclusive, within one sentence): the evidence quote. */
  readonly firstToken: number;
  readonly endToken: number;
  /** The word the pattern hangs from, to find the nearest date. */
  readonly trigger: number;
  /** The pattern that matched, for a reviewer to see why. */
  readonly pattern: string;
}

/** What the rules read about the actors of the text. */
export interface ActorReader {
  /** The mention covering the token (the outermost one). */
  mentionAt(token: number): ActorMention | undefined;
  /** A name inside a longer mention at the token ("Kenyan" in "Kenyan security forces"), if it names another actor. */
  nestedAt(token: number): ActorMention | undefined;
  /** The actor a pronoun or a description at the token refers to. */
  corefAt(token: number): string | undefined;
  kindOf(actorId: string): ActorKind | undefined;
  /** The state a sentence plainly means for the word at `token` (see `~state` in dependency-pattern.ts). */
  stateMeant(token: number): string | undefined;
  /** The state the text puts the place named at `token` in (place-states.ts), for a territory's relations. */
  placeStateAt(token: number): string | undefined;
  /** Who did the act a definite act noun at `token` refers back to ("the strike"; act-doers.ts). */
  actDoersAt(token: number): readonly string[];
  /** The two actors "the two sides" or "both" at `token` stands for (two-sides.ts). */
  twoSidesAt(token: number): readonly string[];
}

interface End {
  readonly actorId: string;
  /** The words that name it in the trigger's sentence, for the quote. */
  readonly first: number;
  readonly end: number;
  readonly passed: readonly number[];
  readonly viaCoref: boolean;
}

/** Words for a part of a place: "parts of northern Tigray", "much of Cabo Delgado". */
const PARTS_OF_PLACES: ReadonlySet<string> = new Set(['part', 'area', 'much', 'most', 'swathe', 'stretch', 'north', 'south', 'east', 'west', 'centre', 'center']);
/** How far from its head word a multi-word trigger's other words are looked for. */
const MAX_TRIGGER_WORDS = 6;
const HEDGE_FACTOR = 0.6;
const COREF_FACTOR = 0.8;
const edge = (up: boolean, labels: string[], lemmas?: string[]): PathStep => ({ kind: 'edge', up, labels: new Set(labels), refuse: false, ...(lemmas !== undefined ? { lemmas: new Set(lemmas) } : {}) });
/** Where the owner of a stand-in noun is named: "Kenyan troops", "troops of X", "X's jets", "an air strike by X", "positions held by X", "fighters loyal to X". */
const OWNER_LABELS: readonly string[] = ['amod', 'compound', 'nmod:of', 'nmod:poss', 'nmod:from', 'nmod:by'];
const OWNERS: readonly Path[] = [
  [edge(false, [...OWNER_LABELS])],
  [edge(false, ['acl']), edge(false, ['obl:agent', 'obl:by'])],
  // "fighters loyal to X".
  [edge(false, ['amod'], ['loyal', 'allied', 'affiliated']), edge(false, ['obl:to', 'obl:with'])],
];
/**
 * Whether a noun's words name or point at an owner, found or not: a possessor, a doer ("by
 * gunmen"), or a capitalised word ("the Israeli strike"); "the deadly attack" has none.
 */
function hasOwnerWords(doc: ParsedDocument, token: number): boolean {
  return doc.dependents[token].some(({ dep, token: other }) => dep === 'nmod:poss' || dep === 'nmod:by' || (OWNER_LABELS.includes(dep) && /^\p{Lu}/u.test(doc.tokens[other].text)));
}

/** "villages held by X", "towns under the control of X" is too loose: held or controlled, by a named actor. */
const HOLDERS_OF_PLACES: Path = [edge(false, ['acl'], ['hold', 'control', 'seize', 'capture', 'occupy']), edge(false, ['obl:agent', 'obl:by'])];

/** "one of X", "two of X": the X a part is counted out of. */
const COUNTED_OUT_OF: Path = [edge(false, ['nmod:of'])];
const COUNTING_WORDS: ReadonlySet<string> = new Set(['one', 'some', 'several', 'many', 'most', 'all', 'each', 'both', 'dozens', 'hundreds', 'thousands', 'scores']);
const CONJUNCTS: Path = [edge(false, ['conj:and', 'conj:or', 'conj:and_or', 'conj:as_well_as'])];
/** "X said troops clashed with Y": troops no one owns, in what an actor reports, are the reporter's. */
const REPORTER: Path = [edge(true, ['nsubj', 'nsubj:pass']), edge(true, ['ccomp'], ['say', 'announce', 'report', 'claim', 'confirm', 'state', 'add']), edge(false, ['nsubj'])];
const APPOSITIONS: readonly Path[] = [
  [{ kind: 'edge', up: false, labels: new Set(['appos']), refuse: false }],
  [{ kind: 'edge', up: true, labels: new Set(['appos']), refuse: false }],
];

interface RuleIndex {
  readonly byWord: ReadonlyMap<string, readonly CompiledRule[]>;
  readonly byKind: readonly CompiledRule[];
}

const INDEXES = new WeakMap<readonly CompiledRule[], RuleIndex>();

function indexRules(rules: readonly CompiledRule[]): RuleIndex {
  const cached = INDEXES.get(rules);
  if (cached !== undefined) return cached;
  const byWord = new Map<string, CompiledRule[]>();
  const byKind: CompiledRule[] = [];
  for (const rule of rules) {
    if (rule.pattern.triggerKinds !== undefined) byKind.push(rule);
    for (const word of rule.pattern.triggers.keys()) byWord.set(word, [...(byWord.get(word) ?? []), rule]);
  }
  const index = { byWord, byKind };
  INDEXES.set(rules, index);
  return index;
}

export function proposeRelations(doc: ParsedDocument, actors: ActorReader, rules: readonly CompiledRule[] = RULES): ProposedRelation[] {
  const index = indexRules(rules);
  const proposals: ProposedRelation[] = [];
  for (const token of doc.tokens) {
    const inside = actors.mentionAt(token.index);
    const matched: Array<{ rule: CompiledRule; words: number }> = [];
    const surface = token.text.toLowerCase();
    for (const word of readings(token)) {
      for (const rule of index.byWord.get(word) ?? []) {
        const { pattern } = rule;
        if (pattern.surface && word !== surface) continue;
        // A word inside a name is part of the name ("Brigade" in "Atlas Brigade"), except a compound's participle ("US-led coalition").
        if (inside !== undefined && !pattern.surface) continue;
        const words = triggerLength(doc, token.index, pattern, word);
        if (words > 0) matched.push({ rule, words });
      }
    }
    // The longest trigger read at a word is the one meant: "Prime Minister" is not a "minister".
    const longest = Math.max(0, ...matched.map((match) => match.words));
    for (const { rule, words } of matched) if (words === longest) proposals.push(...apply(doc, actors, rule, token.index));
    if (inside !== undefined && headOf(doc, inside) === token.index) {
      const kind = actors.kindOf(inside.actorId);
      for (const rule of index.byKind) if (kind !== undefined && rule.pattern.triggerKinds?.has(kind) === true) proposals.push(...apply(doc, actors, rule, token.index));
    }
  }
  return proposals;
}

/** The word of a mention its governors are outside of (its syntactic head), or its last word. */
export function headOf(doc: ParsedDocument, mention: Pick<ActorMention, 'firstToken' | 'endToken'>): number {
  for (let index = mention.endToken - 1; index >= mention.firstToken; index -= 1) {
    const governors = doc.governors[index];
    if (governors.length > 0 && governors.every((edge) => edge.token < mention.firstToken || edge.token >= mention.endToken)) return index;
  }
  return mention.endToken - 1;
}

/** A number or a counting word ("one", "several", "hundreds"), which may be counted out of something ("of X"). */
function isCountedPart(token: Token): boolean {
  return token.tag === 'CD' || COUNTING_WORDS.has(token.lemma.toLowerCase());
}

/**
 * The forms a word is looked up by: its lemma, as written, and a plural's singular (the lemmatiser
 * reads some plurals as other words: "bases" as "basis").
 */
function readings(token: Token): Set<string> {
  const surface = token.text.toLowerCase();
  const forms = new Set([token.lemma, surface]);
  // Both ways a plural may have been made: "boxes" is "box", "bases" is "base".
  if (token.tag === 'NNS') forms.add(surface.replace(/(?:(?<=[sxz]|ch|sh)es|s)$/, '')).add(surface.replace(/s$/, ''));
  return forms;
}

/**
 * A noun that only modifies a common noun is not the word the phrase is about: "deputy" in "deputy
 * leader", "attack" in "attack helicopters", "war" in "war crimes". Before a name it is a title
 * ("spokesman Ali Farah").
 */
function modifiesCommonNoun(doc: ParsedDocument, index: number): boolean {
  const governors = doc.governors[index];
  return governors.length > 0 && governors.every((edge) => (edge.dep === 'compound' || edge.dep === 'amod') && doc.tokens[edge.token].pos === 'NOUN');
}

/** A pattern written for a modifier: a path climbs from it to the noun it names ("defence" in "defence treaty": `<compound[treaty]`). */
function readsModifier(pattern: CompiledPattern): boolean {
  return [...pattern.source, ...pattern.target, ...pattern.sides].some(([step]) => step?.kind === 'edge' && step.up && step.lemmas !== undefined && (step.labels.has('compound') || step.labels.has('amod')));
}

/** How many words of the pattern's trigger end at the word read as `word` (0 when it is not the trigger). */
function triggerLength(doc: ParsedDocument, index: number, pattern: CompiledPattern, word: string): number {
  const token = doc.tokens[index];
  if (pattern.pos === 'verb' && !token.tag.startsWith('VB')) return 0;
  if (pattern.pos === 'noun' && !readsModifier(pattern) && modifiesCommonNoun(doc, index)) return 0;
  if (pattern.pos === 'noun' && !(token.tag === 'NN' || token.tag === 'NNS' || (token.tag.startsWith('NNP') && token.text !== token.text.toUpperCase()))) return 0;
  if (pattern.pos === 'adjective' && !(token.tag.startsWith('JJ') || token.tag === 'VBN' || token.tag === 'VBD')) return 0;
  // A multi-word trigger ("prime minister", "chief of staff") needs its other words right around its
  // head; a hyphen the tokenizer split off ("Secretary-General") joins them as a space does.
  const wordsAround = (step: number): Token[] => {
    const words: Token[] = [];
    for (let other = index + step; doc.tokens[other]?.sentence === token.sentence && words.length < MAX_TRIGGER_WORDS; other += step) {
      if (doc.tokens[other].tag !== 'HYPH') words.push(doc.tokens[other]);
    }
    return words;
  };
  const [left, right] = [wordsAround(-1), wordsAround(1)];
  const is = (other: Token | undefined, expected: string): boolean => other !== undefined && (other.lemma === expected || other.text.toLowerCase() === expected);
  let longest = 0;
  for (const { before, after } of pattern.triggers.get(word) ?? []) {
    const fits = before.every((expected, k) => is(left[before.length - 1 - k], expected)) && after.every((expected, k) => is(right[k], expected));
    if (fits) longest = Math.max(longest, before.length + after.length + 1);
  }
  return longest;
}

function apply(doc: ParsedDocument, actors: ActorReader, rule: CompiledRule, trigger: number): ProposedRelation[] {
  const { pattern, family } = rule;
  if (pattern.requires.some((path) => follow(doc, trigger, path).length === 0)) return [];
  if (pattern.excludes.some((path) => follow(doc, trigger, path).length > 0)) return [];
  const proposals: ProposedRelation[] = [];
  const propose = (source: End, target: End): void => {
    if (source.actorId === target.actorId || !allowed(actors, pattern, source.actorId, target.actorId)) return;
    const passed = [trigger, ...source.passed, ...target.passed];
    if (isDenied(doc, passed) || isUnasserted(doc, trigger, passed)) return;
    const hedge = isHedged(doc, passed) ? HEDGE_FACTOR : 1;
    const coref = source.viaCoref || target.viaCoref ? COREF_FACTOR : 1;
    const sentence = doc.tokens[trigger].sentence;
    const words = [trigger, ...passed].filter((word) => doc.tokens[word].sentence === sentence);
    for (const end of [source, target]) if (doc.tokens[end.first].sentence === sentence) words.push(end.first, end.end - 1);
    proposals.push({
      type: pattern.type,
      from: source.actorId,
      to: target.actorId,
      rule: family.name,
      confidence: Math.round(family.confidence * hedge * coref * 100) / 100,
      datesEvent: family.datesEvent,
      fallback: family.fallback === true,
      firstToken: Math.min(...words),
      endToken: Math.max(...words) + 1,
      trigger,
      pattern: pattern.text,
    });
  };
  if (pattern.sides.length > 0) {
    const sides = endsAlong(doc, actors, trigger, pattern.sides);
    for (let a = 0; a < sides.length; a += 1) {
      for (let b = a + 1; b < sides.length; b += 1) {
        propose(sides[a], sides[b]);
        if (!RELATION_TYPES[pattern.type].symmetric) propose(sides[b], sides[a]);
      }
    }
  }
  if (pattern.source.length > 0 && pattern.target.length > 0) {
    const sources = endsAlong(doc, actors, trigger, pattern.source);
    const targets = sources.length === 0 ? [] : outermost(endsAlong(doc, actors, trigger, pattern.target, isTerritorial(pattern.type)), sources);
    for (const source of sources) for (const target of targets) propose(source, target);
  }
  return proposals;
}

/**
 * "Ghanaian army chief X" leads the army, not Ghana: a target named inside another target's name is
 * no second target. Inside a source's own name it still is: "Finnish Border Guard" is PART_OF Finland.
 */
function outermost(targets: readonly End[], sources: readonly End[]): End[] {
  const inside = (end: End, other: End): boolean => other !== end && other.first <= end.first && end.end <= other.end && other.end - other.first > end.end - end.first;
  return targets.filter((target) => !targets.some((other) => inside(target, other) && !sources.some((source) => source.actorId === other.actorId)));
}

/** The type's ends and the pattern's kinds allow a relation from `from` to `to`. */
function allowed(actors: ActorReader, pattern: CompiledPattern, from: string, to: string): boolean {
  const source = actors.kindOf(from);
  const target = actors.kindOf(to);
  if (source === undefined || target === undefined) return false;
  if (pattern.sourceKinds !== undefined && !pattern.sourceKinds.has(source)) return false;
  if (pattern.targetKinds !== undefined && !pattern.targetKinds.has(target)) return false;
  const ends: RelationEnds = RELATION_TYPES[pattern.type].ends;
  return ends[source]?.includes(target) ?? false;
}

/** Whether the type's target is a state as a territory, which a place in it stands for (the vocabulary's `territorial`). */
function isTerritorial(type: RelationType): boolean {
  const definition: RelationTypeDefinition = RELATION_TYPES[type];
  return definition.territorial === true;
}

/** The state of a place reached, or of a place a part is counted out of ("parts of northern Tigray"), as an end. */
function placeReached(doc: ParsedDocument, actors: ActorReader, reached: Reached): End | undefined {
  const of = PARTS_OF_PLACES.has(doc.tokens[reached.token].lemma.toLowerCase()) ? doc.dependents[reached.token].find((edge) => edge.dep === 'nmod:of') : undefined;
  const place = of !== undefined && actors.placeStateAt(reached.token) === undefined ? of.token : reached.token;
  // "occupied parts of Ghana": the state itself, named after the part.
  const named = of !== undefined ? actors.mentionAt(of.token) : undefined;
  const state = named !== undefined && actors.kindOf(named.actorId) === 'STATE' ? named.actorId : actors.placeStateAt(place);
  return state === undefined ? undefined : { actorId: state, first: reached.token, end: place + 1, passed: reached.passed, viaCoref: false };
}

/** The distinct actors named at the words the paths reach (for a territory, also the states places named there lie in). */
function endsAlong(doc: ParsedDocument, actors: ActorReader, trigger: number, paths: readonly Path[], territory = false): End[] {
  const found = new Map<string, End>();
  for (const path of paths) {
    const state = path[0]?.kind === 'main-state' ? actors.stateMeant(trigger) : undefined;
    if (state !== undefined && !found.has(state)) found.set(state, { actorId: state, first: trigger, end: trigger + 1, passed: [], viaCoref: false });
    if (path[0]?.kind === 'main-state') continue;
    for (const reached of follow(doc, trigger, path)) {
      const ends = endsAt(doc, actors, reached, true);
      const place = territory && ends.length === 0 ? placeReached(doc, actors, reached) : undefined;
      if (place !== undefined) ends.push(place);
      for (const end of ends) if (!found.has(end.actorId)) found.set(end.actorId, end);
    }
  }
  return [...found.values()];
}

function endsAt(doc: ParsedDocument, actors: ActorReader, reached: Reached, further: boolean): End[] {
  if (!further) return endsOf(doc, actors, reached, false);
  // "A, B and C": the parser gives every conjunct its governor's edge only in part of the lists it reads.
  const conjuncts = follow(doc, reached.token, CONJUNCTS).map((next) => ({ token: next.token, passed: reached.passed }));
  return [reached, ...conjuncts].flatMap((each) => endsOf(doc, actors, each, true));
}

function endsOf(doc: ParsedDocument, actors: ActorReader, reached: Reached, further: boolean): End[] {
  const { token, passed } = reached;
  const mention = actors.nestedAt(token) ?? actors.mentionAt(token);
  if (mention !== undefined) return [{ actorId: mention.actorId, first: mention.firstToken, end: mention.endToken, passed, viaCoref: false }];
  const referred = actors.corefAt(token);
  if (referred !== undefined) return [{ actorId: referred, first: token, end: token + 1, passed, viaCoref: true }];
  const sides = actors.twoSidesAt(token);
  if (sides.length > 0) return sides.map((actorId) => ({ actorId, first: token, end: token + 1, passed, viaCoref: true }));
  if (!further) return [];
  // "the group, X": the apposition names it, and "A and B, two armed groups" names both; "fighters
  // of X", "Kenyan troops": the owner acts.
  const named = APPOSITIONS.flatMap((path) => follow(doc, token, path))
    .flatMap((next) => [next, ...follow(doc, next.token, CONJUNCTS)])
    .flatMap((next) => endsAt(doc, actors, { token: next.token, passed: [...passed, token] }, false));
  if (named.length > 0) return named;
  // "Lebanon condemned the strike": an act named again is its doer's, when its words name no owner.
  if (!hasOwnerWords(doc, token)) {
    const doers = actors.actDoersAt(token);
    if (doers.length > 0) return doers.map((actorId) => ({ actorId, first: token, end: token + 1, passed, viaCoref: true }));
  }
  // "one of its positions", "two of the group's bases": a part counted out of what an actor holds is its.
  if (isCountedPart(doc.tokens[token])) {
    return follow(doc, token, COUNTED_OUT_OF).flatMap((next) => endsOf(doc, actors, { token: next.token, passed: [...passed, ...next.passed] }, true));
  }
  const forms = [...readings(doc.tokens[token])];
  if (forms.some((form) => HELD_PLACES.has(form))) {
    return follow(doc, token, HOLDERS_OF_PLACES).flatMap((next) => endsAt(doc, actors, { token: next.token, passed: [...passed, ...next.passed] }, false));
  }
  if (!forms.some((form) => STAND_IN_NOUNS.has(form))) return named;
  const reachedOwners = OWNERS.flatMap((path) => follow(doc, token, path)).flatMap((next) => endsAt(doc, actors, { token: next.token, passed: [...passed, ...next.passed] }, false));
  // "a Kenyan police post" is the Kenyan police's: a name inside the owner's name ("Kenyan") is no second owner.
  const owners = outermost(reachedOwners, []);
  if (owners.length > 0 || doc.dependents[token].some((dependent) => dependent.dep === 'nmod:poss')) return owners;
  return follow(doc, token, REPORTER).flatMap((next) => endsAt(doc, actors, { token: next.token, passed: [...passed, ...next.passed] }, false));
}
