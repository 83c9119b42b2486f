/**
 * The graph explorer page: find an actor, draw its neighbourhood, expand and focus nodes, draw the
 * shortest path to a second actor (or the shortest time-respecting one), read the evidence behind any relation or actor in its
 * sentence, filter by time, export the view, and share it as a link (the view lives in the URL).
 * It speaks only GraphQL to the service that served it, and asks for no more than the service's
 * limits allow (read once at start). This module wires the page's controls to the drawing; the
 * panel, the suggestions and the exports have their own modules.
 */
import cytoscape, { Core, EdgeCollection, ElementDefinition, EventObject } from 'cytoscape';
import { PARTIAL_DATE } from '../graph/partial-time';
import { ExplorerLimits, explorerLimits } from './explorer-limits';
import { GRAPH_STYLE, KIND_STYLES } from './graph-style';
import { neighborhood, relationTypes, serviceLimits, shortestPath, Subgraph, SubgraphNode, Suggestion } from './graphql-client';
import { applyMeasures, buildLegend, installMeasureControls, measureData } from './measure-view';
import { describeError, element, messageBox } from './page';
import { PanelHost, showActor, showRelation } from './panel';
import { offerSuggestions, resolveActor } from './suggestions';
import { exportJson, exportPng } from './view-export';
import { Direction, INITIAL_STATE, inTimeWindow, readState, ViewState, writeState } from './view-state';
import './explorer.css';

const ui = {
  searchForm: element<HTMLFormElement>('search-form'),
  search: element<HTMLInputElement>('search'),
  suggestions: element<HTMLDataListElement>('search-suggestions'),
  depth: element<HTMLSelectElement>('depth'),
  direction: element<HTMLSelectElement>('direction'),
  pathForm: element<HTMLFormElement>('path-form'),
  pathTo: element<HTMLInputElement>('path-to'),
  pathSuggestions: element<HTMLDataListElement>('path-suggestions'),
  timeRespecting: element<HTMLInputElement>('time-respecting'),
  clearPath: element<HTMLButtonElement>('clear-path'),
  timeForm: element<HTMLFormElement>('time-form'),
  since: element<HTMLInputElement>('since'),
  until: element<HTMLInputElement>('until'),
  clearTime: element<HTMLButtonElement>('clear-time'),
  types: element<HTMLDivElement>('types'),
  exportPng: element<HTMLButtonElement>('export-png'),
  exportJson: element<HTMLButtonElement>('export-json'),
  status: element<HTMLParagraphElement>('status'),
  message: element<HTMLDivElement>('message'),
  legend: element<HTMLUListElement>('legend'),
  panel: element<HTMLElement>('panel'),
};

/** Set at start, from the service's limits. */
let limits: ExplorerLimits;
let state: ViewState = INITIAL_STATE;
const names = new Map<string, string>();

const cy: Core = cytoscape({ container: element('graph'), style: GRAPH_STYLE, wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 3 });

function setState(next: Partial<ViewState>): void {
  state = { ...state, ...next };
  window.history.replaceState(null, '', `${window.location.pathname}${writeState(state)}`);
}

const showMessage = messageBox<'info' | 'error'>(ui.message);
const panelHost: PanelHost = { panel: ui.panel, showError: (text) => showMessage('error', text) };

/**
 * What the view shows, counted by the time filter's class rather than by `:visible`: cytoscape
 * caches an element's visibility, and a count taken right after a class change can read the
 * cached value (seen under load: the status kept the count from before the filter).
 */
function shownEdges(): EdgeCollection {
  return cy.edges().not('.hidden');
}

function showStatus(): void {
  const nodes = cy.nodes().length;
  const edges = shownEdges().length;
  ui.status.textContent = state.actor ? `${nodes} actors, ${edges} relations shown` : '';
  ui.status.dataset.nodes = String(nodes);
  ui.status.dataset.edges = String(edges);
}

function nodeElement(node: SubgraphNode): ElementDefinition {
  const style = KIND_STYLES[node.kind] ?? { colour: '#444444', shape: 'ellipse' };
  names.set(node.id, node.label);
  return { group: 'nodes', data: { id: node.id, label: node.label, kind: node.kind, ...measureData(node), colour: style.colour, shape: style.shape } };
}

function edgeElement(edge: Subgraph['edges'][number]): ElementDefinition {
  return {
    group: 'edges',
    data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, symmetric: edge.symmetric, time: edge.time, reviewed: edge.reviewed },
  };
}

