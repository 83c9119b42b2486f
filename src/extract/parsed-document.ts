/**
 * The parser's output (CoreNLP's JSON, src/parser/parse.types.ts) as drafting reads it: one list of
 * tokens for the whole text, each placed by its UTF-16 offsets and carrying its lemma, its part of
 * speech (Penn's tag and the Universal coarse class the actor finder reads), its named-entity
 * class and its sentence; and the enhanced++ dependency graph over those tokens, both ways
 * (a token's dependents and its governors), which the relation patterns walk.
 *
 * The parse is plain data from another process, so it is checked as it is read: a sentence whose
 * tokens do not sit in the text where they say, in order, is left out (costing that sentence, not
 * the draft), and an edge to a token that does not exist is dropped.
 */
import { ParsedSentence, ParsedText } from '../parser/parse.types';

export interface Token {
  /** Position in the text's token list. */
  readonly index: number;
  /** The token as the text spells it (`text.slice(start, end)`). */
  readonly text: string;
  /** Lower-case lemma ("attacked" → "attack"). */
  readonly lemma: string;
  /** Universal coarse part of speech: NOUN, PROPN, VERB, AUX, ADJ, ADP, DET, PRON, PUNCT, ... */
  readonly pos: string;
  /** Penn Treebank tag as the parser gave it (NNP, VBD, ...). */
  readonly tag: string;
  /** Named-entity class (PERSON, ORGANIZATION, COUNTRY, NATIONALITY, TITLE, ... or O). */
  readonly ner: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Token indexes, end exclusive. */
  readonly firstToken: number;
  readonly endToken: number;
}

/** One edge of the dependency graph, seen from one of its ends: `dep` and the token at the other end. */
export interface Edge {
  readonly dep: string;
  readonly token: number;
}

export interface ParsedDocument {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** The dependents of each token (enhanced++), by token index. */
  readonly dependents: ReadonlyArray<readonly Edge[]>;
  /** The governors of each token (enhanced++; a token may have several), by token index. */
  readonly governors: ReadonlyArray<readonly Edge[]>;
  /** Global index of a sentence's token, by the sentence's position and the parser's 1-based token index. */
  tokenAt(sentence: number, parserIndex: number): number | undefined;
}

const AUXILIARY_DEPS = new Set(['aux', 'aux:pass', 'cop']);

/** The Universal coarse class of a Penn tag; `be`, `have` and `do` are AUX where they serve another verb. */
function coarse(tag: string, lemma: string, auxiliary: boolean, word: string): string {
  // The tagger reads many acronyms ("M23", "NDFP") as common nouns: a word in capitals is a name.
  if (tag.startsWith('NNP') || (tag.startsWith('NN') && /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word))) return 'PROPN';
  if (tag.startsWith('NN')) return 'NOUN';
  if (tag === 'MD') return 'AUX';
  if (tag.startsWith('VB')) return auxiliary && ['be', 'have', 'do', 'get'].includes(lemma) ? 'AUX' : 'VERB';
  if (tag.startsWith('JJ')) return 'ADJ';
  if (tag.startsWith('RB') || tag === 'WRB') return 'ADV';
  if (tag === 'IN' || tag === 'RP') return 'ADP';
  if (tag === 'DT' || tag === 'PDT' || tag === 'WDT') return 'DET';
  if (tag === 'PRP' || tag === 'PRP$' || tag === 'WP' || tag === 'WP$' || tag === 'EX') return 'PRON';
  if (tag === 'CD') return 'NUM';
  if (tag === 'CC') return 'CCONJ';
  if (tag === 'TO' || tag === 'POS') return 'PART';
  if (tag === 'UH') return 'INTJ';
  if (tag === 'SYM') return 'SYM';
  if (/^[\p{L}\p{N}]/u.test(tag)) return 'X';
  return 'PUNCT';
}

/** The sentence's tokens sit in the text where they say, in order, each holding some text. */
function placed(text: string, sentence: ParsedSentence, from: number): boolean {
  let cursor = from;
  for (const token of sentence.tokens) {
    const { characterOffsetBegin: start, characterOffsetEnd: end } = token;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < cursor || end <= start || end > text.length) return false;
    cursor = end;
  }
  return sentence.tokens.length > 0;
}

/** Adds the edge `from` -dep-> `to` to both views of the graph. */
function link(dependents: Edge[][], governors: Edge[][], from: number, dep: string, to: number): void {
  dependents[from].push({ dep, token: to });
  governors[to].push({ dep, token: from });
}

