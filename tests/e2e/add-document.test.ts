/// <reference lib="dom" />
/**
 * Adding a document in Chromium against the service with the seed loaded: paste a text on the
 * review queue page, land on its kept draft, see its mentions highlighted, reject one proposed
 * relation, change another's direction and a third's type, finish, and find exactly the accepted
 * relations through GraphQL, reviewed by the key's name. A wrong key is refused beside the button
 * that sent it. Then the graph explorer draws an unreviewed relation dotted, with a legend entry.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { authorisedLink } from '../../src/server/local-key';
import { uniqueId } from '../support/database';
import { startTestService, TestService } from '../support/service';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(__dirname, '..', '..', 'reports', 'screenshots');
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const KEY = 'test-api-key-0123456789';

interface SavedRelation {
  type: string;
  reviewed: boolean;
  reviewedBy: string;
  from: { id: string };
  to: { id: string };
  evidence: { quote: string; start: number; end: number }[];
}

describe('the "Add a document" page in Chromium', () => {
  let api: TestService;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`no Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH; .ci/run installs it`);
    }
    mkdirSync(SCREENSHOTS, { recursive: true });
    api = await startTestService({ API_KEY: KEY });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  /** Made-up names of this run's own, so the actors the rules find are new to the graph. */
  function article(): { text: string; ids: { brigade: string; militia: string; commander: string; government: string } } {
    const word = `Korv${uniqueId('x').replace(/[^a-z]/g, '').slice(-6)}`;
    const slug = word.toLowerCase();
    const text =
      `The ${word} Brigade attacked the ${word} Militia near Ostrel on 3 March 2024, Iraq said. ` +
      `Selim ${word}, a commander of the ${word} Militia, vowed revenge. ` +
      `The ${word} government supports the ${word} Brigade.`;
    return { text, ids: { brigade: `${slug}-brigade`, militia: `${slug}-militia`, commander: `selim-${slug}`, government: `${slug}-government` } };
  }

  /** A tab authorised by the link npm start prints. */
  async function authorisedPage(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(authorisedLink(api.service.url, KEY));
    return page;
  }

  it('drafts a pasted text into a kept draft, shows its mentions, and writes only what the reviewer accepted, as changed', async () => {
    const { text, ids } = article();
    const documentId = uniqueId('added');
    const page = await authorisedPage();
    expect(await page.title()).toBe('actorgraph: review');
    await page.locator('#title').fill('Fighting near Ostrel');
    await page.locator('#date').fill('2024-03-10');
    await page.locator('#text').fill(text);
    await page.screenshot({ path: join(SCREENSHOTS, '8-add-document.png') });
    await page.locator('#draft-button').click();
    await page.waitForURL(/\/review\/draft\?id=draft-/);
    await page.waitForSelector('body[data-ready="true"]');

    const marks = await page.locator('#draft-text mark.mention').evaluateAll((elements) =>
      elements.map((mark) => ({ actor: (mark as HTMLElement).dataset.actor, text: mark.textContent, known: mark.classList.contains('known') })),
    );
    expect(marks).toEqual(
      expect.arrayContaining([
        { actor: ids.brigade, text: `${ids.brigade.split('-')[0].replace(/^./, (c) => c.toUpperCase())} Brigade`, known: false },
        { actor: 'iraq', text: 'Iraq', known: true },
        { actor: ids.commander, text: expect.stringMatching(/^Selim /), known: false },
      ]),
    );
    expect(await page.locator('#draft-text').textContent()).toBe(text);
    const relation = (type: string): string => `#draft-relations > li[data-type="${type}"]`;
    expect(await page.locator(`${relation('ATTACKS')} .why`).textContent()).toBe('rule active-verb, confidence 0.70 · time 2024-03-03 · place Ostrel');
    expect(await page.locator(`${relation('ATTACKS')} blockquote`).allTextContents()).toEqual([expect.stringContaining('Brigade attacked the')]);
    await page.screenshot({ path: join(SCREENSHOTS, '9-add-document-draft.png') });

    const attacks = await page.locator(relation('ATTACKS')).getAttribute('data-item');
    const commands = await page.locator(relation('COMMANDS')).getAttribute('data-item');
    const supports = await page.locator(relation('SUPPORTS')).getAttribute('data-item');
    const item = (itemId: string | null): string => `li.item[data-item="${itemId}"]`;
    const settled = (itemId: string | null, version: number): Promise<unknown> => page.waitForSelector(`${item(itemId)}[data-version="${version}"]`);
    await page.locator(`${item(attacks)} select[data-role="item-type"]`).selectOption('FIGHTS');
    await settled(attacks, 2);
    await page.locator(`${item(attacks)} button[data-role="accept"]`).click();
    await settled(attacks, 3);
    await page.locator(`${item(commands)} button[data-role="reject"]`).click();
    await settled(commands, 2);
    await page.locator(`${item(supports)} button[data-role="swap"]`).click();
    await settled(supports, 2);
    await page.locator(`${item(supports)} button[data-role="accept"]`).click();
    await settled(supports, 3);
    expect(await page.locator(item(supports)).getAttribute('data-from')).toBe(ids.brigade);

    await page.locator('#document-id').fill(documentId);
    await page.locator('#finish-button').click();
    await page.waitForSelector('#finished:not([hidden])');

    const saved = await api.query<{ relations: { edges: { node: SavedRelation }[] }; document: { text: string; title: string; date: { text: string } } }>(
      `query($id: ID!) {
        relations(documentId: $id) { edges { node { type reviewed reviewedBy from { id } to { id } evidence { quote start end } } } }
        document(id: $id) { text title date { text } }
      }`,
      { id: documentId },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.document).toEqual({ text, title: 'Fighting near Ostrel', date: { text: '2024-03-10' } });
    const relations = saved.data!.relations.edges.map((edge) => edge.node);
    expect(relations.map((found) => `${found.type} ${found.from.id} ${found.to.id} ${found.reviewed} ${found.reviewedBy}`).sort()).toEqual([
      `FIGHTS ${ids.brigade} ${ids.militia} true default`,
      `SUPPORTS ${ids.brigade} ${ids.government} true default`,
    ]);
    for (const quote of relations.flatMap((found) => found.evidence)) expect(text.slice(quote.start, quote.end)).toBe(quote.quote);
    const commander = await api.query<{ actor: null }>('query($id: ID!) { actor(id: $id) { id } }', { id: ids.commander });
    expect(commander.data).toEqual({ actor: null });
  }, 180_000);

  it('asks for a key without one, and shows a wrong key\'s refusal beside the button that sent it, in view', async () => {
    const { text, ids } = article();
    const page = await browser.newPage({ viewport: { width: 1280, height: 700 } });
    await page.goto(`${api.service.url}/review`);
    await page.waitForSelector('#key-form:not([hidden])');
    await page.locator('#api-key').fill('not-the-key');
    await page.locator('#key-form button[type=submit]').click();
    await page.locator('#text').fill(`${text}\n`.repeat(8));
    await page.locator('#draft-button').click();
    const error = page.locator('#draft-error');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toMatch(/^Could not draft the text: .*\(UNAUTHENTICATED\)$/);
    expect(await error.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    })).toBe(true);
    expect((await api.query('query($id: ID!) { actor(id: $id) { id } }', { id: ids.brigade })).data).toEqual({ actor: null });
  });

  it('draws an unreviewed relation dotted in its own colour, with a legend entry', async () => {
    const { text, ids } = article();
    const draft = await api.query<{ extractDocument: { annotation: string } }>('query($text: String!) { extractDocument(text: $text, title: "Unreviewed") { annotation } }', { text });
    const annotation = JSON.parse(draft.data!.extractDocument.annotation) as { document: { id: string } };
    annotation.document.id = uniqueId('unreviewed');
    const ingested = await api.query(
      'mutation($document: JSONObject!) { ingestDocument(document: $document, acceptProposed: true) { relationsCreated } }',
      { document: annotation },
      { authorization: `Bearer ${KEY}` },
    );
    expect(ingested.errors).toBeUndefined();

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${api.service.url}/?actor=${ids.brigade}`);
    await page.waitForFunction(() => {
      const status = document.getElementById('status');
      return status !== null && status.dataset.loading === undefined && Number(status.dataset.edges) > 0;
    });
    const styles = await page.evaluate(() => {
      const { cy } = (window as unknown as { actorgraph: { cy: import('cytoscape').Core } }).actorgraph;
      return cy.edges().map((edge) => ({ reviewed: edge.data('reviewed') as boolean, line: edge.style('line-style') as string, colour: edge.style('line-color') as string }));
    });
    expect(styles.length).toBeGreaterThan(0);
    for (const style of styles) expect(style).toEqual({ reviewed: false, line: 'dotted', colour: 'rgb(217,119,6)' });
    expect(await page.locator('#legend-unreviewed').textContent()).toBe('Unreviewed relation (proposed by rules)');
    // Actors are coloured by community at first: the line of unreviewed relations is shown all the same.
    expect(await page.locator('#legend-unreviewed').isVisible()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, '10-unreviewed.png') });
  });
});
