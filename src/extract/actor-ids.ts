/**
 * Ids for new actors and drafted documents, made from their names.
 *
 * One module so that every path that mints an id (drafting, the annotate command) makes the same
 * one, and a draft never holds two actors under one id.
 */

/** An id from a name, as a slug ("Abu Mahdi al-Muhandis" → "abu-mahdi-al-muhandis"). */
export function slugOf(name: string): string {
  const slug = name
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
