/**
 * The English words that say what kind of actor a name is: a person's title ("General",
 * "Prime Minister"), the head noun of a group's name ("militia", "movement", "forces",
 * "government", "coalition"), and the particles inside Arabic and other names ("al", "bin").
 */
import { ActorKind } from '../graph/vocabulary';

/** Head nouns that give a group its kind; the last word of a name is looked up here. */
export const KIND_CUES: Readonly<Record<string, ActorKind>> = {
  government: 'GOVERNMENT',
  junta: 'GOVERNMENT',
  regime: 'GOVERNMENT',
  administration: 'GOVERNMENT',
  cabinet: 'GOVERNMENT',
  ministry: 'GOVERNMENT',
  officials: 'GOVERNMENT',
  parliament: 'GOVERNMENT',
  senate: 'GOVERNMENT',
  assembly: 'GOVERNMENT',
  congress: 'GOVERNMENT',
  legislature: 'GOVERNMENT',
  presidency: 'GOVERNMENT',
  authorities: 'GOVERNMENT',
  authority: 'GOVERNMENT',
  council: 'ORGANIZATION',
  commission: 'ORGANIZATION',
  secretariat: 'ORGANIZATION',
  forces: 'MILITARY_FORCE',
  force: 'MILITARY_FORCE',
  army: 'MILITARY_FORCE',
  military: 'MILITARY_FORCE',
  troops: 'MILITARY_FORCE',
  soldiers: 'MILITARY_FORCE',
  navy: 'MILITARY_FORCE',
  command: 'MILITARY_FORCE',
  guard: 'MILITARY_FORCE',
  guards: 'MILITARY_FORCE',
  corps: 'MILITARY_FORCE',
  police: 'MILITARY_FORCE',
  militia: 'ARMED_GROUP',
  company: 'ORGANIZATION',
  corporation: 'ORGANIZATION',
  mission: 'MILITARY_FORCE',
  community: 'ORGANIZATION',
  association: 'ORGANIZATION',
  bloc: 'ORGANIZATION',
  bank: 'ORGANIZATION',
  court: 'ORGANIZATION',
  institute: 'ORGANIZATION',
  foundation: 'ORGANIZATION',
  militias: 'ARMED_GROUP',
  militants: 'ARMED_GROUP',
  rebels: 'ARMED_GROUP',
  insurgents: 'ARMED_GROUP',
  fighters: 'ARMED_GROUP',
  factions: 'ARMED_GROUP',
  faction: 'ARMED_GROUP',
  brigade: 'ARMED_GROUP',
  brigades: 'ARMED_GROUP',
  resistance: 'ARMED_GROUP',
  clan: 'ARMED_GROUP',
  cartel: 'ARMED_GROUP',
  gang: 'ARMED_GROUP',
  guerrillas: 'ARMED_GROUP',
  front: 'ARMED_GROUP',
  groups: 'ARMED_GROUP',
  group: 'ARMED_GROUP',
  movement: 'ORGANIZATION',
  party: 'ORGANIZATION',
  organization: 'ORGANIZATION',
  organisation: 'ORGANIZATION',
  union: 'ORGANIZATION',
  league: 'ORGANIZATION',
  committee: 'ORGANIZATION',
  agency: 'ORGANIZATION',
  coalition: 'COALITION',
  alliance: 'COALITION',
  state: 'ARMED_GROUP',
  population: 'POPULATION',
  civilians: 'POPULATION',
  people: 'POPULATION',
  residents: 'POPULATION',
};

/**
 * A state's own bodies whose capitalised noun alone is a name: "the Senate", "Parliament" (where
 * "Army" alone is a group noun capitalised by its place, these name one body of the state meant).
 */
export const STATE_BODY_NOUNS: ReadonlySet<string> = new Set(['senate', 'parliament', 'congress', 'assembly', 'legislature', 'presidency']);

/** Lower-case cue nouns that make a group's name when a proper name or demonym precedes them ("Iraqi security forces"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set(Object.keys(KIND_CUES).filter((word) => !['state', 'front', 'union', 'group', 'people'].includes(word)));

/** A minister's portfolio before the title ("Finance Minister X"): part of the title, not an organisation's name. */
const PORTFOLIOS = [
  'finance', 'justice', 'health', 'energy', 'information', 'economy', 'trade', 'agriculture', 'education', 'transport', 'labour', 'labor',
  'planning', 'petroleum', 'mines', 'communications', 'environment', 'tourism', 'affairs', 'home', 'security',
];

