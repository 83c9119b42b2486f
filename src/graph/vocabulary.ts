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

/**
 * The words that signal a relation type in English text, read by the extraction layer
 * (src/extract). Words are lemmas (`attack` matches attacks, attacked, attacking). A verb's subject
 * is the relation's source unless the verb is listed as inverse; a passive ("Y was attacked by X")
 * flips a verb, so it is not listed twice. Patterns are for what no single word says: lemmas
 * separated by spaces, `a|b` for alternatives, `{source}` and `{target}` for actor mentions
 * (`{targets}` for a list "A, B and C", `{target:COALITION}` for one of those kinds only), `*` for
 * up to three other words; a pattern without `{source}` takes the subject of its clause as the
 * source, across appositions and coordination ("A and B condemned X and urged Y to ..."), and one
 * without `{target}` takes it as the target ("X, with contingents from A and B").
 */
export interface RelationSignals {
  /** "X attacked Y", "X, affiliated with Y": the subject is the source, the object the target. */
  readonly verbs?: readonly string[];
  /** "X killed Y" (Y KILLED_BY X), "G includes A and B" (A PART_OF G): the object is the source. */
  readonly inverseVerbs?: readonly string[];
  /** "X's attack on Y", "the X war on Y", "attacks on Y by X", "talks between X and Y". */
  readonly nouns?: readonly string[];
  /**
   * A position the source holds in the target: "the R of X, Y", "Y, a R of X", "X's R Y", "X R Y",
   * "its R Y", "X, whose R Y", "Y, an X R". A role that is also a person's title takes a person.
   */
  readonly roles?: readonly string[];
  /** Participles of compounds "X-backed Y" (X is the source, Y the target). */
  readonly compounds?: readonly string[];
  /** Nouns for an act whose named doer did it: "was killed in a X drone strike" (KILLED_BY X). */
  readonly doerActs?: readonly string[];
  readonly patterns?: readonly string[];
}

export interface RelationTypeDefinition {
  /** True when `a T b` says the same as `b T a`; such relations are stored once and read both ways. */
  readonly symmetric: boolean;
  /**
   * True when the relation is stated in words (a condemnation, a demand): what a spokesperson
   * says, the one they speak for says, as event coders attribute statements.
   */
  readonly spoken?: boolean;
  readonly description: string;
  readonly signals: RelationSignals;
  /**
   * The CAMEO root code (01-20) of the event class the type falls in, so relations can be joined
   * with GDELT or ICEWS event data; only where the type maps onto one root class. Standing ties
   * (LEADS, PART_OF, PRESENT_IN, ...) are not events and have none.
   */
  readonly cameo?: string;
}

