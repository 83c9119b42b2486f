/**
 * Dependency patterns (src/graph/vocabulary.ts, `DependencyPattern`) compiled and checked, and
 * the one walk every rule family shares: from a trigger word along a path of labelled edges.
 *
 * Compiling validates: a label that is no Universal Dependencies relation (with the subtypes
 * CoreNLP's enhanced++ graph uses), an actor kind outside the vocabulary, a pattern without
 * ends or a trigger is a `PatternError` naming the relation type and the pattern, raised when
 * the rules are loaded, so a typo is an error and never a pattern that silently matches nothing.
 */
import { ACTOR_KINDS, ActorKind, DependencyPattern, RelationType } from '../graph/vocabulary';
import { Edge, ParsedDocument } from './parsed-document';

export class PatternError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PatternError';
  }
}

/** Universal Dependencies v2 relations. */
const UD_RELATIONS = new Set([
  'acl', 'advcl', 'advmod', 'amod', 'appos', 'aux', 'case', 'cc', 'ccomp', 'clf', 'compound', 'conj', 'cop', 'csubj', 'dep', 'det',
  'discourse', 'dislocated', 'expl', 'fixed', 'flat', 'goeswith', 'iobj', 'list', 'mark', 'nmod', 'nsubj', 'nummod', 'obj', 'obl',
  'orphan', 'parataxis', 'punct', 'reparandum', 'root', 'vocative', 'xcomp', 'ref',
]);
/** Relations whose subtype is a word of the sentence in enhanced++ (`nmod:of`, `obl:into`, `conj:and`). */
const WORD_SUBTYPED = new Set(['acl', 'advcl', 'conj', 'nmod', 'obl']);
/** The other subtypes CoreNLP's English graphs use. */
const SUBTYPED = new Set([
  'nsubj:pass', 'nsubj:xsubj', 'csubj:pass', 'aux:pass', 'obl:agent', 'obl:tmod', 'obl:npmod', 'nmod:poss', 'nmod:tmod', 'nmod:npmod',
  'compound:prt', 'det:predet', 'cc:preconj', 'acl:relcl', 'nsubj:outer', 'csubj:outer',
]);

export function isDependencyLabel(label: string): boolean {
  if (UD_RELATIONS.has(label) || SUBTYPED.has(label)) return true;
  const [base, subtype, ...rest] = label.split(':');
  return rest.length === 0 && WORD_SUBTYPED.has(base) && subtype !== undefined && /^(?:[a-z]+(?:_[a-z]+)*|\*)$/.test(subtype);
}

/**
 * One step of a path: down along a dependency (or up, to a governor, with `<`), optionally
 * requiring (or refusing) the lemma of the word it reaches. `-` is the word joined to the current
 * one by a hyphen before it ("Iran" in "Iran-backed"), `.` stays where it is, and `~state`, a
 * path of its own, is the state the text plainly means there: the one state its sentence names,
 * or else the one the sentence before names, or else the one the text names most.
 */
export type PathStep =
  | { readonly kind: 'edge'; readonly up: boolean; readonly labels: ReadonlySet<string>; readonly lemmas?: ReadonlySet<string>; readonly refuse: boolean }
  | { readonly kind: 'hyphen' }
  | { readonly kind: 'here' }
  | { readonly kind: 'main-state' };

export type Path = readonly PathStep[];

export interface CompiledPattern {
  readonly type: RelationType;
  /** The pattern as written, for a reviewer to see why. */
  readonly text: string;
  /**
   * Trigger lemmas. A multi-word trigger is matched on its head word, the others checked around it
   * in the text: the last word of "prime minister", the first of "chief of staff".
   */
  readonly triggers: ReadonlyMap<string, ReadonlyArray<TriggerWords>>;
  /** Matches any word inside a mention of these kinds, instead of lemmas. */
  readonly triggerKinds?: ReadonlySet<ActorKind>;
  readonly pos?: 'verb' | 'noun' | 'adjective';
  /** The trigger must read its word as it is written, not its lemma ("backed" in "Iran-backed"). */
  readonly surface: boolean;
  readonly source: readonly Path[];
  readonly target: readonly Path[];
  readonly sides: readonly Path[];
  /** Paths that must each reach some word for the pattern to hold ("hold talks with" needs its "talks"). */
  readonly requires: readonly Path[];
  /** Paths that must each reach no word ("X and Y clashed" has no "with Z"). */
  readonly excludes: readonly Path[];
  readonly sourceKinds?: ReadonlySet<ActorKind>;
  readonly targetKinds?: ReadonlySet<ActorKind>;
}