/** A person's titles: they lead a name and are kept as the person's role, not as part of the name. */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'president', 'prime', 'minister', 'general', 'brigadier', 'colonel', 'major', 'lieutenant', 'captain', 'commander',
  'dr', 'dr.', 'doctor', 'sheikh', 'shaykh', 'sayyed', 'imam', 'ayatollah', 'king', 'queen', 'prince', 'emir', 'mr', 'mr.',
  'mrs', 'mrs.', 'ms', 'ms.', 'senator', 'governor', 'mayor', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'secretary',
  'foreign', 'defence', 'defense', 'interior', 'deputy', 'vice', 'admiral', 'marshal', 'field', 'sergeant', 'leader',
  'acting', 'interim', 'caretaker', 'former', 'outgoing', 'speaker', ...PORTFOLIOS,
]);

/** Title words that only qualify the title after them ("Defence Minister", "Deputy Commander", "Acting Prime Minister"). */
export const TITLE_QUALIFIERS: ReadonlySet<string> = new Set(['prime', 'foreign', 'defence', 'defense', 'interior', 'deputy', 'vice', 'field', 'acting', 'interim', 'caretaker', 'former', 'outgoing', ...PORTFOLIOS]);

/** Words inside a person's name that are not capitalised ("Abu Mahdi al Muhandis", "Osama bin Laden"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'abd', 'de', 'van', 'von', 'da', 'ul', 'wal']);

/** Small words a group's name may hold between capitalised words ("Islamic Resistance in Iraq", "Ministry of Defence"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'in', 'for', 'and']);

/** Capitalised words that start sentences or titles but never a name. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'for', 'of', 'and', 'but', 'or', 'since', 'although', 'though', 'while', 'when', 'after',
  'before', 'during', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'it', 'he', 'she', 'they', 'we',
  'i', 'you', 'there', 'here', 'as', 'with', 'by', 'from', 'to', 'if', 'then', 'also', 'however', 'meanwhile', 'yet', 'so',
  'some', 'many', 'most', 'all', 'both', 'each', 'other', 'no', 'not', 'one', 'two', 'three', 'on', 'last', 'next', 'earlier',
  'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'operation', 'according',
  'what', 'who', 'which', 'where', 'why', 'how', 'dozens', 'hundreds', 'thousands', 'several', 'following', 'despite',
]);

export function kindOfCue(word: string): ActorKind | undefined {
  return Object.prototype.hasOwnProperty.call(KIND_CUES, word.toLowerCase()) ? KIND_CUES[word.toLowerCase()] : undefined;
}

/**
 * Plain nouns for an actor's people, means and holdings, which stand for the actor that owns them:
 * "fighters of X", "Kenyan troops", "X's jets", "Ugandan police officers", "X positions" (an attack
 * on them is an attack on X), "bases held by X", "Estonian airspace" and "Somali territory" (troops
 * that enter them are present in the state).
 */
export const STAND_IN_NOUNS: ReadonlySet<string> = new Set([
  'fighter', 'troop', 'soldier', 'force', 'member', 'militant', 'unit', 'official', 'officer', 'delegation', 'delegate', 'jet', 'warplane',
  'aircraft', 'drone', 'warship', 'ship', 'vessel', 'militiaman', 'gunman', 'supporter', 'contingent', 'personnel', 'police', 'leadership',
  'representative', 'negotiator', 'diplomat', 'envoy', 'leader', 'artillery', 'tank', 'army', 'navy', 'militia', 'rebel', 'insurgent', 'guerrilla',
  'mercenary', 'tanker', 'airstrike', 'strike', 'shelling', 'bombardment', 'raid', 'offensive', 'position', 'base', 'stronghold', 'camp', 'headquarters', 'hideout', 'convoy', 'checkpoint', 'outpost', 'target', 'facility', 'depot',
  'helicopter', 'frigate', 'territory', 'airspace', 'water', 'soil', 'post', 'embassy', 'consulate', 'station',
  // A state's or a group's installations: "a Russian oil refinery", "an Israeli airbase".
  'refinery', 'airbase', 'airfield', 'barracks', 'installation', 'arsenal', 'warehouse', 'pipeline',
]);

/** Places that stand for an actor only where the text says it holds them: "villages held by X", "towns controlled by X". */
export const HELD_PLACES: ReadonlySet<string> = new Set(['village', 'town', 'city', 'area', 'district', 'region', 'neighbourhood', 'neighborhood', 'port', 'airport']);
