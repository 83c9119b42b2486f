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
 * A pattern over the parse's enhanced++ Universal Dependencies graph, in the manner of CoreNLP's
 * Semgrex and spaCy's DependencyMatcher: a trigger word and the paths from it to the relation's
 * ends. A path is steps separated by spaces, each a dependency label followed down to a dependent
 * (`obj`, `nmod:of`) or, after `<`, up to a governor (`<obj`); `a|b` allows either label, and
 * `[lemma|lemma]` after a label requires the word reached to be one of those (`[!lemma]`: not
 * one of those). `.` is the trigger itself. A prepositional phrase after a verb's object may hang
 * from the verb or from the object, as the parser likes ("launched missiles at X"), so `obl:at`
 * also reaches `obj nmod:at`, and `obj nmod:at` also `obl:at` (not "of", which hangs from its
 * noun). Each end is the actor named at the word a path
 * reaches (across lists, appositions, coreference and words for an actor's people, "fighters of
 * X"). The extraction layer validates every pattern when it loads this vocabulary: an unknown
 * label, kind or slot is an error, not a pattern that never matches.
 */
export interface DependencyPattern {
  /** The word the pattern hangs from, as lemmas: `withdrawal|departure`. */
  readonly trigger: string;
  /** The trigger's part of speech, when the lemma alone is ambiguous. */
  readonly pos?: 'verb' | 'noun' | 'adjective';
  /** Paths to the source and to the target; a path may be given several ways. */
  readonly source?: string | readonly string[];
  readonly target?: string | readonly string[];
  /** Paths to the sides of a symmetric relation ("talks between X and Y"): each pair of actors found there. */
  readonly sides?: string | readonly string[];
  /** Hang the pattern from the head word of any mention of these kinds instead of from a word ("US forces in Iraq"). */
  readonly triggerKinds?: readonly ActorKind[];
  /** Paths that must each reach a word for the pattern to hold: "recalled its ambassador from X" needs `obj[ambassador]`. */
  readonly requires?: string | readonly string[];
  /** Paths that must each reach no word: "X and Y are at war" is said of both only with no "with Z". */
  readonly excludes?: string | readonly string[];
  /** Narrower kinds than the type's `ends` for this pattern's source or target. */
  readonly sourceKinds?: readonly ActorKind[];
  readonly targetKinds?: readonly ActorKind[];
}

/**
 * The words that signal a relation type in English text, read by the rule families of the
 * extraction layer (src/extract/rules), each of which turns one kind of signal into dependency
 * patterns. Words are lemmas (`attack` matches attacks, attacked, attacking). A verb's subject is
 * the source and its object the target, and its passive ("Y was attacked by X") is read the other
 * way round, so it is not listed twice; a verb written with a preposition (`clash with`) takes its
 * target after that preposition, one with a particle (`pull out of`) needs the particle too.
 */
export interface RelationSignals {
  /** "X attacked Y", "X clashed with Y": the subject is the source. */
  readonly verbs?: readonly string[];
  /** "X killed Y" (Y KILLED_BY X), "G includes A and B" (A PART_OF G): the object is the source. */
  readonly inverseVerbs?: readonly string[];
  /** "X's attack on Y", "the X war on Y", "attacks on Y by X", "talks between X and Y". */
  readonly nouns?: readonly string[];
  /** "the killing of Y by X", "X's assassination of Y": nouns whose object is the source. */
  readonly inverseNouns?: readonly string[];
  /**
   * A title its holder (a person) has in the target: "the commander of X, Y", "X commander Y", "Y, a
   * commander of X"; written with a preposition (`envoy of`), only that one names the target ("the
   * UN envoy for Libya" is not Libya's).
   */
  readonly titles?: readonly string[];
  /** A place any actor has in the target: "Y, a member of X", "Y, an X affiliate". */
  readonly roles?: readonly string[];
  /** Participles of compounds "X-backed Y" (X is the source, Y the target). */
  readonly compounds?: readonly string[];
  /** Nouns for an act whose named doer did it: "was killed in a X drone strike" (KILLED_BY X). */
  readonly doerActs?: readonly string[];
  /** What no single word says, as dependency patterns. */
  readonly patterns?: readonly DependencyPattern[];
}

/** The kinds a relation may join: for each kind a source may be, the kinds its target may be. */
export type RelationEnds = Readonly<Partial<Record<ActorKind, readonly ActorKind[]>>>;

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
  readonly ends: RelationEnds;
  /**
   * The CAMEO root code (01-20) of the event class the type falls in, so relations can be joined
   * with GDELT or ICEWS event data; only where the type maps onto one root class. Standing ties
   * (LEADS, PART_OF, PRESENT_IN, ...) are not events and have none.
   */
  readonly cameo?: string;
  /**
   * True when the target is a state as a territory: a place the text puts in a state ("troops in
   * Mozambique's Cabo Delgado province") stands for the state there.
   */
  readonly territorial?: boolean;
}

