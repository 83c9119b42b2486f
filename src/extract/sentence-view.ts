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
/** Words that open an apposition or a relative clause after a comma: ", a militia,", ", which is backed by X,", ", led by Y,". */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'which', 'who', 'whose', 'whom', 'where', 'known', 'once', 'formerly']);
/** Words that open a clause, though a tagger may read them as prepositions ("after the army attacked"). */
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'as', 'while', 'because', 'though', 'although', 'if', 'when', 'once']);
/** "X said it would ...": after these, "it" and "they" stand for the one who spoke. */
const REPORTING = new Set(['say', 'add', 'claim', 'insist', 'warn', 'announce', 'state', 'vow', 'threaten', 'pledge', 'promise']);
/** Plain nouns for a group's people: "fighters of X" act as X. */
const MEMBERS = new Set(['fighter', 'member', 'troop', 'soldier', 'militant', 'unit', 'force', 'supporter', 'commander', 'leader', 'official', 'officer', 'delegation', 'representative', 'contingent']);

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
    // "urged X to withdraw", "called on X to leave": the one asked is the subject of the infinitive.
    const asked = this.lemma(index - 1) === 'to' ? this.mentionAt.get(index - 2) : undefined;
    if (asked !== undefined && asked.endToken === index - 1) return [asked];
    // The reach counts the words read; an apposition jumped over counts as one.
    for (let k = index - 1, read = 1; k >= this.first && read <= SUBJECT_REACH; k -= 1, read += 1) {
      const token = this.tokens[k];
      if (token.text === ';' || token.text === ':') return [];
      // "X, an Iran-backed militia, belongs to": the subject stands before the apposition.
      // (A comma right before a participle and its preposition opens the participle's own phrase:
      // "the Sahra Movement, affiliated with".)
      const opensOwnPhrase = k === index - 1 && isParticiple(this.tokens[index]) && this.tokens[index + 1]?.pos === 'ADP';
      // "Smaller groups, including A and B, have pledged": those named are the subject.
      const included = token.text === ',' ? this.includedBefore(k) : [];
      if (included.length > 0) return included;
      if (token.text === ',' && !opensOwnPhrase) k = this.appositionStart(k);
      const mention = this.mentionAt.get(k);
      // "attacks on forces in the north, justifying ...": an actor after a preposition is not a subject,
      // unless a participle stands right after it ("the Sahra Movement, affiliated with") or it is
      // the group whose people act ("fighters of the Sahra Movement seized ...").
      if (mention !== undefined && this.afterPreposition(mention) && !this.membersOf(mention) && !this.describedAfter(mention, index)) {
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
      if (token.pos === 'PRON' && ['they', 'it'].includes(token.lemma)) return this.speakerBefore(k);
      if (token.pos === 'PRON' && ['we', 'i', 'you'].includes(token.lemma)) return [];
      // "troops returned to help X": a verb whose subject is a common noun, not an actor, has that subject,
      // unless an actor names whose it is ("Kenyan and Chadian jets struck"); a participle after a noun
      // only describes it ("ships linked to X").
      const describes = isParticiple(token) && this.tokens[k + 1]?.pos === 'ADP';
      if (token.pos === 'VERB' && k !== index && this.tokens[k - 1]?.pos === 'NOUN' && !this.mentionAt.has(k - 1) && !describes) return this.ownersOfNoun(k - 1);
    }
    return [];
  }

  /** "The group says it ...", "X said they would ...": the speaker a pronoun after a reporting verb stands for. */
  speakerBefore(pronoun: number): ActorMention[] {
    let k = pronoun - 1;
    if (this.lemma(k) === 'that') k -= 1;
    if (k < this.first || !REPORTING.has(this.tokens[k].lemma) || this.tokens[k].pos !== 'VERB') return [];
    return this.subjectOf(k).filter((mention) => this.actor(mention).kind !== 'PERSON');
  }

  /**
   * "Kenyan and Chadian jets", "Atlas fighters": the actors named as modifiers of the plain noun
   * ending at `index`; "X said troops clashed": the one who reports on the troops.
   */
  private ownersOfNoun(index: number): ActorMention[] {
    let k = index;
    while (k > this.first && index - k < 3 && this.tokens[k].pos === 'NOUN' && !this.mentionAt.has(k)) k -= 1;
    const owner = this.mentionAt.get(k);
    if (owner !== undefined && owner.endToken === k + 1 && !["'s", '’s'].includes(this.lemma(k))) return [...this.joinedBefore(owner), owner];
    return MEMBERS.has(this.lemma(index)) ? this.speakerBefore(k + 1) : [];
  }

  /** ", including A, B and C," closed by the comma at `k`: the mentions it lists. */
  private includedBefore(k: number): ActorMention[] {
    for (let j = k - 1; j > this.first && k - j <= 14; j -= 1) {
      if (['VERB', 'AUX'].includes(this.tokens[j].pos) && this.tokens[j].lemma !== 'include') return [];
      if (this.tokens[j].lemma !== 'include' || this.tokens[j - 1]?.text !== ',') continue;
      const first = this.mentionStartingAt(j + 1);
      return first === undefined ? [] : [first, ...this.listedAfter(first)].filter((mention) => mention.endToken <= k);
    }
    return [];
  }

  /**
   * The actor named after a description of it: "government negotiator X", "NDFP chief negotiator Y"
   * (a name used as a modifier is passed over), or the mention at `index` itself.
   */
  mentionAfterDescription(index: number): ActorMention | undefined {
    for (let k = index; k < this.end && k - index <= 5; ) {
      const mention = this.mentionStartingAt(k);
      const next = mention !== undefined ? this.tokens[mention.endToken] : undefined;
      const modifier = next !== undefined && (PERSON_TITLES.has(next.lemma) || (next.pos === 'NOUN' && next.text === next.text.toLowerCase()));
      if (mention !== undefined && !modifier) return mention;
      const token = this.tokens[k];
      const describes = mention !== undefined || ['DET', 'ADJ'].includes(token.pos) || PERSON_TITLES.has(token.lemma) || (token.pos === 'NOUN' && token.text === token.text.toLowerCase());
      if (!describes) return undefined;
      k = mention !== undefined ? mention.endToken : k + 1;
    }
    return undefined;
  }

  /**
   * "...between A and B, two groups loyal to Y": a comma right after the mention opens a phrase
   * without a verb of its own that describes it, up to the word at `index`.
   */
  private describedAfter(mention: ActorMention, index: number): boolean {
    if (this.tokens[mention.endToken]?.text !== ',') return false;
    const opener = this.tokens[mention.endToken + 1];
    if (opener === undefined || !(['DET', 'NUM', 'ADJ'].includes(opener.pos) || isParticiple(opener))) return false;
    for (let k = mention.endToken + 1; k < index; k += 1) if (['VERB', 'AUX'].includes(this.tokens[k].pos) || this.tokens[k].text === ',') return false;
    return true;
  }

  /**
   * The plain noun phrase ending at `index` starts a clause ("X said troops clashed with Y", "Troops
   * clashed ..."), so a participle after it is the clause's verb, not a description of the noun.
   */
  opensClause(index: number): boolean {
    if (index < this.first) return true;
    let k = index;
    while (k > this.first && ['NOUN', 'ADJ', 'DET', 'NUM'].includes(this.tokens[k - 1].pos) && !this.mentionAt.has(k - 1)) k -= 1;
    if (k === this.first) return true;
    const before = this.tokens[k - 1];
    return before.text === ',' || ['and', 'but', 'that'].includes(before.lemma) || (before.pos === 'VERB' && REPORTING.has(before.lemma));
  }

  /** "X, a coalition of gangs led by": the word at `index` closes an apposition of X, with no verb before it. */
  inApposition(index: number): boolean {
    for (let k = index - 1; k > this.first && index - k <= 8; k -= 1) {
      if (this.tokens[k].text !== ',') {
        if (['VERB', 'AUX'].includes(this.tokens[k].pos) || this.mentionAt.has(k)) return false;
        continue;
      }
      const head = this.mentionAt.get(k - 1);
      return head !== undefined && this.describedAfter(head, index);
    }
    return false;
  }

  /** "fighters of X", "leaders from X": the mention is the group whose people are the subject. */
  private membersOf(mention: ActorMention): boolean {
    let k = mention.firstToken - 1;
    if (this.lemma(k) === 'the') k -= 1;
    return ['of', 'from'].includes(this.lemma(k)) && isMemberNoun(this.tokens[k - 1]);
  }

  /** The object of the word at `index`: the first mention to its right in the same clause, and those listed with it. */
  objectOf(index: number, reach = OBJECT_REACH): ActorMention[] {
    for (let k = index + 1; k < this.end && k - index <= reach; k += 1) {
      const found = this.mentionAt.get(k);
      // "met Kenyan President X": the person, not the state the demonym names.
      const mention = found !== undefined && found.via === 'demonym' && PERSON_TITLES.has(this.lemma(found.endToken)) ? this.personAfterTitle(found.endToken) ?? found : found;
      if (mention !== undefined) return [mention, ...this.listedAfter(mention)];
      const token = this.tokens[k];
      // "supplied drones to X": the one who receives the plain thing given.
      if (token.pos === 'NOUN' && token.text === token.text.toLowerCase() && ['to', 'for'].includes(this.lemma(k + 1))) {
        const receiver = this.mentionStartingAt(k + 2) ?? (['DET', 'ADJ'].includes(this.tokens[k + 2]?.pos ?? '') ? this.mentionStartingAt(k + 3) : undefined);
        if (receiver !== undefined) return [receiver];
      }
      // "trained units of X": the group whose people are the object.
      if (MEMBERS.has(token.lemma) && ['of', 'from'].includes(this.lemma(k + 1))) {
        const group = this.mentionStartingAt(k + 2);
        return group === undefined ? [] : [group];
      }
      const skips = OBJECT_SKIP.has(token.pos) || (token.pos === 'ADP' && OBJECT_PREPOSITIONS.has(token.lemma)) || PERSON_TITLES.has(token.lemma);
      if (!skips && !(token.pos === 'VERB' && token.lemma !== 'be' && /ing$/.test(token.text))) return [];
      if (['that', 'which', 'who'].includes(token.lemma)) return [];
    }
    return [];
  }

  private personAfterTitle(index: number): ActorMention | undefined {
    let k = index;
    while (k < this.end && PERSON_TITLES.has(this.lemma(k))) k += 1;
    const mention = this.mentionAt.get(k);
    return mention !== undefined && mention.firstToken === k && this.actor(mention).kind === 'PERSON' ? mention : undefined;
  }

  /**
   * The comma that opens the apposition or relative clause closed by the comma at `k` (", an
   * armed group,", ", which is backed by X,", ", whose members include A, B and C,", ", led by Y,"),
   * or `k` itself when none does.
   */
  private appositionStart(k: number): number {
    for (let j = k - 1; j > this.first && k - j <= 20; j -= 1) {
      const text = this.tokens[j].text;
      if (text === ';' || text === ':' || text === '.') return k;
      if (text !== ',') continue;
      const opener = this.tokens[j + 1];
      if (APPOSITION_OPENERS.has(opener.lemma) || APPOSITION_OPENERS.has(opener.text.toLowerCase()) || isParticiple(opener)) return j;
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

  /**
   * "on A, B and C": the mention is one of a preposition's objects. "In the north, X attacked":
   * a comma with no list after the mention ends the prepositional phrase before it.
   */
  private afterPreposition(mention: ActorMention): boolean {
    const listed = [',', 'and'].includes(this.lemma(mention.endToken)) || this.lemma(mention.firstToken - 1) === 'and';
    let k = mention.firstToken - 1;
    while (k >= this.first && (this.tokens[k].pos === 'DET' || this.tokens[k].lemma === 'and' || this.tokens[k].text === ',' || this.mentionAt.has(k))) {
      if (this.tokens[k].text === ',' && !listed) return false;
      k -= 1;
    }
    if (k < this.first || this.tokens[k].pos !== 'ADP') return false;
    // "after the army attacked": a conjunction the tagger reads as a preposition opens a clause, whose subject this is.
    const verbNext = ['VERB', 'AUX'].includes(this.tokens[mention.endToken]?.pos ?? '');
    return !(verbNext && SUBORDINATORS.has(this.tokens[k].lemma));
  }

  /** "A and B did", "A, B and C did": mentions joined before `mention`. */
  private joinedBefore(mention: ActorMention): ActorMention[] {
    const joined: ActorMention[] = [];
    let k = mention.firstToken - 1;
    if (k > this.first && this.tokens[k].pos === 'DET') k -= 1;
    // A comma joins only in a list an "and" closes ("A, B and C did"), never an apposition ("X, A did").
    let listed = false;
    while (k > this.first && (this.tokens[k].lemma === 'and' || this.tokens[k].text === ',')) {
      const previous = this.mentionAt.get(k - 1);
      if (previous === undefined || (this.tokens[k].text === ',' && !listed)) break;
      listed = true;
      joined.unshift(previous);
      k = previous.firstToken - 1;
      if (k > this.first && this.tokens[k].pos === 'DET') k -= 1;
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

  /**
   * Whom "its" or "their" at `index` stands for: the nearest group or state before it in the
   * sentence that is not its clause's own subject (nor a possessor such as "X's"), or else the one
   * the sentence before was about.
   */
  ownerOfPronoun(index: number): ActorMention | undefined {
    // "X demanded its departure": "its" is not the subject of the verb right before it, but the nearest actor before that.
    const verbOnly = (mention: ActorMention): boolean => this.tokens.slice(mention.endToken, index).every((token) => ['VERB', 'AUX', 'ADV', 'PART'].includes(token.pos));
    const subjects = new Set(this.subjectOf(index).filter(verbOnly).map((mention) => mention.actorId));
    // Not a possessor ("X's") nor a modifier ("the X peacekeeping mission").
    const isTopic = (mention: ActorMention): boolean => {
      const next = this.tokens[mention.endToken];
      return this.actor(mention).kind !== 'PERSON' && !["'s", '’s'].includes(next?.lemma ?? '') && !(next?.pos === 'NOUN' && next.text === next.text.toLowerCase());
    };
    const inSentence = [...new Set(this.mentionAt.values())].filter((mention) => mention.endToken <= index).sort((a, b) => a.start - b.start);
    const previous = this.earlier.filter((mention) => this.tokens[mention.firstToken].sentence === this.sentence.index - 1 && mention.via !== 'pronoun');
    const nearest = inSentence.filter((mention) => isTopic(mention) && !subjects.has(mention.actorId)).pop();
    const owner = nearest ?? previous.find(isTopic);
    return owner === undefined ? undefined : { ...owner, via: 'pronoun' };
  }

  /** The person "his" or "her" at `index` stands for: the last one named before it. */
  personBefore(index: number): ActorMention | undefined {
    const person = this.lastPersonBefore(this.tokens[index].start);
    return person === undefined ? undefined : { ...person, via: 'pronoun' };
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
    // "backed by X", "funded mostly by X": a participle with its doer.
    const by = this.lemma(index + 1) === 'by' || (this.tokens[index + 1]?.pos === 'ADV' && this.lemma(index + 2) === 'by');
    return by && isParticiple(this.tokens[index]);
  }

  /**
   * The doer after "by" ("was attacked by X"), across words that only describe it: "by former
   * police officer X", "by about 1,000 officers of the X mission".
   */
  doerAfter(index: number): ActorMention | undefined {
    for (let k = index + 1; k < this.end && k - index <= 4; k += 1) {
      if (this.tokens[k].lemma !== 'by') continue;
      for (let j = k + 1; j < this.end && j - k <= 6; j += 1) {
        const mention = this.mentionStartingAt(j);
        if (mention !== undefined) return mention;
        const token = this.tokens[j];
        if (MEMBERS.has(token.lemma) && ['of', 'from'].includes(this.lemma(j + 1))) return this.mentionStartingAt(j + 2);
        const describes = ['DET', 'ADJ', 'NUM', 'ADV'].includes(token.pos) || (token.pos === 'NOUN' && token.text === token.text.toLowerCase());
        if (!describes) return undefined;
      }
      return undefined;
    }
    return undefined;
  }
}

/** "led", "backed", "known": a past participle opening a phrase (not "leads", "leading"). */
export function isParticiple(token: Token): boolean {
  if (token.pos !== 'VERB' || /(?:ing|s)$/.test(token.text)) return false;
  return /ed$/.test(token.text) || token.text.toLowerCase() !== token.lemma;
}

/** "fighters", "Fighters" (a sentence's first word, which the tagger may take for a name), "officials". */
function isMemberNoun(token: Token | undefined): boolean {
  if (token === undefined) return false;
  const lower = token.text.toLowerCase();
  return MEMBERS.has(token.lemma) || MEMBERS.has(lower.replace(/s$/, ''));
}
