/**
 * The graph explorer's pages, `/` (the graph), `/review` (also `/add`: the review queue, where a
 * document is added) and `/review/draft` (one draft under review):
 * static HTML, and the scripts and styles that `npm run build` bundles from src/explorer into
 * dist/explorer with every dependency inside, so the pages load nothing from any other host.
 */
import { pageHead } from './favicon';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../config/project-root';
import { StaticPage } from './http-server';

const PAGE = `${pageHead('actorgraph explorer', '/explorer/explorer.css')}
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
      <button type="submit">Add to scene</button>
    </form>
    <form id="path-form" aria-label="Shortest path">
      <label for="path-to">Path to</label>
      <input id="path-to" type="search" list="path-suggestions" autocomplete="off" placeholder="e.g. Sudani">
      <datalist id="path-suggestions"></datalist>
      <label title="Only a chain of relations that does not go back in time: none starts later than one after it ends. Undated relations take no part."><input id="time-respecting" type="checkbox"> time-respecting</label>
      <button type="submit">Draw path</button>
    </form>
    <form id="quote-form" role="search" aria-label="Find relations by their quotes">
      <label for="quote-search" title="Adds the relations whose quotes best match these words (a search of the evidence, tolerant of typos)">In quotes</label>
      <input id="quote-search" type="search" autocomplete="off" placeholder="e.g. drone strike">
      <button type="submit">Add relations</button>
    </form>
    <form id="time-form" aria-label="Time filter">
      <label for="since">Since</label><input id="since" type="text" inputmode="numeric" placeholder="YYYY[-MM[-DD]]">
      <label for="until">Until</label><input id="until" type="text" inputmode="numeric" placeholder="YYYY[-MM[-DD]]">
      <button type="submit">Filter</button>
      <button type="button" id="clear-time" class="secondary">All times</button>
    </form>
    <details><summary>Relation types</summary><div id="types"></div></details>
    <a href="/add">Add a document</a>
  </header>
  <nav id="scene-tools" aria-label="Scene">
    <button type="button" id="undo" class="secondary" title="Undo the last step (Ctrl+Z)" disabled>Undo</button>
    <button type="button" id="redo" class="secondary" title="Redo (Ctrl+Shift+Z)" disabled>Redo</button>
    <label for="layout">Layout</label><select id="layout"></select>
    <details id="hidden-menu"><summary>Hidden (<span id="hidden-count">0</span>)</summary><ul id="hidden-list"></ul><button type="button" id="show-all" class="secondary">Show all</button></details>
    <button type="button" id="clear-scene" class="secondary" title="Start an empty scene (undo brings this one back)">New scene</button>
    <button type="button" id="copy-link" class="secondary">Copy link</button>
    <button type="button" id="save-scene" class="secondary">Save scene</button>
    <label class="file-button" for="open-scene">Open scene<input id="open-scene" type="file" accept=".json,application/json"></label>
    <div id="exports"><button type="button" id="export-png" class="secondary">Export PNG</button><button type="button" id="export-json" class="secondary">Export JSON</button></div>
  </nav>
  <main>
    <section id="graph-area" aria-label="Graph">
      <div id="notices"><p id="status" role="status" data-testid="status"></p><div id="message" role="status" hidden></div></div>
      <div id="graph-box"><div id="graph"></div></div>
      <div id="time-axis" aria-hidden="true" hidden></div>
      <ul id="legend" aria-label="Legend"></ul>
    </section>
    <aside id="panel" aria-live="polite"><p>Search an actor to start a scene. Click an actor or a relation to read its evidence; double-click an actor to expand it; drag an actor to pin it. Every step can be undone, and the link keeps the scene.</p></aside>
  </main>
  <script src="/explorer/explorer.js"></script>
</body>
</html>
`;

/** The review queue, with the form that adds a document: `/review`, and `/add` (the explorer's link). */
const QUEUE_PAGE = `${pageHead('actorgraph: review', '/explorer/add-document.css')}
<body class="add-document">
  <header>
    <h1>actorgraph: review</h1>
    <a href="/">Back to the graph</a>
    <button type="button" id="forget-key" class="secondary" hidden>Forget the API key</button>
  </header>
  <main>
    <form id="key-form" aria-label="API key" hidden>
      <p>Reviewing needs an API key: open the link <code>npm start</code> printed, or paste a key.</p>
      <label for="api-key">API key</label><input id="api-key" type="password" autocomplete="off">
      <button type="submit">Use this key</button>
      <p id="key-error" class="field-error" hidden></p>
    </form>
    <section aria-labelledby="add-heading">
      <h2 id="add-heading">Add a document</h2>
      <form id="draft-form" aria-label="Draft a document">
        <label for="title">Title</label><input id="title" type="text" placeholder="drafted from the text when empty">
        <label for="date">Date</label><input id="date" type="text" inputmode="numeric" placeholder="YYYY[-MM[-DD]]">
        <label for="text">Text</label><textarea id="text" placeholder="Paste the text of a news article"></textarea>
        <button type="submit" id="draft-button">Draft and review</button>
        <p id="draft-error" class="field-error" hidden></p>
      </form>
    </section>
    <section aria-labelledby="queue-heading">
      <h2 id="queue-heading">Drafts</h2>
      <p class="queue-controls">
        <label for="queue-filter">Show</label>
        <select id="queue-filter"><option value="open">to review</option><option value="done">done</option><option value="all">all</option></select>
        <button type="button" id="open-next">Open the next draft</button>
        <span id="queue-summary" role="status"></span>
      </p>
      <p id="queue-error" class="field-error" hidden></p>
      <table id="queue">
        <thead><tr><th>Title</th><th>Status</th><th>Items</th><th>Decisions</th><th>Kept by</th><th>Last change</th></tr></thead>
        <tbody id="queue-rows"></tbody>
      </table>
      <button type="button" id="queue-more" class="secondary" hidden>More</button>
    </section>
  </main>
  <script src="/explorer/add-document.js"></script>
</body>
</html>
`;

