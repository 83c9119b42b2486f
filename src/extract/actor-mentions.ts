/**
 * Who a text names: the actors it mentions and where.
 *
 * Three passes, in order of trust. Entity linking first: the names and aliases of actors the
 * graph already holds, matched on word boundaries, longest first, so an existing actor always
 * wins over a new one. Then new actors from named-entity candidates: runs of capitalised words
 * (with the particles and connectors names hold), a person's titles split off as roles, a
 * demonym standing for its country, a proper name followed by a group noun ("Iraqi security
 * forces"). Last, short forms: a person's surname alone, an acronym of a name, and "the
 * movement" for the last actor whose name ends in "Movement", each resolved to the actor named in
 * full earlier in the text.
 */
import { ActorKind } from '../graph/vocabulary';
import { newActorId } from './actor-ids';
import { GROUP_NOUNS, kindOfCue, NAME_CONNECTORS, NAME_PARTICLES, NOT_NAMES, PERSON_TITLES, STATE_BODY_NOUNS, TITLE_QUALIFIERS } from './actor-cues';
import { KnownActor } from './draft.types';
import { firstWord, indexKnownActors } from './known-actor-index';
import { State, statesNamed } from './countries';
import { capitalCountry, countryOfDemonym, demonymCountry, isCommonWord, isCountry, isDemonym, isFirstName, isPlaceName } from './lexicon';
import { ParsedDocument, Token } from './parsed-document';
import { stateMeant } from './state-meant';

export interface FoundActor {
  readonly id: string;
  name: string;
  kind: ActorKind;
  readonly aliases: Set<string>;
  readonly roles: Set<string>;
  /** Held by the graph already (linked), as opposed to proposed. */
  readonly known: boolean;
  rule: string;
  confidence: number;
  /** The kind is a default guess (no title, cue or lexicon entry said it); an apposition may correct it. */
  weakKind?: boolean;
}

export type MentionVia = 'name' | 'demonym' | 'short-form' | 'pronoun';

export interface ActorMention {
  readonly actorId: string;
  readonly start: number;
  readonly end: number;
  /** Token indexes, end exclusive. */
  readonly firstToken: number;
  readonly endToken: number;
  readonly via: MentionVia;
}

export interface ActorFindings {
  readonly text: string;
  readonly actors: Map<string, FoundActor>;
  /** In text order, never overlapping. */
  readonly mentions: ActorMention[];
  /** Mentions inside another mention's name, kept as evidence for their actor. */
  readonly nested: readonly ActorMention[];
  /** Names of places (cities, regions) the text gives, by first token index. */
  readonly places: Map<number, { name: string; endToken: number }>;
  /** The actor a name or alias stands for ("US", "Iraqi"), if the text or the graph gave one. */
  actorIdOf(surface: string): string | undefined;
}

