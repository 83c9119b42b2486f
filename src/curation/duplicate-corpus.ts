/**
 * A reproducible corpus for measuring `possibleDuplicates`: actors with realistic names in
 * clusters of related actors, among which some pairs are planted duplicates (one actor written
 * under a second name: a spelling variant, an acronym, the surname alone, another script) and as
 * many are near misses (two actors whose names look alike: the same surname with another given
 * name, a group name one word apart, given names that transliteration makes look alike, units of
 * two cities). It is written in the loader's `.jsonl` layout, so the real loading path builds the
 * graph, and the truth comes back beside the files.
 *
 * A duplicate is written about with the actors around its original: its relations go to one to
 * three of the original's neighbours (plus, half the time, one other). A near miss has relations
 * of its own, drawn like every other actor's. Names that look alike by accident are refused while
 * names are drawn, so the only look-alikes are the planted ones.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { seededRandom } from '../graph/seeded-random';
import { ActorKind, RELATION_TYPE_NAMES, RelationType, isSymmetric } from '../graph/vocabulary';
import {
  ARABIC_NAMES,
  CITIES,
  CONFUSABLE_GIVEN_NAMES,
  FAMILY_NAMES,
  GIVEN_NAMES,
  GROUP_PREFIXES,
  PARTY_WORDS,
  SYLLABLES,
  toCyrillic,
  UNITS,
} from './duplicate-corpus.names';
import { nameForm } from './name-forms';

export type DuplicateKind = 'spelling' | 'acronym' | 'surname' | 'cyrillic' | 'arabic';
export type NearMissKind = 'same-surname' | 'one-word' | 'confusable-given-name' | 'other-city';

export interface DuplicateCorpusOptions {
  readonly actors: number;
  readonly planted: number;
  readonly nearMisses: number;
  readonly seed: number;
  /** Every id starts with it, so that the corpus can be told apart from other data and removed. */
  readonly idPrefix: string;
  readonly outDir: string;
}

export interface PlantedPair {
  readonly a: string;
  readonly b: string;
  readonly names: readonly [string, string];
}

export interface DuplicateCorpus {
  readonly files: string[];
  readonly actorIds: string[];
  readonly planted: (PlantedPair & { readonly kind: DuplicateKind })[];
  readonly nearMisses: (PlantedPair & { readonly kind: NearMissKind })[];
}

interface CorpusActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly cluster: number;
  /** The parts a name was built from, for variants. */
  readonly given?: string;
  readonly family?: string;
  readonly words?: readonly string[];
}

const CLUSTER_SIZE = 100;
const RELATIONS_PER_ACTOR = 2;
const RELATIONS_PER_DOCUMENT = 60;

const KIND_SHARES: readonly (readonly [ActorKind, number])[] = [
  ['PERSON', 0.45],
  ['ARMED_GROUP', 0.17],
  ['ORGANIZATION', 0.2],
  ['MILITARY_FORCE', 0.12],
  ['GOVERNMENT', 0.03],
  ['POPULATION', 0.03],
];

class NameDraw {
  private readonly taken = new Set<string>();

  constructor(private readonly next: () => number) {}

  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.next() * values.length)];
  }

  /** A made-up word of two or three syllables, capitalised. */
  word(): string {
    const syllables = 2 + Math.floor(this.next() * 2);
    const text = Array.from({ length: syllables }, () => this.pick(SYLLABLES)).join('');
    return text[0].toUpperCase() + text.slice(1);
  }

  private readonly written = new Set<string>();
  private readonly surnames = new Set<string>();

  /** A made-up surname no one else in the corpus has, with or without the article. */
  surname(): string {
    for (;;) {
      const word = `${this.word()}i`;
      const key = nameForm(word).skeletons.join(' ');
      if (this.surnames.has(key)) continue;
      this.surnames.add(key);
      return `${this.pick(['al-', ''])}${word}`;
    }
  }

  /** Takes the name unless one that sounds the same is taken; false when it is. */
  claim(name: string): boolean {
    const form = nameForm(name);
    const key = form.skeletons.join(' ');
    if (key === '' || this.taken.has(key)) return false;
    this.taken.add(key);
    this.written.add(form.normalized);
    return true;
  }

  /** Takes a name meant to look like a taken one (a near miss), unless it is written the same; false when it is. */
  claimLookAlike(name: string): boolean {
    const form = nameForm(name);
    if (this.written.has(form.normalized)) return false;
    this.taken.add(form.skeletons.join(' '));
    this.written.add(form.normalized);
    return true;
  }
}

