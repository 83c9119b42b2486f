/**
 * Where a submitted draft's actors are named in its text, for the page to highlight: the drafting
 * rules give their mentions, a draft made elsewhere (a file of `npm run annotate`) gives none, so
 * they are found again here from each actor's name and aliases, whole words only, the longest
 * name first and no stretch of text claimed twice.
 */
import { ActorItem, DraftMention } from './review-draft.types';

const WORD = /[\p{L}\p{N}]/u;

export function findMentions(text: string, actors: readonly ActorItem[]): DraftMention[] {
  const names = actors
    .flatMap((actor) => [actor.state.name, ...actor.state.aliases].map((name) => ({ itemId: actor.itemId, name })))
    .filter(({ name }) => name.trim() !== '')
    .sort((a, b) => b.name.length - a.name.length);
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const mentions: DraftMention[] = [];
  for (const { itemId, name } of names) {
    for (let start = text.indexOf(name); start >= 0; start = text.indexOf(name, start + 1)) {
      const end = start + name.length;
      const wholeWord = !WORD.test(text[start - 1] ?? '') && !WORD.test(text[end] ?? '');
      if (!wholeWord || taken.slice(start, end).some(Boolean)) continue;
      taken.fill(true, start, end);
      mentions.push({ itemId, start, end });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
