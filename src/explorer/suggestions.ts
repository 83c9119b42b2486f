/**
 * The search boxes: suggestions from the full-text search while a person types, and what was
 * typed resolved to an actor id when the form is sent.
 */
import { KIND_STYLES } from './graph-style';
import { suggest, Suggestion } from './graphql-client';
import { describeError } from './page';

/** Resolves what was typed to an actor id: a suggestion's name, or the best search hit. */
export async function resolveActor(text: string, offered: Suggestion[], first: number): Promise<string | null> {
  const exact = offered.find((suggestion) => suggestion.name === text || suggestion.id === text);
  if (exact) return exact.id;
  const [best] = await suggest(text, first);
  return best?.id ?? null;
}

/** Fills `list` with up to `first` suggestions for what `input` holds, and keeps them in `offered`. */
export function offerSuggestions(input: HTMLInputElement, list: HTMLDataListElement, offered: Suggestion[], first: number, showError: (text: string) => void): void {
  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) return;
    timer = window.setTimeout(() => {
      suggest(text, first)
        .then((found) => {
          offered.splice(0, offered.length, ...found);
          list.replaceChildren(
            ...found.map((suggestion) => {
              const option = document.createElement('option');
              option.value = suggestion.name;
              option.label = KIND_STYLES[suggestion.kind]?.label ?? suggestion.kind;
              return option;
            }),
          );
        })
        .catch((error: unknown) => showError(`Search failed: ${describeError(error)}`));
    }, 200);
  });
}
