/**
 * The review page without a mouse: which key does what. One table, shown in the page's help and
 * read by its key handler, so that the two cannot disagree. Keys act on the item in focus; while
 * a field has the focus, only Escape is taken (it goes back to the item).
 */

export type KeyAction = 'next' | 'previous' | 'accept' | 'reject' | 'undecide' | 'type' | 'swap' | 'edit' | 'finish' | 'help' | 'back';

export const KEY_TABLE: readonly { readonly keys: readonly string[]; readonly action: KeyAction; readonly says: string }[] = [
  { keys: ['j', 'ArrowDown'], action: 'next', says: 'next item' },
  { keys: ['k', 'ArrowUp'], action: 'previous', says: 'previous item' },
  { keys: ['a'], action: 'accept', says: 'accept (again: undecided)' },
  { keys: ['r'], action: 'reject', says: 'reject (again: undecided)' },
  { keys: ['u'], action: 'undecide', says: 'undecided' },
  { keys: ['t'], action: 'type', says: 'the type (or kind) menu: arrows or the first letters choose, Enter or Escape goes back' },
  { keys: ['s'], action: 'swap', says: 'swap a relation\'s direction' },
  { keys: ['e'], action: 'edit', says: 'edit: name, aliases, link (actors); time and place (relations)' },
  { keys: ['f'], action: 'finish', says: 'go to Finish' },
  { keys: ['?'], action: 'help', says: 'show these keys' },
  { keys: ['Escape'], action: 'back', says: 'back from a field to its item' },
];

/** What a key press does, or null when the page leaves it to the browser. */
export function keyAction(key: string, modifiers: { readonly ctrl: boolean; readonly alt: boolean; readonly meta: boolean }, inField: boolean): KeyAction | null {
  if (modifiers.ctrl || modifiers.alt || modifiers.meta) return null;
  if (inField) return key === 'Escape' ? 'back' : null;
  return KEY_TABLE.find((entry) => entry.keys.includes(key))?.action ?? null;
}
