/**
 * The documentation holds together: every page under docs/ can be reached from README.md by
 * following links (directly or through docs/README.md), and no relative link or #anchor in
 * README.md or docs/ leads nowhere.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DocPage, docPagePaths, githubSlug, localTarget, PROJECT_ROOT, readDocPage } from '../support/doc-pages';

describe('the documentation links', () => {
  const pages = new Map<string, DocPage>(docPagePaths().map((path) => [path, readDocPage(path)]));

  it('has the index and the reference pages it starts from', () => {
    expect([...pages.keys()]).toEqual(expect.arrayContaining(['README.md', 'docs/README.md', 'docs/reference/configuration.md']));
  });

  it('reaches every page under docs/ from README.md', () => {
    const reached = new Set<string>(['README.md']);
    const queue = ['README.md'];
    while (queue.length > 0) {
      for (const link of pages.get(queue.shift()!)!.links) {
        const target = localTarget(link);
        if (target === undefined || !pages.has(target.file) || reached.has(target.file)) continue;
        reached.add(target.file);
        queue.push(target.file);
      }
    }
    expect([...pages.keys()].filter((path) => !reached.has(path))).toEqual([]);
  });

  it('has no relative link to a file that does not exist, nor to a heading that does not exist', () => {
    const dead: string[] = [];
    for (const page of pages.values()) {
      for (const link of page.links) {
        const target = localTarget(link);
        if (target === undefined) continue;
        const where = `${link.page}:${link.line}: ${link.href}`;
        if (!existsSync(join(PROJECT_ROOT, target.file))) dead.push(`${where}: no file ${target.file}`);
        else if (target.anchor !== undefined) {
          const anchors = pages.get(target.file)?.anchors;
          if (anchors === undefined) dead.push(`${where}: an anchor into a file that is not a documentation page`);
          else if (!anchors.has(target.anchor)) dead.push(`${where}: no heading with the anchor #${target.anchor} in ${target.file}`);
        }
      }
    }
    expect(dead).toEqual([]);
  });

  it('makes anchors as GitHub does', () => {
    expect(githubSlug('Limits and error codes')).toBe('limits-and-error-codes');
    expect(githubSlug('Drafting in the API: `extractDocument`')).toBe('drafting-in-the-api-extractdocument');
    expect(githubSlug('10,000 relations')).toBe('10000-relations');
    expect(githubSlug('Search with a misspelling, and a timeline')).toBe('search-with-a-misspelling-and-a-timeline');
  });
});