/** Adds what is not drawn yet; returns how many elements were new. */
function merge(subgraph: Subgraph): number {
  const fresh = [...subgraph.nodes.map(nodeElement), ...subgraph.edges.map(edgeElement)].filter((item) => cy.getElementById(String(item.data.id)).empty());
  cy.add(fresh);
  applyMeasures(cy);
  return fresh.length;
}

function applyTimeFilter(): void {
  cy.edges().forEach((edge) => {
    edge.toggleClass('hidden', !inTimeWindow(edge.data('time'), state.since, state.until));
  });
  showStatus();
  if (state.actor && shownEdges().empty() && (state.since || state.until)) showMessage('info', 'No relation of this view falls in the time window.');
}

function layout(): void {
  cy.layout({ name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true, padding: 30 }).run();
}

/** Each render has a number; a render overtaken by a newer one stops at its next step. */
let renderCount = 0;

async function render(): Promise<void> {
  const current = ++renderCount;
  const overtaken = (): boolean => current !== renderCount;
  syncControls();
  cy.elements().remove();
  showMessage('none');
  if (!state.actor) {
    showStatus();
    showMessage('info', 'Search an actor to begin, for example Soleimani, Sudani or the coalition.');
    return;
  }
  showMessage('info', 'Loading...');
  ui.status.dataset.loading = 'true';
  try {
    const subgraph = await neighborhood(state.actor, state.depth, state.direction, [...state.types], limits.neighbourhoodSize);
    if (overtaken()) return;
    merge(subgraph);
    cy.getElementById(state.actor).addClass('centre');
    // A view opened from a link shows ids until the names are known.
    if (ui.search.value === state.actor) ui.search.value = names.get(state.actor) ?? state.actor;
    const pathNote = state.to ? await drawPath(state.actor, state.to) : null;
    if (overtaken()) return;
    if (state.to && ui.pathTo.value === state.to) ui.pathTo.value = names.get(state.to) ?? state.to;
    layout();
    showMessage('none');
    if (pathNote) showMessage('info', pathNote);
    if (subgraph.edges.length === 0) showMessage('info', 'This actor has no relations of the chosen types and direction.');
    if (subgraph.truncated || subgraph.edgesTruncated) showMessage('info', 'Only part of the neighbourhood is drawn: it is larger than the limit.');
    applyTimeFilter();
  } catch (error) {
    showMessage('error', `Could not load the graph: ${describeError(error)}`);
  } finally {
    if (!overtaken()) {
      delete ui.status.dataset.loading;
      showStatus();
    }
  }
}

/** Draws the path and marks it; when there is none, says so in the returned note. */
async function drawPath(from: string, to: string): Promise<string | null> {
  const path = await shortestPath(from, to, [...state.types], state.timeRespecting);
  if (!path) {
    delete ui.panel.dataset.pathLength;
    return `No ${state.timeRespecting ? 'time-respecting path' : 'path'} within reach from ${names.get(from) ?? from} to ${names.get(to) ?? to}.`;
  }
  merge({
    nodes: path.actors.map((actor) => ({ id: actor.id, label: actor.name, kind: actor.kind, degree: actor.degree })),
    edges: path.relations.map((relation) => ({
      id: relation.id,
      source: relation.from.id,
      target: relation.to.id,
      type: relation.type,
      symmetric: relation.symmetric,
      time: relation.time,
      reviewed: relation.reviewed,
    })),
    truncated: false,
    edgesTruncated: false,
  });
  for (const id of [...path.actors.map((actor) => actor.id), ...path.relations.map((relation) => relation.id)]) cy.getElementById(id).addClass('on-path');
  ui.panel.dataset.pathLength = String(path.relations.length);
  return null;
}

async function expand(nodeId: string): Promise<void> {
  try {
    const added = merge(await neighborhood(nodeId, 1, state.direction, [...state.types], limits.neighbourhoodSize));
    if (added > 0) layout();
    applyTimeFilter();
  } catch (error) {
    showMessage('error', `Could not expand ${names.get(nodeId) ?? nodeId}: ${describeError(error)}`);
  }
}