/** Removes the edge `from` -dep-> `to` from both views of the graph. */
function unlink(dependents: Edge[][], governors: Edge[][], from: number, dep: string, to: number): void {
  dependents[from] = dependents[from].filter((edge) => !(edge.dep === dep && edge.token === to));
  governors[to] = governors[to].filter((edge) => !(edge.dep === dep && edge.token === from));
}

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/**
 * "Brandt, who led the Front, was killed": enhanced++ makes the noun a relative pronoun stands for
 * the subject of its clause, but only when the parser attached the clause as one (`acl:relcl`);
 * where it left the clause loose (`dep`), the noun is added as its subject here, as the parser
 * does for the clauses it reads.
 */
function repairRelativeSubjects(tokens: readonly Token[], dependents: Edge[][], governors: Edge[][], first: number, end: number): void {
  for (let verb = first; verb < end; verb += 1) {
    const pronoun = dependents[verb].find((edge) => edge.dep === 'nsubj' && RELATIVE_PRONOUNS.has(tokens[edge.token].lemma) && tokens[edge.token].tag.startsWith('W'));
    const noun = governors[verb].find((edge) => (edge.dep === 'dep' || edge.dep === 'acl:relcl') && edge.token < verb && /^NN/.test(tokens[edge.token].tag));
    if (pronoun === undefined || noun === undefined || dependents[verb].some((edge) => edge.dep === 'nsubj' && edge.token === noun.token)) continue;
    link(dependents, governors, verb, 'nsubj', noun.token);
  }
}

const REPORTING_VERBS: ReadonlySet<string> = new Set(['say', 'tell', 'add', 'report', 'announce', 'confirm', 'claim']);

/**
 * "Jets struck the group's positions near Kor, the military said": the parser sometimes reads the
 * object as the subject of "said", and "said" as the clause of "struck", with the reporter as a
 * second subject or as an apposition to the object ("the Guard, the United Nations said"). A verb
 * has one subject unless they are joined, and an apposition is closed by a comma before its
 * verb; so the first is the verb's object when the verb has none, and the reporter the subject.
 */
function repairTrailingAttributions(tokens: readonly Token[], dependents: Edge[][], governors: Edge[][], first: number, end: number): void {
  for (let said = first; said < end; said += 1) {
    if (!REPORTING_VERBS.has(tokens[said].lemma)) continue;
    const verb = governors[said].find((edge) => edge.dep === 'ccomp' && edge.token < said)?.token;
    const [object, second] = dependents[said].filter((edge) => edge.dep === 'nsubj').map((edge) => edge.token).sort((a, b) => a - b);
    if (verb === undefined || object === undefined || object < verb || dependents[verb].some((edge) => edge.dep === 'obj')) continue;
    const apposition = dependents[object].find((edge) => edge.dep === 'appos' && edge.token === said - 1)?.token;
    const reporter = second ?? apposition;
    if (reporter === undefined || !tokens.slice(object + 1, reporter).some((token) => token.text === ',')) continue;
    if (dependents[object].some((edge) => edge.dep.startsWith('conj') && edge.token === reporter)) continue;
    unlink(dependents, governors, said, 'nsubj', object);
    if (second === undefined) {
      unlink(dependents, governors, object, 'appos', reporter);
      link(dependents, governors, said, 'nsubj', reporter);
    }
    link(dependents, governors, verb, 'obj', object);
  }
}

/**
 * "Jets bombed villages held by the Front": the parser sometimes reads the object and its participle
 * as a clause of their own ("villages held", hung loose from "bombed"), leaving the verb without an
 * object. A participle with its agent ("by the Front"), whose subject stands between it and a verb
 * that has no object, is that object's reduced relative clause.
 */
function repairReducedRelatives(tokens: readonly Token[], dependents: Edge[][], governors: Edge[][], first: number, end: number): void {
  for (let participle = first; participle < end; participle += 1) {
    if (tokens[participle].tag !== 'VBN' || !dependents[participle].some((edge) => edge.dep === 'obl:by' || edge.dep === 'obl:agent')) continue;
    const loose = governors[participle].find((edge) => ['dep', 'xcomp', 'ccomp'].includes(edge.dep) && edge.token < participle);
    if (loose === undefined || !tokens[loose.token].tag.startsWith('VB') || dependents[loose.token].some((edge) => edge.dep === 'obj')) continue;
    const verb = loose.token;
    const subject = dependents[participle].find((edge) => ['nsubj', 'nsubj:pass', 'dep'].includes(edge.dep) && edge.token > verb && edge.token < participle && tokens[edge.token].tag.startsWith('NN'));
    if (subject === undefined) continue;
    const noun = subject.token;
    unlink(dependents, governors, participle, subject.dep, noun);
    unlink(dependents, governors, verb, loose.dep, participle);
    link(dependents, governors, verb, 'obj', noun);
    link(dependents, governors, noun, 'acl', participle);
  }
}

