/**
 * The graph explorer page. A person builds a scene in steps (search an actor, expand actors,
 * draw paths, hide, pin, filter, choose a layout); the scene is kept as those steps, so every
 * step can be undone and redone, and the page's link (or a saved file) holds the scene and opens
 * it again, saying what it had to drop when a link is damaged or names actors that are gone.
 *
 * It speaks only GraphQL to the service that served it, and asks for no more than the service's
 * limits allow (read once at start). This module wires the page's controls to the scene session;
 * the steps, the link, the drawing, the panel, the legend and the exports have modules of their own.
 */
import cytoscape, { Core, EventObject } from 'cytoscape';
import { PARTIAL_DATE } from '../graph/partial-time';
import { wireGraphClicks } from './graph-clicks';
import { drawnEdges, drawnNodes } from './drawn-elements';
import { ExplorerLimits, explorerLimits } from './explorer-limits';
import { GRAPH_STYLE } from './graph-style';
import { mergeActors, relationsQuoting, relationTypes, serviceLimits, Suggestion } from './graphql-client';
import { LAYOUT_LABELS } from './layouts';
import { duplicatesSection } from './duplicates-view';
import { drawLegend } from './legend';
import { installMeasureControls } from './measure-view';
import { describeError, element, messageBox } from './page';
import { PanelAction, PanelHost, showActor, showRelation } from './panel';
import { fetchStep } from './scene-fetch';
import { decodeScene, encodeScene, OpenedScene, readSceneFile, sceneFile, stepsFromQuery } from './scene-link';
import { Scene, StepResult } from './scene-model';
import { Drawn, SceneSession } from './scene-session';
import { countOf, Direction, LAYOUT_NAMES, LayoutName, Step } from './scene-steps';
import { offerSuggestions, resolveActor } from './suggestions';
import { drawTimeAxis } from './time-axis';
import { download, exportJson, exportPng } from './view-export';
import './explorer.css';

const ui = {
  searchForm: element<HTMLFormElement>('search-form'),
  search: element<HTMLInputElement>('search'),
  suggestions: element<HTMLDataListElement>('search-suggestions'),
  depth: element<HTMLSelectElement>('depth'),
  direction: element<HTMLSelectElement>('direction'),
  pathForm: element<HTMLFormElement>('path-form'),
  quoteForm: element<HTMLFormElement>('quote-form'),
  quoteSearch: element<HTMLInputElement>('quote-search'),
  pathTo: element<HTMLInputElement>('path-to'),
  pathSuggestions: element<HTMLDataListElement>('path-suggestions'),
  timeRespecting: element<HTMLInputElement>('time-respecting'),
  timeForm: element<HTMLFormElement>('time-form'),
  since: element<HTMLInputElement>('since'),
  until: element<HTMLInputElement>('until'),
  clearTime: element<HTMLButtonElement>('clear-time'),
  types: element<HTMLDivElement>('types'),
  undo: element<HTMLButtonElement>('undo'),
  redo: element<HTMLButtonElement>('redo'),
  layout: element<HTMLSelectElement>('layout'),
  hiddenCount: element<HTMLSpanElement>('hidden-count'),
  hiddenList: element<HTMLUListElement>('hidden-list'),
  showAll: element<HTMLButtonElement>('show-all'),
  clearScene: element<HTMLButtonElement>('clear-scene'),
  copyLink: element<HTMLButtonElement>('copy-link'),
  saveScene: element<HTMLButtonElement>('save-scene'),
  openScene: element<HTMLInputElement>('open-scene'),
  exportPng: element<HTMLButtonElement>('export-png'),
  exportJson: element<HTMLButtonElement>('export-json'),
  status: element<HTMLParagraphElement>('status'),
  message: element<HTMLDivElement>('message'),
  legend: element<HTMLUListElement>('legend'),
  timeAxis: element<HTMLDivElement>('time-axis'),
  panel: element<HTMLElement>('panel'),
};

