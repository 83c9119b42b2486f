/// <reference lib="dom" />
/**
 * The review pages in Chromium, against the service with the seed loaded, on a draft whose faults
 * are known (as `npm run annotate --submit` sends it): open the queue through the link `npm start`
 * prints, open the draft, retype an actor, reject an invented one, link a new actor to the graph's,
 * add the missed attack by selecting its words, close the tab, open it again and find every
 * decision kept, finish, and find exactly the accepted items in the graph, each with its reviewer
 * and time and every quote verbatim at its offsets. Then the same common path with the keyboard
 * alone, two reviewers on one item, and errors shown beside their control, in view.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { authorisedLink } from '../../src/server/local-key';
import { uniqueId } from '../support/database';
import { DraftAnnotation, faultyDraft, removeFaultyDrafts } from '../support/review-drafts';
import { startTestService, TestService } from '../support/service';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(__dirname, '..', '..', 'reports', 'screenshots');
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ALICE = 'alice-key-0123456789';
const BOB = 'bob-key-0123456789-abc';

interface GraphRelation {
  type: string;
  from: { id: string };
  to: { id: string };
  reviewed: boolean;
  reviewedBy: string;
  reviewedAt: string;
  time: { text: string } | null;
  place: string | null;
  evidence: { quote: string; start: number; end: number }[];
}

describe('the review pages in Chromium', () => {
  let api: TestService;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    api = await startTestService({ API_KEYS: `alice:${ALICE},bob:${BOB}` });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    if (api !== undefined) await removeFaultyDrafts(api.connection.database);
    await api?.close();
  });

  async function submit(draft: DraftAnnotation): Promise<string> {
    const response = await api.query<{ submitReviewDraft: { id: string } }>('mutation($draft: JSONObject!) { submitReviewDraft(draft: $draft) { id } }', { draft }, { authorization: `Bearer ${ALICE}` });
    expect(response.errors).toBeUndefined();
    return response.data!.submitReviewDraft.id;
  }

  /** A tab of a reviewer's browser, authorised by the link npm start prints. */
  async function reviewer(key: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(authorisedLink(api.service.url, key));
    // The key went from the address into the browser's storage: it is in no link to copy.
    expect(new URL(page.url()).hash).toBe('');
    return { context, page };
  }

  async function openDraft(page: Page, id: string): Promise<void> {
    await page.goto(`${api.service.url}/review/draft?id=${id}`);
    await page.waitForSelector('body[data-ready="true"]');
  }

  const item = (itemId: string): string => `li.item[data-item="${itemId}"]`;

  /** Selects the stretch [start, end) of the draft's text, as a person dragging over it would leave it. */
  async function selectText(page: Page, start: number, end: number): Promise<void> {
    await page.evaluate(
      ([from, to]) => {
        const root = document.getElementById('draft-text')!;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let at = 0;
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const length = node.textContent!.length;
          if (from >= at && from <= at + length) range.setStart(node, from - at);
          if (to >= at && to <= at + length) {
            range.setEnd(node, to - at);
            break;
          }
          at += length;
        }
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      },
      [start, end],
    );
  }

  async function waitForVersion(page: Page, itemId: string, version: number): Promise<void> {
    await page.waitForSelector(`${item(itemId)}[data-version="${version}"]`);
  }

  async function graphOf(documentId: string): Promise<{ relations: GraphRelation[]; actors: { id: string; kind: string; reviewedBy: string; aliases: string[] }[]; text: string }> {
    const response = await api.query<{ relations: { edges: { node: GraphRelation }[] }; document: { text: string; actors: { id: string; kind: string; reviewedBy: string; aliases: string[] }[] } }>(
      `query($id: ID!) {
        relations(documentId: $id, first: 20) { edges { node { type from { id } to { id } reviewed reviewedBy reviewedAt time { text } place evidence { quote start end } } } }
        document(id: $id) { text actors { id kind reviewedBy aliases } }
      }`,
      { id: documentId },
    );
    expect(response.errors).toBeUndefined();
    return { relations: response.data!.relations.edges.map((edge) => edge.node), actors: response.data!.document.actors, text: response.data!.document.text };
  }

  it('reviews a draft from the queue, keeps every decision across a closed tab, and finishes into exactly the accepted items', async () => {
    const { draft, ids, attack, text } = faultyDraft();
    const draftId = await submit(draft);
    const { context, page } = await reviewer(ALICE);
    await page.waitForSelector(`#queue-rows tr[data-draft="${draftId}"]`);
    expect(await page.locator(`#queue-rows tr[data-draft="${draftId}"] td.counts`).textContent()).toBe('0 accepted, 0 rejected, 8 undecided');
    await page.screenshot({ path: join(SCREENSHOTS, 'review-1-queue.png') });
    await page.locator(`#queue-rows tr[data-draft="${draftId}"] a`).click();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.locator('#draft-text').textContent()).toBe(text);
    expect(await page.locator(`#draft-text mark.mention[data-actor="${ids.liwa}"]`).count()).toBe(2);

    // Retype Liwa (the rules took it for a person); reject the invented "Ceasefire", with its relation.
    await page.locator(`${item(ids.liwa)} select[data-role="item-type"]`).selectOption('ARMED_GROUP');
    await waitForVersion(page, ids.liwa, 2);
    await page.locator(`${item(ids.ceasefire)} button[data-role="reject"]`).click();
    await waitForVersion(page, ids.ceasefire, 2);
    expect(await page.locator(`${item('r2')}`).getAttribute('data-decision')).toBe('REJECTED');

    // Link "the Islamic Republic" to Iran, found by typing its name.
    await page.locator(`${item(ids.republic)} details summary`).click();
    await page.locator(`${item(ids.republic)} input[data-role="link"]`).fill('Iran');
    await page.waitForSelector(`#link-suggestions-${ids.republic} option[value="Iran"]`, { state: 'attached' });
    await page.locator(`${item(ids.republic)} button[data-role="link-button"]`).click();
    await page.waitForSelector(`${item(ids.republic)}[data-linked="iran"]`);

    // Add the attack the rules missed: select its words, and the actors named in them are its ends.
    await selectText(page, text.indexOf(attack), text.indexOf(attack) + attack.length);
    await page.waitForSelector('#selection-tools:not([hidden])');
    expect(await page.locator('#new-relation-from').inputValue()).toBe(ids.liwa);
    expect(await page.locator('#new-relation-to').inputValue()).toBe(ids.brigade);
    await page.locator('#new-relation-type').selectOption('ATTACKS');
    await page.locator('#new-relation-time').fill('2024-05-04');
    await page.locator('#new-relation-place').fill('Tikrit');
    await page.screenshot({ path: join(SCREENSHOTS, 'review-2-selection.png') });
    await page.locator('#add-relation').click();
    await page.waitForSelector(`${item('r4')}[data-type="ATTACKS"]`);

    // Accept the two right proposals; leave nothing else decided.
    await page.locator(`${item('r1')} button[data-role="accept"]`).click();
    await waitForVersion(page, 'r1', 2);
    await page.locator(`${item('r3')} button[data-role="accept"]`).click();
    await waitForVersion(page, 'r3', 2);
    await page.locator(item('r4')).focus();
    expect(await page.locator('#draft-text mark.quote').allTextContents()).toEqual([attack]);
    await page.screenshot({ path: join(SCREENSHOTS, 'review-3-decided.png'), fullPage: true });

    // Close the tab and open the draft again: every decision is still there.
    const seen = async (reviewPage: Page): Promise<string[]> =>
      reviewPage.locator('li.item').evaluateAll((elements) => elements.map((li) => `${(li as HTMLElement).dataset.item} ${(li as HTMLElement).dataset.decision} ${(li as HTMLElement).dataset.kind ?? (li as HTMLElement).dataset.type} ${(li as HTMLElement).dataset.linked ?? ''}`.trim()));
    const before = await seen(page);
    await page.close();
    const reopened = await context.newPage();
    await openDraft(reopened, draftId);
    expect(await seen(reopened)).toEqual(before);
    expect(before).toEqual([
      `${ids.liwa} ACCEPTED ARMED_GROUP`,
      `${ids.brigade} ACCEPTED ARMED_GROUP`,
      `${ids.republic} ACCEPTED STATE iran`,
      `${ids.ceasefire} REJECTED ORGANIZATION`,
      `${ids.commander} ACCEPTED PERSON`,
      'r1 ACCEPTED SUPPORTS',
      'r2 REJECTED OPPOSES',
      'r3 ACCEPTED LEADS',
      'r4 ACCEPTED ATTACKS',
    ]);

    const documentId = uniqueId('page-reviewed');
    await reopened.locator('#document-id').fill(documentId);
    await reopened.locator('#finish-button').click();
    await reopened.waitForSelector('#finished:not([hidden])');
    expect(await reopened.locator('#review').getAttribute('data-status')).toBe('DONE');
    await reopened.screenshot({ path: join(SCREENSHOTS, 'review-4-finished.png') });

    const graph = await graphOf(documentId);
    expect(graph.text).toBe(text);
    expect(graph.relations.map((relation) => `${relation.type} ${relation.from.id} ${relation.to.id} ${relation.time?.text ?? '-'} ${relation.place ?? '-'} ${relation.reviewedBy}`).sort()).toEqual(
      [`ATTACKS ${ids.liwa} ${ids.brigade} 2024-05-04 Tikrit alice`, `LEADS ${ids.commander} ${ids.brigade} 2024-05 - alice`, `SUPPORTS iran ${ids.liwa} - - alice`].sort(),
    );
    for (const relation of graph.relations) {
      expect(relation.reviewed).toBe(true);
      expect(Date.now() - Date.parse(relation.reviewedAt)).toBeLessThan(600_000);
      for (const quote of relation.evidence) expect(text.slice(quote.start, quote.end)).toBe(quote.quote);
    }
    expect(graph.relations.find((relation) => relation.type === 'ATTACKS')!.evidence).toEqual([{ quote: attack, start: text.indexOf(attack), end: text.indexOf(attack) + attack.length }]);
    expect(graph.actors.map((actor) => `${actor.id} ${actor.kind} ${actor.reviewedBy}`).sort()).toEqual(
      [`${ids.liwa} ARMED_GROUP alice`, `${ids.brigade} ARMED_GROUP alice`, 'iran STATE alice', `${ids.commander} PERSON alice`].sort(),
    );
    expect(graph.actors.find((actor) => actor.id === 'iran')!.aliases).toContain('Islamic Republic');
    expect((await api.query('query($id: ID!) { actor(id: $id) { id } }', { id: ids.ceasefire })).data).toEqual({ actor: null });
    await context.close();
  }, 240_000);

  it('takes the common path with the keyboard alone: next and previous, the type menu, accept, reject, finish', async () => {
    const { draft, ids } = faultyDraft();
    const draftId = await submit(draft);
    const { context, page } = await reviewer(BOB);
    await openDraft(page, draftId);
    const focusedItem = (): Promise<string | undefined> => page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('li.item')?.dataset.item);
    const press = async (...keys: string[]): Promise<void> => {
      for (const key of keys) await page.keyboard.press(key);
    };

    await press('j');
    expect(await focusedItem()).toBe(ids.liwa);
    // The kind menu: t opens it, a letter chooses (Armed group), Enter goes back to the item.
    await press('t', 'a');
    await waitForVersion(page, ids.liwa, 2);
    await press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('LI');
    expect(await page.locator(item(ids.liwa)).getAttribute('data-kind')).toBe('ARMED_GROUP');
    await press('j', 'j', 'j');
    expect(await focusedItem()).toBe(ids.ceasefire);
    await press('r');
    await waitForVersion(page, ids.ceasefire, 2);
    await press('k');
    expect(await focusedItem()).toBe(ids.republic);
    await press('ArrowDown', 'ArrowDown', 'j');
    expect(await focusedItem()).toBe('r1');
    await press('a');
    await waitForVersion(page, 'r1', 2);
    // r3 "leads": one step up the type menu is "pressures"; Escape goes back to the item.
    await press('j', 'j');
    expect(await focusedItem()).toBe('r3');
    await press('t', 'ArrowUp');
    await waitForVersion(page, 'r3', 2);
    await press('Escape', 'a');
    await waitForVersion(page, 'r3', 3);
    expect(await page.locator(item('r3')).getAttribute('data-type')).toBe('PRESSURES');
    await page.screenshot({ path: join(SCREENSHOTS, 'review-5-keyboard.png') });
    await press('f', 'Enter');
    await page.waitForSelector('#finished:not([hidden])');

    const decided = await api.query<{ reviewDraft: { status: string; relations: { itemId: string; decision: string; type: string; decidedBy: string }[]; actors: { itemId: string; decision: string; kind: string }[] } }>(
      'query($id: ID!) { reviewDraft(id: $id) { status relations { itemId decision type decidedBy } actors { itemId decision kind } } }',
      { id: draftId },
      { authorization: `Bearer ${BOB}` },
    );
    expect(decided.data!.reviewDraft.status).toBe('DONE');
    expect(decided.data!.reviewDraft.relations.map((relation) => `${relation.itemId} ${relation.decision} ${relation.decidedBy}`)).toEqual(['r1 ACCEPTED bob', 'r2 REJECTED bob', 'r3 ACCEPTED bob']);
    expect(decided.data!.reviewDraft.actors.find((actor) => actor.itemId === ids.liwa)).toEqual({ itemId: ids.liwa, decision: 'ACCEPTED', kind: 'ARMED_GROUP' });
    await context.close();
  }, 240_000);

  it('tells the second of two reviewers on one item, beside the item and in view, and shows what the first decided', async () => {
    const { draft } = faultyDraft();
    const draftId = await submit(draft);
    const alice = await reviewer(ALICE);
    const bob = await reviewer(BOB);
    await openDraft(alice.page, draftId);
    await openDraft(bob.page, draftId);
    await alice.page.locator(`${item('r3')} button[data-role="accept"]`).click();
    await waitForVersion(alice.page, 'r3', 2);
    // Bob's page still shows version 1: his rejection is refused, and his page now shows Alice's acceptance.
    await bob.page.locator(`${item('r3')} button[data-role="reject"]`).click();
    const error = bob.page.locator(`${item('r3')} [data-role="error"]`);
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toMatch(/^Not saved: someone else decided first\. expected version 1 of item 'r3', found version 2 \(changed by alice at .+\)/);
    expect(await bob.page.locator(item('r3')).getAttribute('data-decision')).toBe('ACCEPTED');
    expect(await error.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    })).toBe(true);
    await bob.page.screenshot({ path: join(SCREENSHOTS, 'review-6-conflict.png') });
    await alice.context.close();
    await bob.context.close();
  }, 240_000);

  it('shows a refused selection beside its controls, in view, and writes nothing', async () => {
    const { draft, ids, text } = faultyDraft();
    const draftId = await submit(draft);
    const { context, page } = await reviewer(ALICE);
    await openDraft(page, draftId);
    const words = 'A ceasefire was announced';
    await selectText(page, text.indexOf(words), text.indexOf(words) + words.length);
    await page.locator('#new-relation-from').selectOption(ids.brigade);
    await page.locator('#new-relation-to').selectOption(ids.brigade);
    await page.locator('#add-relation').click();
    await page.waitForSelector('#selection-error:not([hidden])');
    expect(await page.locator('#selection-error').textContent()).toBe(`Not saved: to: expected an actor other than the source, found '${ids.brigade}' on both ends (BAD_USER_INPUT)`);
    expect(await page.locator('li.item.relation').count()).toBe(3);
    await context.close();
  }, 120_000);
});
