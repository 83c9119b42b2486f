/**
 * Coreference: the parser's chains (CoreNLP's `corefs`) mapped onto the actors the text names, so
 * that a pronoun or a definite description ("he", "its", "the group", "the country") stands for
 * the actor it refers to, across sentences.
 *
 * A chain is only as good as the parser's guess, so a link is kept only where the words agree
 * with the actor: "he" and "the president" refer to a person, "it" and "the movement" to a body,
 * "the country" to a state; a description with no such word ("the depot") refers to no actor.
 * Within a chain, each unnamed mention takes the actor of the nearest named mention before it
 * (or, at the chain's start, of its first one), so one wrong merge does not carry an actor
 * through the whole chain.
 */
import { ActorKind } from '../graph/vocabulary';
import { ParsedText } from '../parser/parse.types';
import { kindOfCue, PERSON_TITLES } from './actor-cues';
import { ActorFindings, ActorMention } from './actor-mentions';
import { ParsedDocument } from './parsed-document';

const PERSONAL = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);
const IMPERSONAL = new Set(['it', 'its', 'itself']);
const PLURAL = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
const STATE_NOUNS = new Set(['country', 'nation', 'state', 'kingdom', 'republic']);
const GOVERNMENT_NOUNS = new Set(['government', 'regime', 'administration', 'authorities', 'junta', 'cabinet']);

interface ChainMember {
  readonly head: number;
  readonly first: number;
  readonly end: number;
  readonly type: string;
}

/** The actor each unnamed chain member's head word stands for, by token index. */
export function resolveCoreference(doc: ParsedDocument, parsed: ParsedText, findings: ActorFindings, mentionAt: (token: number) => ActorMention | undefined): Map<number, string> {
  const resolved = new Map<number, string>();
  const chains = parsed.corefs !== null && typeof parsed.corefs === 'object' ? Object.values(parsed.corefs) : [];
  for (const chain of chains) {
    if (!Array.isArray(chain)) continue;
    const members: ChainMember[] = [];
    for (const mention of chain) {
      const sentence = mention.sentNum - 1;
      const head = doc.tokenAt(sentence, mention.headIndex);
      const first = doc.tokenAt(sentence, mention.startIndex);
      const last = doc.tokenAt(sentence, mention.endIndex - 1);
      if (head === undefined || first === undefined || last === undefined) continue;
      members.push({ head, first, end: last + 1, type: String(mention.type) });
    }
    members.sort((a, b) => a.head - b.head);
    const named = members.map((member) => mentionAt(member.head)?.actorId);
    const firstNamed = named.find((id) => id !== undefined);
    if (firstNamed === undefined) continue;
    let last: string = firstNamed;
    members.forEach((member, position) => {
      const id = named[position];
      if (id !== undefined) {
        last = id;
        return;
      }
      const kind = findings.actors.get(last)?.kind;
      if (kind !== undefined && agrees(doc, member, kind)) resolved.set(member.head, last);
    });
  }
  return resolved;
}

/** Whether the member's words can refer to an actor of `kind`. */
function agrees(doc: ParsedDocument, member: ChainMember, kind: ActorKind): boolean {
  const head = doc.tokens[member.head];
  const word = head.text.toLowerCase();
  if (member.type === 'PRONOMINAL') {
    if (PERSONAL.has(word)) return kind === 'PERSON';
    if (IMPERSONAL.has(word)) return kind !== 'PERSON' && kind !== 'POPULATION';
    if (PLURAL.has(word)) return kind !== 'PERSON';
    return false;
  }
  if (member.type !== 'NOMINAL' || head.pos === 'PROPN') return false;
  if (STATE_NOUNS.has(head.lemma)) return kind === 'STATE';
  if (GOVERNMENT_NOUNS.has(head.lemma)) return kind === 'GOVERNMENT';
  if (PERSON_TITLES.has(head.lemma)) return kind === 'PERSON';
  const cue = kindOfCue(head.lemma) ?? kindOfCue(word);
  return cue !== undefined && kind !== 'PERSON' && kind !== 'STATE' && kind !== 'POPULATION';
}