/** Names compare without case, a leading "the", hyphens or curly quotes. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/^the\s+/, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
}

export function findActors(analysed: ParsedDocument, knownActors: readonly KnownActor[]): ActorFindings {
  const finder = new ActorFinder(analysed, knownActors);
  finder.linkKnown();
  finder.proposeNew();
  finder.dropPlaces();
  finder.mergeParentheticalAcronyms();
  finder.mergeKnownAs();
  finder.kindsFromAppositions();
  finder.proposeStateBodies();
  finder.resolveShortForms();
  finder.nestOrganisations();
  finder.proposeImpliedBodies();
  return finder.findings();
}

class ActorFinder {
  private readonly actors = new Map<string, FoundActor>();
  private readonly byKey = new Map<string, string>();
  private readonly claimed: (ActorMention | undefined)[];
  private readonly mentions: ActorMention[] = [];
  /** Mentions inside another's name ("Iranian" in "Iranian Revolutionary Guard"): evidence, not rule input. */
  private readonly nested: ActorMention[] = [];
  private readonly places = new Map<number, { name: string; endToken: number }>();
  /** Names the text used for a place once: a place wherever else they stand. */
  private readonly placeKeys = new Set<string>();
  /** Each state's actor by its code, so that "Congo", "DRC", "Congolese" and "Kinshasa" are one actor. */
  private readonly stateIds = new Map<string, string>();
  private readonly tokens: readonly Token[];
  /** Set by `kindOf`: its answer was a default guess. */
  private weakKind = false;

  constructor(
    private readonly analysed: ParsedDocument,
    private readonly knownActors: readonly KnownActor[],
  ) {
    this.tokens = analysed.tokens;
    this.claimed = new Array<ActorMention | undefined>(analysed.tokens.length);
  }

  findings(): ActorFindings {
    const mentions = [...this.mentions].sort((a, b) => a.start - b.start);
    const byKey = this.byKey;
    return {
      text: this.analysed.text,
      actors: this.actors,
      mentions,
      nested: this.nested,
      places: this.places,
      actorIdOf: (surface: string): string | undefined => byKey.get(nameKey(surface)),
    };
  }

  /** Known names, longest first, each starting and ending at a token boundary. */
  linkKnown(): void {
    const byFirstWord = indexKnownActors(this.knownActors);
    const text = this.analysed.text;
    for (const token of this.tokens) {
      if (this.claimed[token.index] !== undefined) continue;
      const candidates = byFirstWord.get(firstWord(token.text));
      if (candidates === undefined) continue;
      for (const { surface, actor } of candidates) {
        const slice = text.slice(token.start, token.start + surface.length);
        if (!sameSurface(slice, surface)) continue;
        const endToken = this.tokenEndingAt(token.index, token.start + surface.length);
        if (endToken === null || this.anyClaimed(token.index, endToken)) continue;
        this.addActor({
          id: actor.id,
          name: actor.name,
          kind: actor.kind,
          aliases: new Set(actor.aliases),
          roles: new Set(),
          known: true,
          rule: 'known-name',
          confidence: 1,
        });
        this.claim(actor.id, token.index, endToken, 'name');
        break;
      }
    }
  }

  /** New actors from runs of capitalised words, demonyms and group nouns. */
  proposeNew(): void {
    for (const sentence of this.analysed.sentences) {
      let i = sentence.firstToken;
      while (i < sentence.endToken) {
        const end = this.candidateEnd(i, sentence.endToken, i === sentence.firstToken);
        if (end === null) {
          i += 1;
          continue;
        }
        this.proposeCandidate(i, end, sentence.endToken);
        i = end;
      }
    }
  }

  /**
   * "Mali's junta", "Sudan's army", "Colombia's government": a state's body named by the state's
   * possessive and a word for a government or a force is an actor of its own (a body of that state),
   * named as the text names it; the state keeps its mention as evidence.
   */
  proposeStateBodies(): void {
    for (const mention of [...this.mentions]) {
      const state = this.actors.get(mention.actorId);
      const possessive = this.tokens[mention.endToken];
      if (state?.kind !== 'STATE' || possessive === undefined || !/^['’]s$/.test(possessive.text)) continue;
      let k = mention.endToken + 1;
      while (k < mention.endToken + 3 && this.tokens[k] !== undefined && this.claimed[k] === undefined && this.tokens[k].pos === 'ADJ' && this.tokens[k].sentence === possessive.sentence) k += 1;
      const head = this.tokens[k];
      const kind = head !== undefined && head.sentence === possessive.sentence && this.claimed[k] === undefined && head.text === head.text.toLowerCase() ? kindOfCue(head.text) : undefined;
      if (kind !== 'GOVERNMENT' && kind !== 'MILITARY_FORCE') continue;
      // "Kenya's troops" are Kenya acting, as "Kenyan troops" are; "Kenya's armed forces" are its military.
      if (k === mention.endToken + 1 && PLAIN_FORCE_WORDS.has(head.text)) continue;
      // "Kenya's army chief": the body word before another noun is not the phrase's head.
      const next = this.tokens[k + 1];
      if (next !== undefined && next.sentence === head.sentence && next.pos === 'NOUN' && next.text === next.text.toLowerCase()) continue;
      this.unclaim(mention);
      this.nested.push(mention);
      const actor = this.actorFor(this.slice(mention.firstToken, k + 1), kind, mention.firstToken, k + 1);
      this.claim(actor.id, mention.firstToken, k + 1, 'name');
    }
  }

  /**
   * "United Nations" in "the United Nations Interim Force in Lebanon": an organisation the text
   * names on its own, at the start of another actor's name, is nested in it (a state is
   * `proposeNestedCountry`'s).
   */
  nestOrganisations(): void {
    for (const mention of this.mentions) {
      for (let end = mention.endToken - 1; end > mention.firstToken; end -= 1) {
        const id = this.byKey.get(nameKey(this.slice(mention.firstToken, end)));
        const kind = id === undefined ? undefined : this.actors.get(id)?.kind;
        if (id === undefined || id === mention.actorId || (kind !== 'ORGANIZATION' && kind !== 'COALITION')) continue;
        const { firstToken } = mention;
        this.nested.push({ actorId: id, start: this.tokens[firstToken].start, end: this.tokens[end - 1].end, firstToken, endToken: end, via: 'name' });
        break;
      }
    }
  }

  /**
   * "the government", "the army" alone, or before a title ("army chief X"), in a text that plainly means one state (state-meant.ts), are
   * that state's government or military: the one the text names ("the Ethiopian government"), else a
   * new actor named as the codebook names it ("Government of Gabon", "Armed Forces of Niger").
   */
  proposeImpliedBodies(): void {
    for (let i = 0; i < this.tokens.length; i += 1) {
      const [article, token, next] = [this.tokens[i - 1] as Token | undefined, this.tokens[i], this.tokens[i + 1] as Token | undefined];
      const sameSentence = next !== undefined && next.sentence === token.sentence;
      // "army chief X", "Army chief X": the body a title of its own is named by.
      const titled = sameSentence && BODY_TITLES.has(next.lemma) && (article === undefined || article.sentence !== token.sentence || this.claimed[i - 1] === undefined);
      const body = IMPLIED_BODIES[titled ? token.text.toLowerCase() : token.text];
      const articled = article !== undefined && article.text.toLowerCase() === 'the' && this.claimed[i - 1] === undefined;
      if (body === undefined || this.claimed[i] !== undefined || !(articled || titled)) continue;
      // "the government of Chad", "the government in Niamey", "the government forces": the words after say more.
      if (!titled && sameSentence && (['of', 'in'].includes(next.lemma) || next.pos === 'NOUN' || next.pos === 'PROPN')) continue;
      const state = stateMeant(this.analysed, this.findings(), i);
      if (state === undefined) continue;
      const named = this.mentions.find(
        (mention) =>
          this.actors.get(mention.actorId)?.kind === body.kind &&
          body.head.test(this.actors.get(mention.actorId)!.name) &&
          this.nested.some((inside) => inside.actorId === state && inside.firstToken >= mention.firstToken && inside.endToken <= mention.endToken),
      );
      const first = articled ? i - 1 : i;
      const actor = named !== undefined ? this.actors.get(named.actorId)! : this.actorFor(`${body.name} of ${this.actors.get(state)!.name}`, body.kind, first, i + 1);
      this.claim(actor.id, first, i + 1, 'name');
    }
  }

  /** A name proposed as an actor before the text showed it to be a place ("on Goma", then "Goma, the city") is a place throughout. */
  dropPlaces(): void {
    for (const actor of [...this.actors.values()]) {
      if (actor.known || !this.placeKeys.has(nameKey(actor.name))) continue;
      for (const mention of this.mentions.filter((candidate) => candidate.actorId === actor.id)) {
        this.places.set(mention.firstToken, { name: actor.name, endToken: mention.endToken });
      }
      this.forget(actor);
    }
  }

  /**
   * "National Liberation Army (ELN)": the acronym in brackets is the name's alias, wherever else it
   * stands; its mentions move to the full name's actor, and the brackets join the name's mention.
   */
  mergeParentheticalAcronyms(): void {
    for (const mention of [...this.mentions]) {
      const open = mention.endToken;
      const acronym = this.claimed[open + 1];
      if (this.tokens[open]?.text !== '(' || this.tokens[open + 2]?.text !== ')' || acronym === undefined || acronym.endToken !== open + 2) continue;
      const short = this.actors.get(acronym.actorId) as FoundActor;
      const full = this.actors.get(mention.actorId) as FoundActor;
      // (An acronym already read as the name's short form is the same actor: its brackets still join the name.)
      if (short !== full && (!/^\p{Lu}{2,8}$/u.test(short.name) || full.known)) continue;
      if (short !== full && !short.known) this.mergeInto(short, full);
      const joined: ActorMention = { ...mention, end: this.tokens[open + 2].end, endToken: open + 3, actorId: full.id };
      this.mentions.splice(this.mentions.indexOf(mention), 1);
      this.mentions.splice(this.mentions.findIndex((candidate) => candidate.firstToken === open + 1), 1);
      this.mentions.push(joined);
      for (let i = joined.firstToken; i < joined.endToken; i += 1) this.claimed[i] = joined;
    }
  }

  /**
   * "X, known as Y", "X, also known by its French acronym Y": Y is another name of X, wherever else
   * it stands; a new actor Y merges into X.
   */
  mergeKnownAs(): void {
    for (const mention of [...this.mentions].sort((a, b) => a.start - b.start)) {
      let k = mention.endToken;
      if (this.tokens[k]?.text === ',') k += 1;
      if (this.lemmaAt(k) === 'also') k += 1;
      if (this.lemmaAt(k) !== 'know' || !['as', 'by'].includes(this.lemmaAt(k + 1))) continue;
      for (let j = k + 2; j < k + 7 && j < this.tokens.length; j += 1) {
        const other = this.claimed[j];
        if (other !== undefined) {
          const alias = this.actors.get(other.actorId) as FoundActor;
          const named = this.actors.get(mention.actorId) as FoundActor;
          if (alias !== named && !alias.known && alias.kind !== 'STATE') this.mergeInto(alias, named);
          break;
        }
        if ([',', '.', ';'].includes(this.tokens[j].text)) break;
      }
    }
  }

  /** "Kataib Hezbollah, an Iran-backed militia": an apposition's group noun corrects a guessed kind. */
  kindsFromAppositions(): void {
    for (const mention of this.mentions) {
      const actor = this.actors.get(mention.actorId) as FoundActor;
      if (actor.weakKind !== true || this.tokens[mention.endToken]?.text !== ',') continue;
      if (!['a', 'an', 'the'].includes(this.lemmaAt(mention.endToken + 1))) continue;
      for (let k = mention.endToken + 2; k < mention.endToken + 7 && k < this.tokens.length; k += 1) {
        const cue = this.tokens[k].text === this.tokens[k].text.toLowerCase() ? kindOfCue(this.tokens[k].text) : undefined;
        if (cue !== undefined) {
          actor.kind = cue;
          actor.weakKind = false;
          break;
        }
        if ([',', '.', ';'].includes(this.tokens[k].text)) break;
      }
    }
  }

  /** Every mention of `from` becomes one of `to`; `from` is gone. */
  private mergeInto(from: FoundActor, to: FoundActor): void {
    to.aliases.add(from.name);
    for (const alias of from.aliases) to.aliases.add(alias);
    const move = (mention: ActorMention): ActorMention => (mention.actorId === from.id ? { ...mention, actorId: to.id } : mention);
    for (let index = 0; index < this.mentions.length; index += 1) {
      if (this.mentions[index].actorId !== from.id) continue;
      const moved = move(this.mentions[index]);
      this.mentions[index] = moved;
      for (let i = moved.firstToken; i < moved.endToken; i += 1) this.claimed[i] = moved;
    }
    for (let index = 0; index < this.nested.length; index += 1) this.nested[index] = move(this.nested[index]);
    for (const [key, id] of this.byKey) if (id === from.id) this.byKey.set(key, to.id);
    for (const [code, id] of this.stateIds) if (id === from.id) this.stateIds.set(code, to.id);
    this.actors.delete(from.id);
  }

  /**
   * Removes an actor with everything that points to it: its mentions, the mentions nested in other
   * names, and the names and state codes that lead to it. An actor is only ever removed this way,
   * so no mention outlives its actor.
   */
  private forget(actor: FoundActor): void {
    for (const mention of this.mentions.filter((candidate) => candidate.actorId === actor.id)) this.unclaim(mention);
    for (let index = this.nested.length - 1; index >= 0; index -= 1) if (this.nested[index].actorId === actor.id) this.nested.splice(index, 1);
    for (const [key, id] of this.byKey) if (id === actor.id) this.byKey.delete(key);
    for (const [code, id] of this.stateIds) if (id === actor.id) this.stateIds.delete(code);
    this.actors.delete(actor.id);
  }

  /**
   * Short forms, each resolved to the actor named in full before: "Karim" after "Yusuf Karim",
   * "the movement" after "Sahra Movement", "the rebels" or "the armed group" for the last group
   * named, "the Lebanese group", "the Atlas-backed group" (the article and its modifiers belong
   * to the short form, a name inside it stays its own mention), "coalition forces".
   */
  resolveShortForms(): void {
    for (const sentence of this.analysed.sentences) {
      for (let i = sentence.firstToken; i < sentence.endToken; i += 1) {
        const token = this.tokens[i];
        const lower = token.text === token.text.toLowerCase() || i === sentence.firstToken;
        if (this.claimed[i] !== undefined || !lower || kindOfCue(token.text) === undefined) continue;
        const next = i + 1 < sentence.endToken ? this.tokens[i + 1] : undefined;
        // "Army spokesman X" at a sentence's start: the army named before.
        const opening = i === sentence.firstToken ? this.lastActorEndingWith(token.text.toLowerCase(), token.start) : undefined;
        if (opening !== undefined) {
          this.claim(opening.id, i, i + 1, 'short-form');
          continue;
        }
        const force = next !== undefined && this.claimed[i + 1] === undefined && ['forces', 'troops'].includes(next.text) && token.text !== next.text;
        // "the front lines", "the group leader": a group noun before another noun is not the phrase's head.
        if (!force && next !== undefined && next.pos === 'NOUN' && next.text === next.text.toLowerCase() && this.claimed[i + 1] === undefined) continue;
        const article = this.articleBefore(i, sentence.firstToken);
        if (article === null && !force) continue;
        if (article !== null && this.proposeSeatedGovernment(article, i, sentence.endToken)) continue;
        const modified = article !== null && article.first < i - 1;
        // "the armed groups": modified plurals are generic, not a group named before.
        if (modified && /s$/.test(token.text) && kindOfCue(token.text.slice(0, -1)) !== undefined) continue;
        const actor = this.lastActorEndingWith(token.text, token.start) ?? (article !== null ? this.recentGroup(token, sentence.index) : undefined);
        if (actor === undefined) continue;
        if (article?.demonym !== undefined) this.unclaim(article.demonym);
        const first = article === null ? i : article.compound ? i : article.first;
        const end = force ? i + 2 : i + 1;
        this.claim(actor.id, first, end, 'short-form');
        actor.aliases.add(this.slice(first, end));
        i = end - 1;
      }
    }
  }

  /**
   * The article of a group noun at `index`, across up to two modifiers: "the group", "the armed
   * group", "the Lebanese group" (a demonym: it does not name the group), "the Atlas-backed group"
   * (a compound, whose name keeps its own mention).
   */
  private articleBefore(index: number, sentenceStart: number): { first: number; demonym?: ActorMention; compound: boolean } | null {
    let k = index - 1;
    let demonym: ActorMention | undefined;
    let compound = false;
    for (let modifiers = 0; modifiers < 2 && k > sentenceStart; modifiers += 1) {
      const token = this.tokens[k];
      const claimed = this.claimed[k];
      if (claimed?.via === 'demonym' && claimed.firstToken === k && claimed.endToken === k + 1) {
        demonym = claimed;
      } else if (claimed === undefined && token.text === token.text.toLowerCase() && this.tokens[k - 1]?.text === '-' && this.claimed[k - 2] !== undefined) {
        compound = true;
        k = this.claimed[k - 2]?.firstToken ?? k;
      } else if (claimed !== undefined || token.text !== token.text.toLowerCase() || !['ADJ', 'NOUN', 'VERB'].includes(token.pos)) {
        break;
      }
      k -= 1;
    }
    // "his government", "whose army": a possessive stands where the article would.
    // ("its troops" are the owner's, not the troops named before.)
    const article = (token: Token): boolean => token.lemma === 'the' || ['his', 'her', 'whose'].includes(token.text.toLowerCase());
    for (let j = Math.max(k, sentenceStart); j < index; j += 1) if (article(this.tokens[j]) && this.claimed[j] === undefined) return { first: j, ...(demonym !== undefined ? { demonym } : {}), compound };
    return null;
  }

  /**
   * "the military junta in Niamey", "the government of Chad": a state's government named by where it
   * sits, or by its state, is an actor of its own (a body of that state); the state keeps its
   * mention as evidence.
   */
  private proposeSeatedGovernment(article: { first: number }, cue: number, sentenceEnd: number): boolean {
    if (kindOfCue(this.tokens[cue].text) !== 'GOVERNMENT' || !['in', 'of'].includes(this.tokens[cue + 1]?.lemma ?? '') || cue + 2 >= sentenceEnd) return false;
    for (let k = article.first + 1; k < cue; k += 1) if (this.claimed[k] !== undefined) return false;
    const seat = this.claimed[cue + 2];
    const place = this.places.get(cue + 2);
    let end: number;
    if (seat !== undefined && seat.firstToken === cue + 2 && (this.actors.get(seat.actorId) as FoundActor).kind === 'STATE') {
      this.unclaim(seat);
      this.nested.push(seat);
      end = seat.endToken;
    } else if (place !== undefined) {
      end = place.endToken;
      // "the junta in Bamako" is Mali's, though the text may not name Mali.
      const state = capitalCountry(place.name);
      if (state !== null) this.proposeNestedState(state.name, cue + 2, end);
    } else {
      return false;
    }
    const actor = this.actorFor(this.slice(article.first + 1, end), 'GOVERNMENT', article.first + 1, end);
    this.claim(actor.id, article.first + 1, end, 'name');
    return true;
  }

  private candidateEnd(start: number, sentenceEnd: number, sentenceStart: boolean): number | null {
    // "the 101st Airborne Division": an ordinal starts a unit's name.
    const ordinal = /^\d+(?:st|nd|rd|th)$/.test(this.tokens[start].text) && start + 1 < sentenceEnd && this.isNameToken(start + 1, false);
    if (this.claimed[start] !== undefined || !(this.isNameToken(start, sentenceStart) || this.isParticleStart(start, sentenceEnd) || ordinal)) return null;
    let end = start + 1;
    while (end < sentenceEnd && this.claimed[end] === undefined) {
      const token = this.tokens[end];
      const lower = token.text.toLowerCase();
      const previous = this.tokens[end - 1];
      const nextIsName = end + 1 < sentenceEnd && this.claimed[end + 1] === undefined && this.isNameToken(end + 1, false);
      if (this.isNameToken(end, false) && !isPlainTitle(previous, token, this.tokens[end + 1])) {
        end += 1;
      } else if (NAME_PARTICLES.has(lower) && nextIsName) {
        end += 2;
      } else if (NAME_PARTICLES.has(lower) && this.tokens[end + 1]?.text === '-' && end + 2 < sentenceEnd && this.isNameToken(end + 2, false)) {
        // "al-Saadi"
        end += 3;
      } else if (NAME_CONNECTORS.has(lower) && lower !== 'and' && (this.namesGroup(start, end) || this.namesStateOf(start, end, sentenceEnd)) && (nextIsName || this.theThenName(end + 1, sentenceEnd)) && !this.isCityAfterIn(end)) {
        // "Ministry of Defence", "Forces for the Liberation of X": a group's name holds small words.
        end += nextIsName ? 2 : 3;
      } else if (lower === 'and' && nextIsName && this.andInsideName(end, sentenceEnd)) {
        // "Committee for the Transition and Restoration of Institutions", "Peace and Security Council".
        end += 2;
      } else if (token.text === '-' && token.start === previous.end && nextIsName && this.tokens[end + 1].start === token.end && !this.pairsStates(start, end)) {
        end += 2;
      } else if (/^['’]s$/.test(token.text) && nextIsName && this.namesGroupAt(end + 1, sentenceEnd)) {
        // "New People's Army", "People's Defence Force": a possessive inside a group's name.
        end += 2;
      } else if (this.isHyphenedParticle(end, sentenceEnd)) {
        // "Port-au-Prince", "Aix-en-Provence"
        end += 4;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * An "and" joins two words of one name, not two names, when the tagger reads it inside one
   * organisation's name; or when the words it joins stand in the same relation to one group noun
   * of the name: both name parts of it ("Peace and Security Council"), or both its complements
   * ("Committee for the Transition and Restoration of Institutions"). Two states, places or
   * people joined by "and" stay two names.
   */
  private andInsideName(and: number, sentenceEnd: number): boolean {
    const [before, after] = [this.tokens[and - 1], this.tokens[and + 1]];
    if (before.ner === 'ORGANIZATION' && this.tokens[and].ner === 'ORGANIZATION' && after.ner === 'ORGANIZATION') return true;
    if ([before, after].some((token) => SEPARATE_ENTITIES.has(token.ner) || isCountry(token.text))) return false;
    const groupEdges = (index: number): string[] =>
      this.analysed.governors[index]
        .filter((edge) => edge.token !== and - 1 && edge.token < sentenceEnd && (edge.dep === 'compound' || edge.dep.startsWith('nmod:')) && kindOfCue(this.tokens[edge.token].text) !== undefined)
        .map((edge) => `${edge.dep} ${edge.token}`);
    const shared = groupEdges(and + 1);
    return groupEdges(and - 1).some((edge) => shared.includes(edge));
  }

  /** "the African Union in Addis Ababa": a city after "in" says where the group met, not its name (a country may be: "Resistance in X"). */
  private isCityAfterIn(connector: number): boolean {
    const city = this.tokens[connector + 1]?.text ?? '';
    return this.tokens[connector].lemma === 'in' && (capitalCountry(city) !== null || isPlaceName(city));
  }

  /** The name words from `index` on end in a group noun ("Army", "Defence Force"). */
  private namesGroupAt(index: number, sentenceEnd: number): boolean {
    for (let k = index; k < sentenceEnd && k < index + 3 && this.isNameToken(k, false); k += 1) if (kindOfCue(this.tokens[k].text) !== undefined) return true;
    return false;
  }

  /** A run of name words holding a group noun ("Democratic Forces", "Alliance"): a group's name may go on with "of". */
  private namesGroup(start: number, end: number): boolean {
    for (let index = start; index < end; index += 1) if (kindOfCue(this.tokens[index].text) !== undefined) return true;
    return false;
  }

  /** "Democratic Republic of Congo", "Republic of the Congo": a state's name that goes on with "of". */
  private namesStateOf(start: number, of: number, sentenceEnd: number): boolean {
    if (this.tokens[of].text !== 'of') return false;
    const first = this.tokens[of + 1]?.text.toLowerCase() === 'the' ? of + 2 : of + 1;
    let stop = first;
    while (stop < sentenceEnd && this.claimed[stop] === undefined && this.isNameToken(stop, false)) stop += 1;
    return stop > first && isCountry(this.slice(start, stop));
  }

  private isHyphenedParticle(dash: number, sentenceEnd: number): boolean {
    const [first, particle, second] = [this.tokens[dash], this.tokens[dash + 1], this.tokens[dash + 2]];
    if (first.text !== '-' || particle === undefined || second?.text !== '-' || dash + 3 >= sentenceEnd) return false;
    const joined = first.start === this.tokens[dash - 1].end && particle.start === first.end && second.start === particle.end && this.tokens[dash + 3].start === second.end;
    return joined && /^\p{Ll}{1,4}$/u.test(particle.text) && this.isNameToken(dash + 3, false);
  }

  /** "al-Shabaab": a name may start with a small particle joined to it by a hyphen. */
  private isParticleStart(index: number, sentenceEnd: number): boolean {
    const [particle, dash] = [this.tokens[index], this.tokens[index + 1]];
    if (!NAME_PARTICLES.has(particle.text.toLowerCase()) || dash?.text !== '-' || dash.start !== particle.end || index + 2 >= sentenceEnd) return false;
    return this.tokens[index + 2].start === dash.end && this.claimed[index + 2] === undefined && this.isNameToken(index + 2, false);
  }

  private theThenName(index: number, sentenceEnd: number): boolean {
    return this.tokens[index]?.lemma === 'the' && index + 1 < sentenceEnd && this.claimed[index + 1] === undefined && this.isNameToken(index + 1, false);
  }

  private isNameToken(index: number, sentenceStart: boolean): boolean {
    const token = this.tokens[index];
    if (!/^\p{Lu}/u.test(token.text) || !/\p{L}/u.test(token.text)) return false;
    // "Oct. 8", "late Sept.": what the tagger reads as a date or a number names no one.
    if (NOT_AN_ENTITY.has(token.ner)) return false;
    // "Three" starts no name, unless the tagger reads it inside an organisation's ("Three Brotherhood Alliance").
    if (NOT_NAMES.has(token.text.toLowerCase())) return token.ner === 'ORGANIZATION' && this.tokens[index + 1]?.ner === 'ORGANIZATION' && token.pos !== 'DET';
    // A sentence's first word is a name only if the tagger says so, or a name word follows ("Amnesty International").
    const nameFollows = this.tokens[index + 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(this.tokens[index + 1].text) && !NOT_NAMES.has(this.tokens[index + 1].text.toLowerCase());
    const entity = NAMED_ENTITIES.has(token.ner);
    if (sentenceStart && (token.pos !== 'PROPN' || isCommonWord(token.text)) && !entity && demonymCountry(token.text) === null && !isCountry(token.text) && !nameFollows) return false;
    // "Fighters of the group", "Government troops", "Local leaders": a group noun or an adjective
    // capitalised only by its place, before a word in lower case, starts no name.
    const lowerNext = !/^\p{Lu}/u.test(this.tokens[index + 1]?.text ?? '');
    // (The parser's named-entity tagger says the same of a word it finds no entity in: "Regional leaders".)
    const acronym = /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(token.text);
    const plain = !entity && !acronym && (token.pos === 'ADJ' || !MEMBER_NOUNS.has(this.tokens[index + 1]?.text ?? ''));
    if (sentenceStart && lowerNext && (kindOfCue(token.text) !== undefined || (demonymCountry(token.text) === null && !isCountry(token.text) && plain))) return false;
    return token.pos !== 'PUNCT' && token.pos !== 'PRON' && token.pos !== 'DET';
  }

  private proposeCandidate(start: number, end: number, sentenceEnd: number): void {
    let first = start;
    const roles: string[] = [];
    // A demonym before a title ("Iraqi Prime Minister X") names the country, not the person.
    if (demonymCountry(this.tokens[first].text) !== null && first + 1 < end && isTitle(this.tokens[first + 1])) {
      this.proposeDemonym(first);
      first += 1;
    }
    const titleStart = first;
    // "Secretary-General Mark Rutte": the tokenizer splits a hyphened title; its parts are one title.
    const titleGoesOn = (index: number): boolean =>
      isTitle(this.tokens[index]) || (this.tokens[index].text === '-' && index > titleStart && index + 1 < end && isTitle(this.tokens[index + 1]));
    while (first < end - 1 && titleGoesOn(first)) first += 1;
    // "Defence and Security Council": a title word before "and" is a word of the name.
    if (this.tokens[first].lemma === 'and') first = titleStart;
    if (first > titleStart) roles.push(this.slice(start, first));
    if (first === end - 1 && isTitle(this.tokens[first]) && first > titleStart) return;

    const text = this.analysed.text;
    let last = end;
    // "Kenyan security forces", "US forces", "US-led military coalition": a name before a group noun.
    const extended = this.groupNounEnd(last, sentenceEnd);
    if (extended !== null && roles.length === 0 && last - first <= 3) {
      const state = this.stateNamedBy(first, last);
      if (state === null && MEMBER_NOUNS.has(this.tokens[extended - 1].text)) {
        // "Tigray rebels", "the Atlas rebel group": the group noun says what the name is, not a second actor.
        this.proposeNamedGroup(first, last, extended);
        return;
      }
      // "Chadian troops" are Chad acting, however often the text names them: only the military as a whole, named as a
      // body ("the Chadian army"), or a contingent the text keeps naming where it is stationed ("US forces in Iraq"),
      // is an actor of its own (the codebook's forces convention).
      if (state !== null && this.isPlainForce(last, extended) && !this.isStationedContingent(first, extended)) {
        const actor = this.actorFor(state, 'STATE', first, last);
        actor.aliases.add(this.slice(first, last));
        this.claim(actor.id, first, extended, 'demonym');
        return;
      }
      last = extended;
    }
    // "Palestinians in Gaza": a people and where it lives.
    const people = last - first === 1 && isPeople(this.tokens[first].text);
    if (people && this.lemmaAt(last) === 'in' && last + 1 < sentenceEnd && this.isNameToken(last + 1, false) && this.claimed[last + 1] === undefined) last += 2;
    const name = text.slice(this.tokens[first].start, this.tokens[last - 1].end).replace(/[’']s$/, '');
    // "Army" alone is no name: a group noun capitalised by its place (resolved as a short form later).
    if (last - first === 1 && roles.length === 0 && kindOfCue(name) !== undefined && !/^\p{Lu}+$/u.test(name) && !STATE_BODY_NOUNS.has(name.toLowerCase())) return;
    const kind = people ? 'POPULATION' : this.kindOf(first, last, roles.length > 0);
    if (kind === null) return;
    if (kind === 'DEMONYM') {
      this.proposeDemonym(first);
      return;
    }
    if (kind === 'CAPITAL') {
      this.claim(this.actorFor((capitalCountry(name) as State).name, 'STATE', first, last).id, first, last, 'name');
      return;
    }
    if (kind === 'PLACE') {
      this.places.set(first, { name, endToken: last });
      this.placeKeys.add(nameKey(name));
      return;
    }
    const actor = this.actorFor(name, kind, first, last);
    if (this.weakKind && actor.kind === kind && !actor.known && actor.weakKind !== false) actor.weakKind = true;
    else actor.weakKind = false;
    for (const role of roles) actor.roles.add(role);
    this.claim(actor.id, first, last, 'name');
    // "Iranian Revolutionary Guard" also names Iran, "South African National Defence Force" South Africa.
    if (last - first > 2 && demonymCountry(this.slice(first, first + 2)) !== null) this.proposeNestedCountry(first, first + 2);
    else if (last - first > 1 && demonymCountry(this.tokens[first].text) !== null) this.proposeNestedCountry(first, first + 1);
    // "Government of Kenya" names Kenya.
    const of = this.tokens.findIndex((token, index) => index > first && index < last - 1 && ['of', 'in'].includes(token.lemma));
    if (kind === 'GOVERNMENT' && of > 0 && isCountry(this.slice(of + 1, last))) this.proposeNestedCountry(of + 1, last);
  }

  /** The state that the words name, as a country ("US") or a demonym ("Chadian"), or null. */
  private stateNamedBy(first: number, end: number): string | null {
    const name = this.slice(first, end);
    const demonym = end - first <= 2 ? demonymCountry(name) : null;
    if (demonym !== null) return demonym;
    return isCountry(name) ? name : null;
  }

  /** The group noun after a name is only a word of the phrase: the actor is the name, the phrase an alias. */
  private proposeNamedGroup(first: number, end: number, extended: number): void {
    const kind = kindOfCue(this.tokens[extended - 1].text) ?? 'ARMED_GROUP';
    const actor = this.actorFor(this.slice(first, end), kind, first, end);
    actor.weakKind = false;
    if (!actor.known) actor.kind = kind;
    this.claim(actor.id, first, extended, 'name');
  }

  /** "troops", "combat forces": plain words for a state's soldiers, not a body's name. */
  private isPlainForce(end: number, extended: number): boolean {
    for (let index = end; index < extended; index += 1) if (!PLAIN_FORCE_WORDS.has(this.tokens[index].text)) return false;
    return true;
  }

  /** "US forces", named more than once and at least once where they are ("US forces in Iraq", "stationed in Syria"). */
  private isStationedContingent(first: number, extended: number): boolean {
    const surface = this.slice(first, extended);
    const text = this.analysed.text;
    if (text.indexOf(surface) === text.lastIndexOf(surface)) return false;
    const escaped = surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`${escaped}\\s+(?:(?:stationed|based|deployed)\\s+)?in\\s+\\p{Lu}`, 'u').test(text);
  }

  /** A country named inside another actor's name, by its name or a demonym: its own mention, kept as evidence. */
  private proposeNestedCountry(first: number, end: number): void {
    const surface = this.slice(first, end);
    const country = demonymCountry(surface) ?? (isCountry(surface) ? surface : null);
    if (country !== null) this.proposeNestedState(country, first, end);
  }

  private proposeNestedState(country: string, first: number, end: number): void {
    const surface = this.slice(first, end);
    const actor = this.actorFor(country, 'STATE', first, end);
    if (nameKey(surface) !== nameKey(actor.name)) actor.aliases.add(surface);
    if (!this.byKey.has(nameKey(surface))) this.byKey.set(nameKey(surface), actor.id);
    this.nested.push({ actorId: actor.id, start: this.tokens[first].start, end: this.tokens[end - 1].end, firstToken: first, endToken: end, via: 'demonym' });
  }

  private lemmaAt(index: number): string {
    return index < this.tokens.length ? this.tokens[index].lemma : '';
  }

  private groupNounEnd(end: number, sentenceEnd: number): number | null {
    let index = end;
    let found: number | null = null;
    // "-led", "-backed": a hyphenated participle joins the name.
    if (index + 1 < sentenceEnd && this.tokens[index].text === '-' && this.tokens[index].start === this.tokens[index - 1].end) index += 2;
    // The last group noun of the phrase: "US-led military coalition", "coalition forces".
    for (let words = 0; words < 3 && index < sentenceEnd; words += 1) {
      const token = this.tokens[index];
      if (this.claimed[index] !== undefined || token.text !== token.text.toLowerCase() || !/^\p{L}/u.test(token.text)) break;
      if (GROUP_NOUNS.has(token.text)) {
        // "the West African bloc ECOWAS", "French energy company TotalEnergies": a description of the name after it.
        if (this.describesNameAfter(index)) return null;
        found = index + 1;
      }
      // "military instructors": a group noun before a plural noun is not the phrase's head ("army base"
      // and "officials call on", a verb the tagger may read as a noun, keep theirs).
      else if (found !== null) return token.pos === 'NOUN' && /s$/.test(token.text) ? null : found;
      else if (!['ADJ', 'NOUN'].includes(token.pos)) break;
      index += 1;
    }
    return found;
  }

  /** Whether the word is followed by a proper name it describes, not by a title ("army General X" keeps its army). */
  private describesNameAfter(index: number): boolean {
    const next = this.tokens[index + 1];
    return next !== undefined && next.sentence === this.tokens[index].sentence && next.pos === 'PROPN' && !isTitle(next) && !NAME_CONNECTORS.has(next.text);
  }

  private kindOf(first: number, last: number, titled: boolean): ActorKind | 'DEMONYM' | 'CAPITAL' | 'PLACE' | null {
    this.weakKind = false;
    const words = this.tokens.slice(first, last);
    const name = this.slice(first, last);
    if (titled) return 'PERSON';
    // The head is the last word, or the word before "of" ("Ministry of Defence", "Government of Kenya").
    const connector = words.findIndex((word, index) => index > 0 && NAME_CONNECTORS.has(word.text));
    const cue = kindOfCue(words[words.length - 1].text) ?? (connector > 0 ? kindOfCue(words[connector - 1].text) : undefined);
    if (cue !== undefined && words.length > 1) return cue;
    if (words.length === 1 && demonymCountry(words[0].text) !== null) return 'DEMONYM';
    if (isCountry(name)) return 'STATE';
    if (this.isNamedAsPlace(name, first, last)) return 'PLACE';
    const possessive = last < this.tokens.length && /^['’]s$/.test(this.tokens[last].text);
    const before = first > 0 ? this.tokens[first - 1].lemma : '';
    // "Kinshasa rejected the report": a capital that is not where something happens stands for its state.
    if (capitalCountry(name) !== null && !PLACE_PREPOSITIONS.has(before)) return 'CAPITAL';
    if (isPlaceName(name) && !possessive) return 'PLACE';
    // The parser's named-entity tagger knows towns the lexicon does not (a region may name a government or a people).
    if (!possessive && words.every((word) => word.ner === 'CITY')) return 'PLACE';
    // "a base in Arauca": one unknown word after a preposition of place names a place, unless the parser's tagger knows
    // it as a group or a person ("an ally of Hezbollah": a place here would drop the group from the whole text).
    if (words.length === 1 && PLACE_PREPOSITIONS.has(before) && !possessive && !/^\p{Lu}{2,}$/u.test(name) && !['ORGANIZATION', 'PERSON'].includes(words[0].ner)) return 'PLACE';
    // "stay in Cabo Delgado", "based in Port Sudan": a name after a preposition of place whose every word the tagger
    // reads as a place (a state's name inside it too, the name itself being no state's).
    if (PLACE_PREPOSITIONS.has(before) && !possessive && words.some((word) => PLACE_ENTITIES.has(word.ner)) && words.every((word) => PLACE_ENTITIES.has(word.ner) || word.ner === 'COUNTRY')) return 'PLACE';
    if (words.length === 1 && words[0].text.length < 2) return null;
    // "Abu Bakr al-Baghdadi" is a person; "al-Shabaab", one capitalised word after its particle, is not.
    const capitalised = words.filter((word) => /^\p{Lu}/u.test(word.text) && !NAME_PARTICLES.has(word.text.toLowerCase())).length;
    if (isFirstName(words[0].text) || (capitalised > 1 && words.some((word) => NAME_PARTICLES.has(word.text.toLowerCase())))) return 'PERSON';
    this.weakKind = true;
    // Two to four proper nouns are a person's name, unless the first is a common word ("United Nations").
    if (words.length >= 2 && words.length <= 4 && !isCommonWord(words[0].text) && words.every((word) => word.pos === 'PROPN' || NAME_PARTICLES.has(word.text.toLowerCase()))) {
      return words.some((word) => isCountry(word.text) || demonymCountry(word.text) !== null) ? 'ORGANIZATION' : 'PERSON';
    }
    return cue ?? 'ORGANIZATION';
  }

  /**
   * "the town of Sake", "South Kivu province", "Goma, the largest city in the east", or a name the
   * text already used for a place: a place, not an actor.
   */
  private isNamedAsPlace(name: string, first: number, last: number): boolean {
    const lower = (index: number): string => (index >= 0 && index < this.tokens.length && this.tokens[index].text === this.tokens[index].text.toLowerCase() ? this.tokens[index].text : '');
    if (this.placeKeys.has(nameKey(name))) return true;
    // "the Red Sea", "Lake Tumba": a name whose head is a feature of the land or sea.
    const head = (index: number): boolean => GEOGRAPHIC_HEADS.has(this.tokens[index].text.toLowerCase());
    if (last - first > 1 && (head(last - 1) || head(first))) return true;
    if (lower(first - 1) === 'of' && PLACE_NOUNS.has(lower(first - 2))) return true;
    // "South Kivu province", "the Atlas autonomous region".
    if (PLACE_NOUNS.has(lower(last)) || (this.tokens[last]?.pos === 'ADJ' && PLACE_NOUNS.has(lower(last + 1)))) return true;
    if (this.tokens[last]?.text !== ',' || !['the', 'a', 'an'].includes(lower(last + 1))) return false;
    for (let k = last + 2; k < last + 6 && k < this.tokens.length; k += 1) {
      if (PLACE_NOUNS.has(lower(k)) || HELD_PLACE_NOUNS.has(lower(k))) return true;
      if (!['ADJ', 'NOUN', 'ADV'].includes(this.tokens[k].pos)) return false;
    }
    return false;
  }

  /** A demonym mentions its country ("Iraqi" → Iraq), known or proposed. */
  private proposeDemonym(index: number): void {
    const token = this.tokens[index];
    const country = countryOfDemonym(token.text);
    if (country === null || this.claimed[index] !== undefined) return;
    const actor = this.actorFor(country, 'STATE', index, index + 1);
    actor.aliases.add(token.text);
    this.claim(actor.id, index, index + 1, 'demonym');
  }

  /** The actor a name stands for: a known or earlier one with that name, a short form of one, or a new one. */
  private actorFor(name: string, kind: ActorKind, first: number, last: number): FoundActor {
    const key = nameKey(name);
    const state = kind === 'STATE' ? this.stateCode(name) : undefined;
    const existing = this.byKey.get(key) ?? (state !== undefined ? this.stateIds.get(state) : undefined) ?? this.shortFormOf(name, first, last);
    if (existing !== undefined) {
      const actor = this.actors.get(existing) as FoundActor;
      if (nameKey(actor.name) !== key) actor.aliases.add(name);
      return actor;
    }
    const id = newActorId(name, (candidate) => this.actors.has(candidate));
    const actor: FoundActor = {
      id,
      name,
      kind,
      aliases: new Set(),
      roles: new Set(),
      known: false,
      rule: kind === 'STATE' && !isCountry(name) ? 'demonym' : 'name-candidate',
      confidence: kind === 'STATE' || kind === 'PERSON' ? 0.8 : 0.7,
    };
    this.addActor(actor);
    return actor;
  }

  /** A surname or "al Surname" of an earlier person, the acronym of an earlier name, or its people ("the Houthis"). */
  private shortFormOf(name: string, first: number, last: number): string | undefined {
    const words = name.split(/[\s-]+/);
    const start = this.tokens[first].start;
    let best: string | undefined;
    for (const mention of this.mentions) {
      if (mention.start >= start) continue;
      const actor = this.actors.get(mention.actorId) as FoundActor;
      const actorWords = [actor.name, ...actor.aliases].map((surface) => surface.split(/[\s-]+/));
      const isSurname =
        actor.kind === 'PERSON' &&
        words.length <= 2 &&
        actorWords.some((surface) => surface.length > words.length && surface.slice(-words.length).join(' ').toLowerCase() === words.join(' ').toLowerCase());
      const isAcronym =
        last - first === 1 &&
        /^\p{Lu}{2,6}$/u.test(name) &&
        actorWords.some((surface) => surface.filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('') === name);
      // "Abiy" after "Abiy Ahmed": some name people by their first name.
      const isFirstName =
        actor.kind === 'PERSON' && words.length === 1 && !isCommonWord(name) && actorWords.some((surface) => surface.length > 1 && surface[0] === name);
      // "the Houthis" after "the Houthi movement": a group named by its people.
      const isPeople =
        last - first === 1 &&
        actor.kind !== 'PERSON' &&
        actor.kind !== 'STATE' &&
        /s$/.test(name) &&
        !isDemonym(name.slice(0, -1)) &&
        actorWords.some((surface) => surface.length > 1 && surface[0] === name.slice(0, -1));
      // "Radaa" after "Radaa Special Deterrence Force": a group's first word, when it is no common word.
      const isFirstWord =
        words.length === 1 &&
        actor.kind !== 'PERSON' &&
        actor.kind !== 'STATE' &&
        !isCommonWord(name) &&
        kindOfCue(name) === undefined &&
        !isCountry(name) &&
        demonymCountry(name) === null &&
        actorWords.some((surface) => surface.length > 2 && surface[0] === name);
      if (isSurname || isFirstName || isAcronym || isPeople || isFirstWord) best = actor.id;
    }
    return best;
  }

  /** "the group", "the rebels": the last armed group or organisation named in this or the two sentences before. */
  private recentGroup(token: Token, sentenceIndex: number): FoundActor | undefined {
    const kind = kindOfCue(token.text);
    if (kind !== 'ARMED_GROUP' && kind !== 'ORGANIZATION') return undefined;
    let found: FoundActor | undefined;
    for (const mention of this.mentions) {
      if (mention.start >= token.start || this.tokens[mention.firstToken].sentence < sentenceIndex - 2) continue;
      const actor = this.actors.get(mention.actorId) as FoundActor;
      // A state's own forces ("Israeli military", "Armed Forces of X") are not what "the group" or
      // "the rebels" refer to; "the group" may be a force without a state in its name.
      const national = demonymCountry(actor.name.split(/[\s-]/)[0]) !== null || isCountry(actor.name.split(/[\s-]/)[0]);
      const force = actor.kind === 'MILITARY_FORCE' && !['group', 'faction'].includes(token.text);
      if (GROUP_KINDS.has(actor.kind) && !national && !force) found = actor;
    }
    return found;
  }

  private lastActorEndingWith(word: string, before: number): FoundActor | undefined {
    let found: FoundActor | undefined;
    for (const mention of this.mentions) {
      if (mention.start >= before) continue;
      const actor = this.actors.get(mention.actorId) as FoundActor;
      const names = [actor.name, ...actor.aliases].map((name) => name.toLowerCase());
      if (names.some((name) => name.endsWith(` ${word}`) || name.endsWith(`-${word}`))) found = actor;
    }
    return found;
  }

  private addActor(actor: FoundActor): void {
    if (!this.actors.has(actor.id)) this.actors.set(actor.id, actor);
    const kept = this.actors.get(actor.id) as FoundActor;
    for (const surface of [actor.name, ...actor.aliases]) {
      if (!this.byKey.has(nameKey(surface))) this.byKey.set(nameKey(surface), kept.id);
      const state = kept.kind === 'STATE' ? this.stateCode(surface) : undefined;
      if (state !== undefined && !this.stateIds.has(state)) this.stateIds.set(state, kept.id);
    }
  }

  /** The code of the state a name stands for, preferring one the text already named ("Congo" after "Kinshasa"). */
  private stateCode(name: string): string | undefined {
    const states = statesNamed(name);
    return (states.find((state) => this.stateIds.has(state.code)) ?? states[0])?.code;
  }

  private claim(actorId: string, firstToken: number, endToken: number, via: MentionVia): void {
    const mention: ActorMention = {
      actorId,
      start: this.tokens[firstToken].start,
      end: this.tokens[endToken - 1].end,
      firstToken,
      endToken,
      via,
    };
    for (let i = firstToken; i < endToken; i += 1) this.claimed[i] = mention;
    this.mentions.push(mention);
    const actor = this.actors.get(actorId) as FoundActor;
    const surface = this.analysed.text.slice(mention.start, mention.end);
    if (via === 'name' && nameKey(surface) !== nameKey(actor.name)) actor.aliases.add(surface);
    if (!this.byKey.has(nameKey(surface))) this.byKey.set(nameKey(surface), actorId);
  }

  private unclaim(mention: ActorMention): void {
    this.mentions.splice(this.mentions.indexOf(mention), 1);
    for (let i = mention.firstToken; i < mention.endToken; i += 1) this.claimed[i] = undefined;
  }

  private anyClaimed(first: number, end: number): boolean {
    for (let i = first; i < end; i += 1) if (this.claimed[i] !== undefined) return true;
    return false;
  }

  private tokenEndingAt(first: number, offset: number): number | null {
    for (let i = first; i < this.tokens.length && this.tokens[i].start < offset; i += 1) {
      if (this.tokens[i].end === offset) return i + 1;
    }
    return null;
  }

  /** "Israel-Hezbollah ceasefire", "US-Iran talks": a state joined by a hyphen to another name is a pair, not one name ("Guinea-Bissau" is one). */
  private pairsStates(start: number, dash: number): boolean {
    return isCountry(this.slice(start, dash)) && !isCountry(this.slice(start, dash + 2));
  }

  private slice(first: number, end: number): string {
    return this.analysed.text.slice(this.tokens[first].start, this.tokens[end - 1].end);
  }
}

const GROUP_KINDS: ReadonlySet<ActorKind> = new Set(['ARMED_GROUP', 'ORGANIZATION', 'MILITARY_FORCE']);
/** Nouns that make the name before or after them a place: "the town of X", "X province". */
/** What a place is called after its name ("El Fasher, the army's last stronghold"), but not before a group's ("the Hezbollah stronghold"). */
const HELD_PLACE_NOUNS: ReadonlySet<string> = new Set(['stronghold', 'base', 'garrison', 'hub', 'crossing', 'outpost']);
const PLACE_NOUNS: ReadonlySet<string> = new Set(['town', 'city', 'village', 'province', 'region', 'district', 'county', 'capital', 'port', 'area', 'camp', 'island', 'state', 'governorate', 'municipality', 'neighbourhood', 'neighborhood', 'suburb']);
/** Heads of the names of features of land and sea: "the Red Sea", "Second Thomas Shoal". */
const GEOGRAPHIC_HEADS: ReadonlySet<string> = new Set(['sea', 'ocean', 'gulf', 'bay', 'strait', 'straits', 'river', 'lake', 'mount', 'cape', 'shoal', 'island', 'islands', 'peninsula', 'mountains', 'valley', 'desert', 'coast', 'plateau', 'basin', 'canal', 'channel', 'reef']);
/** Group nouns that name a group's people, so "Atlas rebels" is the Atlas group itself ("UN mission" is a body of the UN). */
const MEMBER_NOUNS: ReadonlySet<string> = new Set(['rebels', 'fighters', 'militants', 'insurgents', 'guerrillas', 'militiamen', 'militia', 'militias', 'group', 'groups', 'movement', 'forces', 'troops', 'soldiers', 'gunmen', 'members']);
/** A state's bodies a bare noun may name ("the government"): their kind, the head of a name for one, and the name given a new one. */
const IMPLIED_BODIES: Readonly<Record<string, { kind: ActorKind; head: RegExp; name: string }>> = {
  government: { kind: 'GOVERNMENT', head: /\bgovernment$/i, name: 'Government' },
  army: { kind: 'MILITARY_FORCE', head: /\b(?:army|military|armed forces|defen[cs]e forces?)$/i, name: 'Armed Forces' },
  military: { kind: 'MILITARY_FORCE', head: /\b(?:army|military|armed forces|defen[cs]e forces?)$/i, name: 'Armed Forces' },
};
/** Titles a body's name may stand before ("army chief X"). */
const BODY_TITLES: ReadonlySet<string> = new Set(['chief', 'commander', 'spokesman', 'spokeswoman', 'spokesperson']);
/** Plain words for a state's soldiers: "Chadian troops" are Chad acting, not a new actor. */
const PLAIN_FORCE_WORDS: ReadonlySet<string> = new Set(['troops', 'soldiers', 'forces', 'combat', 'ground']);
/** The tagger's classes of places that are not states (a state is an actor: `isCountry` reads it first). */
const PLACE_ENTITIES: ReadonlySet<string> = new Set(['LOCATION', 'CITY', 'STATE_OR_PROVINCE']);
/** What the tagger reads as a person, a state or a place: two of them joined by "and" are two names. */
const SEPARATE_ENTITIES: ReadonlySet<string> = new Set(['PERSON', 'COUNTRY', 'NATIONALITY', 'CITY', 'LOCATION', 'STATE_OR_PROVINCE']);
/** Named-entity classes that name someone or somewhere (not a date, a number or a title). */
const NAMED_ENTITIES: ReadonlySet<string> = new Set(['PERSON', 'ORGANIZATION', 'MISC', 'NATIONALITY', 'COUNTRY', 'IDEOLOGY', 'RELIGION', 'CITY', 'LOCATION', 'STATE_OR_PROVINCE']);
/** Named-entity classes of times and quantities. */
const NOT_AN_ENTITY: ReadonlySet<string> = new Set(['DATE', 'TIME', 'DURATION', 'SET', 'NUMBER', 'ORDINAL', 'MONEY', 'PERCENT']);
/** After these a place's name says where something happens, not who acts. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'at', 'outside', 'around', 'inside', 'across', 'into', 'through', 'of']);

/** "Palestinians", "Kurds": a demonym in the plural names a people. */
function isPeople(word: string): boolean {
  return word.endsWith('s') && isDemonym(word.slice(0, -1));
}

function isTitle(token: Token): boolean {
  return PERSON_TITLES.has(token.text.toLowerCase()) && /^\p{Lu}/u.test(token.text);
}

/**
 * "President Ruto" continues a title; "Kenyan President" starts one, which ends the name before it.
 * A word that only qualifies a title ("Defence" in "Defence Minister") starts one only when a
 * title follows it: "National Defence Force" is one name.
 */
function isPlainTitle(previous: Token, token: Token, next: Token | undefined): boolean {
  if (isTitle(previous) || !isTitle(token) || ['Guard', 'Force', 'Command'].includes(token.text)) return false;
  return !TITLE_QUALIFIERS.has(token.text.toLowerCase()) || (next !== undefined && isTitle(next));
}

/** Short all-capital names ("US", "PMF") match only in capitals; longer names match in any case. */
function sameSurface(slice: string, surface: string): boolean {
  if (/^[\p{Lu}\p{N}]{2,5}$/u.test(surface)) return slice === surface;
  return slice.toLowerCase().replace(/’/g, "'") === surface.toLowerCase().replace(/’/g, "'");
}
