/**
 * The graph explorer's pages, `/` (the graph) and `/add` (add a document: draft, review, save):
 * static HTML, and the scripts and styles that `npm run build` bundles from src/explorer into
 * dist/explorer with every dependency inside, so the pages load nothing from any other host.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../config/project-root';
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
      <select id="depth"></select>
      <label for="direction">Direction</label>
      <select id="direction"><option value="BOTH">both ways</option><option value="OUT">outgoing</option><option value="IN">incoming</option></select>
      <button type="submit">Show</button>
    </form>
    <form id="path-form" aria-label="Shortest path">
      <label for="path-to">Path to</label>
      <input id="path-to" type="search" list="path-suggestions" autocomplete="off" placeholder="e.g. Sudani">
      <datalist id="path-suggestions"></datalist>
      <label title="Only a chain of relations that does not go back in time: none starts later than one after it ends. Undated relations take no part."><input id="time-respecting" type="checkbox"> time-respecting</label>
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
    <a href="/add">Add a document</a>
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

const ADD_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>actorgraph: add a document</title>
  <link rel="stylesheet" href="/explorer/add-document.css">
</head>
<body class="add-document">
  <header>
    <h1>actorgraph: add a document</h1>
    <a href="/">Back to the graph</a>
  </header>
  <main>
    <form id="draft-form" aria-label="Draft a document">
      <label for="title">Title</label><input id="title" type="text" placeholder="drafted from the text when empty">
      <label for="date">Date</label><input id="date" type="text" inputmode="numeric" placeholder="YYYY[-MM[-DD]]">
      <label for="text">Text</label><textarea id="text" placeholder="Paste the text of a news article" autofocus></textarea>
      <button type="submit">Draft</button>
    </form>
    <div id="message" role="status" hidden></div>
    <section id="review" aria-label="Review the draft" hidden>
      <div>
        <h2>The text</h2>
        <p class="legend-inline"><mark class="mention known">actor in the graph</mark> <mark class="mention new">new actor</mark></p>
        <div id="draft-text"></div>
        <h2>Actors</h2>
        <ul id="draft-actors"></ul>
        <ul id="draft-warnings" aria-label="Warnings"></ul>
      </div>
      <div>
        <h2>Proposed relations</h2>
        <ol id="draft-relations"></ol>
      </div>
      <p id="save-summary" role="status"></p>
      <form id="save-form" aria-label="Save the reviewed document">
        <label for="document-id">Document id</label><input id="document-id" type="text" required>
        <label for="api-key">API key</label><input id="api-key" type="password" autocomplete="off" required>
        <button type="submit">Save accepted relations</button>
      </form>
    </section>
  </main>
  <script src="/explorer/add-document.js"></script>
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
  pages.set('/add', { contentType: 'text/html; charset=utf-8', body: ADD_PAGE });
  pages.set('/explorer/add-document.js', { contentType: 'text/javascript; charset=utf-8', body: readFileSync(join(dir, 'add-document.js')) });
  pages.set('/explorer/add-document.css', { contentType: 'text/css; charset=utf-8', body: readFileSync(join(dir, 'add-document.css')) });
  return pages;
}