/** Set at start, from the service's limits. */
let limits: ExplorerLimits;
const cy: Core = cytoscape({ container: element('graph'), style: GRAPH_STYLE, wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 3 });
const showMessage = messageBox<'info' | 'error'>(ui.message);
const panelHost: PanelHost = { panel: ui.panel, showError: (text) => showMessage('error', text) };
const session = new SceneSession(cy, (step, scene) => fetchStep(step, scene, limits), afterDraw);
/** The link text last written, so the page can tell its own change of the address from a person's. */
let writtenLink = '';
/** Steps and scenes in flight: the page reads as loading until the last of them has ended, not the first. */
let inFlight = 0;

const SCENE_PARAM = 'scene=';

function nameOf(id: string): string {
  return (cy.getElementById(id).data('label') as string | undefined) ?? id;
}

function afterDraw({ scene }: Drawn): void {
  const nodes = drawnNodes(cy).length;
  const edges = drawnEdges(cy).length;
  ui.status.textContent = scene.nodes.size > 0 ? `${countOf(nodes, 'actor')}, ${countOf(edges, 'relation')} shown${scene.hidden.size > 0 ? `, ${scene.hidden.size} hidden` : ''}` : '';
  ui.status.dataset.nodes = String(nodes);
  ui.status.dataset.edges = String(edges);
  ui.status.dataset.steps = String(session.steps().length);
  // The path is its actors then its relations: one relation fewer than actors.
  if (scene.path.length > 0) ui.panel.dataset.pathLength = String((scene.path.length - 1) / 2);
  else delete ui.panel.dataset.pathLength;
  ui.undo.disabled = !session.canUndo();
  ui.redo.disabled = !session.canRedo();
  syncControls(scene);
  drawHiddenList(scene);
  drawLegend(ui.legend, cy, scene.layout);
  drawAxis();
  writeLink();
}

/** The time axis, with the scale the actors shown were placed by. */
function drawAxis(): void {
  drawTimeAxis(ui.timeAxis, cy, session.timeScale());
}

function writeLink(): void {
  const steps = session.steps();
  writtenLink = steps.length > 0 ? `#${SCENE_PARAM}${encodeScene(steps)}` : '';
  window.history.replaceState(null, '', `${window.location.pathname}${writtenLink}`);
}