/**
 * "X joined Y in fighting Z": both fight Z. The parser gives the act ("fighting", `advcl:in` of
 * "joined") no subject; the one who joined and the one joined are its subjects, as enhanced++
 * gives an infinitive its controller ("X vowed to fight Z").
 */
function shareJoinedActs(tokens: readonly Token[], dependents: Edge[][], governors: Edge[][], first: number, end: number): void {
  for (let join = first; join < end; join += 1) {
    if (tokens[join].lemma !== 'join') continue;
    const acts = dependents[join].filter((edge) => edge.dep === 'advcl:in' && tokens[edge.token].tag === 'VBG').map((edge) => edge.token);
    const doers = dependents[join].filter((edge) => edge.dep === 'nsubj' || edge.dep === 'obj').map((edge) => edge.token);
    for (const act of acts) {
      for (const doer of doers) {
        if (dependents[act].some((edge) => edge.dep === 'nsubj' && edge.token === doer)) continue;
        link(dependents, governors, act, 'nsubj', doer);
      }
    }
  }
}

export function readParse(text: string, parsed: ParsedText): ParsedDocument {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const dependents: Edge[][] = [];
  const governors: Edge[][] = [];
  /** Global index of each kept sentence's first token, by the parser's sentence position. */
  const offsets = new Map<number, { first: number; count: number }>();
  let cursor = 0;
  const parsedSentences: readonly ParsedSentence[] = Array.isArray(parsed?.sentences) ? parsed.sentences : [];
  parsedSentences.forEach((sentence, position) => {
    if (!Array.isArray(sentence?.tokens) || !placed(text, sentence, cursor)) return;
    const first = tokens.length;
    const index = sentences.length;
    const edges = Array.isArray(sentence.enhancedPlusPlusDependencies) ? sentence.enhancedPlusPlusDependencies : [];
    const count = sentence.tokens.length;
    const auxiliaries = new Set<number>();
    for (const edge of edges) if (AUXILIARY_DEPS.has(edge.dep)) auxiliaries.add(edge.dependent);
    sentence.tokens.forEach((token, k) => {
      const lemma = String(token.lemma ?? token.word ?? '').toLowerCase().replace(/’/g, "'");
      const tag = String(token.pos ?? '');
      tokens.push({
        index: first + k,
        text: text.slice(token.characterOffsetBegin, token.characterOffsetEnd),
        lemma,
        pos: coarse(tag, lemma, auxiliaries.has(k + 1), text.slice(token.characterOffsetBegin, token.characterOffsetEnd)),
        tag,
        ner: String(token.ner ?? 'O'),
        start: token.characterOffsetBegin,
        end: token.characterOffsetEnd,
        sentence: index,
      });
      dependents.push([]);
      governors.push([]);
    });
    for (const edge of edges) {
      const { governor, dependent, dep } = edge;
      // ROOT (governor 0) and edges to tokens the sentence does not hold carry nothing a pattern reads.
      if (!Number.isInteger(governor) || !Number.isInteger(dependent) || governor < 1 || dependent < 1 || governor > count || dependent > count) continue;
      if (typeof dep !== 'string') continue;
      link(dependents, governors, first + governor - 1, dep, first + dependent - 1);
    }
    repairRelativeSubjects(tokens, dependents, governors, first, tokens.length);
    repairTrailingAttributions(tokens, dependents, governors, first, tokens.length);
    shareJoinedActs(tokens, dependents, governors, first, tokens.length);
    repairReducedRelatives(tokens, dependents, governors, first, tokens.length);
    const last = tokens[tokens.length - 1];
    sentences.push({ index, start: tokens[first].start, end: last.end, firstToken: first, endToken: tokens.length });
    offsets.set(position, { first, count });
    cursor = last.end;
  });
  return {
    text,
    tokens,
    sentences,
    dependents,
    governors,
    tokenAt(sentence: number, parserIndex: number): number | undefined {
      const kept = offsets.get(sentence);
      if (kept === undefined || !Number.isInteger(parserIndex) || parserIndex < 1 || parserIndex > kept.count) return undefined;
      return kept.first + parserIndex - 1;
    },
  };
}