function drawActor(draw: NameDraw, kind: ActorKind): Omit<CorpusActor, 'id' | 'cluster'> {
  switch (kind) {
    case 'PERSON': {
      const given = draw.pick(GIVEN_NAMES);
      // A third of the people have a surname that no one else has, as the well-known often do.
      const family = draw.pick([0, 1, 2]) === 0 ? draw.surname() : draw.pick(FAMILY_NAMES);
      return { name: `${given} ${family}`, kind, given, family };
    }
    case 'ARMED_GROUP': {
      const words = [draw.pick(GROUP_PREFIXES), `al-${draw.word()}`];
      return { name: words.join(' '), kind, words };
    }
    case 'ORGANIZATION': {
      const words = [draw.pick(PARTY_WORDS.first), draw.pick(PARTY_WORDS.second), draw.pick(PARTY_WORDS.third)];
      return { name: words.join(' '), kind, words };
    }
    case 'MILITARY_FORCE': {
      const words = [draw.pick(CITIES), draw.pick(UNITS), draw.word()];
      return { name: words.join(' '), kind, words };
    }
    case 'GOVERNMENT':
      return { name: `${draw.word()} Provincial Council`, kind, words: [] };
    default:
      return { name: `${draw.word()} Tribe`, kind, words: [] };
  }
}

/** A spelling another writer would use: one vowel or doubled letter changed, or the article written apart. */
function spellingVariant(name: string, draw: NameDraw): string {
  const rules: readonly ((text: string) => string)[] = [
    (text) => text.replace(/al-/, 'al '),
    (text) => text.replace(/al-/, 'el-'),
    (text) => text.replace(/([^aeiou\s])\1/, '$1'),
    (text) => text.replace(/([bdfklmnrst])([aeiou])/, '$1$1$2'),
    (text) => text.replace(/o(?=[a-z])/, 'u'),
    (text) => text.replace(/e(?=[a-z])/, 'i'),
    (text) => text.replace(/q/, 'k'),
    (text) => text.replace(/ou/, 'u'),
  ];
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const variant = draw.pick(rules)(name);
    if (variant !== name) return variant;
  }
  return name.replace(/a/, 'aa');
}

function acronym(words: readonly string[]): string {
  return words.map((word) => word.replace(/^al-/, '')[0].toUpperCase()).join('');
}

interface Relation {
  readonly type: RelationType;
  readonly from: number;
  readonly to: number;
}

