/// <reference lib="dom" />
/**
 * The explorer in a real browser (Debian's Chromium through playwright-core) against the service
 * with the seed loaded: search, neighbourhood, evidence, path, time filter, shared link. It saves
 * screenshots to reports/screenshots, and checks that the page asks no other host for anything.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { inTimeWindow } from '../../src/explorer/view-state';
import { objectSource } from '../../src/loader/annotation-source';
import { loadSources } from '../../src/loader/loader';
import { uniqueId } from '../support/database';
import { datedActorId, datedDocument, Name } from '../support/dated-graph';
import { startTestService, TestService } from '../support/service';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(__dirname, '..', '..', 'reports', 'screenshots');
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface Counts {
  nodes: number;
  edges: number;
}

describe('the graph explorer in Chromium', () => {
  let api: TestService;
  let browser: Browser;
  const hosts = new Set<string>();

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`no Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH; .ci/run installs it`);
    }
    mkdirSync(SCREENSHOTS, { recursive: true });
    api = await startTestService();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  async function open(url: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('request', (request) => hosts.add(new URL(request.url()).host));
    await page.goto(url);
    return page;
  }

  const counts = async (page: Page): Promise<Counts> => {
    const status = page.getByTestId('status');
    return { nodes: Number(await status.getAttribute('data-nodes')), edges: Number(await status.getAttribute('data-edges')) };
  };

  const settled = (page: Page): Promise<unknown> => page.waitForFunction(() => {
    const status = document.getElementById('status');
    return status !== null && status.dataset.loading === undefined && Number(status.dataset.nodes) > 0;
  });

  async function clickElement(page: Page, id: string): Promise<void> {
    const point = await page.evaluate((elementId) => {
      const { cy } = (window as unknown as { actorgraph: { cy: import('cytoscape').Core } }).actorgraph;
      const element = cy.getElementById(elementId);
      const position = element.isEdge()
        ? (element as import('cytoscape').EdgeSingular).renderedMidpoint()
        : (element as import('cytoscape').NodeSingular).renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + position.x, y: box.top + position.y };
    }, id);
    await page.mouse.click(point.x, point.y);
  }

  it('searches, draws, shows evidence, draws a path, filters by time, and reopens from a shared link', async () => {
    const page = await open(`${api.service.url}/`);
    await page.screenshot({ path: join(SCREENSHOTS, '1-empty.png') });
    await page.locator('#search').fill('Soleimani');
    await page.locator('#search').press('Enter');
    await settled(page);

    const expected = await api.query<{ neighborhood: { nodes: unknown[]; edges: unknown[] } }>(
      '{ neighborhood(actorId: "qassem-soleimani", depth: 1) { nodes { id } edges { id } } }',
    );
    expect(await counts(page)).toEqual({ nodes: expected.data!.neighborhood.nodes.length, edges: expected.data!.neighborhood.edges.length });
    expect(page.url()).toContain('actor=qassem-soleimani');
    await page.screenshot({ path: join(SCREENSHOTS, '2-soleimani.png') });

    const killedBy = await page.evaluate(() => {
      const { cy } = (window as unknown as { actorgraph: { cy: import('cytoscape').Core } }).actorgraph;
      return cy.edges('[type = "KILLED_BY"]').first().id();
    });
    await clickElement(page, killedBy);
    await page.waitForSelector('#panel[data-relation="KILLED_BY"]');
    const marks = await page.locator('#panel mark').allTextContents();
    expect(marks).toContain('the killing of the commander of the Quds Force');
    expect(await page.locator('#panel blockquote').first().textContent()).toContain('especially after the killing of the commander of the Quds Force');
    await page.screenshot({ path: join(SCREENSHOTS, '3-evidence.png') });

    await page.locator('#path-to').fill('Sudani');
    await page.locator('#path-to').press('Enter');
    await page.waitForSelector('#panel[data-path-length="2"]');
    await settled(page);
    const onPath = await page.evaluate(() => {
      const { cy } = (window as unknown as { actorgraph: { cy: import('cytoscape').Core } }).actorgraph;
      return cy.elements('.on-path').map((element) => element.id()).sort();
    });
    expect(onPath).toHaveLength(5);
    expect(onPath).toEqual(expect.arrayContaining(['qassem-soleimani', 'united-states', 'mohammed-shia-al-sudani']));
    await page.screenshot({ path: join(SCREENSHOTS, '4-path.png') });

    const before = await counts(page);
    const times = await page.evaluate(() => {
      const { cy } = (window as unknown as { actorgraph: { cy: import('cytoscape').Core } }).actorgraph;
      return cy.edges().map((edge) => edge.data('time') as { start: string | null; end: string | null } | null);
    });
    await page.locator('#since').fill('2024');
    await page.locator('#time-form button[type=submit]').click();
    const inWindow = times.filter((time) => inTimeWindow(time, '2024', '')).length;
    await page.waitForFunction((edges) => document.getElementById('status')?.dataset.edges === String(edges), inWindow);
    const filtered = await counts(page);
    expect(filtered.edges).toBe(inWindow);
    expect(filtered.edges).toBeLessThan(before.edges);
    expect(filtered.edges).toBeGreaterThan(0);
    expect(page.url()).toContain('since=2024');
    await page.screenshot({ path: join(SCREENSHOTS, '5-time-filter.png') });

    const shared = await open(page.url());
    await settled(shared);
    await shared.waitForSelector('#panel[data-path-length="2"]');
    const reopened = await shared.evaluate(() => (window as unknown as { actorgraph: { state: () => unknown } }).actorgraph.state());
    expect(reopened).toEqual(await page.evaluate(() => (window as unknown as { actorgraph: { state: () => unknown } }).actorgraph.state()));
    expect(await counts(shared)).toEqual(filtered);
    expect(await shared.locator('#search').inputValue()).toBe('Qassem Soleimani');
    await shared.screenshot({ path: join(SCREENSHOTS, '6-shared-link.png') });

    expect([...hosts]).toEqual([new URL(api.service.url).host]);
  }, 120_000);

  it('exports the view as PNG and as JSON in the Subgraph shape', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await page.goto(`${api.service.url}/?actor=us-led-coalition`);
    await settled(page);
    const shown = await counts(page);

    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
    const exported = JSON.parse(readFileSync(await json.path(), 'utf8')) as { nodes: { id: string; label: string; kind: string }[]; edges: { source: string; target: string; type: string }[] };
    expect({ nodes: exported.nodes.length, edges: exported.edges.length }).toEqual(shown);
    expect(exported.nodes).toContainEqual(expect.objectContaining({ id: 'us-led-coalition', label: 'US-led coalition', kind: 'COALITION' }));

    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#export-png').click()]);
    expect(png.suggestedFilename()).toBe('actorgraph.png');
    expect(readFileSync(await png.path()).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('sizes actors by the chosen measure and colours them by community or kind', async () => {
    const page = await open(`${api.service.url}/?actor=united-states`);
    await settled(page);
    const drawn = (): Promise<Record<string, { size: number; fill: string; colour: string }>> =>
      page.evaluate(() => {
        const { cy } = (window as unknown as { actorgraph: { cy: import('cytoscape').Core } }).actorgraph;
        return Object.fromEntries(cy.nodes().map((node) => [node.id(), { size: node.data('size') as number, fill: node.data('fill') as string, colour: node.data('colour') as string }]));
      });
    const expected = await api.query<{ neighborhood: { nodes: { id: string; degree: number; betweenness: number; community: number }[] } }>(
      '{ neighborhood(actorId: "united-states", depth: 1, limit: 200) { nodes { id degree betweenness community } } }',
    );
    const nodes = expected.data!.neighborhood.nodes;
    const extreme = (key: 'degree' | 'betweenness', pick: (a: number, b: number) => boolean): string =>
      nodes.reduce((best, node) => (pick(node[key], best[key]) ? node : best)).id;
    expect(await page.locator('#size-by').inputValue()).toBe('degree');
    expect(await page.locator('#colour-by').inputValue()).toBe('community');

    const byDegree = await drawn();
    expect(byDegree[extreme('degree', (a, b) => a > b)].size).toBe(64);
    expect(byDegree[extreme('degree', (a, b) => a < b)].size).toBe(24);
    // Coloured by community: actors of one community share a fill, and the seed's United States
    // has neighbours in two.
    const fills = new Map(nodes.map((node) => [node.community, byDegree[node.id].fill]));
    for (const node of nodes) expect(byDegree[node.id].fill).toBe(fills.get(node.community));
    expect(new Set(nodes.map((node) => node.community)).size).toBeGreaterThan(1);

    await page.locator('#size-by').selectOption('betweenness');
    const byBetweenness = await drawn();
    expect(byBetweenness[extreme('betweenness', (a, b) => a > b)].size).toBe(64);
    expect(byBetweenness).not.toEqual(byDegree);

    // Coloured by community the kinds' swatches would mislead; the unreviewed relations' line stays.
    const kindEntries = page.locator('#legend li:not(#legend-unreviewed)');
    expect(await kindEntries.count()).toBeGreaterThan(0);
    for (const entry of await kindEntries.all()) expect(await entry.isHidden()).toBe(true);
    expect(await page.locator('#legend-unreviewed').isVisible()).toBe(true);
    await page.locator('#colour-by').selectOption('kind');
    for (const entry of await kindEntries.all()) expect(await entry.isVisible()).toBe(true);
    expect(await page.locator('#legend-unreviewed').isVisible()).toBe(true);
    const byKind = await drawn();
    for (const node of Object.values(byKind)) expect(node.fill).toBe(node.colour);
    await page.screenshot({ path: join(SCREENSHOTS, '8-sized-by-betweenness.png') });
  });

  it("asks for no more than the service's limits allow, read from the limits query", async () => {
    const strict = await startTestService({ MAX_TRAVERSAL_DEPTH: '2', MAX_SUBGRAPH_NODES: '3', MAX_PAGE_SIZE: '5' });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const sent: Record<string, unknown>[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/graphql')) sent.push((JSON.parse(request.postData() ?? '{}') as { variables?: Record<string, unknown> }).variables ?? {});
      });
      // Depth 3 is beyond this service's limit: the link opens at the initial depth.
      await page.goto(`${strict.service.url}/?actor=united-states&depth=3`);
      await settled(page);
      expect(await page.locator('#depth option').allTextContents()).toEqual(['1', '2']);
      expect(await page.evaluate(() => (window as unknown as { actorgraph: { state: () => { depth: number } } }).actorgraph.state().depth)).toBe(1);
      expect((await counts(page)).nodes).toBe(4);
      expect(sent).toContainEqual(expect.objectContaining({ actorId: 'united-states', depth: 1, limit: 3 }));

      await page.locator('#search').fill('Soleimani');
      await page.waitForFunction(() => (document.getElementById('search-suggestions')?.children.length ?? 0) > 0);
      expect(sent).toContainEqual({ text: 'Soleimani', first: 5 });
      expect(await page.locator('#message.error').count()).toBe(0);
    } finally {
      await strict.close();
    }
  });

  it('draws the shortest time-respecting path when its switch is on, and says when there is none', async () => {
    const prefix = uniqueId('explorer-time');
    await loadSources(api.connection.database, [objectSource('dated', datedDocument(prefix))]);
    const id = (name: Name): string => datedActorId(prefix, name);
    const pathActors = (page: Page): Promise<string[]> =>
      page.evaluate(() => {
        const { cy } = (window as unknown as { actorgraph: { cy: import('cytoscape').Core } }).actorgraph;
        return cy.nodes('.on-path').map((node) => node.id()).sort();
      });

    const page = await open(`${api.service.url}/?actor=${id('A')}&to=${id('D')}`);
    await settled(page);
    await page.waitForSelector('#panel[data-path-length="2"]');
    expect(await pathActors(page)).toEqual([id('A'), id('D'), id('E')]);

    await page.locator('#time-respecting').check();
    await page.waitForSelector('#panel[data-path-length="3"]');
    await settled(page);
    expect(await pathActors(page)).toEqual([id('A'), id('B'), id('C'), id('D')]);
    expect(page.url()).toContain('timeRespecting=true');
    await page.screenshot({ path: join(SCREENSHOTS, '9-time-respecting-path.png') });

    const back = await open(`${api.service.url}/?actor=${id('D')}&to=${id('A')}&timeRespecting=true`);
    await settled(back);
    await back.waitForFunction(() => document.getElementById('message')?.textContent?.startsWith('No time-respecting path within reach'));
    expect(await back.locator('#time-respecting').isChecked()).toBe(true);
    expect(await back.locator('#panel').getAttribute('data-path-length')).toBeNull();
    expect(await pathActors(back)).toEqual([]);
  }, 120_000);

  it('shows an error state, not a blank page, for an actor that does not exist', async () => {
    const page = await open(`${api.service.url}/?actor=nobody-at-all`);
    await page.waitForSelector('#message.error');
    expect(await page.locator('#message').textContent()).toContain('NOT_FOUND');
  });

  it('works in a narrow window, with the search box focused', async () => {
    const page = await browser.newPage({ viewport: { width: 480, height: 800 } });
    await page.goto(`${api.service.url}/?actor=us-led-coalition`);
    await settled(page);
    expect(await page.title()).toBe('actorgraph explorer');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    const panel = await page.locator('#panel').boundingBox();
    const graph = await page.locator('#graph-area').boundingBox();
    expect(panel!.y).toBeGreaterThanOrEqual(graph!.y + graph!.height - 1);
    await page.screenshot({ path: join(SCREENSHOTS, '7-narrow.png') });
  });
});
