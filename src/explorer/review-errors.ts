/**
 * An error shown where it belongs: in the error line beside the control that caused it, made
 * visible, scrolled into view (a message far above the control reads as a click that did
 * nothing), and announced to screen readers.
 */

export function showError(box: HTMLElement, text: string): void {
  box.textContent = text;
  box.hidden = false;
  box.setAttribute('role', 'alert');
  box.scrollIntoView({ block: 'nearest', behavior: 'auto' });
}

export function clearError(box: HTMLElement): void {
  box.textContent = '';
  box.hidden = true;
}