/** The controls show the scene's filter and layout, whichever step set them (an undo too). */
function syncControls(scene: Scene): void {
  ui.layout.value = scene.layout;
  ui.since.value = scene.filter.since;
  ui.until.value = scene.filter.until;
  for (const box of ui.types.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = scene.filter.types.includes(box.value);
  if (scene.focus && !ui.search.value) ui.search.value = nameOf(scene.focus);
}

function drawHiddenList(scene: Scene): void {
  ui.hiddenCount.textContent = String(scene.hidden.size);
  ui.showAll.hidden = scene.hidden.size === 0;
  ui.hiddenList.replaceChildren(
    ...[...scene.hidden].map((id) => {
      const item = document.createElement('li');
      const edge = scene.edges.get(id);
      const name = edge ? `${nameOf(edge.source)} ${edge.type.replace(/_/g, ' ').toLowerCase()} ${nameOf(edge.target)}` : (scene.nodes.get(id)?.label ?? id);
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'secondary';
      button.textContent = 'Show';
      button.addEventListener('click', () => void step({ kind: 'show', ids: [id] }));
      item.append(document.createTextNode(name), button);
      return item;
    }),
  );
}

/**
 * Adds a step to the scene, saying what the person should know (a note of the step, or why it
 * failed). Every control goes through here.
 */
async function step(next: Step): Promise<StepResult | null> {
  return whileLoading(async () => {
    try {
      const result = await session.apply(next);
      showMessage('none');
      if (result.note) showMessage('info', result.note);
      return result;
    } catch (error) {
      showMessage('error', `Could not ${next.kind} the scene: ${describeError(error)}`);
      return null;
    }
  });
}

/**
 * Marks the page as loading while `work` runs. When the last work in flight ends, the drawing is
 * fitted to its box at once if a message or the legend changed the box's size, so the page reads as
 * settled only once its actors are where they will stay (Cytoscape notices a new size 100 ms later).
 */
async function whileLoading<T>(work: () => Promise<T>): Promise<T> {
  inFlight += 1;
  ui.status.dataset.loading = 'true';
  try {
    return await work();
  } finally {
    inFlight -= 1;
    if (inFlight === 0) {
      cy.resize();
      delete ui.status.dataset.loading;
    }
  }
}

/** Opens a scene from a link or a file, and says what it dropped and what its steps noted. */
async function openScene(opened: OpenedScene): Promise<void> {
  await whileLoading(async () => {
    showMessage('info', 'Opening the scene...');
    try {
      const replayed = await session.open(opened.steps);
      const notes = replayed.results.map((result) => result.note).filter((note): note is string => note !== undefined && note !== '');
      const problems = [...opened.problems, ...replayed.problems];
      showMessage('none');
      if (problems.length > 0) showMessage('error', [`The scene opened with ${countOf(replayed.steps.length, 'step')}; not all of the link could be used:`, ...problems].join('\n'));
      else if (notes.length > 0) showMessage('info', notes.join('\n'));
      else if (replayed.steps.length === 0) showMessage('info', 'Search an actor to begin, for example Soleimani, Sudani or the coalition.');
      ui.panel.dataset.problems = String(problems.length);
    } catch (error) {
      showMessage('error', `Could not open the scene: ${describeError(error)}`);
    }
  });
}

function sceneFromLocation(): OpenedScene {
  const hash = window.location.hash.slice(1);
  if (hash.startsWith(SCENE_PARAM)) {
    let text = hash.slice(SCENE_PARAM.length);
    try {
      text = decodeURIComponent(text);
    } catch {
      // A bad %-escape (a link cut inside one) is read as it is; the check will say it was changed.
    }
    return decodeScene(text, limits.maxDepth);
  }
  return stepsFromQuery(window.location.search, limits.maxDepth);
}

function actorActions(id: string): PanelAction[] {
  const scene = session.scene();
  if (!scene.nodes.has(id)) return [];
  const pinned = scene.pinned.has(id);
  return [
    { name: 'expand', label: 'Expand', run: () => void step({ kind: 'expand', actor: id, direction: ui.direction.value as Direction }) },
    { name: 'hide', label: 'Hide', run: () => void step({ kind: 'hide', ids: [id] }) },
    pinned
      ? { name: 'unpin', label: 'Unpin', run: () => void step({ kind: 'unpin', actor: id }) }
      : { name: 'pin', label: 'Pin here', run: () => void step({ kind: 'pin', actor: id, ...cy.getElementById(id).position() }) },
    ...(scene.focus && scene.focus !== id ? [{ name: 'path', label: `Path from ${nameOf(scene.focus)}`, run: () => void drawPath(id) }] : []),
  ];
}

/** The actor's panel, with the actors likely to be it (which a key holder can merge into it). */
function showActorPanel(id: string): Promise<void> {
  return showActor(panelHost, id, actorActions(id), (actorId) => duplicatesSection(actorId, limits.suggestions, (keep, merge, mergedName) => void mergeInto(keep, merge, mergedName)));
}

/**
 * Merges one actor into another in the graph, then opens the scene again from its steps, so the
 * drawing shows the graph as it now is (a step that named the merged actor is said to be dropped).
 */
async function mergeInto(keep: string, merge: string, mergedName: string): Promise<void> {
  const keptName = nameOf(keep);
  try {
    await whileLoading(() => mergeActors(keep, merge));
  } catch (error) {
    showMessage('error', `Could not merge ${mergedName} into ${keptName}: ${describeError(error)}`);
    return;
  }
  await openScene({ steps: session.steps(), problems: [] });
  // What opening the scene again had to say (a step that named the merged actor) follows the merge's own line.
  const merged = `${mergedName} was merged into ${keptName}: its relations, quotes and names are ${keptName}'s now (splitActor undoes it).`;
  showMessage(ui.message.className === 'error' ? 'error' : 'info', [merged, ui.message.hidden ? '' : ui.message.textContent].filter(Boolean).join('\n'));
  await showActorPanel(keep);
}

function relationActions(id: string): PanelAction[] {
  return session.scene().edges.has(id) ? [{ name: 'hide', label: 'Hide', run: () => void step({ kind: 'hide', ids: [id] }) }] : [];
}

async function drawPath(to: string): Promise<void> {
  const from = session.scene().focus;
  if (!from) {
    showMessage('info', 'Search an actor first: a path starts at the actor searched last.');
    return;
  }
  await step({ kind: 'path', from, to, timeRespecting: ui.timeRespecting.checked });
}

async function buildTypeFilters(): Promise<void> {
  const types = await relationTypes();
  ui.types.replaceChildren(
    ...types.map((type) => {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = type.name;
      box.checked = session.scene().filter.types.includes(type.name);
      box.addEventListener('change', () => {
        const chosen = [...ui.types.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
        const { since, until } = session.scene().filter;
        void step({ kind: 'filter', types: chosen, since, until });
      });
      label.title = type.description;
      label.append(box, document.createTextNode(` ${type.name.replace(/_/g, ' ').toLowerCase()}`));
      return label;
    }),
  );
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

function wireSearch(): void {
  const offered: Suggestion[] = [];
  const offeredTargets: Suggestion[] = [];
  const showError = (text: string): void => showMessage('error', text);
  offerSuggestions(ui.search, ui.suggestions, offered, limits.suggestions, showError);
  offerSuggestions(ui.pathTo, ui.pathSuggestions, offeredTargets, limits.suggestions, showError);

  ui.searchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = ui.search.value.trim();
    if (!text) return;
    void resolveActor(text, offered, limits.suggestions).then(async (id) => {
      if (!id) {
        showMessage('info', `No actor matches "${text}".`);
        return;
      }
      const done = await step({ kind: 'search', actor: id, depth: Number(ui.depth.value), direction: ui.direction.value as Direction });
      if (done) {
        ui.search.value = nameOf(id);
        void showActorPanel(id);
      }
    });
  });
  ui.pathForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = ui.pathTo.value.trim();
    if (!session.scene().focus || !text) {
      showMessage('info', 'Search an actor first, then the one to draw the path to.');
      return;
    }
    void resolveActor(text, offeredTargets, limits.suggestions).then((id) => {
      if (id) void drawPath(id);
      else showMessage('info', `No actor matches "${text}".`);
    });
  });
  // A search of the evidence adds the relations of the best matching quotes, as one step the link keeps.
  ui.quoteForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = ui.quoteSearch.value.trim();
    if (!text) return;
    void whileLoading(async () => {
      let ids: string[];
      try {
        ids = await relationsQuoting(text, limits.quoteHits);
      } catch (error) {
        showMessage('error', `Could not search the quotes: ${describeError(error)}`);
        return;
      }
      if (ids.length === 0) {
        showMessage('info', `No quote of a relation matches "${text}".`);
        return;
      }
      const result = await step({ kind: 'relations', ids });
      if (result && !result.note) showMessage('info', `Added the ${countOf(ids.length, 'relation')} whose quotes best match "${text}".`);
    });
  });
  ui.timeRespecting.addEventListener('change', () => {
    const last = [...session.steps()].reverse().find((candidate) => candidate.kind === 'path');
    if (last?.kind === 'path' && last.timeRespecting !== ui.timeRespecting.checked) void drawPath(last.to);
  });
  ui.timeForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const valid = (value: string): boolean => value === '' || PARTIAL_DATE.test(value);
    const since = ui.since.value.trim();
    const until = ui.until.value.trim();
    if (!valid(since) || !valid(until)) {
      showMessage('error', 'Dates are YYYY, YYYY-MM or YYYY-MM-DD.');
      return;
    }
    void step({ kind: 'filter', types: session.scene().filter.types, since, until });
  });
  ui.clearTime.addEventListener('click', () => void step({ kind: 'filter', types: session.scene().filter.types, since: '', until: '' }));
}

