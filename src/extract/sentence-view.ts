/**
 * One sentence as the relation rules read it: its tokens, the actor mentions at each token, and
 * the two searches every rule needs: the subject of a word (leftwards, across appositions and
 * relative clauses, a personal pronoun standing for the last person named) and its object
 * (rightwards, across articles, adjectives and prepositions, with "A, B and C" lists).
 */
import { PERSON_TITLES } from './actor-cues';
import { ActorFindings, ActorMention, FoundActor } from './actor-mentions';
import { Sentence, Token } from './text-analysis';

const SUBJECT_REACH = 18;
const OBJECT_REACH = 8;
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nor', 'neither']);
const DENIALS = new Set(['deny', 'refuse', 'fail', 'reject', 'dismiss']);
const HEDGES = new Set(['may', 'might', 'could', 'reportedly', 'allegedly', 'possibly', 'apparently', 'likely', 'suspect', 'perhaps', 'claim', 'would']);
const OBJECT_SKIP = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PART']);
/** Prepositions that lead to a verb's other party; "in", "at", "near" lead to places, "alongside" to an ally. */
const OBJECT_PREPOSITIONS = new Set(['with', 'against', 'on', 'to', 'for', 'from', 'of', 'between', 'upon', 'over', 'into']);
const RELATIVES = new Set(['that', 'which', 'who', 'whom']);

export class SentenceView {
  readonly tokens: readonly Token[];
  private readonly mentionAt = new Map<number, ActorMention>();

  constructor(
    readonly sentence: Sentence,
    allTokens: readonly Token[],
    readonly findings: ActorFindings,
    /** Mentions of the text before this sentence, for pronouns. */
    private readonly earlier: readonly ActorMention[],
  ) {
    this.tokens = allTokens;
    for (const mention of findings.mentions) {
      if (mention.firstToken < sentence.firstToken || mention.firstToken >= sentence.endToken) continue;
      for (let i = mention.firstToken; i < mention.endToken; i += 1) this.mentionAt.set(i, mention);
    }
  }

  get first(): number {
    return this.sentence.firstToken;
  }

  get end(): number {
    return this.sentence.endToken;
  }

  mention(index: number): ActorMention | undefined {
    return this.mentionAt.get(index);
  }

  actor(mention: ActorMention): FoundActor {
    return this.findings.actors.get(mention.actorId) as FoundActor;
  }

  lemma(index: number): string {
    return index >= this.first && index < this.end ? this.tokens[index].lemma : '';
  }

  /** The mention starting at `index`, after an article if there is one. */
  mentionStartingAt(index: number): ActorMention | undefined {
    let at = index;
    if (['the', 'a', 'an'].includes(this.lemma(at))) at += 1;
    const mention = this.mentionAt.get(at);
    return mention !== undefined && mention.firstToken === at ? mention : undefined;
  }

  /** The subject of the word at `index`: the nearest mention to its left, and those joined to it by "and". */
  subjectOf(index: number): ActorMention[] {
    for (let k = index - 1; k >= this.first && index - k <= SUBJECT_REACH; k -= 1) {
      const token = this.tokens[k];
      if (token.text === ';' || token.text === ':') return [];
      // "X, an Iran-backed militia, belongs to": the subject stands before the apposition.
      if (token.text === ',') k = this.appositionStart(k);
      const mention = this.mentionAt.get(k);
      // "attacks on forces in Iraq, justifying ...": an actor after a preposition is not a subject,
      // unless a participle stands right after it ("the Nujaba Movement, affiliated with").
      if (mention !== undefined && this.afterPreposition(mention) && !(mention.endToken + 1 === index && this.tokens[mention.endToken].text === ',')) {
        k = mention.firstToken;
        continue;
      }
      if (mention !== undefined) return [...this.joinedBefore(mention), mention];
      // "the group that attacked", "X, which fought": the antecedent stands right before the pronoun.
      if (RELATIVES.has(token.lemma) && (token.pos === 'PRON' || token.pos === 'DET' || token.pos === 'SCONJ')) {
        const antecedent = this.antecedentBefore(k);
        return antecedent === undefined ? [] : [...this.joinedBefore(antecedent), antecedent];
      }
      if (token.pos === 'PRON' && ['he', 'she'].includes(token.lemma)) {
        const person = this.lastPersonBefore(token.start);
        return person === undefined ? [] : [{ ...person, via: 'pronoun' }];
      }
      if (token.pos === 'PRON' && ['they', 'it', 'we', 'i', 'you'].includes(token.lemma)) return [];
      // "troops returned to help X": a verb whose subject is a common noun, not an actor, has that subject.
      if (token.pos === 'VERB' && k !== index && this.tokens[k - 1]?.pos === 'NOUN' && !this.mentionAt.has(k - 1)) return [];
    }
    return [];
  }

