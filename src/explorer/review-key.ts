/**
 * The API key the review pages send. It arrives once in the link `npm start` prints
 * (`/review#key=...`: a fragment, which the browser never sends to the server, so no request log
 * holds it), or typed into the page. It is kept in this origin's local storage, so that a tab closed and
 * opened again is still authorised (as Jupyter keeps its token in a cookie), until the person
 * forgets it from the page; the address is rewritten without it, so that it is not bookmarked or
 * shared by accident. A key `npm start` made is good for that run only.
 */

const STORAGE = 'actorgraph-review-key';

/** Takes a key from the page's fragment into local storage, and removes it from the address. */
export function adoptKeyFromLink(): void {
  const match = /(?:^#|&)key=([^&]+)/.exec(window.location.hash);
  if (match === null) return;
  localStorage.setItem(STORAGE, decodeURIComponent(match[1]));
  history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
}

export function hasKey(): boolean {
  return localStorage.getItem(STORAGE) !== null;
}

export function rememberKey(key: string): void {
  localStorage.setItem(STORAGE, key.trim());
}

export function forgetKey(): void {
  localStorage.removeItem(STORAGE);
}

/** The header that authorises a call; none without a key (the service then answers UNAUTHENTICATED). */
export function authorization(): Record<string, string> {
  const key = localStorage.getItem(STORAGE);
  return key === null ? {} : { authorization: `Bearer ${key}` };
}