function wireScene(): void {
  ui.undo.addEventListener('click', () => void whileLoading(() => session.undo()));
  ui.redo.addEventListener('click', () => void whileLoading(() => session.redo()));
  window.addEventListener('keydown', (event) => {
    if (isTyping(event.target) || !(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) void whileLoading(() => session.undo());
    else if ((key === 'z' && event.shiftKey) || key === 'y') void whileLoading(() => session.redo());
    else return;
    event.preventDefault();
  });
  ui.layout.replaceChildren(...LAYOUT_NAMES.map((name) => new Option(LAYOUT_LABELS[name], name)));
  ui.layout.addEventListener('change', () => void step({ kind: 'layout', name: ui.layout.value as LayoutName }));
  ui.showAll.addEventListener('click', () => {
    const hidden = [...session.scene().hidden];
    if (hidden.length > 0) void step({ kind: 'show', ids: hidden });
  });
  ui.clearScene.addEventListener('click', () => void step({ kind: 'clear' }));
  ui.copyLink.addEventListener('click', () => {
    navigator.clipboard.writeText(window.location.href).then(
      () => showMessage('info', `Link copied (${window.location.href.length} characters).`),
      (error: unknown) => showMessage('error', `Could not copy the link: ${describeError(error)}. It is in the address bar.`),
    );
  });
  ui.saveScene.addEventListener('click', () => download('actorgraph-scene.json', new Blob([sceneFile(session.steps())], { type: 'application/json' })));
  ui.openScene.addEventListener('change', () => {
    const file = ui.openScene.files?.[0];
    ui.openScene.value = '';
    if (!file) return;
    void file.text().then((text) => openScene(readSceneFile(text, limits.maxDepth)));
  });
  ui.exportPng.addEventListener('click', () => exportPng(cy));
  ui.exportJson.addEventListener('click', () => exportJson(cy));
  installMeasureControls(cy, element('exports'), () => drawLegend(ui.legend, cy, session.scene().layout));
  // A link pasted into the address bar, or edited there, opens as a link does.
  window.addEventListener('hashchange', () => {
    if (window.location.hash !== writtenLink) void openScene(sceneFromLocation());
  });
}

function wireGraph(): void {
  wireGraphClicks(cy, {
    openActor: (id) => void showActorPanel(id),
    expandActor: (id) => void step({ kind: 'expand', actor: id, direction: ui.direction.value as Direction }),
    openRelation: (id) => void showRelation(panelHost, id, relationActions(id)),
  });
  // Dropping an actor where a person wants it pins it there, as a step that undo takes back.
  cy.on('dragfree', 'node', (event: EventObject) => {
    const node = event.target;
    void step({ kind: 'pin', actor: node.id() as string, ...node.position() });
  });
  // The graph's box changes size when a message or the legend does: the drawing is fitted again,
  // once per new size (Cytoscape reports a size it already had again, which must keep a person's zoom).
  let fittedBox = `${cy.width()}x${cy.height()}`;
  cy.on('resize', () => {
    const box = `${cy.width()}x${cy.height()}`;
    if (box === fittedBox) return;
    fittedBox = box;
    session.fit();
  });
  cy.on('viewport', drawAxis);
  // Which labels fit depends on the zoom, not the pan (labels are measured where they are in the
  // graph, at a size set by the zoom): they find room again once a zoom has settled, not on every frame of it.
  let settle: number | undefined;
  cy.on('zoom', () => {
    window.clearTimeout(settle);
    settle = window.setTimeout(() => session.relabel(), 120);
  });
}

/** The depths offered, 1 up to the deepest the service allows and the explorer offers. */
function buildDepthChoices(): void {
  ui.depth.replaceChildren(...Array.from({ length: limits.maxDepth }, (_, index) => new Option(String(index + 1))));
}

async function start(): Promise<void> {
  try {
    limits = explorerLimits(await serviceLimits());
  } catch (error) {
    showMessage('error', `Could not read the service's limits: ${describeError(error)}`);
    return;
  }
  buildDepthChoices();
  wireSearch();
  wireScene();
  wireGraph();
  void buildTypeFilters().catch((error: unknown) => showMessage('error', `Could not load the relation types: ${describeError(error)}`));
  await openScene(sceneFromLocation());
}

void start();
// For the end-to-end test and for the console: the drawing and the scene.
(window as unknown as { actorgraph: unknown }).actorgraph = { cy, session };