function syncControls(): void {
  ui.depth.value = String(state.depth);
  ui.direction.value = state.direction;
  ui.since.value = state.since;
  ui.until.value = state.until;
  ui.timeRespecting.checked = state.timeRespecting;
  for (const box of ui.types.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = state.types.includes(box.value);
  if (state.actor && !ui.search.value) ui.search.value = names.get(state.actor) ?? state.actor;
  if (state.to && !ui.pathTo.value) ui.pathTo.value = names.get(state.to) ?? state.to;
}

async function buildTypeFilters(): Promise<void> {
  const types = await relationTypes();
  ui.types.replaceChildren(
    ...types.map((type) => {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = type.name;
      box.checked = state.types.includes(type.name);
      box.addEventListener('change', () => {
        const chosen = [...ui.types.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
        setState({ types: chosen });
        void render();
      });
      label.title = type.description;
      label.append(box, document.createTextNode(` ${type.name.replace(/_/g, ' ').toLowerCase()}`));
      return label;
    }),
  );
}

function wire(): void {
  installMeasureControls(cy, element('exports'));
  const offered: Suggestion[] = [];
  const offeredTargets: Suggestion[] = [];
  const showError = (text: string): void => showMessage('error', text);
  offerSuggestions(ui.search, ui.suggestions, offered, limits.suggestions, showError);
  offerSuggestions(ui.pathTo, ui.pathSuggestions, offeredTargets, limits.suggestions, showError);

  ui.searchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = ui.search.value.trim();
    if (!text) return;
    void resolveActor(text, offered, limits.suggestions).then((id) => {
      if (!id) {
        showMessage('info', `No actor matches "${text}".`);
        return;
      }
      setState({ actor: id, depth: Number(ui.depth.value), direction: ui.direction.value as Direction, to: null });
      ui.pathTo.value = '';
      void render().then(() => showActor(panelHost, id));
    });
  });
  ui.depth.addEventListener('change', () => {
    setState({ depth: Number(ui.depth.value) });
    void render();
  });
  ui.direction.addEventListener('change', () => {
    setState({ direction: ui.direction.value as Direction });
    void render();
  });
  ui.pathForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = ui.pathTo.value.trim();
    if (!state.actor || !text) {
      showMessage('info', 'Choose an actor first, then the one to draw the path to.');
      return;
    }
    void resolveActor(text, offeredTargets, limits.suggestions).then((id) => {
      if (!id) {
        showMessage('info', `No actor matches "${text}".`);
        return;
      }
      setState({ to: id });
      void render();
    });
  });
  ui.timeRespecting.addEventListener('change', () => {
    setState({ timeRespecting: ui.timeRespecting.checked });
    if (state.to) void render();
  });
  ui.clearPath.addEventListener('click', () => {
    ui.pathTo.value = '';
    setState({ to: null });
    void render();
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
    showMessage('none');
    setState({ since, until });
    applyTimeFilter();
  });
  ui.clearTime.addEventListener('click', () => {
    setState({ since: '', until: '' });
    syncControls();
    showMessage('none');
    applyTimeFilter();
  });
  ui.exportPng.addEventListener('click', () => exportPng(cy));
  ui.exportJson.addEventListener('click', () => exportJson(cy));

  cy.on('tap', 'node', (event: EventObject) => {
    const id = event.target.id() as string;
    void showActor(panelHost, id);
    void expand(id);
  });
  cy.on('dbltap', 'node', (event: EventObject) => {
    setState({ actor: event.target.id() as string, to: null });
    ui.search.value = names.get(state.actor!) ?? '';
    void render();
  });
  cy.on('tap', 'edge', (event: EventObject) => void showRelation(panelHost, event.target.id() as string));
  window.addEventListener('popstate', () => {
    state = readState(window.location.search, limits.maxDepth);
    void render();
  });
}

/** The depths offered, 1 up to the deepest the service allows and the explorer offers. */
function buildDepthChoices(): void {
  ui.depth.replaceChildren(...Array.from({ length: limits.maxDepth }, (_, index) => new Option(String(index + 1))));
}

async function start(): Promise<void> {
  buildLegend(ui.legend);
  try {
    limits = explorerLimits(await serviceLimits());
  } catch (error) {
    showMessage('error', `Could not read the service's limits: ${describeError(error)}`);
    return;
  }
  buildDepthChoices();
  state = readState(window.location.search, limits.maxDepth);
  wire();
  void buildTypeFilters().catch((error: unknown) => showMessage('error', `Could not load the relation types: ${describeError(error)}`));
  await render();
}

void start();
// For the end-to-end test and for the console: the drawn graph.
(window as unknown as { actorgraph: unknown }).actorgraph = { cy, state: (): ViewState => state, initial: INITIAL_STATE };
