/**
 * The graph's actors indexed for entity linking: every name and alias by its first word, longest
 * first within each word. A graph of 100,000 actors has 200,000 names; indexing them costs more
 * than drafting an article, so the index is built once per list of actors and kept for as long as
 * the caller keeps that list (the API can pass the same list to every draft).
 */
import { KnownActor } from './draft.types';

export interface KnownSurface {
  readonly surface: string;
  readonly actor: KnownActor;
}

export type KnownActorIndex = ReadonlyMap<string, readonly KnownSurface[]>;

const INDEXES = new WeakMap<readonly KnownActor[], KnownActorIndex>();

/** The first word of a name, lower-case: the key a text's token is looked up by. */
export function firstWord(text: string): string {
  const match = /^[\p{L}\p{N}]+/u.exec(text.trim());
  return (match ? match[0] : text.trim().slice(0, 1)).toLowerCase();
}

export function indexKnownActors(actors: readonly KnownActor[]): KnownActorIndex {
  const cached = INDEXES.get(actors);
  if (cached !== undefined) return cached;
  const index = new Map<string, KnownSurface[]>();
  for (const actor of actors) {
    for (const name of new Set([actor.name, ...actor.aliases])) {
      const surface = name.trim();
      if (surface.length < 2) continue;
      const key = firstWord(surface);
      const list = index.get(key);
      if (list === undefined) index.set(key, [{ surface, actor }]);
      else list.push({ surface, actor });
    }
  }
  for (const list of index.values()) if (list.length > 1) list.sort((a, b) => b.surface.length - a.surface.length);
  INDEXES.set(actors, index);
  return index;
}
