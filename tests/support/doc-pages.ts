/**
 * The project's documentation as the tests read it: README.md and every page under docs/, parsed
 * with markdown-it, so that code fences, headings and links are found as a Markdown renderer finds
 * them (a `#` inside a code block is not a heading, a link inside one is not a link).
 *
 * Two conventions the pages follow, which the docs tests hold them to:
 * - an example is a ```graphql block; when the next block is a ```json block, that block is the
 *   service's answer on the seed graph (the whole response body, without the per-request
 *   `extensions.requestId`), and the test compares the two (a neighbourhood's `nodes` and `edges`
 *   in any order, since the API promises none);
 * - `<!-- example: not compared, REASON -->` on the line before a ```graphql block marks an example
 *   whose answer changes from run to run (a time, a duration): it is run, and must answer without
 *   errors, but its printed answer is not compared;
 * - `<!-- example: not run, REASON -->` marks an example that cannot be sent at all; it is listed,
 *   with its reason, and not sent;
 * - `<!-- examples: load FILE FILE ..., under a key -->` anywhere on a page says that its examples
 *   need the page's own documents (annotation files, relative to the project's root) loaded beside
 *   the seed, and, with "under a key", the service's API key: the test runs such a page's examples
 *   after the seed-only ones, in page order, since one example's write is what the next one shows.
 *
 * What differs on every run is not compared: a full timestamp (`2026-12-06T17:59:22.394Z`) and a
 * record id made of a prefix and a UUID (`deletion-a6ac5dc8-…`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import MarkdownIt from 'markdown-it';

type Token = MarkdownIt.Token;

export const PROJECT_ROOT = join(__dirname, '..', '..');

const markdown = new MarkdownIt({ html: true });
const NOT_COMPARED = /^<!--\s*example:\s*not compared\b/;
const NOT_RUN = /^<!--\s*example:\s*not run,\s*(.+?)\s*-->$/;
const SETUP = /^<!--\s*examples:\s*load\s+(.+?)(,\s*under a key)?\s*-->$/;

export interface DocExample {
  /** The page, relative to the project's root. */
  readonly page: string;
  /** 1-based line of the ```graphql fence. */
  readonly line: number;
  readonly query: string;
  /** The printed answer, or undefined when the page prints none. */
  readonly answer: string | undefined;
  readonly compared: boolean;
  /** Why the example is not sent, when the page says it needs more than the seed graph. */
  readonly notRun: string | undefined;
}

/** What a page's examples need beyond the seed graph. */
export interface DocSetup {
  /** Annotation files to load first, relative to the project's root. */
  readonly load: readonly string[];
  /** Whether its examples are sent with the service's API key. */
  readonly underKey: boolean;
}

export interface DocLink {
  readonly page: string;
  readonly line: number;
  readonly href: string;
}

export interface DocPage {
  /** Relative to the project's root, with forward slashes. */
  readonly path: string;
  readonly examples: readonly DocExample[];
  readonly links: readonly DocLink[];
  /** The anchors its headings get, as GitHub makes them. */
  readonly anchors: ReadonlySet<string>;
  /** What its examples need beyond the seed, when they do. */
  readonly setup: DocSetup | undefined;
}

/** README.md and every Markdown file under docs/, in a stable order. */
export function docPagePaths(): string[] {
  const pages: string[] = ['README.md'];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(join(PROJECT_ROOT, folder), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) pages.push(path);
    }
  };
  walk('docs');
  return pages;
}

export function readDocPage(path: string): DocPage {
  const tokens = markdown.parse(readFileSync(join(PROJECT_ROOT, path), 'utf8'), {});
  return { path, examples: examplesOf(path, tokens), links: linksOf(path, tokens), anchors: anchorsOf(tokens), setup: setupOf(tokens) };
}

function setupOf(tokens: Token[]): DocSetup | undefined {
  for (const token of blocks(tokens)) {
    const match = token.type === 'html_block' ? SETUP.exec(token.content.trim()) : null;
    if (match) return { load: match[1].split(/\s+/), underKey: match[2] !== undefined };
  }
  return undefined;
}

/** Block-level tokens that show something (fences, paragraphs, comments), without the open/close pairs' inner tokens. */
function blocks(tokens: Token[]): Token[] {
  return tokens.filter((token) => token.level === 0 && token.type !== 'paragraph_close' && !token.type.endsWith('_close'));
}

function examplesOf(page: string, tokens: Token[]): DocExample[] {
  const shown = blocks(tokens);
  const examples: DocExample[] = [];
  shown.forEach((token, index) => {
    if (token.type !== 'fence' || token.info.trim() !== 'graphql') return;
    const before = shown[index - 1];
    const after = shown[index + 1];
    const marker = before?.type === 'html_block' ? before.content.trim() : '';
    const compared = !NOT_COMPARED.test(marker);
    const notRun = NOT_RUN.exec(marker)?.[1];
    const answer = after?.type === 'fence' && after.info.trim() === 'json' ? after.content : undefined;
    examples.push({ page, line: token.map![0] + 1, query: token.content, answer, compared, notRun });
  });
  return examples;
}

function linksOf(page: string, tokens: Token[]): DocLink[] {
  const links: DocLink[] = [];
  // Inline tokens in table cells carry no line of their own: they take their row's.
  let line = 1;
  for (const token of tokens) {
    if (token.map) line = token.map[0] + 1;
    if (token.type !== 'inline') continue;
    for (const child of token.children ?? []) {
      const href = child.type === 'link_open' ? child.attrGet('href') : child.type === 'image' ? child.attrGet('src') : null;
      if (href !== null) links.push({ page, line, href });
    }
  }
  return links;
}

function anchorsOf(tokens: Token[]): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  tokens.forEach((token, index) => {
    if (token.type !== 'heading_open') return;
    const text = (tokens[index + 1].children ?? [])
      .filter((child) => child.type === 'text' || child.type === 'code_inline')
      .map((child) => child.content)
      .join('');
    const slug = githubSlug(text);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  });
  return anchors;
}

/** The anchor GitHub gives a heading: lower case, punctuation and symbols dropped, spaces as hyphens. */
export function githubSlug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
}

/** A link's target inside the project, or undefined for a link to another site. */
export function localTarget(link: DocLink): { file: string; anchor: string | undefined } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(link.href)) return undefined;
  const [path, anchor] = link.href.split('#', 2) as [string, string | undefined];
  const file = path === '' ? link.page : relative(PROJECT_ROOT, join(PROJECT_ROOT, link.page, '..', decodeURI(path))).split('\\').join('/');
  return { file, anchor: anchor === undefined ? undefined : decodeURIComponent(anchor) };
}
