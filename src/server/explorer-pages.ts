/**
 * The graph explorer's page at `/`: static HTML, and the script and style that `npm run build`
 * bundles from src/explorer into dist/explorer with every dependency inside, so the page loads
 * nothing from any other host.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../neo4j/project-root';
import { StaticPage } from './http-server';

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>actorgraph explorer</title>
  <link rel="stylesheet" href="/explorer/explorer.css">
</head>
<body>
  <header>
    <h1>actorgraph</h1>
    <form id="search-form" role="search" aria-label="Find an actor">
      <label for="search">Actor</label>
      <input id="search" type="search" list="search-suggestions" autocomplete="off" placeholder="e.g. Soleimani" autofocus>
      <datalist id="search-suggestions"></datalist>
      <label for="depth">Depth</label>
      <select id="depth"><option value="1">1</option><option value="2">2</option><option value="3">3</option></select>
      <label for="direction">Direction</label>
      <select id="direction"><option value="BOTH">both ways</option><option value="OUT">outgoing</option><option value="IN">incoming</option></select>
      <button type="submit">Show</button>
    </form>
    <form id="path-form" aria-label="Shortest path">
      <label for="path-to">Path to</label>
      <input id="path-to" type="search" list="path-suggestions" autocomplete="off" placeholder="e.g. Sudani">
      <datalist id="path-suggestions"></datalist>
      <button type="submit">Draw path</button>
      <button type="button" id="clear-path" class="secondary">Clear</button>
    </form>
    <form id="time-form" aria-label="Time filter">
      <label for="since">Since</label><input id="since" type="text" inputmode="numeric" placeholder="YYYY[-MM[-DD]]">
      <label for="until">Until</label><input id="until" type="text" inputmode="numeric" placeholder="YYYY[-MM[-DD]]">
      <button type="submit">Filter</button>
      <button type="button" id="clear-time" class="secondary">All times</button>
    </form>
    <details><summary>Relation types</summary><div id="types"></div></details>
    <div id="exports"><button type="button" id="export-png" class="secondary">Export PNG</button><button type="button" id="export-json" class="secondary">Export JSON</button></div>
  </header>
  <main>
    <section id="graph-area" aria-label="Graph">
      <div id="graph"></div>
      <div id="message" role="status" hidden></div>
      <ul id="legend" aria-label="Legend"></ul>
      <p id="status" role="status" data-testid="status"></p>
    </section>
    <aside id="panel" aria-live="polite"><p>Click an actor to expand it (double-click to centre on it), or a relation to read its evidence.</p></aside>
  </main>
  <script src="/explorer/explorer.js"></script>
</body>
</html>
`;

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>actorgraph explorer</title></head>
<body><p>The explorer is not built yet: run <code>npm run build</code>. GraphQL is at <a href="/playground">/playground</a>.</p></body></html>`;

export function explorerPages(): Map<string, StaticPage> {
  const dir = join(projectRoot(), 'dist', 'explorer');
  const pages = new Map<string, StaticPage>();
  if (!existsSync(join(dir, 'explorer.js'))) {
    pages.set('/', { contentType: 'text/html; charset=utf-8', body: NOT_BUILT });
    return pages;
  }
  pages.set('/', { contentType: 'text/html; charset=utf-8', body: PAGE });
  pages.set('/explorer/explorer.js', { contentType: 'text/javascript; charset=utf-8', body: readFileSync(join(dir, 'explorer.js')) });
  pages.set('/explorer/explorer.css', { contentType: 'text/css; charset=utf-8', body: readFileSync(join(dir, 'explorer.css')) });
  return pages;
}
