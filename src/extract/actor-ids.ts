/**
 * Ids for new actors and drafted documents, made from their names.
 *
 * One module so that every path that mints an id (drafting, the annotate command) makes the same
 * one, and a draft never holds two actors under one id, nor gives a new actor the id of one the
 * graph already holds.
 *
 * Names in any script give readable ids: a name is transliterated to Latin letters first (the
 * `transliteration` package: Arabic "قاسم سليماني" → "qsm-slymny", Cyrillic "Сергей Лавров" →
 * "sergey-lavrov", Turkish "İbrahim Kalın" → "ibrahim-kalin"), then made a slug. Arabic script
 * writes few vowels, so its ids keep the consonants the name is written with; they stay distinct
 * and can be read back against the name. A name with no letter or digit in any script gets `actor`.
 */
import { transliterate } from 'transliteration';
import { MAX_ID_CHARS } from '../config/annotation-limits';
import { KnownActor } from './draft.types';

/** Room left in an id for the `-2`, `-3`, ... that tells apart two actors of one name. */
const SUFFIX_ROOM = 8;

/**
 * An id from a name, as a slug ("Abu Mahdi al-Muhandis" → "abu-mahdi-al-muhandis", "Владимир
 * Путин" → "vladimir-putin"), within the format's id limit (MAX_ID_CHARS, less room for a
 * suffix): a long first sentence drafts a document id that saving accepts.
 */
export function slugOf(name: string): string {
  const slug = fullSlugOf(name).slice(0, MAX_ID_CHARS - SUFFIX_ROOM).replace(/-+$/, '');
  return slug === '' ? 'actor' : slug;
}

function fullSlugOf(name: string): string {
  const slug = transliterate(name.normalize('NFC'))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'actor' : slug;
}

/** An id for a new actor named `name` that no id in `taken` already is: the slug, then the slug with -2, -3, .... */
export function newActorId(name: string, taken: (id: string) => boolean): string {
  const base = slugOf(name);
  let id = base;
  for (let n = 2; taken(id); n += 1) id = `${base}-${n}`;
  return id;
}

const GRAPH_IDS = new WeakMap<readonly KnownActor[], ReadonlySet<string>>();

/** The ids of the graph's actors, made once per list (the API passes the same list to every draft). */
function graphIds(known: readonly KnownActor[]): ReadonlySet<string> {
  let ids = GRAPH_IDS.get(known);
  if (ids === undefined) {
    ids = new Set(known.map((actor) => actor.id));
    GRAPH_IDS.set(known, ids);
  }
  return ids;
}

/**
 * New ids for the draft's new actors whose id an actor of the graph already has (an actor the
 * draft did not link: another name made the same slug). Loading the draft would otherwise add
 * the new actor's quotes to that other actor. Returns old id → new id for each one renamed.
 */
export function idsApartFromGraph(newIds: readonly string[], draftIds: ReadonlySet<string>, known: readonly KnownActor[]): Map<string, string> {
  const graph = graphIds(known);
  const renamed = new Map<string, string>();
  const taken = (id: string): boolean => graph.has(id) || draftIds.has(id) || [...renamed.values()].includes(id);
  for (const id of newIds) {
    if (!graph.has(id)) continue;
    let candidate = id;
    for (let n = 2; taken(candidate); n += 1) candidate = `${id}-${n}`;
    renamed.set(id, candidate);
  }
  return renamed;
}
