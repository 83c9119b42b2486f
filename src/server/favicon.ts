/**
 * The service's icon (three actors and the relations between them, drawn as SVG so one small
 * file serves every size) and the head of its pages, which names it. Browsers ask for `/favicon.ico` on every page of their own accord;
 * answering it keeps a 404 out of every page load, the logs and the metrics.
 */
import { StaticPage } from './http-server';

const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
<path d="M8 24 L16 8 L24 24 Z" fill="none" stroke="#4a5568" stroke-width="2.5"/>
<circle cx="16" cy="8" r="5" fill="#d9822b"/><circle cx="8" cy="24" r="5" fill="#2b6cb0"/><circle cx="24" cy="24" r="5" fill="#2f855a"/>
</svg>
`;

/** The icon under both names a browser asks for. */
export function faviconPages(): Map<string, StaticPage> {
  const icon: StaticPage = { contentType: 'image/svg+xml', body: ICON };
  return new Map([
    ['/favicon.ico', icon],
    ['/favicon.svg', icon],
  ]);
}

/**
 * The head every page of the service opens with: its title, the icon (so browsers take the SVG),
 * and its stylesheet; `extra` for what one page needs besides.
 */
export function pageHead(title: string, stylesheet: string, extra = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="${stylesheet}">${extra === '' ? '' : `\n  ${extra}`}
</head>`;
}
