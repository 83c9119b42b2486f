/**
 * The closed vocabulary of the graph: the kinds of actor and the types of relation.
 *
 * This is the one place where a relation type is added. Relation types become native Neo4j
 * relationship types, and relationship types cannot be query parameters, so every type that enters
 * a query is checked against this list first (`relationTypePattern`); nothing else reaches Cypher.
 */

export const ACTOR_KINDS = [
  'PERSON',
  'STATE',
  'GOVERNMENT',
  'ORGANIZATION',
  'ARMED_GROUP',
  'MILITARY_FORCE',
  'COALITION',
  'POPULATION',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const ACTOR_KIND_DESCRIPTIONS: Readonly<Record<ActorKind, string>> = {
  PERSON: 'A named individual.',
  STATE: 'A sovereign state, as a country.',
  GOVERNMENT: "A state's government or one of its civilian bodies.",
  ORGANIZATION: 'A non-military organisation, movement or party.',
  ARMED_GROUP: 'A non-state armed group or militia.',
  MILITARY_FORCE: "A state's armed force, command or unit.",
  COALITION: 'An alliance of states or forces.',
  POPULATION: 'A population or community named as a whole.',
};

export interface RelationTypeDefinition {
  /** True when `a T b` says the same as `b T a`; such relations are stored once and read both ways. */
  readonly symmetric: boolean;
  readonly description: string;
  /**
   * The CAMEO root code (01-20) of the event class the type falls in, so relations can be joined
   * with GDELT or ICEWS event data; only where the type maps onto one root class. Standing ties
   * (LEADS, PART_OF, PRESENT_IN, ...) are not events and have none.
   */
  readonly cameo?: string;
}

export const RELATION_TYPES = {
  NEGOTIATES_WITH: { symmetric: true, description: 'Holds talks or a dialogue with the other party.', cameo: '04' },
  COOPERATES_WITH: { symmetric: true, description: 'Works together with the other party.' },
  ATTACKS: { symmetric: false, description: 'Carries out attacks or war against the target.', cameo: '19' },
  KILLED_BY: { symmetric: false, description: 'The source was killed by the target.' },
  FIGHTS: { symmetric: false, description: 'Fights the target as an adversary in a conflict.', cameo: '19' },
  OPPOSES: { symmetric: false, description: 'Opposes the target politically or ideologically.', cameo: '11' },
  PRESSURES: { symmetric: false, description: 'Forces or pressures the target into an action.', cameo: '17' },
  LEADS: { symmetric: false, description: 'Leads the target (a government, coalition or organisation).' },
  COMMANDS: { symmetric: false, description: 'Commands the target force, or is one of its commanders.' },
  PART_OF: { symmetric: false, description: 'Is a component or member of the target.' },
  AFFILIATED_WITH: { symmetric: false, description: 'Is affiliated with the target without being part of it.' },
  SPOKESPERSON_FOR: { symmetric: false, description: 'Speaks officially for the target.' },
  SUPPORTS: { symmetric: false, description: 'Supports the target politically, financially or militarily.' },
  DEMANDS_WITHDRAWAL_OF: { symmetric: false, description: "Calls for the target's forces to withdraw.", cameo: '10' },
  INVADES: { symmetric: false, description: 'Invades the target territory.', cameo: '19' },
  PRESENT_IN: { symmetric: false, description: 'Has forces or a presence in the target territory.' },
  WITHDRAWS_FROM: { symmetric: false, description: 'Withdraws forces from the target territory.', cameo: '08' },
} as const satisfies Record<string, RelationTypeDefinition>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

export type Direction = 'OUT' | 'IN' | 'BOTH';

export function isActorKind(value: unknown): value is ActorKind {
  return typeof value === 'string' && (ACTOR_KINDS as readonly string[]).includes(value);
}

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(RELATION_TYPES, value);
}

export function isSymmetric(type: RelationType): boolean {
  return RELATION_TYPES[type].symmetric;
}

/** The type's CAMEO root code, or null when it has none (see `RelationTypeDefinition.cameo`). */
export function cameoRootCode(type: RelationType): string | null {
  const definition: RelationTypeDefinition = RELATION_TYPES[type];
  return definition.cameo ?? null;
}

/**
 * The types a filter chooses: each given type once or, when none are given, the whole vocabulary
 * (so that provenance links such as MENTIONS are never traversed). Throws on any type outside the
 * vocabulary: callers validate first, this is the last guard before a type enters a query's text.
 */
export function chosenRelationTypes(types?: readonly string[] | null): RelationType[] {
  const chosen = types === undefined || types === null || types.length === 0 ? RELATION_TYPE_NAMES : [...new Set(types)];
  return chosen.map((type) => {
    if (!isRelationType(type)) throw new Error(`relation type must be one of the vocabulary, found '${type}'`);
    return type;
  });
}

/** The `:A|B|C` part of a relationship pattern for the chosen types (see `chosenRelationTypes`). */
export function relationTypePattern(types?: readonly string[]): string {
  return `:${chosenRelationTypes(types).join('|')}`;
}
