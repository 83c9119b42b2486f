/**
 * The state a sentence plainly means for a word that names no state, as a head of state's title
 * ("Prime Minister X said ..."): the codebook's order, with one check of English on top. A state
 * the title's holder acts on, or that acts on them, in one clause is another party, not theirs:
 * "Prime Minister X called on Israel to respect the truce", "Kenya hosted President X". Reported
 * speech is no such clause: "President X said Kenya would stay" may well speak of the president's
 * own state. Nor is the state of a counterpart: "President X met his Kenyan counterpart".
 */
import { ActorFindings, ActorMention } from './actor-mentions';
import { ParsedDocument } from './parsed-document';
import { headOf } from './relation-finder';

/** How far up the parse the clause shared by the title and the state is looked for. */
const MAX_CLAUSE_DEPTH = 6;
/** How many words after a state's name its title may take ("Israeli Prime Minister", "Kenya's Foreign Minister"). */
const TITLE_WORDS = 3;

/**
 * The state a sentence plainly means for the word at `token`: the one state the sentence names,
 * else the one the sentence before names, else the state the text is about; none where the
 * sentence itself names several. A sentence before that names several is about the one that is
 * its subject, if any ("The Dominican Republic, which borders Haiti, ..."); one that only lists
 * them ("contingents from Jamaica, Guatemala and the Bahamas") is about none, so the text's own
 * state still stands. A state that is another party to the word's clause is none of these, nor
 * is a state whose same title the text gives another person ("Israeli Prime Minister Netanyahu");
 * the text's own state is the one it names most among the rest.
 */
export function stateMeant(doc: ParsedDocument, findings: ActorFindings, token: number): string | undefined {
  const sentence = doc.tokens[token].sentence;
  const mentions = [...findings.mentions, ...findings.nested].filter((mention) => findings.actors.get(mention.actorId)?.kind === 'STATE');
  const statesIn = (index: number): Set<string> => new Set(mentions.filter((mention) => doc.tokens[mention.firstToken].sentence === index).map((mention) => mention.actorId));
  const others = new Set(
    mentions
      .filter((mention) => doc.tokens[mention.firstToken].sentence === sentence && (isOtherParty(doc, token, mention) || namesACounterpart(doc, mention)))
      .map((mention) => mention.actorId),
  );
  for (const state of statesWithOtherHolder(doc, findings, mentions, token)) others.add(state);
  for (const index of [sentence, sentence - 1]) {
    if (index < 0) continue;
    const states = statesIn(index);
    if (states.size > 1 && index === sentence) return undefined;
    // "The Dominican Republic, which borders Haiti, closed its border. President X said ...": the sentence before is about its subject.
    const topic = states.size > 1 ? subjectStates(doc, mentions, index) : states;
    const [only] = topic;
    if (topic.size === 1 && !others.has(only)) return only;
  }
  return mainState(mentions.filter((mention) => !others.has(mention.actorId)));
}

/**
 * States whose title of the word at `token` the text gives another person: "Israeli Prime Minister
 * Benjamin Netanyahu ... Prime Minister Najib Mikati": Mikati is not Israel's prime minister.
 */
