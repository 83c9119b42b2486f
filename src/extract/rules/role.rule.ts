/**
 * `role`: a position held in the actor named after "of" or "for": "Y, a commander of X", "the
 * spokesman for X, Y", "Y is a member of X", "commander of X Y". A title (the vocabulary's
 * `titles`) is held by a person; a role (`roles`: member, wing, ally) by any actor.
 */
import { RuleFamily } from './rule-family';

/**
 * Where the holder of a role noun stands: in apposition either way (or to the organisation, as the
 * parser often attaches it: "the spokesman for X, Y"), named after the title, the copula's subject, or
 * the one named to it ("named Y president", "Y was elected president").
 */
export const HOLDERS = ['<appos', 'appos', '<compound', 'nsubj', '<xcomp obj', '<xcomp nsubj:pass', '<obj[elect|appoint|name|nominate|choose|make|declare|install] nsubj:pass', '<xcomp[become|remain] nsubj', '<nsubj:xsubj', 'nmod:of|nmod:for appos'];
/** A title's holder, a person, may also hang from it loosely: the parser often reads "X's spokesman Y" as `dep`. */
export const TITLE_HOLDERS = [...HOLDERS, 'dep'];
const ORGANISATIONS = 'nmod:of|nmod:for|nmod:at|nmod:within|nmod:in';
/**
 * A role's holder may also be counted out of the roles ("X is one of Y's units"), and its actor
 * named as the owner ("Y's units"); a title's owner named so is the state or body it serves in,
 * which the title family reads (`national-body`, `possessive`).
 */
const ROLE_HOLDERS = [...HOLDERS, '<nmod:of[one] nsubj'];
const ROLE_ORGANISATIONS = `${ORGANISATIONS}|nmod:poss`;

/** A title and the preposition its organisation must follow, when the vocabulary writes one ("envoy of"). */
export function readTitle(title: string): { readonly words: string; readonly preposition?: string } {
  const match = /^(.*\S)\s+(of|for|to|at)$/.exec(title.trim());
  return match === null ? { words: title } : { words: match[1], preposition: match[2] };
}

export const roleRule: RuleFamily = {
  name: 'role',
  confidence: 0.75,
  datesEvent: false,
  patterns: (_type, { signals }) => [
    ...(signals.titles ?? []).map((title) => {
      const { words, preposition } = readTitle(title);
      return { trigger: words, pos: 'noun' as const, source: TITLE_HOLDERS, target: preposition === undefined ? ORGANISATIONS : `nmod:${preposition}`, sourceKinds: ['PERSON' as const] };
    }),
    ...(signals.roles ?? []).map((role) => ({ trigger: role, pos: 'noun' as const, source: ROLE_HOLDERS, target: ROLE_ORGANISATIONS })),
  ],
};