/** Actors that act as one: every kind but a population. */
const AGENTS: readonly ActorKind[] = ['PERSON', 'STATE', 'GOVERNMENT', 'ORGANIZATION', 'ARMED_GROUP', 'MILITARY_FORCE', 'COALITION'];
const BODIES: readonly ActorKind[] = ['STATE', 'GOVERNMENT', 'ORGANIZATION', 'ARMED_GROUP', 'MILITARY_FORCE', 'COALITION'];
const FORCES: readonly ActorKind[] = ['STATE', 'GOVERNMENT', 'ARMED_GROUP', 'MILITARY_FORCE', 'COALITION', 'ORGANIZATION'];
/** The people of an actor's force, as a pattern's lemmas: killing them attacks the actor. */
const FORCE_MEMBERS = 'soldier|troop|fighter|militant|officer|policeman|guard|peacekeeper|personnel|rebel|insurgent|member';
/** Words for a standing agreement to act together, and the verbs that make one. */
const PACTS = 'pact|alliance';
const SEALING = 'sign|conclude|seal|forge|ink|form';
/** Help in money, arms or kind, and the verbs that give it. */
const AID = 'aid|assistance|support|funding|loan|grant|backing|help';
const GIVING = 'pledge|provide|give|grant|approve|offer|announce|send|extend|deliver';
/** What one party says that another may dispute: "disputes X's claim". */
const CLAIMS = 'claim|accusation|allegation|charge|report|statement|proposal|demand|offer|plan|assertion';
/** Verbs of condemnation, whose object may be an actor's act ("condemned the Front's offensive"). */
const CONDEMNING = 'condemn|denounce|criticize|criticise|reject|deplore|decry|rebuke|censure|slam|lambast|oppose|veto';

/** Every listed source kind may reach every listed target kind. */
function between(sources: readonly ActorKind[], targets: readonly ActorKind[]): RelationEnds {
  return Object.fromEntries(sources.map((kind) => [kind, targets]));
}

