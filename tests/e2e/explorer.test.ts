/// <reference lib="dom" />
/**
 * The explorer in a real browser (Debian's Chromium through playwright-core) against the service
 * with the seed loaded: a scene built in steps, undone, redone, shared by link and opened fresh;
 * evidence; paths; the time filter; each layout drawn without overlapping labels; a scene of 500
 * actors, timed for the report; and damaged links. It saves screenshots to reports/screenshots and
 * the timings to reports/explorer-responsiveness.json, and checks that the page asks no other host
 * for anything.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { objectSource } from '../../src/loader/annotation-source';
import { loadSources } from '../../src/loader/loader';
import { inTimeWindow } from '../../src/explorer/time-window';
import { uniqueId } from '../support/database';
import { datedActorId, datedDocument, Name } from '../support/dated-graph';
import { actorIdOf, statementDocument } from '../support/statement-document';
import { startTestService, TestService } from '../support/service';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const REPORTS = join(__dirname, '..', '..', 'reports');
const SCREENSHOTS = join(REPORTS, 'screenshots');
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'time'] as const;

interface Counts {
  nodes: number;
  edges: number;
}

/** The scene as the page holds it, in plain data. */
interface SceneSummary {
  steps: number;
  nodes: string[];
  edges: string[];
  hidden: string[];
  pinned: string[];
  layout: string;
  path: string[];
}

/** What the drawing shows: positions of the actors drawn, and the ids of the relations drawn. */
interface Drawing {
  positions: Record<string, { x: number; y: number }>;
  edges: string[];
}

/** How the labels and edges of a drawing read. */
interface Legibility {
  labelled: number;
  shown: number;
  actorLabels: number;
  actorLabelsShown: number;
  labelOverlaps: string[];
  labelsOnOtherActors: string[];
  edgesUnderActors: string[];
  /** Relations no bend could take round the actors in their way, drawn over them. */
  drawnOver: number;
}