  /** The object of the word at `index`: the first mention to its right in the same clause, and those listed with it. */
  objectOf(index: number, reach = OBJECT_REACH): ActorMention[] {
    for (let k = index + 1; k < this.end && k - index <= reach; k += 1) {
      const mention = this.mentionAt.get(k);
      if (mention !== undefined) return [mention, ...this.listedAfter(mention)];
      const token = this.tokens[k];
      const skips = OBJECT_SKIP.has(token.pos) || (token.pos === 'ADP' && OBJECT_PREPOSITIONS.has(token.lemma)) || PERSON_TITLES.has(token.lemma);
      if (!skips && !(token.pos === 'VERB' && token.lemma !== 'be' && /ing$/.test(token.text))) return [];
      if (['that', 'which', 'who'].includes(token.lemma)) return [];
    }
    return [];
  }

  /** The comma that opens an apposition ", a/an/the ... ," closed by the comma at `k`, or `k` itself. */
  private appositionStart(k: number): number {
    for (let j = k - 1; j > this.first && k - j <= 12; j -= 1) {
      if (this.tokens[j].text !== ',') continue;
      return ['a', 'an'].includes(this.tokens[j + 1].lemma) ? j : k;
    }
    return k;
  }

  /** "X that", "X, which", "X, an umbrella group that": the actor a relative pronoun at `k` stands for. */
  private antecedentBefore(k: number): ActorMention | undefined {
    let before = k - 1;
    if (this.tokens[before]?.text === ',') before -= 1;
    if (this.mentionAt.has(before)) return this.mentionAt.get(before);
    // An apposition between: "X, an umbrella group that".
    for (let steps = 0; steps < 4 && before > this.first && ['NOUN', 'ADJ', 'DET'].includes(this.tokens[before].pos); steps += 1) before -= 1;
    if (this.tokens[before]?.text !== ',') return undefined;
    return this.mentionAt.get(before - 1);
  }

  private afterPreposition(mention: ActorMention): boolean {
    let k = mention.firstToken - 1;
    while (k >= this.first && (this.tokens[k].pos === 'DET' || this.tokens[k].lemma === 'and' || this.tokens[k].text === ',' || this.mentionAt.has(k))) k -= 1;
    return k >= this.first && this.tokens[k].pos === 'ADP';
  }

  /** "A and B did", "A, B and C did": mentions joined before `mention`. */
  private joinedBefore(mention: ActorMention): ActorMention[] {
    const joined: ActorMention[] = [];
    let k = mention.firstToken - 1;
    if (k > this.first && this.tokens[k].pos === 'DET') k -= 1;
    while (k > this.first && (this.tokens[k].lemma === 'and' || this.tokens[k].text === ',')) {
      const previous = this.mentionAt.get(k - 1);
      if (previous === undefined || this.tokens[k].text === ',') break;
      joined.unshift(previous);
      k = previous.firstToken - 1;
    }
    return joined;
  }

  /** "A, B and C": mentions listed after `mention`. */
  listedAfter(mention: ActorMention): ActorMention[] {
    const listed: ActorMention[] = [];
    let k = mention.endToken;
    while (k < this.end - 1 && (this.tokens[k].lemma === 'and' || this.tokens[k].text === ',')) {
      let next = k + 1;
      if (this.tokens[k].text === ',' && this.tokens[next]?.lemma === 'and') next += 1;
      const following = this.mentionStartingAt(next);
      if (following === undefined) break;
      listed.push(following);
      k = following.endToken;
    }
    return listed;
  }

  private lastPersonBefore(offset: number): ActorMention | undefined {
    const inSentence = [...this.mentionAt.values()].filter((mention) => mention.end <= offset);
    const candidates = [...this.earlier, ...inSentence].filter((mention) => this.actor(mention).kind === 'PERSON');
    return candidates.length === 0 ? undefined : candidates.reduce((a, b) => (b.start > a.start ? b : a));
  }

  /** "did not attack", "denied attacking", "never attacked": the words between `from` and the trigger deny it. */
  isNegated(from: number, trigger: number): boolean {
    for (let k = Math.max(this.first, Math.min(from, trigger - 4)); k < trigger; k += 1) {
      const lemma = this.tokens[k].lemma;
      if (NEGATIONS.has(lemma) || DENIALS.has(lemma)) return true;
    }
    return false;
  }

  /** "may have attacked", "reportedly attacked": stated with a hedge. */
  isHedged(from: number, trigger: number): boolean {
    for (let k = Math.max(this.first, Math.min(from, trigger - 4)); k < trigger; k += 1) {
      if (HEDGES.has(this.tokens[k].lemma)) return true;
    }
    return false;
  }

  /** A passive: "was attacked", "were killed", "backed by" (a participle followed by "by"). */
  isPassive(index: number): boolean {
    // "are fighting" is a progressive, not a passive.
    if (/ing$/.test(this.tokens[index].text)) return false;
    for (let k = index - 1; k >= this.first && index - k <= 3; k -= 1) {
      const token = this.tokens[k];
      if (token.lemma === 'be' || token.lemma === 'get') return true;
      if (token.pos !== 'ADV' && token.pos !== 'PART') break;
    }
    return this.lemma(index + 1) === 'by' && /ed$/.test(this.tokens[index].text);
  }

  /** The doer after "by" ("was attacked by X"). */
  doerAfter(index: number): ActorMention | undefined {
    for (let k = index + 1; k < this.end && k - index <= 4; k += 1) {
      if (this.tokens[k].lemma === 'by') return this.mentionStartingAt(k + 1);
    }
    return undefined;
  }
}
