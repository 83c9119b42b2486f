/**
 * What both pages of the explorer do with their HTML: find an element the page must have, show a
 * message in the page's message box, and say in a line what went wrong.
 */

export function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found as T;
}

/** Shows a message of a kind (its class, for the style) in `box`; `none` hides the box. */
export function messageBox<Kind extends string>(box: HTMLElement): (kind: Kind | 'none', text?: string) => void {
  return (kind, text = '') => {
    box.textContent = text;
    box.className = kind;
    box.hidden = kind === 'none';
  };
}

/** What went wrong, in a line: an error's message (an ApiError's carries the API's code), or the thrown value. */
export function describeError(error: unknown): string {
  const message = (error as { message?: unknown } | null | undefined)?.message;
  return typeof message === 'string' ? message : String(error);
}
