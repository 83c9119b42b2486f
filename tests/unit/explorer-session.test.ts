/// <reference lib="dom" />
/**
 * The scene session on a headless Cytoscape: what it keeps with each step of the history, and
 * what it gives back after undo. Bending edges around actors needs Cytoscape's renderer, which a
 * headless core has not, so the routing is left out; everything the session keeps is real.
 */
import type { Core } from 'cytoscape';
import type { SubgraphEdge, SubgraphNode } from '../../src/explorer/graphql-client';
import { NOTHING_FETCHED, StepResult } from '../../src/explorer/scene-model';
import { SceneSession } from '../../src/explorer/scene-session';
import type { Step } from '../../src/explorer/scene-steps';
import { headlessCores } from '../support/headless-cytoscape';

jest.mock('../../src/explorer/edge-routing', () => ({ routeEdges: () => ({ bent: 0, over: 0 }) }));

const node = (id: string): SubgraphNode => ({ id, label: id.toUpperCase(), kind: 'STATE', degree: 1 });
const edge = (id: string, source: string, target: string, start: string): SubgraphEdge => ({ id, source, target, type: 'SUPPORTS', symmetric: false, time: { start, end: null, text: start }, reviewed: true });

const SEARCH: Step = { kind: 'search', actor: 'a', depth: 1, direction: 'BOTH' };
const HIDE_B: Step = { kind: 'hide', ids: ['b'] };
const TIME_LAYOUT: Step = { kind: 'layout', name: 'time' };
const EXPAND_C: Step = { kind: 'expand', actor: 'c', direction: 'BOTH' };

/** a, b and c, related in 2020 and 2021; expanding c adds d, related in 2030. */
function fetched(step: Step): StepResult {
  if (step.kind === 'search') return { nodes: [node('a'), node('b'), node('c')], edges: [edge('ab', 'a', 'b', '2020-01-01'), edge('bc', 'b', 'c', '2021-06-01')] };
  if (step.kind === 'expand') return { nodes: [node('c'), node('d')], edges: [edge('cd', 'c', 'd', '2030-01-01')] };
  return NOTHING_FETCHED;
}

const headlessCore = headlessCores();

function newSession(): { session: SceneSession; cy: Core } {
  const cy = headlessCore({ styleEnabled: true });
  return { session: new SceneSession(cy, async (step) => fetched(step), () => undefined), cy };
}

describe('the scene session', () => {
  it('folds the scene once for each place in the history, and again after a step, an undo or a redo', async () => {
    const { session } = newSession();
    await session.apply(SEARCH);
    const searched = session.scene();
    expect(session.scene()).toBe(searched);
    await session.apply(HIDE_B);
    const hidden = session.scene();
    expect([...hidden.hidden]).toEqual(['b']);
    expect(session.scene()).toBe(hidden);
    await session.undo();
    expect(session.scene().hidden.size).toBe(0);
    expect(session.scene()).toBe(session.scene());
    await session.redo();
    expect([...session.scene().hidden]).toEqual(['b']);
  });

  it('folds a scene opened from steps as the steps say', async () => {
    const { session } = newSession();
    await session.open([SEARCH, HIDE_B]);
    expect([...session.scene().nodes.keys()]).toEqual(['a', 'b', 'c']);
    expect([...session.scene().hidden]).toEqual(['b']);
  });

  it('keeps the time axis each step drew: after an undo its ticks line up with the actors again', async () => {
    const { session, cy } = newSession();
    const x = (id: string): number => cy.getElementById(id).position('x');
    await session.apply(SEARCH);
    expect(session.timeScale()).toBeNull();
    await session.apply(TIME_LAYOUT);
    const laidOut = session.timeScale()!;
    expect([laidOut.x('2020-01-01'), laidOut.x('2021-06-01')]).toEqual([x('a'), x('c')]);
    // d's relation of 2030 widens the span: every actor is placed again, on a scale of its own.
    await session.apply(EXPAND_C);
    expect(session.timeScale()!.to).toBe('2030-01-01');
    expect(session.timeScale()!.x('2021-06-01')).toBe(x('c'));
    await session.undo();
    expect(session.timeScale()).toBe(laidOut);
    expect([laidOut.x('2020-01-01'), laidOut.x('2021-06-01')]).toEqual([x('a'), x('c')]);
    // A step that moves no actor keeps the scale they were placed by.
    await session.apply(HIDE_B);
    expect(session.timeScale()).toBe(laidOut);
    // Another layout leaves no scale: the axis hides by it alone.
    await session.apply({ kind: 'layout', name: 'concentric' });
    expect(session.timeScale()).toBeNull();
  });
});
