/**
 * What a rule family is: one way English states a relation (a verb with its subject and object,
 * a role noun in apposition, a doer named with its act), written once as dependency patterns and
 * applied to the signal words each relation type lists in the vocabulary. A family declares the
 * name its proposals carry, their confidence, and whether what it reads is an event (an event
 * takes the date and the place its sentence gives; a standing tie does not).
 *
 * Families are listed once, in order, in rule-registry.ts.
 */
import { RelationType, RelationTypeDefinition } from '../../graph/vocabulary';
import { FamilyPattern } from '../dependency-pattern';

export interface RuleFamily {
  /** The rule name a proposal carries (`active-verb`, `role`, ...). */
  readonly name: string;
  /** The confidence of a proposal, before a hedge or a coreference lowers it. */
  readonly confidence: number;
  /** True when the family reads events, which take their sentence's date and place. */
  readonly datesEvent: boolean;
  /** True when the family only guesses what no other says: its proposal is dropped when another rule gives the type from the same source. */
  readonly fallback?: boolean;
  /** The family's patterns for one relation type, made from the type's signals (none when it lists none the family reads). */
  patterns(type: RelationType, definition: RelationTypeDefinition): readonly FamilyPattern[];
}

/** Prepositions a signal may end with ("clash with", "pull out of"): the target follows them. */
const PREPOSITIONS = new Set(['of', 'to', 'into', 'in', 'on', 'at', 'with', 'from', 'against', 'for', 'by', 'over', 'upon', 'alongside', 'onto', 'toward', 'towards', 'out', 'inside', 'across', 'through']);

/** A verb signal read apart: its verb, the object noun it needs ("hold talk with"), and the preposition its target follows. */
export interface VerbSignal {
  readonly verb: string;
  readonly object?: string;
  /** As enhanced++ writes it in a label: `with`, `out_of`. */
  readonly preposition?: string;
}

export function readVerbSignal(signal: string): VerbSignal {
  const words = signal.trim().toLowerCase().split(/\s+/);
  let end = words.length;
  while (end > 1 && PREPOSITIONS.has(words[end - 1])) end -= 1;
  const preposition = end < words.length ? words.slice(end).join('_') : undefined;
  // A particle before the object ("take up arm") is the verb's own; the parse attaches it apart.
  const object = words.slice(1, end).filter((word) => !['up', 'out', 'off', 'down', 'back'].includes(word)).pop();
  return { verb: words[0], ...(object !== undefined ? { object } : {}), ...(preposition !== undefined ? { preposition } : {}) };
}

/**
 * The path from a verb to its target: its object, or the noun after its preposition (the pattern
 * compiler also reads the phrase on the verb's object: "held talks with X").
 */
export function verbTargets(signal: VerbSignal): string[] {
  if (signal.preposition === undefined) return signal.object === undefined ? ['obj'] : [];
  return [`obl:${signal.preposition}`];
}

/** The object a verb signal needs, as a path that must reach it. */
export function verbRequires(signal: VerbSignal): string[] {
  return signal.object === undefined ? [] : [`obj[${signal.object}]`];
}