/** The words a multi-word trigger has before and after its head word. */
export interface TriggerWords {
  readonly before: readonly string[];
  readonly after: readonly string[];
}

/** A pattern as a rule family states it: the vocabulary's form, plus what only families use. */
export interface FamilyPattern extends DependencyPattern {
  readonly surface?: boolean;
}

function list(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

function compileStep(step: string, where: string): PathStep {
  if (step === '-') return { kind: 'hyphen' };
  if (step === '.') return { kind: 'here' };
  if (step === '~state') return { kind: 'main-state' };
  const match = /^(<?)([^[\]]+)(?:\[(!?)([^\]]+)\])?$/.exec(step);
  if (match === null) throw new PatternError(`${where}: expected a step such as 'obj', '<nsubj' or 'obl:in[strike|raid]', found '${step}'`);
  const [, up, labels, refuse, lemmas] = match;
  const parts = labels.split('|');
  for (const label of parts) {
    if (!isDependencyLabel(label)) throw new PatternError(`${where}: expected a Universal Dependencies relation, found '${label}' in '${step}'`);
  }
  const words = lemmas?.split('|');
  if (words?.some((word) => !/^[a-z][a-z' -]*$/.test(word))) throw new PatternError(`${where}: expected lower-case lemmas in '[...]', found '${lemmas}'`);
  return { kind: 'edge', up: up === '<', labels: new Set(parts), ...(words !== undefined ? { lemmas: new Set(words) } : {}), refuse: refuse === '!' };
}

export function compilePath(path: string, where: string): Path {
  const steps = path.trim().split(/\s+/);
  if (path.trim() === '') throw new PatternError(`${where}: expected a path, found an empty one`);
  const compiled = steps.map((step) => compileStep(step, where));
  if (compiled.length > 1 && compiled.some((step) => step.kind === 'main-state')) throw new PatternError(`${where}: expected '~state' as a path of its own, found '${path}'`);
  return compiled;
}

/**
 * Prepositions whose phrase after a verb's object may hang from either: "X launched missiles at
 * Y", "X imposed sanctions on Y", "X signed a deal with Y" are parsed with the phrase on the verb
 * (`obl:at`) or on its object (`nmod:at`), as the parser likes, and mean the same. Not "of", which
 * English attaches to the noun before it ("the withdrawal of Y"), nor the subtypes that are no
 * preposition (`nmod:poss`, `obl:tmod`, `obl:agent`).
 */
const NOT_ATTACHMENT_AMBIGUOUS = new Set(['of', 'poss', 'tmod', 'npmod', 'agent']);

function prepositionOf(label: string, base: 'obl' | 'nmod'): string | undefined {
  const [head, subtype, ...rest] = label.split(':');
  if (head !== base || subtype === undefined || subtype === '*' || rest.length > 0 || NOT_ATTACHMENT_AMBIGUOUS.has(subtype)) return undefined;
  return subtype;
}

function edgeStep(labels: readonly string[], from?: Extract<PathStep, { kind: 'edge' }>, up = false): PathStep {
  return { kind: 'edge', up, labels: new Set(labels), ...(from?.lemmas !== undefined ? { lemmas: from.lemmas } : {}), refuse: from?.refuse ?? false };
}

/**
 * A path and the same path with each ambiguous prepositional phrase hung from the other word: a
 * verb's `obl:P` also as its object's `nmod:P`, and an object's `nmod:P` (reached by `obj`) also as
 * the verb's `obl:P`. One variant a phrase; a step whose word must have a lemma keeps it. A noun's
 * own `nmod:P` is not read on the verb it is the object of: "the junta in Bamako" is where the
 * junta is, but in "X met Haitian officials in Jamaica" Jamaica is where they met.
 */
export function withOtherAttachments(path: Path): Path[] {
  const variants: Path[] = [path];
  path.forEach((step, index) => {
    if (step.kind !== 'edge' || step.up) return;
    const labels = [...step.labels];
    const onVerb = labels.map((label) => prepositionOf(label, 'obl')).filter((word): word is string => word !== undefined);
    if (onVerb.length > 0) {
      variants.push([...path.slice(0, index), edgeStep(['obj']), edgeStep(onVerb.map((word) => `nmod:${word}`), step), ...path.slice(index + 1)]);
    }
    const onNoun = labels.map((label) => prepositionOf(label, 'nmod')).filter((word): word is string => word !== undefined);
    if (onNoun.length === 0) return;
    const verbLabels = onNoun.map((word) => `obl:${word}`);
    const before = path[index - 1];
    const reachedByObject = before?.kind === 'edge' && !before.up && before.lemmas === undefined && before.labels.size === 1 && before.labels.has('obj');
    if (reachedByObject) variants.push([...path.slice(0, index - 1), edgeStep(verbLabels, step), ...path.slice(index + 1)]);
  });
  return variants;
}

function kinds(value: readonly ActorKind[] | undefined, where: string): ReadonlySet<ActorKind> | undefined {
  if (value === undefined) return undefined;
  for (const kind of value) {
    if (!(ACTOR_KINDS as readonly string[]).includes(kind)) throw new PatternError(`${where}: expected an actor kind (${ACTOR_KINDS.join(', ')}), found '${kind}'`);
  }
  return new Set(value);
}

const PATTERN_FIELDS = new Set(['trigger', 'pos', 'source', 'target', 'sides', 'sourceKinds', 'targetKinds', 'triggerKinds', 'surface', 'requires', 'excludes']);

/** Compiles and validates one pattern of `type`; `family` names where it was stated. */
export function compilePattern(type: RelationType, pattern: FamilyPattern, family: string): CompiledPattern {
  const text = describe(pattern);
  const where = `${type} ${family} pattern ${text}`;
  for (const field of Object.keys(pattern)) {
    if (!PATTERN_FIELDS.has(field)) throw new PatternError(`${where}: expected only the slots ${[...PATTERN_FIELDS].join(', ')}, found '${field}'`);
  }
  if (pattern.pos !== undefined && !['verb', 'noun', 'adjective'].includes(pattern.pos)) {
    throw new PatternError(`${where}: expected pos 'verb', 'noun' or 'adjective', found '${String(pattern.pos)}'`);
  }
  const triggers = new Map<string, TriggerWords[]>();
  if (pattern.triggerKinds === undefined) {
    if (typeof pattern.trigger !== 'string' || pattern.trigger.trim() === '') throw new PatternError(`${where}: expected a trigger word, found none`);
    for (const words of pattern.trigger.split('|')) {
      const parts = words.trim().toLowerCase().split(/[\s]+/);
      // English noun phrases end in their head, unless a preposition follows it ("chief of staff").
      const of = parts.indexOf('of');
      const head = of > 0 ? of - 1 : parts.length - 1;
      triggers.set(parts[head], [...(triggers.get(parts[head]) ?? []), { before: parts.slice(0, head), after: parts.slice(head + 1) }]);
    }
  }
  const paths = (value: string | readonly string[] | undefined): Path[] => list(value).flatMap((path) => withOtherAttachments(compilePath(path, where)));
  const source = paths(pattern.source);
  const target = paths(pattern.target);
  const sides = paths(pattern.sides);
  if (sides.length === 0 && (source.length === 0 || target.length === 0)) throw new PatternError(`${where}: expected a source and a target, or sides`);
  const sourceKinds = kinds(pattern.sourceKinds, where);
  const targetKinds = kinds(pattern.targetKinds, where);
  const triggerKinds = kinds(pattern.triggerKinds, where);
  return {
    type,
    text,
    triggers,
    ...(triggerKinds !== undefined ? { triggerKinds } : {}),
    ...(pattern.pos !== undefined ? { pos: pattern.pos } : {}),
    surface: pattern.surface === true,
    source,
    target,
    sides,
    // Each required path must reach a word, so its variants, which are alternatives, are not added to them.
    requires: list(pattern.requires).map((path) => compilePath(path, where)),
    excludes: paths(pattern.excludes),
    ...(sourceKinds !== undefined ? { sourceKinds } : {}),
    ...(targetKinds !== undefined ? { targetKinds } : {}),
  };
}

function describe(pattern: FamilyPattern): string {
  const parts = [`'${pattern.trigger ?? (pattern.triggerKinds ?? []).join('|')}'`];
  for (const slot of ['source', 'target', 'sides'] as const) {
    const paths = list(pattern[slot]);
    if (paths.length > 0) parts.push(`${slot} ${paths.join(' / ')}`);
  }
  return parts.join(', ');
}

/** A word a path reached, and the words it passed on the way (for the quote, and to read a denial on the way). */
export interface Reached {
  readonly token: number;
  readonly passed: readonly number[];
}

/** Every word `path` reaches from `from`. */
export function follow(doc: ParsedDocument, from: number, path: Path): Reached[] {
  let current: Reached[] = [{ token: from, passed: [] }];
  for (const step of path) {
    const next: Reached[] = [];
    for (const reached of current) {
      if (step.kind === 'here' || step.kind === 'main-state') {
        next.push(reached);
        continue;
      }
      if (step.kind === 'hyphen') {
        const dash = doc.tokens[reached.token - 1];
        const word = doc.tokens[reached.token - 2];
        const joined = dash !== undefined && word !== undefined && dash.sentence === doc.tokens[reached.token].sentence && /^[-‐–]$/.test(dash.text) && dash.end === doc.tokens[reached.token].start && word.end === dash.start;
        if (joined) next.push({ token: word.index, passed: [...reached.passed, reached.token] });
        continue;
      }
      const edges = step.up ? doc.governors[reached.token] : subjectOfControlled(doc, reached.token, step.labels) ?? doc.dependents[reached.token];
      for (const edge of edges) {
        if (!labelMatches(step.labels, edge.dep)) continue;
        if (step.lemmas !== undefined && step.lemmas.has(doc.tokens[edge.token].lemma) === step.refuse) continue;
        if (edge.token === reached.token || reached.passed.includes(edge.token)) continue;
        next.push({ token: edge.token, passed: [...reached.passed, reached.token] });
      }
    }
    current = next;
    if (current.length === 0) break;
  }
  return current;
}

/**
 * A controlled verb with no subject of its own takes its controller's: "X began firing at Y", "X
 * continued attacking Y". The parser marks that subject (`nsubj:xsubj`) after "to" ("X vowed to fight
 * Y"), not after a gerund; so a path asking for a subject finds the one of the verb the word
 * completes (`xcomp`), as if marked. Undefined when the word has a subject, or completes no verb.
 */
function subjectOfControlled(doc: ParsedDocument, token: number, labels: ReadonlySet<string>): readonly Edge[] | undefined {
  if (!labels.has('nsubj') && !labels.has('nsubj:xsubj')) return undefined;
  if (doc.dependents[token].some((edge) => edge.dep.startsWith('nsubj'))) return undefined;
  const controller = doc.governors[token].find((edge) => edge.dep === 'xcomp');
  if (controller === undefined) return undefined;
  return doc.dependents[controller.token].filter((edge) => edge.dep === 'nsubj').map((edge) => ({ dep: 'nsubj:xsubj', token: edge.token }));
}

function labelMatches(labels: ReadonlySet<string>, dep: string): boolean {
  if (labels.has(dep)) return true;
  const colon = dep.indexOf(':');
  return colon > 0 && labels.has(`${dep.slice(0, colon)}:*`);
}
