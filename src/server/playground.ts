/**
 * The GraphQL playground: GraphiQL from the installed npm packages, served by the service itself,
 * so it works without internet access (the default Apollo landing page loads from a CDN). It
 * opens with the example queries in tabs.
 */
import { pageHead } from './favicon';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EXAMPLE_QUERIES } from '../graphql/examples';
import { StaticPage } from './http-server';

const ASSETS: readonly [string, string, string, string][] = [
  ['/playground/react.js', 'react', 'umd/react.production.min.js', 'text/javascript; charset=utf-8'],
  ['/playground/react-dom.js', 'react-dom', 'umd/react-dom.production.min.js', 'text/javascript; charset=utf-8'],
  ['/playground/graphiql.js', 'graphiql', 'dist/index.umd.js', 'text/javascript; charset=utf-8'],
  ['/playground/graphiql.css', 'graphiql', 'dist/style.css', 'text/css; charset=utf-8'],
];

/** A file of an installed package; the packages' export maps do not list their UMD builds. */
function packageFile(name: string, file: string): string {
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== name) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package ${name} has no package.json above ${require.resolve(name)}`);
    dir = parent;
  }
  return join(dir, file);
}

const PAGE = `${pageHead('actorgraph GraphQL playground', '/playground/graphiql.css', '<style>html, body, #playground { height: 100%; margin: 0; }</style>')}
<body>
  <div id="playground">Loading the playground...</div>
  <script src="/playground/react.js"></script>
  <script src="/playground/react-dom.js"></script>
  <script src="/playground/graphiql.js"></script>
  <script src="/playground/init.js"></script>
</body>
</html>
`;

function initScript(): string {
  const tabs = EXAMPLE_QUERIES.map((example) => ({ query: example.query }));
  return `(function () {
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  var root = ReactDOM.createRoot(document.getElementById('playground'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultTabs: ${JSON.stringify(tabs)}, defaultEditorToolsVisibility: true }));
})();
`;
}

export function playgroundPages(): Map<string, StaticPage> {
  const pages = new Map<string, StaticPage>();
  const html: StaticPage = { contentType: 'text/html; charset=utf-8', body: PAGE };
  pages.set('/playground', html);
  pages.set('/playground/init.js', { contentType: 'text/javascript; charset=utf-8', body: initScript() });
  for (const [path, name, file, contentType] of ASSETS) pages.set(path, { contentType, body: readFileSync(packageFile(name, file)) });
  return pages;
}