export async function generateDuplicateCorpus(options: DuplicateCorpusOptions): Promise<DuplicateCorpus> {
  const next = seededRandom(options.seed);
  const draw = new NameDraw(next);
  const actors: CorpusActor[] = [];
  const add = (actor: Omit<CorpusActor, 'id'>): number => {
    actors.push({ ...actor, id: `${options.idPrefix}a${actors.length}` });
    return actors.length - 1;
  };
  const kindAt = (): ActorKind => {
    let roll = next();
    for (const [kind, share] of KIND_SHARES) if ((roll -= share) < 0) return kind;
    return 'PERSON';
  };
  const base = options.actors - options.planted - options.nearMisses;
  for (let attempt = 0; actors.length < base; attempt += 1) {
    if (attempt > 20 * options.actors) throw new Error(`could not draw ${base} distinct names: ask for fewer actors`);
    const drawn = drawActor(draw, kindAt());
    if (draw.claim(drawn.name)) add({ ...drawn, cluster: Math.floor(actors.length / CLUSTER_SIZE) });
  }

  const nearMisses: DuplicateCorpus['nearMisses'] = [];
  const nearMissKinds: readonly NearMissKind[] = ['same-surname', 'one-word', 'confusable-given-name', 'other-city'];
  const used = new Set<number>();
  const pickBase = (kinds: readonly ActorKind[], test: (actor: CorpusActor) => boolean = () => true): number => {
    for (let attempt = 0; ; attempt += 1) {
      if (attempt > 100 * base) throw new Error(`the corpus has no actor of ${kinds.join(' or ')} left to plant on: ask for fewer pairs or more actors`);
      const index = Math.floor(next() * base);
      if (!used.has(index) && kinds.includes(actors[index].kind) && test(actors[index])) {
        used.add(index);
        return index;
      }
    }
  };
  while (nearMisses.length < options.nearMisses) {
    const kind = nearMissKinds[nearMisses.length % nearMissKinds.length];
    let first: number;
    let names: [string, string];
    if (kind === 'same-surname') {
      first = pickBase(['PERSON'], (actor) => FAMILY_NAMES.includes(actor.family as never));
      const given = draw.pick(GIVEN_NAMES.filter((name) => name !== actors[first].given));
      names = [actors[first].name, `${given} ${actors[first].family}`];
    } else if (kind === 'one-word') {
      first = pickBase(['ORGANIZATION']);
      const words = [...actors[first].words!];
      const slot = Math.floor(next() * 3);
      const pool = [PARTY_WORDS.first, PARTY_WORDS.second, PARTY_WORDS.third][slot];
      words[slot] = draw.pick(pool.filter((word) => word !== words[slot]));
      names = [actors[first].name, words.join(' ')];
    } else if (kind === 'confusable-given-name') {
      // A new pair of people: the base actor is renamed to the first name of a confusable pair.
      const [one, other] = draw.pick(CONFUSABLE_GIVEN_NAMES);
      const family = draw.surname();
      if (!draw.claim(`${one} ${family}`)) continue;
      first = add({ name: `${one} ${family}`, kind: 'PERSON', cluster: Math.floor(next() * (base / CLUSTER_SIZE)), given: one, family });
      names = [actors[first].name, `${other} ${family}`];
    } else {
      first = pickBase(['MILITARY_FORCE']);
      const words = [...actors[first].words!];
      words[0] = draw.pick(CITIES.filter((city) => city !== words[0]));
      names = [actors[first].name, words.join(' ')];
    }
    if (!draw.claimLookAlike(names[1])) continue;
    const second = add({ name: names[1], kind: actors[first].kind, cluster: Math.floor(next() * (base / CLUSTER_SIZE)) });
    nearMisses.push({ a: actors[first].id, b: actors[second].id, names, kind });
  }

  // Relations of every actor drawn so far, mostly within its cluster.
  const relations: Relation[] = [];
  const clusters = Math.ceil(base / CLUSTER_SIZE);
  const count = actors.length;
  for (let from = 0; from < count; from += 1) {
    for (let k = 0; k < RELATIONS_PER_ACTOR; k += 1) {
      const cluster = next() < 0.8 ? actors[from].cluster % clusters : Math.floor(next() * clusters);
      const to = Math.min(base - 1, cluster * CLUSTER_SIZE + Math.floor(next() * CLUSTER_SIZE));
      if (to !== from) relations.push({ type: draw.pick(RELATION_TYPE_NAMES), from, to });
    }
  }
  const neighbours = (index: number): number[] => [...new Set(relations.flatMap((r) => (r.from === index ? [r.to] : r.to === index ? [r.from] : [])))];

  const planted: DuplicateCorpus['planted'] = [];
  const plantKinds: readonly DuplicateKind[] = ['spelling', 'acronym', 'surname', 'spelling', 'cyrillic', 'arabic', 'acronym', 'surname'];
  while (planted.length < options.planted) {
    const kind = plantKinds[planted.length % plantKinds.length];
    let original: number;
    let name: string;
    if (kind === 'spelling') {
      original = pickBase(['PERSON', 'ARMED_GROUP']);
      name = spellingVariant(actors[original].name, draw);
    } else if (kind === 'acronym') {
      original = pickBase(['ORGANIZATION', 'ARMED_GROUP', 'MILITARY_FORCE'], (actor) => (actor.words ?? []).length >= 2);
      name = acronym(actors[original].name.split(' '));
      if (!draw.claimLookAlike(name)) continue;
    } else if (kind === 'surname') {
      original = pickBase(['PERSON'], (actor) => !FAMILY_NAMES.includes(actor.family as never));
      name = actors[original].family!;
    } else if (kind === 'cyrillic') {
      original = pickBase(['PERSON', 'ARMED_GROUP']);
      name = toCyrillic(actors[original].name);
    } else {
      original = pickBase(['PERSON'], (actor) => ARABIC_NAMES[actor.given!] !== undefined && ARABIC_NAMES[actor.family!] !== undefined);
      name = `${ARABIC_NAMES[actors[original].given!]} ${ARABIC_NAMES[actors[original].family!]}`;
    }
    const around = neighbours(original);
    if (around.length === 0) continue;
    const copy = add({ name, kind: actors[original].kind, cluster: actors[original].cluster });
    const shared = 1 + Math.floor(next() * Math.min(3, around.length));
    for (const neighbour of around.sort(() => next() - 0.5).slice(0, shared)) relations.push({ type: draw.pick(RELATION_TYPE_NAMES), from: copy, to: neighbour });
    if (next() < 0.5) relations.push({ type: draw.pick(RELATION_TYPE_NAMES), from: copy, to: Math.floor(next() * base) });
    planted.push({ a: actors[original].id, b: actors[copy].id, names: [actors[original].name, name], kind });
  }

  const files = await writeDocuments(actors, relations.sort(() => next() - 0.5), options);
  return { files, actorIds: actors.map((actor) => actor.id), planted, nearMisses };
}