/** One draft under review: `/review/draft?id=...`. */
const DRAFT_PAGE = `${pageHead('actorgraph: review', '/explorer/review-draft.css')}
<body class="add-document review-draft">
  <header>
    <h1>Review: <span id="draft-title"></span></h1>
    <span id="draft-status" role="status"></span>
    <a href="/review">The queue</a>
    <a href="/">The graph</a>
    <span class="keys-hint">Keys: <kbd>?</kbd></span>
  </header>
  <main>
    <p id="page-error" class="field-error" hidden></p>
    <div id="review" hidden>
      <section id="text-panel" aria-labelledby="text-heading">
        <h2 id="text-heading">The text</h2>
        <p class="legend-inline"><mark class="mention known">actor in the graph</mark> <mark class="mention new">new actor</mark> <mark class="quote">quote of the item in focus</mark> · select words to make an actor or a relation of them</p>
        <div id="draft-text" tabindex="0" aria-label="The text of the document"></div>
        <form id="selection-tools" aria-label="From the selected words" hidden>
          <p>Selected: <q id="selection-quote"></q></p>
          <fieldset>
            <legend>A new actor</legend>
            <input id="new-actor-name" type="text" aria-label="Name of the new actor">
            <select id="new-actor-kind" aria-label="Kind of the new actor"></select>
            <button type="button" id="add-actor">Add actor</button>
          </fieldset>
          <fieldset>
            <legend>A relation these words state</legend>
            <select id="new-relation-from" aria-label="Source actor"></select>
            <select id="new-relation-type" aria-label="Relation type"></select>
            <select id="new-relation-to" aria-label="Target actor"></select>
            <input id="new-relation-time" type="text" aria-label="Time" placeholder="time, e.g. 2024-05-04">
            <input id="new-relation-place" type="text" aria-label="Place" placeholder="place">
            <button type="button" id="add-relation">Add relation</button>
          </fieldset>
          <p id="selection-error" class="field-error" hidden></p>
        </form>
        <ul id="draft-warnings" aria-label="Warnings"></ul>
      </section>
      <section id="items-panel" aria-label="Items to decide">
        <h2>Actors</h2>
        <ul id="draft-actors"></ul>
        <h2>Relations</h2>
        <ol id="draft-relations"></ol>
      </section>
      <form id="finish-form" aria-label="Finish the review">
        <p id="finish-summary" role="status"></p>
        <label for="document-id">Document id</label><input id="document-id" type="text">
        <label for="document-title">Title</label><input id="document-title" type="text">
        <label for="document-date">Date</label><input id="document-date" type="text" placeholder="YYYY[-MM[-DD]]">
        <button type="submit" id="finish-button">Finish: write the accepted items</button>
        <p id="finish-error" class="field-error" hidden></p>
        <p id="finished" class="done" role="status" hidden></p>
      </form>
    </div>
  </main>
  <dialog id="keys-help" aria-label="Keys">
    <h2>Keys</h2>
    <dl id="keys-list"></dl>
    <form method="dialog"><button>Close</button></form>
  </dialog>
  <script src="/explorer/review-draft.js"></script>
</body>
</html>
`;

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>actorgraph explorer</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"></head>
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
  pages.set('/add', { contentType: 'text/html; charset=utf-8', body: QUEUE_PAGE });
  pages.set('/review', { contentType: 'text/html; charset=utf-8', body: QUEUE_PAGE });
  pages.set('/review/draft', { contentType: 'text/html; charset=utf-8', body: DRAFT_PAGE });
  for (const bundle of ['add-document', 'review-draft']) {
    pages.set(`/explorer/${bundle}.js`, { contentType: 'text/javascript; charset=utf-8', body: readFileSync(join(dir, `${bundle}.js`)) });
    pages.set(`/explorer/${bundle}.css`, { contentType: 'text/css; charset=utf-8', body: readFileSync(join(dir, `${bundle}.css`)) });
  }
  return pages;
}