type Window = { actorgraph: { cy: import('cytoscape').Core; session: { scene(): import('../../src/explorer/scene-model').Scene; steps(): unknown[] } } };

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

  async function open(url: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
    const context = await browser.newContext({ viewport, acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: api.service.url });
    const page = await context.newPage();
    page.on('request', (request) => hosts.add(new URL(request.url()).host));
    // What went wrong in the page, for a failure to name (see settled).
    page.on('pageerror', (error) => pageErrors.set(page, [...(pageErrors.get(page) ?? []), error.message]));
    await page.goto(url);
    return page;
  }
  const pageErrors = new WeakMap<Page, string[]>();

  const counts = async (page: Page): Promise<Counts> => {
    const status = page.getByTestId('status');
    return { nodes: Number(await status.getAttribute('data-nodes')), edges: Number(await status.getAttribute('data-edges')) };
  };

  /**
   * Waits until the page has drawn a scene of `steps` steps and loads nothing more; if it does not,
   * the failure says what the page showed (its status, steps, message) rather than only the timeout.
   */
  const settled = async (page: Page, steps?: number): Promise<unknown> => {
    try {
      return await page.waitForFunction(
        (expected) => {
          const status = document.getElementById('status');
          return status !== null && status.dataset.loading === undefined && status.dataset.steps !== undefined && (expected === null || status.dataset.steps === String(expected));
        },
        steps ?? null,
        { timeout: 60_000 },
      );
    } catch (error) {
      const shown = await page
        .evaluate(() => ({ status: { ...document.getElementById('status')?.dataset }, text: document.getElementById('status')?.textContent, message: document.getElementById('message')?.textContent }))
        .then((state) => ({ ...state, errors: pageErrors.get(page) ?? [] }))
        .catch((reason: unknown) => String(reason));
      throw new Error(`the page did not settle at ${steps ?? 'any number of'} steps; it showed ${JSON.stringify(shown)}`, { cause: error });
    }
  };

  const scene = (page: Page): Promise<SceneSummary> =>
    page.evaluate(() => {
      const { session } = (window as unknown as Window).actorgraph;
      const current = session.scene();
      return {
        steps: session.steps().length,
        nodes: [...current.nodes.keys()].sort(),
        edges: [...current.edges.keys()].sort(),
        hidden: [...current.hidden].sort(),
        pinned: [...current.pinned.keys()].sort(),
        layout: current.layout,
        path: [...current.path],
      };
    });

  const drawing = (page: Page): Promise<Drawing> =>
    page.evaluate(() => {
      const { cy } = (window as unknown as Window).actorgraph;
      return {
        positions: Object.fromEntries(cy.nodes().not('.hidden').nodes().map((node) => [node.id(), { x: Math.round(node.position('x') * 10) / 10, y: Math.round(node.position('y') * 10) / 10 }])),
        edges: cy.edges().not('.hidden, .filtered').map((edge) => edge.id()).sort(),
      };
    });

  /**
   * Checks the drawing as a reader sees it, with Cytoscape's own boxes: labels drawn that overlap
   * each other or an actor other than their own, and relations whose drawn curve passes under an
   * actor that is not one of their ends (sampled along the curve Cytoscape draws); a relation
   * drawn over the actors does not pass under them.
   */
  const legibility = (page: Page): Promise<Legibility> =>
    page.evaluate(() => {
      const { cy } = (window as unknown as Window).actorgraph;
      type Box = { x1: number; y1: number; x2: number; y2: number };
      const overlap = (a: Box, b: Box): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
      const nodes = cy.nodes().not('.hidden');
      const edges = cy.edges().not('.hidden, .filtered');
      const drawnOver = edges.filter((edge) => Number(edge.style('z-index')) > Number(nodes.first().style('z-index'))).length;
      const labelled = nodes.union(edges).filter((element) => String(element.style('label')) !== '');
      const shown = labelled.filter((element) => Number(element.style('text-opacity')) > 0);
      const boxes = shown.map((element) => ({ id: element.id(), node: element.isNode(), box: element.boundingBox({ includeLabels: true, includeNodes: false, includeEdges: false }) }));
      const bodies = nodes.map((node) => ({ id: node.id(), box: node.boundingBox({ includeLabels: false, includeOverlays: false }) }));
      const labelOverlaps: string[] = [];
      boxes.forEach((a, index) => boxes.slice(index + 1).forEach((b) => overlap(a.box, b.box) && labelOverlaps.push(`${a.id} / ${b.id}`)));
      const labelsOnOtherActors: string[] = [];
      for (const label of boxes) for (const body of bodies) if (body.id !== label.id && overlap(label.box, body.box)) labelsOnOtherActors.push(`${label.id} on ${body.id}`);
      const lerp = (a: { x: number; y: number }, b: { x: number; y: number }, t: number): { x: number; y: number } => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
      const edgesUnderActors: string[] = [];
      edges.forEach((edge) => {
        const start = edge.sourceEndpoint();
        const end = edge.targetEndpoint();
        const controls = edge.controlPoints() ?? [];
        const points: { x: number; y: number }[] = [];
        if (controls.length === 0) for (let t = 0; t <= 1; t += 1 / 32) points.push(lerp(start, end, t));
        else {
          const joints = [start, ...controls.slice(0, -1).map((point, index) => lerp(point, controls[index + 1], 0.5)), end];
          controls.forEach((control, index) => {
            for (let t = 0; t <= 1; t += 1 / 32) points.push(lerp(lerp(joints[index], control, t), lerp(control, joints[index + 1], t), t));
          });
        }
        // The distance from an actor's centre to the curve, piece by straight piece.
        const distance = (p: { x: number; y: number }): number =>
          Math.min(
            ...points.slice(1).map((b, index) => {
              const a = points[index];
              const dx = b.x - a.x;
              const dy = b.y - a.y;
              const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
              return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
            }),
          );
        nodes.forEach((node) => {
          if (node.id() === edge.source().id() || node.id() === edge.target().id() || Number(edge.style('z-index')) > Number(node.style('z-index'))) return;
          if (distance(node.position()) < Math.min(node.width(), node.height()) / 2) edgesUnderActors.push(`${edge.id()} under ${node.id()}`);
        });
      });
      return {
        labelled: labelled.length,
        shown: shown.length,
        actorLabels: labelled.nodes().length,
        actorLabelsShown: shown.nodes().length,
        labelOverlaps,
        labelsOnOtherActors,
        edgesUnderActors,
        drawnOver,
      };
    });

  /** Clicks where the element is drawn, once it has stayed there for two frames, as a person would aim. */
  async function clickElement(page: Page, id: string, clicks = 1): Promise<void> {
    const point = await elementPoint(page, id);
    await page.mouse.click(point.x, point.y, { clickCount: clicks });
  }

  /**
   * Where the element is drawn on the page, once it has stayed there for two frames. For an actor, a point
   * that no other actor's box covers: in a dense scene a randomized layout may put a neighbour over the
   * centre, and a click there would open the neighbour instead.
   */
  function elementPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
    return page.evaluate(async (elementId) => {
      const { cy } = (window as unknown as Window).actorgraph;
      const element = cy.getElementById(elementId);
      const uncovered = (node: import('cytoscape').NodeSingular): { x: number; y: number } => {
        const centre = node.renderedPosition();
        const box = node.renderedBoundingBox({ includeLabels: false });
        const others = cy
          .nodes(':visible')
          .filter((other) => other.id() !== node.id())
          .map((other) => other.renderedBoundingBox({ includeLabels: false }));
        // Cytoscape's own hit test too: a relation's label drawn over the actor would take the click.
        const renderer = (cy as unknown as { renderer(): { findNearestElement(x: number, y: number, interactiveOnly: boolean, isTouch: boolean): { id(): string } | undefined } }).renderer();
        const hit = (x: number, y: number): string | undefined => renderer.findNearestElement((x - cy.pan().x) / cy.zoom(), (y - cy.pan().y) / cy.zoom(), true, false)?.id();
        // And the page's: a panel or control over the graph would take it before Cytoscape sees it.
        const container = cy.container()!;
        const onGraph = (x: number, y: number): boolean => {
          const box = container.getBoundingClientRect();
          const top = document.elementFromPoint(box.left + x, box.top + y);
          return top !== null && container.contains(top);
        };
        const covered = (x: number, y: number): boolean =>
          others.some((other) => x >= other.x1 && x <= other.x2 && y >= other.y1 && y <= other.y2) || !onGraph(x, y) || hit(x, y) !== node.id();
        // Points within the inner third of the actor's shape, centre first.
        const reach = Math.min(box.w, box.h) / 3;
        for (let ring = 0; ring <= 3; ring += 1) {
          for (let step = 0; step < Math.max(1, ring * 8); step += 1) {
            const angle = (2 * Math.PI * step) / Math.max(1, ring * 8);
            const x = centre.x + (reach * ring * Math.cos(angle)) / 3;
            const y = centre.y + (reach * ring * Math.sin(angle)) / 3;
            if (!covered(x, y)) return { x, y };
          }
        }
        throw new Error(`${node.id()} is covered by other elements wherever it could be clicked`);
      };
      const where = (): { x: number; y: number } => {
        const position = element.isEdge() ? (element as import('cytoscape').EdgeSingular).renderedMidpoint() : uncovered(element as import('cytoscape').NodeSingular);
        const box = cy.container()!.getBoundingClientRect();
        return { x: box.left + position.x, y: box.top + position.y };
      };
      const frames = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
      let last = where();
      for (let tries = 0; tries < 50; tries += 1) {
        await frames();
        const now = where();
        if (now.x === last.x && now.y === last.y) return now;
        last = now;
      }
      throw new Error(`${elementId} kept moving`);
    }, id);
  }

  async function searchFor(page: Page, text: string, steps: number): Promise<void> {
    await page.locator('#search').fill(text);
    await page.locator('#search').press('Enter');
    await settled(page, steps);
  }

  it('builds a scene in five steps, undoes two, redoes one, and a fresh page opened from the copied link shows the same scene', async () => {
    const page = await open(`${api.service.url}/`);
    await settled(page, 0);
    await page.screenshot({ path: join(SCREENSHOTS, '1-empty.png') });

    await searchFor(page, 'Soleimani', 1);
    const soleimani = await api.query<{ neighborhood: { nodes: { id: string }[]; edges: { id: string }[] } }>('{ neighborhood(actorId: "qassem-soleimani", depth: 1) { nodes { id } edges { id } } }');
    expect(await counts(page)).toEqual({ nodes: soleimani.data!.neighborhood.nodes.length, edges: soleimani.data!.neighborhood.edges.length });

    // Expand by double-click, then the path, which adds to the scene: nothing expanded is lost.
    await clickElement(page, 'united-states', 2);
    await settled(page, 2);
    const expanded = await scene(page);
    expect(expanded.nodes.length).toBeGreaterThan(soleimani.data!.neighborhood.nodes.length);
    await page.locator('#path-to').fill('Sudani');
    await page.locator('#path-to').press('Enter');
    await settled(page, 3);
    const withPath = await scene(page);
    expect(withPath.nodes).toEqual(expect.arrayContaining(expanded.nodes));
    expect(withPath.path.slice(0, 3)).toEqual(['qassem-soleimani', 'united-states', 'mohammed-shia-al-sudani']);
    expect(await page.locator('#panel').getAttribute('data-path-length')).toBe('2');

    // Hide Israel from its panel, then expand Iraq from its panel.
    await clickElement(page, 'israel');
    await page.waitForSelector('#panel[data-actor="israel"]');
    await page.locator('#panel button[data-action="hide"]').click();
    await settled(page, 4);
    expect((await scene(page)).hidden).toEqual(['israel']);
    await clickElement(page, 'iraq');
    await page.waitForSelector('#panel[data-actor="iraq"]');
    await page.locator('#panel button[data-action="expand"]').click();
    await settled(page, 5);
    const five = await scene(page);
    expect(five.nodes.length).toBeGreaterThan(withPath.nodes.length);
    await page.screenshot({ path: join(SCREENSHOTS, '2-five-steps.png') });

    // Undo two (the expansion of Iraq, then the hide), redo one (the hide).
    const afterFour = await drawingAfter(page, async () => {
      await page.locator('#undo').click();
      await settled(page, 4);
    });
    expect((await scene(page)).nodes).toEqual(withPath.nodes);
    await page.keyboard.press('Control+z');
    await settled(page, 3);
    expect((await scene(page)).hidden).toEqual([]);
    await page.locator('#redo').click();
    await settled(page, 4);
    const shown = await scene(page);
    expect(shown).toEqual({ ...withPath, steps: 4, hidden: ['israel'] });
    expect(await drawing(page)).toEqual(afterFour);
    expect(await page.locator('#redo').isEnabled()).toBe(true);

    await page.locator('#copy-link').click();
    await page.waitForFunction(() => document.getElementById('message')?.textContent?.startsWith('Link copied'));
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    expect(new URL(link).hash).toMatch(/^#scene=1~4~s\.qassem-soleimani\.1\.b~e\.united-states\.b~p\.qassem-soleimani\.mohammed-shia-al-sudani~h\.israel~[0-9a-f]{8}$/);

    const fresh = await open(link);
    await settled(fresh, 4);
    expect(await scene(fresh)).toEqual(shown);
    // The same layout: every actor where it was, since the layouts are replayed step by step.
    expect(await drawing(fresh)).toEqual(await drawing(page));
    expect(await fresh.locator('#message').isHidden()).toBe(true);
    expect(await fresh.locator('#redo').isDisabled()).toBe(true);
    await fresh.screenshot({ path: join(SCREENSHOTS, '3-shared-link.png') });
    expect([...hosts]).toEqual([new URL(api.service.url).host]);
  }, 180_000);

  /** The drawing after `act`. */
  async function drawingAfter(page: Page, act: () => Promise<void>): Promise<Drawing> {
    await act();
    return drawing(page);
  }

  it('shows the evidence of a relation with each quoted sentence once and every quote in it highlighted', async () => {
    const page = await open(`${api.service.url}/?actor=qassem-soleimani`);
    await settled(page, 1);
    const relation = await api.query<{ relation: { evidence: { quote: string }[] } }>('{ relation(id: "killed_by-5370b8e5fc086890") { evidence { quote } } }');
    const quotes = relation.data!.relation.evidence.map((quote) => quote.quote);
    expect(quotes).toHaveLength(2);
    await clickElement(page, 'killed_by-5370b8e5fc086890');
    await page.waitForSelector('#panel[data-relation="KILLED_BY"]');
    // Both quotes are from one sentence: it is shown once, with both highlighted.
    expect(await page.locator('#panel blockquote').count()).toBe(1);
    const sentence = (await page.locator('#panel blockquote').textContent())!;
    for (const quote of quotes) expect(sentence).toContain(quote);
    const marks = (await page.locator('#panel mark').allTextContents()).join(' ');
    for (const quote of quotes) for (const word of quote.split(' ')) expect(marks).toContain(word);
    expect(await page.locator('#panel h3').textContent()).toBe('Evidence (2 quotes)');
    expect(await page.locator('#panel cite').textContent()).toContain('(2 quotes in this passage)');
    await page.screenshot({ path: join(SCREENSHOTS, '4-evidence.png') });
  });

  it('filters relations by time, as a step the link keeps', async () => {
    const page = await open(`${api.service.url}/?actor=united-states`);
    await settled(page, 1);
    const before = await counts(page);
    const times = await page.evaluate(() => (window as unknown as Window).actorgraph.cy.edges().map((edge) => edge.data('time') as { start: string | null; end: string | null } | null));
    await page.locator('#since').fill('2024');
    await page.locator('#time-form button[type=submit]').click();
    await settled(page, 2);
    const inWindow = times.filter((time) => inTimeWindow(time, '2024', '')).length;
    const filtered = await counts(page);
    expect(filtered.edges).toBe(inWindow);
    expect(filtered.edges).toBeLessThan(before.edges);
    expect(filtered.edges).toBeGreaterThan(0);
    expect(new URL(page.url()).hash).toContain('~f..2024.~');
    await page.screenshot({ path: join(SCREENSHOTS, '5-time-filter.png') });

    const shared = await open(page.url());
    await settled(shared, 2);
    expect(await counts(shared)).toEqual(filtered);
    expect(await shared.locator('#since').inputValue()).toBe('2024');
    await shared.locator('#clear-time').click();
    await settled(shared, 3);
    expect(await counts(shared)).toEqual(before);
  });

  it('draws each layout of the seed graph without overlapping labels, and keeps the layout in the link', async () => {
    const report: Record<string, { actorLabelsShown: number; actorLabels: number; labelsShown: number; labelled: number; relationsDrawnOver: number }> = {};
    for (const layout of LAYOUTS) {
      // The whole seed graph: the United States' neighbourhood three hops out, and the two actors beyond.
      const page = await open(`${api.service.url}/#scene=1~4~s.irgc.1.b~s.tahseen-al-khafaji.1.b~s.united-states.3.b~l.${layout}~`);
      await settled(page, 4);
      const current = await scene(page);
      expect(current.layout).toBe(layout);
      expect(current.nodes.length).toBe(23);
      expect(await page.locator('#layout').inputValue()).toBe(layout);
      const read = await legibility(page);
      expect(read.labelOverlaps).toEqual([]);
      expect(read.labelsOnOtherActors).toEqual([]);
      expect(read.edgesUnderActors).toEqual([]);
      // Labels give way where they would meet; relations' labels first. Most actors keep theirs.
      report[layout] = { actorLabelsShown: read.actorLabelsShown, actorLabels: read.actorLabels, labelsShown: read.shown, labelled: read.labelled, relationsDrawnOver: read.drawnOver };
      console.log(layout, JSON.stringify(report[layout]));
      expect(read.actorLabelsShown / read.actorLabels).toBeGreaterThan(0.8);
      await page.screenshot({ path: join(SCREENSHOTS, `layout-${layout}.png`) });
      if (layout === 'time') expect(await page.locator('#time-axis .tick').count()).toBeGreaterThan(3);
      // Zoomed in, more labels find room and still none overlaps.
      await page.evaluate(() => {
        const { cy } = (window as unknown as Window).actorgraph;
        cy.zoom({ level: cy.zoom() * 2.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      });
      await page.waitForTimeout(400);
      const zoomed = await legibility(page);
      expect(zoomed.labelOverlaps).toEqual([]);
      await page.context().close();
    }
    writeReport('seedLayouts', report);
  }, 240_000);

  it('adds the relations whose quotes match a search of the evidence, as a step the link keeps', async () => {
    const page = await open(`${api.service.url}/`);
    await settled(page, 0);
    const text = 'drones';
    const found = await api.query<{ searchEvidence: { edges: { node: { relation: { id: string } | null } }[] } }>(
      'query($text: String!) { searchEvidence(text: $text, first: 25) { edges { node { relation { id } } } } }',
      { text },
    );
    const ids = [...new Set(found.data!.searchEvidence.edges.flatMap((edge) => (edge.node.relation ? [edge.node.relation.id] : [])))].sort();
    expect(ids.length).toBeGreaterThan(0);

    await page.locator('#quote-search').fill(text);
    await page.locator('#quote-search').press('Enter');
    await settled(page, 1);
    const built = await scene(page);
    expect(built.edges).toEqual(ids);
    expect(await page.locator('#message').textContent()).toBe(`Added the ${ids.length === 1 ? '1 relation' : `${ids.length} relations`} whose quotes best match "${text}".`);
    expect(new URL(page.url()).hash).toContain('~r.');

    const fresh = await open(page.url());
    await settled(fresh, 1);
    expect(await scene(fresh)).toEqual(built);

    // Words no quote holds add nothing, and say so.
    await page.locator('#quote-search').fill('qzxvvkj');
    await page.locator('#quote-search').press('Enter');
    await page.waitForFunction(() => document.getElementById('message')?.textContent?.startsWith('No quote'));
    expect(await page.locator('#message').textContent()).toBe('No quote of a relation matches "qzxvvkj".');
    await settled(page, 1);
    await page.context().close();
    await fresh.context().close();
  });

  it('lists the possible duplicates of an actor in its panel, and merges one into it for a browser that holds the key', async () => {
    const KEY = 'explorer-merge-key-0123456789';
    const keyed = await startTestService({ API_KEY: KEY });
    try {
      const prefix = uniqueId('explorer-merge');
      const word = `${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6).padEnd(6, 'q')}`;
      const [brigade, brigades] = [`${word[0].toUpperCase()}${word.slice(1)} Coast Brigade`, `${word[0].toUpperCase()}${word.slice(1)} Coast Brigades`];
      const ids = { brigade: `${prefix}-brigade`, brigades: `${prefix}-brigades`, port: `${prefix}-port`, council: `${prefix}-council` };
      const text = `The ${brigade} shelled ${word} Port in 2019. The ${brigades} later met ${word} Council envoys.`;
      const ingest = await keyed.query(
        'mutation($document: JSONObject!) { ingestDocument(document: $document) { actorsCreated } }',
        {
          document: {
            document: { id: `${prefix}-doc`, title: 'Coast', text, date: '2019' },
            actors: [
              { id: ids.brigade, name: brigade, kind: 'ARMED_GROUP', evidence: [{ quote: brigade }] },
              { id: ids.brigades, name: brigades, kind: 'ARMED_GROUP', evidence: [{ quote: brigades }] },
              { id: ids.port, name: `${word} Port`, kind: 'POPULATION', evidence: [{ quote: `${word} Port` }] },
              { id: ids.council, name: `${word} Council`, kind: 'ORGANIZATION', evidence: [{ quote: `${word} Council` }] },
            ],
            relations: [
              { type: 'ATTACKS', from: ids.brigade, to: ids.port, time: '2019', description: 'Shelling.', evidence: [{ quote: `The ${brigade} shelled ${word} Port in 2019` }] },
              { type: 'NEGOTIATES_WITH', from: ids.brigades, to: ids.council, description: 'Talks.', evidence: [{ quote: `The ${brigades} later met ${word} Council envoys` }] },
            ],
          },
        },
        { authorization: `Bearer ${KEY}` },
      );
      expect(ingest.errors).toBeUndefined();
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${keyed.service.url}/?actor=${ids.brigade}`);
      await settled(page, 1);
      expect((await scene(page)).nodes).toEqual([ids.brigade, ids.port].sort());

      // Without the key, the pair is listed with its reasons, and merging says what it needs.
      await clickElement(page, ids.brigade);
      const offered = page.locator(`#panel .duplicates li[data-duplicate="${ids.brigades}"]`);
      await offered.waitFor();
      expect(await offered.textContent()).toContain(`'${brigade}' and '${brigades}' are spellings of one name`);
      expect(await offered.locator('button[data-action="merge"]').isDisabled()).toBe(true);
      expect(await page.locator('#panel .duplicates .note').textContent()).toContain("Merging needs the service's key");

      // With the key (as the link that npm start prints leaves it), the merge runs and the scene is drawn again.
      await page.evaluate((key) => localStorage.setItem('actorgraph-review-key', key), KEY);
      await clickElement(page, ids.port);
      await page.waitForSelector(`#panel[data-actor="${ids.port}"]`);
      await clickElement(page, ids.brigade);
      await page.waitForSelector(`#panel[data-actor="${ids.brigade}"] .duplicates li[data-duplicate="${ids.brigades}"] button:not([disabled])`);
      await page.locator(`#panel .duplicates li[data-duplicate="${ids.brigades}"] button[data-action="merge"]`).click();
      await page.waitForFunction((name) => document.getElementById('message')?.textContent?.startsWith(`${name} was merged into`), brigades);
      await settled(page, 1);
      // The brigade's neighbourhood, fetched again, now reaches the council through the merged spelling's talks.
      expect((await scene(page)).nodes).toEqual([ids.brigade, ids.council, ids.port].sort());
      const after = await keyed.query<{ kept: { aliases: string[] }; gone: unknown }>('query($a: ID!, $b: ID!) { kept: actor(id: $a) { aliases } gone: actor(id: $b) { id } }', { a: ids.brigade, b: ids.brigades });
      expect(after.data).toEqual({ kept: { aliases: [brigades] }, gone: null });
      await page.waitForSelector(`#panel[data-actor="${ids.brigade}"]`);
      expect(await page.locator('#panel .duplicates').count()).toBe(0);
      await context.close();
    } finally {
      await keyed.close();
    }
  });

  it('opens the panel of each of two actors clicked in quick succession and expands neither', async () => {
    const page = await open(`${api.service.url}/?actor=us-led-coalition`);
    await settled(page, 1);
    const other = await page.evaluate(() => (window as unknown as Window).actorgraph.cy.nodes().map((node) => node.id()).find((id) => id !== 'isis' && id !== 'us-led-coalition')!);
    const first = await elementPoint(page, 'isis');
    const second = await elementPoint(page, other);
    // Well within the 250 ms in which Cytoscape takes two clicks anywhere for a double-click.
    await page.mouse.click(first.x, first.y);
    await page.mouse.click(second.x, second.y);
    await page.waitForSelector(`#panel[data-actor="${other}"]`);
    await page.waitForTimeout(500);
    await settled(page, 1);
    expect((await scene(page)).steps).toBe(1);
    await page.context().close();
  });

  it('hides and shows again, pins an actor where it is dropped, and keeps both through a layout', async () => {
    const page = await open(`${api.service.url}/?actor=us-led-coalition`);
    await settled(page, 1);
    await clickElement(page, 'isis');
    await page.waitForSelector('#panel[data-actor="isis"]');
    await page.locator('#panel button[data-action="hide"]').click();
    await settled(page, 2);
    expect(await page.locator('#hidden-count').textContent()).toBe('1');
    const shownEdges = (await counts(page)).edges;

    // Drag the coalition somewhere else: it is pinned there.
    const from = await page.evaluate(() => {
      const { cy } = (window as unknown as Window).actorgraph;
      const position = cy.getElementById('us-led-coalition').renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + position.x, y: box.top + position.y };
    });
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + 40, { steps: 5 });
    await page.mouse.up();
    await settled(page, 3);
    const pinned = await scene(page);
    expect(pinned.pinned).toEqual(['us-led-coalition']);
    const where = (await drawing(page)).positions['us-led-coalition'];

    await page.locator('#layout').selectOption('concentric');
    await settled(page, 4);
    expect((await drawing(page)).positions['us-led-coalition']).toEqual(where);
    expect((await scene(page)).hidden).toEqual(['isis']);

    await page.locator('#hidden-menu summary').click();
    await page.locator('#hidden-list button').click();
    await settled(page, 5);
    expect((await scene(page)).hidden).toEqual([]);
    expect((await counts(page)).edges).toBeGreaterThan(shownEdges);
    expect(await page.locator('#legend-pinned').isVisible()).toBe(true);

    // Saved as a file, the scene opens again in another page.
    const [saved] = await Promise.all([page.waitForEvent('download'), page.locator('#save-scene').click()]);
    const file = readFileSync(await saved.path(), 'utf8');
    expect(JSON.parse(file)).toEqual(expect.objectContaining({ format: 'actorgraph-scene', version: 1 }));
    const other = await open(`${api.service.url}/`);
    await settled(other, 0);
    await other.locator('#open-scene').setInputFiles({ name: 'scene.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await settled(other, 5);
    expect(await scene(other)).toEqual(await scene(page));
    expect(await drawing(other)).toEqual(await drawing(page));
  }, 120_000);

  it('opens what it can of a damaged link and says what it dropped', async () => {
    const prefix = uniqueId('explorer-gone');
    const id = (name: string): string => actorIdOf(prefix, name);
    await loadSources(api.connection.database, [
      objectSource(
        'gone',
        statementDocument(prefix, 'doc', [
          { from: 'A', to: 'B', type: 'SUPPORTS', quotes: [`${prefix}A backs ${prefix}B`] },
          { from: 'B', to: 'C', type: 'SUPPORTS', quotes: [`${prefix}B backs ${prefix}C`] },
          { from: 'C', to: 'D', type: 'SUPPORTS', quotes: [`${prefix}C backs ${prefix}D`] },
        ]),
      ),
    ]);
    const page = await open(`${api.service.url}/`);
    await settled(page, 0);
    await searchFor(page, `${prefix}A`, 1);
    await clickElement(page, id('b'), 2);
    await settled(page, 2);
    await clickElement(page, id('c'), 2);
    await settled(page, 3);
    await clickElement(page, id('d'));
    await page.waitForSelector(`#panel[data-actor="${id('d')}"]`);
    await page.locator('#panel button[data-action="hide"]').click();
    await settled(page, 4);
    const link = page.url();

    // Cut short inside the third step: the first two open, and the message says what was cut.
    const cut = await open(link.slice(0, link.indexOf(`~e.${id('c')}`) + 6));
    await settled(cut, 2);
    expect((await scene(cut)).nodes).toEqual([id('a'), id('b'), id('c')]);
    expect(await cut.locator('#message.error').textContent()).toContain('The link was cut short: it held 4 steps and 2 arrived whole; the cut step');
    await cut.screenshot({ path: join(SCREENSHOTS, '6-cut-link.png') });

    // Tampered: an id made into markup; the rest opens, and nothing of it becomes markup.
    const tampered = await open(link.replace(`h.${id('d')}`, 'h.<img src=x onerror=alert(1)>'));
    await settled(tampered, 3);
    expect(await tampered.locator('#message').textContent()).toContain('Step 4 was dropped: expected ids (lower-case letters, digits, - and _), found "<img src=x onerror=alert(1)>"');
    expect(await tampered.locator('#message').textContent()).toContain('its check does not match');
    expect(await tampered.locator('img').count()).toBe(0);

    // An actor deleted since: its expansion and the hide of what it brought are dropped.
    await api.connection.database.runInBatches('MATCH (actor:Actor {id: $id}) DETACH DELETE actor', { id: id('c') });
    const stale = await open(link);
    await settled(stale, 2);
    expect((await scene(stale)).nodes).toEqual([id('a'), id('b')]);
    const message = (await stale.locator('#message.error').textContent())!;
    expect(message).toContain(`Step 3 (expand ${id('c')}) was dropped: the scene holds no ${id('c')} (gone from the graph, or brought by a step dropped before).`);
    expect(message).toContain(`Step 4 (hide ${id('d')}) was dropped: the scene holds no ${id('d')}`);
    // The address now holds what was opened, so sharing it again shares what is shown.
    expect(new URL(stale.url()).hash).toMatch(new RegExp(`^#scene=1~2~s\\.${id('a')}\\.1\\.b~e\\.${id('b')}\\.b~[0-9a-f]{8}$`));
    await stale.screenshot({ path: join(SCREENSHOTS, '7-stale-link.png') });

    const nobody = await open(`${api.service.url}/?actor=nobody-at-all`);
    await settled(nobody, 0);
    expect(await nobody.locator('#message.error').textContent()).toContain('Step 1 (search nobody-at-all) was dropped');
    expect(await nobody.locator('#message').textContent()).toContain('NOT_FOUND');
  }, 120_000);

  it('exports the view as PNG and as JSON in the Subgraph shape', async () => {
    const page = await open(`${api.service.url}/?actor=us-led-coalition`);
    await settled(page, 1);
    const shown = await counts(page);

    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
    const exported = JSON.parse(readFileSync(await json.path(), 'utf8')) as { nodes: { id: string; label: string; kind: string }[]; edges: { source: string; target: string; type: string }[] };
    expect({ nodes: exported.nodes.length, edges: exported.edges.length }).toEqual(shown);
    expect(exported.nodes).toContainEqual(expect.objectContaining({ id: 'us-led-coalition', label: 'US-led coalition', kind: 'COALITION' }));

    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#export-png').click()]);
    expect(png.suggestedFilename()).toBe('actorgraph.png');
    expect(readFileSync(await png.path()).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('sizes actors by the chosen measure and colours them by community or kind, with a legend of what is drawn', async () => {
    const page = await open(`${api.service.url}/?actor=united-states`);
    await settled(page, 1);
    const drawn = (): Promise<Record<string, { size: number; fill: string; colour: string }>> =>
      page.evaluate(() => {
        const { cy } = (window as unknown as Window).actorgraph;
        return Object.fromEntries(cy.nodes().map((node) => [node.id(), { size: node.data('size') as number, fill: node.data('fill') as string, colour: node.data('colour') as string }]));
      });
    const expected = await api.query<{ neighborhood: { nodes: { id: string; kind: string; degree: number; betweenness: number; community: number }[] } }>(
      '{ neighborhood(actorId: "united-states", depth: 1, limit: 200) { nodes { id kind degree betweenness community } } }',
    );
    const nodes = expected.data!.neighborhood.nodes;
    const extreme = (key: 'degree' | 'betweenness', pick: (a: number, b: number) => boolean): string => nodes.reduce((best, node) => (pick(node[key], best[key]) ? node : best)).id;
    expect(await page.locator('#size-by').inputValue()).toBe('degree');
    expect(await page.locator('#colour-by').inputValue()).toBe('community');

    const byDegree = await drawn();
    expect(byDegree[extreme('degree', (a, b) => a > b)].size).toBe(64);
    expect(byDegree[extreme('degree', (a, b) => a < b)].size).toBe(24);
    const fills = new Map(nodes.map((node) => [node.community, byDegree[node.id].fill]));
    for (const node of nodes) expect(byDegree[node.id].fill).toBe(fills.get(node.community));
    const communities = new Set(nodes.map((node) => node.community));
    expect(communities.size).toBeGreaterThan(1);
    // The legend has an entry for each community, each kind's shape, the size and the lines drawn.
    for (const community of communities) expect(await page.locator(`#legend-community-${community}`).isVisible()).toBe(true);
    for (const kind of new Set(nodes.map((node) => node.kind))) expect(await page.locator(`#legend-kind-${kind}`).isVisible()).toBe(true);
    expect(await page.locator('#legend-kind-POPULATION').count()).toBe(0);
    expect(await page.locator('#legend-size').textContent()).toMatch(/^degree, \d+ to \d+$/);
    expect(await page.locator('#legend-directed').isVisible()).toBe(true);
    expect(await page.locator('#legend-symmetric').isVisible()).toBe(true);
    expect(await page.locator('#legend-path').count()).toBe(0);
    // The legend is a strip of its own: it never covers the graph.
    const legend = (await page.locator('#legend').boundingBox())!;
    const graph = (await page.locator('#graph').boundingBox())!;
    expect(legend.y).toBeGreaterThanOrEqual(graph.y + graph.height - 1);

    await page.locator('#size-by').selectOption('betweenness');
    const byBetweenness = await drawn();
    expect(byBetweenness[extreme('betweenness', (a, b) => a > b)].size).toBe(64);
    expect(byBetweenness).not.toEqual(byDegree);
    expect(await page.locator('#legend-size').textContent()).toMatch(/^betweenness, /);

    await page.locator('#colour-by').selectOption('kind');
    expect(await page.locator('[id^="legend-community-"]').count()).toBe(0);
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
      // Depth 3 is beyond this service's limit: the link opens at the deepest it allows, and says so.
      await page.goto(`${strict.service.url}/?actor=united-states&depth=3`);
      await settled(page, 1);
      expect(await page.locator('#depth option').allTextContents()).toEqual(['1', '2']);
      expect(await page.locator('#message').textContent()).toContain('Step 1 searched to depth 3, deeper than this service allows; it was opened at depth 2.');
      expect((await counts(page)).nodes).toBe(4);
      expect(sent).toContainEqual(expect.objectContaining({ actorId: 'united-states', depth: 2, limit: 3 }));

      await page.locator('#search').fill('Soleimani');
      await page.waitForFunction(() => (document.getElementById('search-suggestions')?.children.length ?? 0) > 0);
      expect(sent).toContainEqual({ text: 'Soleimani', first: 5 });
    } finally {
      await strict.close();
    }
  });

  it('draws the shortest time-respecting path when its switch is on, and says when there is none', async () => {
    const prefix = uniqueId('explorer-time');
    await loadSources(api.connection.database, [objectSource('dated', datedDocument(prefix))]);
    const id = (name: Name): string => datedActorId(prefix, name);
    const pathActors = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as Window).actorgraph.cy.nodes('.on-path').map((node) => node.id()).sort());

    const page = await open(`${api.service.url}/?actor=${id('A')}&to=${id('D')}`);
    await settled(page, 2);
    expect(await page.locator('#panel').getAttribute('data-path-length')).toBe('2');
    expect(await pathActors(page)).toEqual([id('A'), id('D'), id('E')]);

    await page.locator('#time-respecting').check();
    await settled(page, 3);
    expect(await page.locator('#panel').getAttribute('data-path-length')).toBe('3');
    expect(await pathActors(page)).toEqual([id('A'), id('B'), id('C'), id('D')]);
    // The first path's actors stay in the scene; only the last path is highlighted.
    expect((await scene(page)).nodes).toEqual(expect.arrayContaining([id('E')]));
    expect(new URL(page.url()).hash).toContain(`~p.${id('A')}.${id('D')}.t~`);
    await page.screenshot({ path: join(SCREENSHOTS, '9-time-respecting-path.png') });

    const back = await open(`${api.service.url}/?actor=${id('D')}&to=${id('A')}&timeRespecting=true`);
    await settled(back, 2);
    expect(await back.locator('#message').textContent()).toMatch(/^No time-respecting path within reach/);
    expect(await back.locator('#panel').getAttribute('data-path-length')).toBeNull();
    expect(await pathActors(back)).toEqual([]);
  }, 120_000);

  it('works in a narrow window, with the search box focused', async () => {
    const page = await open(`${api.service.url}/?actor=us-led-coalition`, { width: 480, height: 800 });
    await settled(page, 1);
    expect(await page.title()).toBe('actorgraph explorer');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    const panel = await page.locator('#panel').boundingBox();
    const graph = await page.locator('#graph-area').boundingBox();
    expect(panel!.y).toBeGreaterThanOrEqual(graph!.y + graph!.height - 1);
    await page.screenshot({ path: join(SCREENSHOTS, '10-narrow.png') });
  });

  it('stays responsive with a scene of 500 actors (timings in the report, not asserted)', async () => {
    // Three hubs, each with 170 actors around it in a ring, the hubs joined: 513 actors.
    const prefix = uniqueId('explorer-big');
    const hubs = ['H0', 'H1', 'H2'];
    const statements = hubs.flatMap((hub, h) => [
      { from: hub, to: hubs[(h + 1) % 3], type: 'COOPERATES_WITH', quotes: [`${prefix}${hub} works with ${prefix}${hubs[(h + 1) % 3]}`] },
      ...Array.from({ length: 170 }, (_, index) => [
        { from: hub, to: `L${h}X${index}`, type: 'SUPPORTS', time: `${2000 + (index % 24)}`, quotes: [`${prefix}${hub} backs ${prefix}L${h}X${index}`] },
        { from: `L${h}X${index}`, to: `L${h}X${(index + 1) % 170}`, type: 'ATTACKS', quotes: [`${prefix}L${h}X${index} hits ${prefix}L${h}X${(index + 1) % 170}`] },
      ]).flat(),
    ]);
    await loadSources(api.connection.database, [objectSource('big', statementDocument(prefix, 'doc', statements))], { transactionTimeoutMs: 120_000 });
    const id = (name: string): string => actorIdOf(prefix, name);
    const link = `${api.service.url}/#scene=1~3~s.${id('H0')}.1.b~e.${id('H1')}.b~e.${id('H2')}.b~`;

    const timings: Record<string, number> = {};
    const time = async (name: string, act: () => Promise<unknown>): Promise<void> => {
      const started = Date.now();
      await act();
      timings[name] = Date.now() - started;
    };
    const page = await open(`${api.service.url}/`);
    await settled(page, 0);
    await time('openLinkOf3StepsMs', async () => {
      await page.goto(link);
      await settled(page, 3);
    });
    const big = await scene(page);
    expect(big.nodes.length).toBe(513);
    for (const layout of ['concentric', 'breadthfirst', 'time', 'fcose'] as const) {
      const steps = (await scene(page)).steps + 1;
      await time(`layout_${layout}_Ms`, async () => {
        await page.locator('#layout').selectOption(layout);
        await settled(page, steps);
      });
    }
    // As a user would in a scene this dense: zoom in on the actor first, so that the click lands on it and not on a neighbour.
    await page.evaluate((actorId) => {
      const { cy } = (window as unknown as Window).actorgraph;
      const actor = cy.getElementById(actorId);
      cy.zoom(Math.max(cy.zoom(), 1.5));
      cy.center(actor);
    }, id('L1X7'));
    await time('clickToPanelMs', async () => {
      await clickElement(page, id('L1X7'));
      await page.waitForSelector(`#panel[data-actor="${id('L1X7')}"]`).catch(async (error: Error) => {
        const panel = page.locator('#panel');
        throw new Error(`the panel shows '${await panel.getAttribute('data-actor')}' (${(await panel.innerText()).slice(0, 200)}), not the clicked actor: ${error.message}`);
      });
    });
    await time('hideMs', async () => {
      await page.locator('#panel button[data-action="hide"]').click();
      await settled(page, 8);
    });
    await time('undoMs', async () => {
      await page.locator('#undo').click();
      await settled(page, 7);
    });
    await time('zoomAndRelabelMs', async () => {
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const { cy } = (window as unknown as Window).actorgraph;
            const started = performance.now();
            cy.zoom({ level: cy.zoom() * 3, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
            // The relabelling runs once the zoom has settled (120 ms later): wait for it to have run.
            window.setTimeout(() => requestAnimationFrame(() => resolve(void (performance.now() - started))), 200);
          }),
      );
    });
    const read = await legibility(page);
    expect(read.labelOverlaps).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, '11-500-actors.png') });
    writeReport('scene500', { actors: big.nodes.length, relations: big.edges.length, ...timings, labelsShownAfterZoom: read.shown, labelled: read.labelled });
  }, 300_000);
});

/** Adds a section to the explorer's report (reports/explorer-responsiveness.json) and prints it. */
function writeReport(section: string, values: unknown): void {
  const file = join(REPORTS, 'explorer-responsiveness.json');
  const report = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  report[section] = values;
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`explorer report, ${section}: ${JSON.stringify(values)}`);
}