/** One document per RELATIONS_PER_DOCUMENT relations, one sentence per relation, every actor quoted by its name. */
async function writeDocuments(actors: readonly CorpusActor[], relations: readonly Relation[], options: DuplicateCorpusOptions): Promise<string[]> {
  mkdirSync(options.outDir, { recursive: true });
  const files: string[] = [];
  for (let start = 0, number = 0; start < relations.length; start += RELATIONS_PER_DOCUMENT, number += 1) {
    const seen = new Set<string>();
    const group = relations.slice(start, start + RELATIONS_PER_DOCUMENT).filter((relation) => {
      const [a, b] = isSymmetric(relation.type) && relation.to < relation.from ? [relation.to, relation.from] : [relation.from, relation.to];
      const key = `${relation.type} ${a} ${b}`;
      if (relation.from === relation.to || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const sentences = group.map((relation) => `${actors[relation.from].name} and ${actors[relation.to].name}: ${relation.type.toLowerCase().replace(/_/g, ' ')}.`);
    const id = `${options.idPrefix}doc-${String(number).padStart(5, '0')}`;
    const file = join(options.outDir, `${id}.jsonl`);
    const out = createWriteStream(file);
    const write = async (value: unknown): Promise<void> => {
      if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
    };
    await write({ document: { id, title: `Report ${number + 1}`, text: sentences.join('\n'), date: '2024', language: 'en' } });
    for (const index of [...new Set(group.flatMap((relation) => [relation.from, relation.to]))]) {
      const actor = actors[index];
      await write({ actor: { id: actor.id, name: actor.name, kind: actor.kind, evidence: [{ quote: actor.name }] } });
    }
    for (let index = 0; index < group.length; index += 1) {
      const relation = group[index];
      await write({ relation: { type: relation.type, from: actors[relation.from].id, to: actors[relation.to].id, description: 'Generated.', evidence: [{ quote: sentences[index] }] } });
    }
    out.end();
    await once(out, 'finish');
    files.push(file);
  }
  return files;
}