function statesWithOtherHolder(doc: ParsedDocument, findings: ActorFindings, stateMentions: readonly ActorMention[], token: number): Set<string> {
  const states = new Set<string>();
  const holderAt = (index: number): string | undefined => {
    const mention = findings.mentions.find((candidate) => candidate.firstToken <= index && index < candidate.endToken);
    return mention !== undefined && findings.actors.get(mention.actorId)?.kind === 'PERSON' ? mention.actorId : undefined;
  };
  const title = doc.tokens[token];
  const holder = holderAt(token + 1);
  if (holder === undefined || !/^\p{Lu}/u.test(title.text)) return states;
  for (const mention of stateMentions) {
    for (let index = mention.endToken; index < mention.endToken + TITLE_WORDS && index < doc.tokens.length; index += 1) {
      const word = doc.tokens[index];
      if (word.sentence !== doc.tokens[mention.firstToken].sentence || !/^\p{Lu}|^['’]s$/u.test(word.text)) break;
      if (index === token || word.lemma !== title.lemma) continue;
      const other = holderAt(index + 1);
      if (other !== undefined && other !== holder) states.add(mention.actorId);
      break;
    }
  }
  return states;
}

/** The states the sentence's main clause has as its subject. */
function subjectStates(doc: ParsedDocument, stateMentions: readonly ActorMention[], index: number): Set<string> {
  const { firstToken, endToken } = doc.sentences[index];
  const subjects = new Set<number>();
  for (let token = firstToken; token < endToken; token += 1) {
    if (doc.governors[token].length > 0) continue;
    for (const edge of doc.dependents[token]) if (edge.dep === 'nsubj' || edge.dep === 'nsubj:pass') subjects.add(edge.token);
  }
  return new Set(stateMentions.filter((mention) => doc.tokens[mention.firstToken].sentence === index && subjects.has(headOf(doc, mention))).map((mention) => mention.actorId));
}

/**
 * The state the text is plainly about: named (by name, demonym or capital, inside other names too)
 * at least three times, and half as often again as any other state; none when no state stands out.
 */
function mainState(stateMentions: readonly ActorMention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const mention of stateMentions) counts.set(mention.actorId, (counts.get(mention.actorId) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first === undefined || first[1] < 3 || (second !== undefined && first[1] < 1.5 * second[1])) return undefined;
  return first[0];
}

/** "his Kenyan counterpart": a counterpart holds the same office for another state, which is therefore not the title holder's. */
function namesACounterpart(doc: ParsedDocument, mention: ActorMention): boolean {
  return doc.governors[headOf(doc, mention)].some((edge) => doc.tokens[edge.token].lemma.toLowerCase() === 'counterpart');
}

/** A participant's place in a clause: its subject, or an object or oblique of its verb. */
function isParticipantEdge(dep: string): boolean {
  return /^(?:nsubj|obj|iobj|obl)(?::|$)/.test(dep) && dep !== 'obl:tmod' && dep !== 'obl:npmod';
}

/**
 * The clauses above `token`, each with the edge by which the way up entered it: every governor up
 * to MAX_CLAUSE_DEPTH steps, keyed by token, the first (shortest) way kept.
 */
function waysUp(doc: ParsedDocument, token: number): Map<number, string> {
  const entered = new Map<number, string>([[token, '']]);
  let current = [token];
  for (let depth = 0; depth < MAX_CLAUSE_DEPTH && current.length > 0; depth += 1) {
    const next: number[] = [];
    for (const from of current) {
      for (const edge of doc.governors[from]) {
        if (entered.has(edge.token)) continue;
        // The first step names the arm; above it the arm is the one it was entered by.
        entered.set(edge.token, from === token ? edge.dep : `${edge.dep}>${entered.get(from)}`);
        next.push(edge.token);
      }
    }
    current = next;
  }
  return entered;
}

/**
 * Steps by which a title names the participant it hangs from: "President X", "X, the president", "X and Y",
 * and a side of the thing the clause is about ("hosted talks between President X and Y").
 */
const TITLE_STEPS = /^(?:compound|flat|appos|conj(?::.*)?|nmod:(?:between|with|among))$/;
/**
 * Steps by which a state is the participant itself: "Kenya and Uganda", "Kenya, the host". Not a
 * state named with a body or a people of its own ("Kenyan lawmakers backed President X"), nor a
 * place ("officers in Gabon"): those may well be the president's own.
 */
const STATE_STEPS = /^(?:appos|conj(?::.*)?)$/;

/**
 * The label of the edge by which a way up entered the clause at its top (the last one climbed),
 * when every step below it is one of `steps`; undefined otherwise.
 */
function armAt(way: string, steps: RegExp): string | undefined {
  const [arm, ...below] = way.split('>');
  return below.every((step) => steps.test(step)) ? arm : undefined;
}

/**
 * Whether the state named by `mention` and the word at `token` are different participants of one
 * clause: a word they both hang from, which one names its subject and the other an object or
 * oblique (or the other way round), with no reported speech between.
 */
function isOtherParty(doc: ParsedDocument, token: number, mention: ActorMention): boolean {
  const fromTitle = waysUp(doc, token);
  // From the state's head word ("Sudan" in "South Sudan"), so that the way names the state itself.
  const fromState = waysUp(doc, headOf(doc, mention));
  for (const [above, titleWay] of fromTitle) {
    if (above >= mention.firstToken && above < mention.endToken) continue;
    const stateWay = fromState.get(above);
    if (stateWay === undefined || titleWay === '' || stateWay === '') continue;
    const [titleArm, stateArm] = [armAt(titleWay, TITLE_STEPS), armAt(stateWay, STATE_STEPS)];
    if (titleArm === undefined || stateArm === undefined || titleArm === stateArm) continue;
    const throughSpeech = [titleWay, stateWay].some((way) => way.split('>').some((dep) => dep === 'ccomp' || dep === 'parataxis'));
    const subjectAgainstOther = [titleArm, stateArm].some((arm) => arm.startsWith('nsubj')) && isParticipantEdge(titleArm) && isParticipantEdge(stateArm);
    if (subjectAgainstOther && !throughSpeech) return true;
  }
  return false;
}
