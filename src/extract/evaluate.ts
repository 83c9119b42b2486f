/**
 * Scores a draft against a hand annotation of the same text (the gold), as pure functions.
 *
 * A draft actor stands for a gold actor when their ids are equal or one of the draft's names
 * equals one of the gold's names or aliases (compared without case, a leading "the", hyphens);
 * a new actor's slug need not match the gold's id. A drafted relation is right when its type, both
 * ends and its direction are right (either direction for a symmetric type); relations counted
 * once per (type, ends). Actor recall: gold actors some draft actor stands for.
 */
import { isSymmetric, RELATION_TYPE_NAMES, RelationType } from '../graph/vocabulary';
import { nameKey } from './actor-mentions';

export interface ScoredActor {
  readonly id: string;
  readonly name: string;
  readonly aliases?: readonly string[];
}

export interface ScoredRelation {
  readonly type: string;
  readonly from: string;
  readonly to: string;
}

export interface ScoredAnnotation {
  readonly actors: readonly ScoredActor[];
  readonly relations: readonly ScoredRelation[];
}

export interface TypeScore {
  readonly type: RelationType;
  readonly gold: number;
  readonly drafted: number;
  readonly correct: number;
  readonly precision: number | null;
  readonly recall: number | null;
}

export interface Evaluation {
  readonly actorRecall: number;
  readonly actorsFound: number;
  readonly goldActors: number;
  readonly relations: Omit<TypeScore, 'type'>;
  /** Only the types the gold or the draft holds. */
  readonly byType: readonly TypeScore[];
  readonly missedActors: readonly string[];
  readonly wrongRelations: readonly string[];
  readonly missedRelations: readonly string[];
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function relationKey(relation: ScoredRelation): string {
  const symmetric = RELATION_TYPE_NAMES.includes(relation.type as RelationType) && isSymmetric(relation.type as RelationType);
  const [a, b] = symmetric && relation.to < relation.from ? [relation.to, relation.from] : [relation.from, relation.to];
  return `${relation.type} ${a} -> ${b}`;
}

/** For each draft actor, the gold actor it stands for. */
export function matchActors(gold: readonly ScoredActor[], draft: readonly ScoredActor[]): Map<string, string> {
  const goldByName = new Map<string, string>();
  for (const actor of gold) {
    for (const name of [actor.name, ...(actor.aliases ?? [])]) if (!goldByName.has(nameKey(name))) goldByName.set(nameKey(name), actor.id);
  }
  const goldIds = new Set(gold.map((actor) => actor.id));
  const matched = new Map<string, string>();
  for (const actor of draft) {
    if (goldIds.has(actor.id)) {
      matched.set(actor.id, actor.id);
      continue;
    }
    const byName = [actor.name, ...(actor.aliases ?? [])].map((name) => goldByName.get(nameKey(name))).find((id) => id !== undefined);
    if (byName !== undefined) matched.set(actor.id, byName);
  }
  return matched;
}

export function evaluateDraft(gold: ScoredAnnotation, draft: ScoredAnnotation): Evaluation {
  const matched = matchActors(gold.actors, draft.actors);
  const found = new Set(matched.values());
  const goldKeys = new Set(gold.relations.map(relationKey));
  const draftKeys = new Set<string>();
  const wrong: string[] = [];
  for (const relation of draft.relations) {
    const from = matched.get(relation.from);
    const to = matched.get(relation.to);
    const key = relationKey({ type: relation.type, from: from ?? `(new) ${relation.from}`, to: to ?? `(new) ${relation.to}` });
    if (draftKeys.has(key)) continue;
    draftKeys.add(key);
    if (!goldKeys.has(key)) wrong.push(key);
  }
  const types = RELATION_TYPE_NAMES.filter((type) => [...goldKeys, ...draftKeys].some((key) => key.startsWith(`${type} `)));
  const byType = types.map((type): TypeScore => {
    const goldOfType = [...goldKeys].filter((key) => key.startsWith(`${type} `));
    const draftOfType = [...draftKeys].filter((key) => key.startsWith(`${type} `));
    const correct = draftOfType.filter((key) => goldKeys.has(key)).length;
    return { type, gold: goldOfType.length, drafted: draftOfType.length, correct, precision: ratio(correct, draftOfType.length), recall: ratio(correct, goldOfType.length) };
  });
  const correct = [...draftKeys].filter((key) => goldKeys.has(key)).length;
  return {
    actorRecall: gold.actors.length === 0 ? 1 : found.size / gold.actors.length,
    actorsFound: found.size,
    goldActors: gold.actors.length,
    relations: { gold: goldKeys.size, drafted: draftKeys.size, correct, precision: ratio(correct, draftKeys.size), recall: ratio(correct, goldKeys.size) },
    byType,
    missedActors: gold.actors.filter((actor) => !found.has(actor.id)).map((actor) => actor.id),
    wrongRelations: wrong,
    missedRelations: [...goldKeys].filter((key) => !draftKeys.has(key)),
  };
}