export const RELATION_TYPES = {
  NEGOTIATES_WITH: {
    symmetric: true,
    description: 'Holds talks or a dialogue with the other party.',
    cameo: '04',
    signals: {
      verbs: ['negotiate', 'meet'],
      nouns: ['talk', 'negotiation', 'dialogue', 'ceasefire talk', 'peace talk', 'meeting', 'deal', 'agreement', 'accord', 'ceasefire', 'truce'],
      patterns: [
        '{source} hold * talk|negotiation|dialogue with {target}',
        'mediate|broker * between {source} and {target}',
        'sign * deal|agreement|accord|memorandum|treaty|ceasefire|truce * with {target}',
      ],
    },
  },
  COOPERATES_WITH: {
    symmetric: true,
    description: 'Works together with the other party.',
    signals: {
      verbs: ['cooperate', 'collaborate', 'ally', 'partner', 'coordinate'],
      nouns: ['cooperation', 'partnership', 'alliance', 'joint operation'],
      roles: ['ally', 'partner'],
      patterns: ['{source} work with {target}', '{source} * join force with {target}', 'alongside {target}', 'on the side of {target}'],
    },
  },
  ATTACKS: {
    symmetric: false,
    description: 'Carries out attacks or war against the target.',
    cameo: '19',
    signals: {
      verbs: ['attack', 'strike', 'bomb', 'shell', 'target', 'raid', 'assault', 'ambush', 'storm', 'besiege'],
      nouns: ['attack', 'war', 'strike', 'airstrike', 'offensive', 'assault', 'raid', 'bombing', 'shelling', 'ambush', 'incursion'],
      patterns: [
        '{source} fire|launch * at|into {target}',
        '{target} * subject to * attack',
        '{target} come under attack * from|by {source}',
        'carry out * attack|strike|airstrike|raid|bombing * on|against {target}',
      ],
    },
  },
  KILLED_BY: {
    symmetric: false,
    description: 'The source was killed by the target.',
    signals: {
      inverseVerbs: ['kill', 'assassinate', 'execute', 'murder', 'slay'],
      nouns: ['killing', 'assassination', 'murder', 'execution', 'death'],
      doerActs: ['strike', 'airstrike', 'raid', 'attack', 'bombing', 'ambush', 'operation', 'shelling'],
    },
  },
  FIGHTS: {
    symmetric: false,
    description: 'Fights the target as an adversary in a conflict.',
    cameo: '19',
    signals: {
      verbs: ['fight', 'battle', 'combat', 'defeat', 'clash', 'confront', 'counter'],
      nouns: ['fight', 'battle', 'clash', 'fighting', 'campaign', 'insurgency'],
      patterns: ['take up arm against {target}'],
    },
  },
  OPPOSES: {
    symmetric: false,
    spoken: true,
    description: 'Opposes the target politically or ideologically.',
    cameo: '11',
    signals: {
      verbs: ['oppose', 'condemn', 'denounce', 'reject', 'criticize', 'criticise', 'protest', 'resist', 'accuse'],
      nouns: ['opposition', 'condemnation', 'resistance', 'response to'],
      patterns: ['designate|list|brand {target} * terrorist'],
    },
  },
  PRESSURES: {
    symmetric: false,
    description: 'Forces or pressures the target into an action.',
    cameo: '17',
    signals: {
      verbs: ['force', 'pressure', 'pressurize', 'compel', 'coerce', 'press', 'threaten', 'sanction'],
      nouns: ['pressure', 'sanction', 'ultimatum'],
      patterns: ['under {source} sanction|pressure'],
    },
  },
  LEADS: {
    symmetric: false,
    description: 'Leads the target (a government, coalition or organisation).',
    signals: {
      verbs: ['lead', 'head', 'chair', 'rule', 'govern'],
      roles: ['leader', 'head', 'chief', 'president', 'prime minister', 'premier', 'chairman', 'chairwoman', 'king', 'emir', 'secretary general', 'secretary-general'],
      compounds: ['led'],
    },
  },
  COMMANDS: {
    symmetric: false,
    description: 'Commands the target force, or is one of its commanders.',
    signals: {
      verbs: ['command'],
      roles: ['commander', 'deputy commander', 'chief of staff', 'general commander'],
      compounds: ['commanded'],
    },
  },
  PART_OF: {
    symmetric: false,
    description: 'Is a component or member of the target.',
    signals: {
      verbs: ['join', 'belong'],
      inverseVerbs: ['include', 'comprise', 'encompass', 'incorporate'],
      roles: ['member', 'unit', 'wing', 'branch', 'minister', 'official', 'faction', 'negotiator', 'envoy', 'ambassador'],
      patterns: [
        '{source} , * part of {target}',
        '{source} be part of {target}',
        'form|found|establish|create {target:COALITION}',
        'make up * {target}',
        'contingent|troop|soldier|unit|officer from {sources}',
      ],
    },
  },
  AFFILIATED_WITH: {
    symmetric: false,
    description: 'Is affiliated with the target without being part of it.',
    signals: {
      verbs: ['affiliate', 'align', 'link', 'tie'],
      roles: ['affiliate', 'proxy', 'offshoot'],
      patterns: ['loyal to {target}', 'pledge * allegiance|loyalty to {target}'],
    },
  },
  SPOKESPERSON_FOR: {
    symmetric: false,
    description: 'Speaks officially for the target.',
    signals: {
      verbs: ['represent'],
      roles: ['spokesman', 'spokeswoman', 'spokesperson', 'representative'],
    },
  },
  SUPPORTS: {
    symmetric: false,
    description: 'Supports the target politically, financially or militarily.',
    signals: {
      verbs: ['support', 'back', 'arm', 'fund', 'finance', 'help', 'assist', 'aid', 'equip', 'train', 'sponsor', 'supply'],
      nouns: ['support', 'backing', 'aid', 'assistance', 'funding', 'military aid', 'solidarity'],
      compounds: ['backed', 'funded', 'supported', 'sponsored', 'armed', 'trained'],
    },
  },
  DEMANDS_WITHDRAWAL_OF: {
    symmetric: false,
    spoken: true,
    description: "Calls for the target's forces to withdraw.",
    cameo: '10',
    signals: {
      patterns: [
        'call|demand|urge|press * withdrawal|departure|exit|expulsion|pullout of {target}',
        'call|demand|urge|press for * withdrawal|departure|exit|expulsion|pullout of {target}',
        'call|demand|urge|press * {target} withdrawal|departure|exit|pullout',
        'call on|upon {target} to leave|withdraw|depart|exit|pull',
        'demand|urge|ask {target} to leave|withdraw|depart|exit|pull',
        'end {target} mission|presence|deployment',
        'end the mission|presence|deployment of {target}',
      ],
    },
  },
  INVADES: {
    symmetric: false,
    description: 'Invades the target territory.',
    cameo: '19',
    signals: {
      verbs: ['invade', 'occupy'],
      nouns: ['invasion', 'occupation'],
    },
  },
  PRESENT_IN: {
    symmetric: false,
    description: 'Has forces or a presence in the target territory.',
    signals: {
      patterns: [
        '{source} station|deploy|base|garrison in {target}',
        '{source} station|deploy|base|garrison in {target} and {target}',
        '{source} have * presence in {target}',
        '{source} * troop|force|soldier in {target}',
        'deploy|send * troop|force|soldier|unit|contingent to|in|into {target}',
        'keep|maintain|station|have * troop|force|soldier * in|inside {target}',
        '{source} * operate|remain inside|in {target}',
      ],
    },
  },
  WITHDRAWS_FROM: {
    symmetric: false,
    description: 'Withdraws forces from the target territory.',
    cameo: '08',
    signals: {
      verbs: ['withdraw', 'pull', 'evacuate', 'retreat'],
      nouns: ['withdrawal from', 'pullout from', 'retreat from'],
      patterns: ['{source} * force|troop|soldier leave {target}', '{source} leave {target}', '{source} pull out of {target}', '{source} withdraw from {target}'],
    },
  },
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