export const RELATION_TYPES = {
  NEGOTIATES_WITH: {
    symmetric: true,
    description: 'Holds talks or a dialogue with the other party.',
    cameo: '04',
    ends: between(AGENTS, AGENTS),
    signals: {
      verbs: ['negotiate with', 'meet', 'meet with', 'talk with', 'hold talk with', 'speak with', 'speak to', 'confer with'],
      nouns: ['talk', 'negotiation', 'dialogue', 'meeting', 'deal', 'agreement', 'accord', 'ceasefire', 'truce'],
      patterns: [
        // "X held talks with Y", "X is in talks with Y", "X arrived for talks with Y", "X pulled out of talks with Y"
        // (the codebook's: leaving talks says they were held), "X held a phone call with Y".
        { trigger: 'talk|negotiation|dialogue|meeting|call|conversation', pos: 'noun', source: ['<obj nsubj', 'nsubj', '<obl:for nsubj', '<obl:out_of nsubj', '<obl:from nsubj'], target: 'nmod:with' },
        { trigger: 'mediate|broker', sides: 'obl:between' },
        // "A and B exchanged prisoners": a swap is a deal between the ones who make it.
        { trigger: 'exchange|swap', pos: 'verb', sides: ['nsubj'] },
        // A pact or an alliance signed is cooperation (COOPERATES_WITH), not a deal between sides.
        { trigger: 'agree', pos: 'verb', source: 'nsubj', target: 'obl:with' },
        // "X and Y agreed to a ceasefire", "both sides agreed to talks".
        { trigger: 'agree', pos: 'verb', sides: 'nsubj', requires: 'obl:to[talk|negotiation|ceasefire|truce|deal|agreement|exchange|swap]', excludes: 'obl:with' },
        // "X signed a deal with Y" (the phrase on the verb or on the deal, as the parser likes).
        { trigger: 'sign|reach', pos: 'verb', source: 'nsubj', target: 'obl:with', requires: `obj[!${PACTS}]` },
      ],
    },
  },
  COOPERATES_WITH: {
    symmetric: true,
    description: 'Works together with the other party.',
    ends: between(AGENTS, AGENTS),
    signals: {
      verbs: ['cooperate with', 'collaborate with', 'ally with', 'partner with', 'coordinate with', 'work with', 'side with', 'join force with', 'team with'],
      nouns: ['cooperation', 'partnership', 'alliance', 'joint operation'],
      roles: ['ally', 'partner'],
      patterns: [
        { trigger: 'fight|operate|work|deploy|serve|battle', pos: 'verb', source: 'nsubj', target: ['obl:alongside', 'obl:on_side_of', 'obl:with nmod:alongside'] },
        { trigger: 'side', pos: 'noun', source: '<obl:on nsubj', target: 'nmod:of' },
        // "A and B signed a defence pact", "A signed a security treaty with B" (the codebook's).
        { trigger: PACTS, pos: 'noun', sides: `<obj[${SEALING}] nsubj` },
        { trigger: PACTS, pos: 'noun', source: `<obj[${SEALING}] nsubj`, target: [`<obj[${SEALING}] obl:with`, 'nmod:with'] },
        { trigger: 'defence|defense|security|military', pos: 'noun', sides: `<compound[treaty|agreement] <obj[${SEALING}] nsubj` },
        { trigger: 'defence|defense|security|military', pos: 'noun', source: `<compound[treaty|agreement] <obj[${SEALING}] nsubj`, target: [`<compound[treaty|agreement] <obj[${SEALING}] obl:with`, '<compound[treaty|agreement] nmod:with'] },
      ],
    },
  },
  ATTACKS: {
    symmetric: false,
    description: 'Carries out attacks or war against the target.',
    cameo: '19',
    ends: between(AGENTS, ['PERSON', 'STATE', 'GOVERNMENT', 'ORGANIZATION', 'ARMED_GROUP', 'MILITARY_FORCE', 'COALITION', 'POPULATION']),
    signals: {
      verbs: ['attack', 'strike', 'bomb', 'shell', 'target', 'raid', 'assault', 'ambush', 'storm', 'besiege', 'fire on', 'fire at', 'open fire on', 'shoot down', 'pound', 'bombard', 'overrun'],
      nouns: ['attack', 'war', 'strike', 'airstrike', 'offensive', 'assault', 'raid', 'bombing', 'shelling', 'ambush', 'incursion', 'bombardment'],
      patterns: [
        { trigger: 'fire|launch', pos: 'verb', source: 'nsubj', target: ['obl:at', 'obl:into', 'obl:on'] },
        // "X killed ten of Y's soldiers": a violent act on Y's forces (the codebook's), where a named person killed is KILLED_BY.
        { trigger: 'kill|wound|injure', pos: 'verb', source: 'nsubj', target: [`obj[${FORCE_MEMBERS}]`, `obj nmod:of[${FORCE_MEMBERS}]`] },
        { trigger: 'kill|wound|injure', pos: 'verb', source: 'obl:agent', target: `nsubj:pass[${FORCE_MEMBERS}]` },
        // "An air strike by X hit Y's depot", "X's fighters hit Y's positions": "hit" says an attack only of a weapon or a force.
        { trigger: 'hit', pos: 'verb', source: 'nsubj[strike|airstrike|missile|rocket|drone|shell|bomb|raid|artillery|jet|warplane|fighter|troop|force|gunman|militant]', target: 'obj' },
        { trigger: 'attack|strike|airstrike|raid|offensive|counteroffensive|assault', pos: 'noun', source: '<obj[carry|launch|conduct|stage|mount|wage|step|order|authorize|authorise|claim] nsubj', target: ['nmod:on', 'nmod:against'] },
        // "claimed responsibility for the attack on X", "claimed the bombing of X": who claims an attack made it.
        { trigger: 'attack|strike|airstrike|raid|assault|bombing|ambush|shelling', pos: 'noun', source: ['<nmod:for[responsibility] <obj[claim|accept|take] nsubj', '<obj[claim] nsubj'], target: ['nmod:on', 'nmod:against', 'nmod:of'] },
        { trigger: 'attack|fire|assault', pos: 'noun', source: 'nmod:from|nmod:by', target: '<obl:under nsubj' },
      ],
    },
  },
  KILLED_BY: {
    symmetric: false,
    description: 'The source was killed by the target.',
    ends: between(['PERSON', 'POPULATION'], AGENTS),
    signals: {
      inverseVerbs: ['kill', 'assassinate', 'execute', 'murder', 'slay'],
      inverseNouns: ['killing', 'assassination', 'murder', 'execution', 'death'],
      doerActs: ['strike', 'airstrike', 'raid', 'attack', 'bombing', 'ambush', 'operation', 'shelling'],
    },
  },
  FIGHTS: {
    symmetric: false,
    description: 'Fights the target as an adversary in a conflict.',
    cameo: '19',
    ends: between(AGENTS, AGENTS),
    signals: {
      verbs: ['fight', 'battle', 'combat', 'defeat', 'clash with', 'confront', 'counter', 'fight against', 'battle against', 'rebel against', 'take up arm against', 'repel', 'repulse', 'contain', 'retake from', 'recapture from', 'capture from', 'seize from', 'wrest from', 'push back', 'exchange fire with'],
      nouns: ['fight', 'battle', 'clash', 'fighting', 'campaign', 'insurgency', 'war', 'conflict', 'rebellion'],
      patterns: [
        { trigger: 'arm', pos: 'noun', source: '<obj[take] nsubj', target: '<obj[take] obl:against' },
        // "X is at war with Y", "X is locked in a conflict with Y".
        { trigger: 'war|conflict|fight|battle|fighting|standoff', pos: 'noun', source: ['nsubj', '<obl:in nsubj:pass'], target: 'nmod:with|nmod:against' },
        // "X and Y have fought since 2012": each other, when no other side, place or cause is named.
        { trigger: 'fight|battle', pos: 'verb', sides: 'nsubj', excludes: ['obj[!war|battle|conflict]', 'obl:with|obl:against|obl:alongside|obl:in|obl:on|nsubj:pass', 'obl:for[!decade|year|month|week|day]'] },
        // "X and Y have been at war since 2023": said of both.
        { trigger: 'war', pos: 'noun', sides: 'nsubj', requires: 'case[at]', excludes: 'nmod:with|nmod:against' },
      ],
    },
  },
  OPPOSES: {
    symmetric: false,
    spoken: true,
    description: 'Opposes the target politically or ideologically.',
    cameo: '11',
    ends: between(['PERSON', 'STATE', 'GOVERNMENT', 'ORGANIZATION', 'ARMED_GROUP', 'MILITARY_FORCE', 'COALITION', 'POPULATION'], AGENTS),
    signals: {
      verbs: [
        'oppose', 'condemn', 'denounce', 'reject', 'criticize', 'criticise', 'protest', 'resist', 'accuse', 'blame', 'protest against',
        'decry', 'rebuke', 'censure', 'slam', 'lambast',
        // The codebook's reduced relations (CAMEO 16): "Niger cut ties with France".
        'cut tie with', 'sever tie with', 'break tie with', 'break off tie with', 'break off relation with', 'sever relation with',
        'protest to', 'rally against', 'demonstrate against', 'march against', 'campaign against', 'speak out against', 'lash out at', 'hit out at',
      ],
      // "a dispute between A and B", "A's row with B": the codebook's dispute, said of both.
      nouns: ['opposition', 'condemnation', 'resistance', 'response', 'dispute', 'rift', 'feud', 'row', 'standoff'],
      roles: ['opponent', 'critic', 'rival', 'adversary', 'foe', 'enemy'],
      patterns: [
        { trigger: 'designate|list|brand|label|declare', pos: 'verb', source: 'nsubj', target: 'obj', targetKinds: ['ORGANIZATION', 'ARMED_GROUP', 'PERSON', 'COALITION', 'MILITARY_FORCE'] },
        { trigger: `${CONDEMNING}|protest`, pos: 'verb', source: 'nsubj', target: 'obj nmod:poss|amod|compound|nmod:by' },
        { trigger: CONDEMNING, pos: 'verb', source: 'nsubj', target: 'obj acl obl:agent|obl:by' },
        // "Niger expelled the French ambassador", "summoned Israel's envoy": a protest against the envoy's state.
        { trigger: 'expel|summon', pos: 'verb', source: 'nsubj', target: 'obj[ambassador|envoy|diplomat|attache] nmod:poss|amod|compound|nmod:of' },
        // "Ghana recalled its ambassador from Togo": the same protest, made by taking one's own envoy home.
        { trigger: 'recall', pos: 'verb', source: 'nsubj', target: 'obl:from', requires: 'obj[ambassador|envoy]' },
        // "disputes X's claim": rejecting what another says.
        { trigger: 'dispute', pos: 'verb', source: 'nsubj', target: `obj[${CLAIMS}] nmod:poss|amod|compound|nmod:by` },
        // "described X as a terrorist organisation", "branded X terrorists": the codebook's designation as terrorist.
        { trigger: 'describe|regard|consider|brand|label|call|deem|list', pos: 'verb', source: 'nsubj', target: 'obj', requires: 'obl:as amod[terrorist]' },
        { trigger: 'brand|label|call|deem', pos: 'verb', source: 'nsubj', target: 'obj', requires: 'xcomp[terrorist]' },
        // "suspended cooperation with X": ties cut for a time.
        { trigger: 'suspend|freeze|halt|downgrade', pos: 'verb', source: 'nsubj', target: 'obl:with', requires: 'obj[cooperation|tie|relation]' },
        { trigger: 'odds', pos: 'noun', source: 'nsubj', target: ['obl:with', 'nmod:with'] },
        { trigger: 'protest|complaint', pos: 'noun', source: '<obj[lodge|file|submit|register] nsubj', target: ['nmod:with', 'nmod:to', '<obj obl:with', '<obj obl:to'] },
      ],
    },
  },
  PRESSURES: {
    symmetric: false,
    description: 'Forces or pressures the target into an action.',
    cameo: '17',
    ends: between(AGENTS, AGENTS),
    signals: {
      verbs: [
        'force', 'pressure', 'pressurize', 'compel', 'coerce', 'press', 'threaten', 'sanction', 'arrest', 'detain', 'depose', 'overthrow', 'topple', 'dissolve', 'suspend', 'ban',
        // The codebook's coups, blockades and legal action (CAMEO 17).
        'oust', 'blockade', 'indict', 'prosecute', 'jail', 'imprison', 'sentence',
      ],
      nouns: ['pressure', 'sanction', 'ultimatum'],
      patterns: [
        { trigger: 'sanction|pressure', pos: 'noun', source: 'amod|compound|nmod:poss', target: ['<obl:under nsubj|nsubj:pass', 'nsubj'] },
        // "imposed sanctions on X": the parser may hang "on X" on the verb rather than on the noun.
        { trigger: 'sanction|embargo|blockade|restriction|tariff|penalty|curfew', pos: 'noun', source: '<obj nsubj', target: ['<obj obl:on', '<obj obl:against'] },
        // "froze the assets of X", "froze X's bank accounts".
        { trigger: 'freeze', pos: 'verb', source: 'nsubj', target: 'obj[asset|account|fund|reserve] nmod:poss|nmod:of|amod|compound' },
        // "threatened to cut off supplies to X", "threatened to impose tariffs on X": whom the threatened act is aimed at.
        { trigger: 'threaten|warn|vow', pos: 'verb', source: 'nsubj', target: ['xcomp obj', 'xcomp obl:against', 'ccomp obj', 'xcomp obl:to', 'xcomp obl:on'] },
        // "X warned Y against any incursion", "warned Y of consequences".
        { trigger: 'warn', pos: 'verb', source: 'nsubj', target: 'obj', requires: 'obl:against|obl:of' },
      ],
    },
  },
  LEADS: {
    symmetric: false,
    description: 'Leads the target (a government, coalition or organisation).',
    ends: between(['PERSON', 'STATE', 'GOVERNMENT', 'ORGANIZATION', 'ARMED_GROUP', 'MILITARY_FORCE', 'COALITION'], BODIES),
    signals: {
      verbs: ['lead', 'head', 'chair', 'rule', 'govern', 'run'],
      titles: ['leader', 'head', 'chief', 'president', 'prime minister', 'premier', 'chairman', 'chairwoman', 'chair', 'king', 'emir', 'secretary general', 'secretary-general', 'founder', 'director', 'governor', 'speaker', 'counterpart'],
      compounds: ['led'],
      // "the government of Prime Minister X", "X's administration": the person named with it heads it.
      patterns: [{ trigger: 'government|administration|cabinet', pos: 'noun', source: ['nmod:of', 'nmod:poss'], target: '.', sourceKinds: ['PERSON'], targetKinds: ['GOVERNMENT'] }],
    },
  },
  COMMANDS: {
    symmetric: false,
    description: 'Commands the target force, or is one of its commanders.',
    ends: between(['PERSON'], ['ARMED_GROUP', 'MILITARY_FORCE', 'COALITION', 'ORGANIZATION']),
    signals: {
      verbs: ['command'],
      titles: ['commander', 'deputy commander', 'chief of staff', 'general commander'],
      compounds: ['commanded'],
    },
  },
  PART_OF: {
    symmetric: false,
    description: 'Is a component or member of the target.',
    ends: {
      PERSON: BODIES,
      STATE: ['COALITION', 'ORGANIZATION', 'MILITARY_FORCE'],
      GOVERNMENT: ['STATE', 'COALITION', 'ORGANIZATION'],
      ORGANIZATION: BODIES,
      ARMED_GROUP: ['ARMED_GROUP', 'COALITION', 'ORGANIZATION', 'MILITARY_FORCE', 'STATE', 'GOVERNMENT'],
      MILITARY_FORCE: BODIES,
      COALITION: ['COALITION', 'ORGANIZATION'],
    },
    signals: {
      verbs: ['belong to', 'merge into', 'serve in', 'sit on', 'enlist in'],
      inverseVerbs: ['include', 'comprise', 'encompass', 'incorporate', 'group', 'unite', 'consist of'],
      titles: [
        'minister', 'official', 'negotiator', 'envoy of', 'ambassador of', 'officer', 'diplomat', 'lawmaker', 'deputy', 'commissioner', 'representative', 'adviser', 'advisor', 'aide', 'candidate', 'legislator', 'senator', 'counterpart',
        // The codebook's: a state's second in office is part of it; the longer title wins over "prime minister" and "president".
        'deputy prime minister', 'vice president', 'vice-president', 'deputy president',
      ],
      roles: ['member', 'unit', 'wing', 'branch', 'faction', 'part', 'arm', 'division', 'battalion', 'brigade'],
      patterns: [
        // "X joined the alliance", but not "X joined the army in fighting Y" (an act done together, said of both).
        { trigger: 'join', pos: 'verb', source: ['nsubj', 'nsubj:xsubj'], target: 'obj', excludes: 'advcl:in' },
        { trigger: 'form|found|establish|create|launch', pos: 'verb', source: 'nsubj', target: 'obj', targetKinds: ['COALITION'] },
        { trigger: 'make', pos: 'verb', source: 'nsubj', target: ['obj nmod:of', 'obj'] },
        { trigger: 'contingent|troop|soldier|unit|officer|force', pos: 'noun', source: 'nmod:from', target: ['<nmod:with <obl:with nsubj', '<nmod:with nsubj', '<obl:with nsubj', '<obl:with obj nmod:of', '<obl:with obj'] },
        // "The mission, which deployed with troops from A and B": the parser hangs "from" on the verb.
        { trigger: 'contingent|troop|soldier|unit|officer|force', pos: 'noun', source: '<obl:with obl:from', target: '<obl:with nsubj' },
      ],
    },
  },
  AFFILIATED_WITH: {
    symmetric: false,
    description: 'Is affiliated with the target without being part of it.',
    ends: between(AGENTS, AGENTS),
    signals: {
      verbs: ['affiliate with', 'align with', 'link to', 'tie to', 'pledge allegiance to'],
      roles: ['affiliate', 'proxy', 'offshoot', 'franchise'],
      patterns: [
        { trigger: 'loyal|linked|tied|affiliated|aligned|allied|close', pos: 'adjective', source: ['<amod', 'nsubj', '<acl'], target: ['obl:to', 'obl:with'] },
        { trigger: 'allegiance|loyalty', pos: 'noun', source: '<obj nsubj', target: 'nmod:to' },
        // "The Front has ties to al-Qaeda": a group's ties, not a state's diplomatic ones.
        { trigger: 'tie|link|connection', pos: 'noun', source: '<obj[have|maintain|keep] nsubj', target: ['nmod:to', 'nmod:with'], sourceKinds: ['ARMED_GROUP', 'ORGANIZATION', 'PERSON'] },
      ],
    },
  },
  SPOKESPERSON_FOR: {
    symmetric: false,
    description: 'Speaks officially for the target.',
    ends: between(AGENTS, AGENTS),
    signals: {
      verbs: ['represent', 'speak for'],
      titles: ['spokesman', 'spokeswoman', 'spokesperson', 'representative'],
    },
  },
  SUPPORTS: {
    symmetric: false,
    description: 'Supports the target politically, financially or militarily.',
    ends: between(AGENTS, AGENTS),
    signals: {
      verbs: ['support', 'back', 'arm', 'fund', 'finance', 'help', 'assist', 'aid', 'equip', 'train', 'sponsor', 'supply', 'bankroll', 'reinforce'],
      nouns: ['support', 'backing', 'aid', 'assistance', 'funding', 'military aid', 'solidarity', 'help', 'backer', 'sponsor'],
      roles: ['backer', 'sponsor', 'patron'],
      compounds: ['backed', 'funded', 'supported', 'sponsored', 'armed', 'trained', 'equipped'],
      patterns: [
        { trigger: 'supply|deliver|send|provide|give|sell', pos: 'verb', source: 'nsubj', target: ['obl:to', 'iobj'], targetKinds: ['GOVERNMENT', 'ORGANIZATION', 'ARMED_GROUP', 'MILITARY_FORCE', 'COALITION'] },
        // "X provided Y with air support", "X supplied Y with weapons".
        { trigger: 'supply|provide|furnish', pos: 'verb', source: 'nsubj', target: 'obj', requires: 'obl:with' },
        // "X sent advisers to help Y": the sender helps.
        { trigger: 'help|assist|support|back|aid|reinforce', pos: 'verb', source: '<xcomp[send|deploy|dispatch] nsubj', target: 'obj' },
        // "X voiced support for Y", "X reaffirmed its backing of Y".
        { trigger: 'support|backing|solidarity', pos: 'noun', source: '<obj[voice|express|declare|pledge|offer|reaffirm|give|lend|announce] nsubj', target: ['nmod:for|nmod:to|nmod:with|nmod:of', '<obj obl:for|obl:to'] },
        // "Y relies on X's funding", "Y depends on Ghanaian weapons".
        { trigger: 'support|funding|aid|backing|weapon|arm|money|help|assistance|fund', pos: 'noun', source: 'amod|compound|nmod:poss|nmod:from', target: '<obl:on[rely|depend|count] nsubj' },
        // "X came to the aid of Y".
        { trigger: 'aid|rescue|help|defence|defense', pos: 'noun', source: '<obl:to[come|rush] nsubj', target: 'nmod:of' },
        { trigger: 'help|support|backing|assistance|aid', pos: 'noun', source: 'nmod:of|nmod:from', target: '<obl:with nsubj' },
        // "received weapons from X": what is received says it is support.
        { trigger: 'weapon|arm|support|aid|funding|fund|training|money|drone|missile|rocket|ammunition|backing|help|assistance|financing|equipment', pos: 'noun', source: '<obj[receive|get|obtain] obl:from', target: '<obj[receive|get|obtain] nsubj' },
        { trigger: 'thanks', source: 'nmod:to|obl:to', target: '<obl nsubj' },
        // "X pledged military aid to Y", "X approved $50 million in aid to Y": aid given to a state too.
        { trigger: GIVING, pos: 'verb', source: 'nsubj', target: 'obl:to', requires: `obj[${AID}]` },
        { trigger: GIVING, pos: 'verb', source: 'nsubj', target: 'obl:to', requires: `obj nmod:in[${AID}]` },
        // "Y thanked X for its support".
        { trigger: 'thank', pos: 'verb', source: 'obj', target: 'nsubj', requires: `obl:for[${AID}|solidarity]` },
        { trigger: 'thanks', source: 'nmod:to|obl:to', target: '<advmod nsubj' },
      ],
    },
  },
  DEMANDS_WITHDRAWAL_OF: {
    symmetric: false,
    spoken: true,
    description: "Calls for the target's forces to withdraw.",
    cameo: '10',
    ends: between(['PERSON', 'STATE', 'GOVERNMENT', 'ORGANIZATION', 'ARMED_GROUP', 'MILITARY_FORCE', 'COALITION', 'POPULATION'], FORCES),
    signals: {
      patterns: [
        { trigger: 'withdrawal|departure|exit|expulsion|pullout|removal', pos: 'noun', source: ['<obj[call|demand|urge|press|seek|want|order] nsubj', '<obl:for[call|press|push|ask|appeal] nsubj'], target: ['nmod:of', 'nmod:poss', 'compound', 'amod'] },
        { trigger: 'leave|withdraw|depart|exit|pull|go', pos: 'verb', source: '<xcomp[call|urge|ask|demand|order|press|tell] nsubj', target: ['nsubj:xsubj', '<xcomp[urge|ask|order|press|tell] obj', '<xcomp[call] obl:on'] },
        // "called on X to withdraw": the parser may hang the asked act on the asking verb as a clause of purpose, X its subject.
        { trigger: 'leave|withdraw|depart|exit|pull|go', pos: 'verb', source: '<advcl:to[call|urge|ask|demand|order|press|tell] nsubj', target: 'nsubj' },
        { trigger: 'end|terminate', pos: 'verb', source: ['nsubj', '<advcl:to nsubj', '<advcl:to <xcomp nsubj'], target: ['obj[mission|presence|deployment|operation] nmod:poss', 'obj[mission|presence|deployment|operation] nmod:of', 'obj[mission|presence|deployment|operation] compound', 'obj[mission|presence|deployment|operation] amod'] },
        { trigger: 'expel|oust|kick', pos: 'verb', source: 'nsubj', target: 'obj' },
        // "X demanded that Y's troops leave": the act asked for, in a clause of its own.
        { trigger: 'leave|withdraw|depart|exit|pull', pos: 'verb', source: '<ccomp[demand|insist|urge|ask] nsubj', target: 'nsubj' },
      ],
    },
  },
  INVADES: {
    symmetric: false,
    description: 'Invades the target territory.',
    territorial: true,
    cameo: '19',
    ends: between(FORCES, ['STATE']),
    signals: {
      verbs: ['invade', 'occupy', 'annex'],
      nouns: ['invasion', 'occupation', 'annexation'],
    },
  },
  PRESENT_IN: {
    symmetric: false,
    description: 'Has forces or a presence in the target territory.',
    territorial: true,
    ends: between(FORCES, ['STATE']),
    signals: {
      verbs: ['cross into', 'enter', 'arrive in', 'deploy to', 'deploy in', 'station in', 'base in', 'operate in', 'remain in', 'stay in', 'return to', 'move into', 'land in', 'garrison in', 'patrol'],
      patterns: [
        { trigger: 'send|deploy|dispatch|station|keep|maintain|have', pos: 'verb', source: 'nsubj', target: ['obl:to', 'obl:in', 'obl:into', 'obj[troop|force|soldier|unit|contingent|officer|presence|base|personnel|police] nmod:in'] },
        { trigger: 'deploy|station|base', pos: 'verb', source: 'nsubj:pass', target: ['obl:to', 'obl:in'] },
        { trigger: 'presence|deployment|troop|force|soldier|base', pos: 'noun', source: ['nmod:poss', 'amod', 'compound'], target: 'nmod:in' },
        { trigger: 'presence|deployment', pos: 'noun', source: '<obj nsubj', target: 'nmod:in' },
        { trigger: '', triggerKinds: ['MILITARY_FORCE', 'COALITION'], source: '.', target: 'nmod:in' },
      ],
    },
  },
  WITHDRAWS_FROM: {
    symmetric: false,
    description: 'Withdraws forces from the target territory.',
    territorial: true,
    cameo: '08',
    ends: between(FORCES, ['STATE']),
    signals: {
      verbs: ['withdraw from', 'pull out of', 'retreat from', 'leave', 'evacuate', 'exit', 'depart', 'pull from'],
      nouns: ['withdrawal', 'pullout', 'retreat', 'departure', 'exit'],
      patterns: [
        { trigger: 'withdraw|pull|bring', pos: 'verb', source: 'nsubj', target: 'obl:from' },
        { trigger: 'withdrawal|pullout|departure|exit|redeployment', pos: 'noun', source: ['nmod:of', 'nmod:poss', 'amod'], target: 'nmod:from' },
      ],
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
