/// <reference lib="dom" />
import type { SubgraphEdge, SubgraphNode } from '../../src/explorer/graphql-client';
import { appliedSteps, EMPTY_HISTORY, pushStep, redo, undo } from '../../src/explorer/scene-history';
import { checkOf, decodeScene, encodeScene, readSceneFile, sceneFile, stepsFromQuery } from '../../src/explorer/scene-link';
import { missingReferences, NOTHING_FETCHED, sceneOf, StepResult } from '../../src/explorer/scene-model';
import { replaySteps } from '../../src/explorer/scene-replay';
import { checkStep, Step } from '../../src/explorer/scene-steps';
import { axisYears, timePlacement } from '../../src/explorer/time-layout';

const FIVE_STEPS: Step[] = [
  { kind: 'search', actor: 'qassem-soleimani', depth: 1, direction: 'BOTH' },
  { kind: 'expand', actor: 'united-states', direction: 'BOTH' },
  { kind: 'path', from: 'qassem-soleimani', to: 'mohammed-shia-al-sudani', timeRespecting: false },
  { kind: 'hide', ids: ['israel'] },
  { kind: 'expand', actor: 'iraq', direction: 'OUT' },
];
const LINK = '1~5~s.qassem-soleimani.1.b~e.united-states.b~p.qassem-soleimani.mohammed-shia-al-sudani~h.israel~e.iraq.o~';

describe('a scene in a link', () => {
  it('writes each step in a few characters, with the count first and a check last', () => {
    expect(encodeScene(FIVE_STEPS)).toBe(`${LINK}${checkOf(LINK)}`);
    expect(checkOf(LINK)).toMatch(/^[0-9a-f]{8}$/);
    expect(decodeScene(encodeScene(FIVE_STEPS), 3)).toEqual({ steps: FIVE_STEPS, problems: [] });
    // Written by hand without the check: every step announced is there, nothing to say.
    expect(decodeScene(LINK, 3)).toEqual({ steps: FIVE_STEPS, problems: [] });
  });

  it('round-trips every kind of step', () => {
    const steps: Step[] = [
      { kind: 'filter', types: ['KILLED_BY', 'LEADS'], since: '2020', until: '2024-01' },
      { kind: 'search', actor: 'iraq', depth: 3, direction: 'IN' },
      { kind: 'path', from: 'iraq', to: 'syria', timeRespecting: true },
      { kind: 'relations', ids: ['killed_by-5370b8e5fc086890', 'leads-0123456789abcdef'] },
      { kind: 'hide', ids: ['iraq', 'leads-0123456789abcdef'] },
      { kind: 'show', ids: ['iraq'] },
      { kind: 'layout', name: 'time' },
      { kind: 'pin', actor: 'iraq', x: -120, y: 45 },
      { kind: 'unpin', actor: 'iraq' },
      { kind: 'filter', types: [], since: '', until: '' },
    ];
    expect(decodeScene(encodeScene(steps), 3)).toEqual({ steps, problems: [] });
  });

  it('keeps only what still shows: the steps after the last clear', () => {
    const steps: Step[] = [FIVE_STEPS[0], { kind: 'clear' }, FIVE_STEPS[1]];
    expect(encodeScene(steps)).toMatch(/^1~1~e\.united-states\.b~/);
  });

  it('opens the whole steps of a link cut short, and says what was cut', () => {
    const full = encodeScene(FIVE_STEPS);
    const cutInStep = full.slice(0, full.indexOf('h.israel') + 4);
    expect(decodeScene(cutInStep, 3)).toEqual({
      steps: FIVE_STEPS.slice(0, 3),
      problems: ['The link was cut short: it held 5 steps and 3 arrived whole; the cut step ("h.is") was left out.'],
    });
    const cutAtSeparator = full.slice(0, full.indexOf('h.israel'));
    expect(decodeScene(cutAtSeparator, 3)).toEqual({ steps: FIVE_STEPS.slice(0, 3), problems: ['The link was cut short: it held 5 steps and 3 arrived whole.'] });
    const cutInCheck = full.slice(0, -3);
    expect(decodeScene(cutInCheck, 3).steps).toEqual(FIVE_STEPS);
    expect(decodeScene(cutInCheck, 3).problems).toEqual(['The link was changed or cut after it was made (its check does not match): its steps may not be the ones shared.']);
  });

  it('opens a tampered link step by step, dropping each step it cannot use with the reason', () => {
    const tampered = encodeScene(FIVE_STEPS).replace('e.united-states.b', 'e.United<script>.b').replace('h.israel', 'x.israel');
    expect(decodeScene(tampered, 3)).toEqual({
      steps: [FIVE_STEPS[0], FIVE_STEPS[2], FIVE_STEPS[4]],
      problems: [
        'The link was changed or cut after it was made (its check does not match): its steps may not be the ones shared.',
        'Step 2 was dropped: expected actor as an id (lower-case letters, digits, - and _), found "United<script>".',
        'Step 4 was dropped: expected a kind of step (search, expand, path, relations, hide, show, filter, layout, pin, unpin, clear), found "x.israel".',
      ],
    });
    const extra = `${encodeScene(FIVE_STEPS).replace(/[0-9a-f]{8}$/, '')}l.time~00000000`;
    expect(decodeScene(extra, 3)).toEqual({ steps: [...FIVE_STEPS, { kind: 'layout', name: 'time' }], problems: ['The link was changed after it was made (it says 5 steps and holds 6): every step still well formed was opened.'] });
    expect(decodeScene('2~1~s.iraq.1.b~abc', 3)).toEqual({ steps: [], problems: ['The link\'s scene is not in a form this explorer reads (it starts "2~1~s.iraq.1"); nothing of it was opened.'] });
  });

  it('opens a search deeper than the service allows at the deepest it allows, and says so', () => {
    expect(decodeScene(encodeScene([{ kind: 'search', actor: 'iraq', depth: 3, direction: 'BOTH' }]), 2)).toEqual({
      steps: [{ kind: 'search', actor: 'iraq', depth: 2, direction: 'BOTH' }],
      problems: ['Step 1 searched to depth 3, deeper than this service allows; it was opened at depth 2.'],
    });
  });

  it('opens the links made before scenes as the steps they meant', () => {
    expect(stepsFromQuery('?actor=qassem-soleimani&depth=2&direction=OUT&types=KILLED_BY%2CLEADS&since=2020&to=iraq&timeRespecting=true', 3)).toEqual({
      steps: [
        { kind: 'filter', types: ['KILLED_BY', 'LEADS'], since: '2020', until: '' },
        { kind: 'search', actor: 'qassem-soleimani', depth: 2, direction: 'OUT' },
        { kind: 'path', from: 'qassem-soleimani', to: 'iraq', timeRespecting: true },
      ],
      problems: [],
    });
    expect(stepsFromQuery('', 3)).toEqual({ steps: [], problems: [] });
    expect(stepsFromQuery('?actor=iraq&direction=UP', 3)).toEqual({ steps: [], problems: ['Step 1 was dropped: expected a direction (BOTH, OUT, IN), found "UP".'] });
  });
});

describe('a scene in a file', () => {
  it('round-trips as readable JSON', () => {
    const text = sceneFile(FIVE_STEPS);
    expect(JSON.parse(text)).toEqual({ format: 'actorgraph-scene', version: 1, steps: FIVE_STEPS });
    expect(readSceneFile(text, 3)).toEqual({ steps: FIVE_STEPS, problems: [] });
  });

  it('refuses what is not a scene, and drops the steps it cannot use', () => {
    expect(readSceneFile('{"steps": [', 3).problems[0]).toMatch(/^The file is not JSON \(.+\); nothing was opened\.$/);
    expect(readSceneFile('{"format": "other"}', 3)).toEqual({ steps: [], problems: ['The file is not a scene: expected {"format": "actorgraph-scene", "version": 1, "steps": [...]}; nothing was opened.'] });
    const file = JSON.stringify({ format: 'actorgraph-scene', version: 1, steps: [FIVE_STEPS[0], { kind: 'pin', actor: 'iraq', x: 'left', y: 0 }, 'expand'] });
    expect(readSceneFile(file, 3)).toEqual({
      steps: [FIVE_STEPS[0]],
      problems: ['Step 2 was dropped: expected x as a number within ±1000000, found "left".', 'Step 3 was dropped: expected a step object, found "expand".'],
    });
  });
});

describe('a step from outside the page', () => {
  it('is checked field by field', () => {
    expect(checkStep({ kind: 'search', actor: 'iraq', depth: 0, direction: 'BOTH' }, 3)).toBe('expected a depth from 1 to 3, found 0');
    expect(checkStep({ kind: 'hide', ids: [] }, 3)).toBe('expected 1 to 1000 ids, found a list of 0');
    expect(checkStep({ kind: 'filter', types: ['killed by'], since: '', until: '' }, 3)).toBe('expected relation type names, found a list of 1');
    expect(checkStep({ kind: 'filter', types: [], since: 'yesterday', until: '' }, 3)).toBe('expected since as YYYY, YYYY-MM or YYYY-MM-DD, found "yesterday"');
    expect(checkStep({ kind: 'layout', name: 'cola' }, 3)).toBe('expected a layout (fcose, concentric, breadthfirst, time), found "cola"');
    expect(checkStep({ kind: 'path', from: 'a', to: 'b', timeRespecting: 'yes' }, 3)).toBe('expected timeRespecting true or false, found "yes"');
    expect(checkStep({ kind: 'expand', actor: 'x'.repeat(200), direction: 'IN' }, 3)).toBe(`expected actor as an id (lower-case letters, digits, - and _), found "${'x'.repeat(56)}...`);
  });
});

describe('undo and redo', () => {
  it('walk the steps, and a new step after an undo drops what was undone', () => {
    let history = FIVE_STEPS.reduce(pushStep, EMPTY_HISTORY);
    history = undo(undo(history));
    expect(appliedSteps(history)).toEqual(FIVE_STEPS.slice(0, 3));
    history = redo(history);
    expect(appliedSteps(history)).toEqual(FIVE_STEPS.slice(0, 4));
    expect(history.steps).toHaveLength(5);
    history = pushStep(history, { kind: 'layout', name: 'concentric' });
    expect(history.steps).toEqual([...FIVE_STEPS.slice(0, 4), { kind: 'layout', name: 'concentric' }]);
    expect(redo(history)).toBe(history);
    expect(undo(EMPTY_HISTORY)).toBe(EMPTY_HISTORY);
  });
});

const node = (id: string): SubgraphNode => ({ id, label: id.toUpperCase(), kind: 'STATE', degree: 1 });
const edge = (id: string, source: string, target: string): SubgraphEdge => ({ id, source, target, type: 'SUPPORTS', symmetric: false, time: null, reviewed: true });

describe('the scene of a list of steps', () => {
  const results: StepResult[] = [
    { nodes: [node('a'), node('b')], edges: [edge('ab', 'a', 'b')] },
    { nodes: [node('b'), node('c')], edges: [edge('bc', 'b', 'c')] },
    { nodes: [node('a'), node('c')], edges: [edge('ab', 'a', 'b'), edge('bc', 'b', 'c')], path: ['a', 'b', 'c', 'ab', 'bc'] },
    NOTHING_FETCHED,
    NOTHING_FETCHED,
  ];
  const steps: Step[] = [
    { kind: 'search', actor: 'a', depth: 1, direction: 'BOTH' },
    { kind: 'expand', actor: 'b', direction: 'BOTH' },
    { kind: 'path', from: 'a', to: 'c', timeRespecting: false },
    { kind: 'hide', ids: ['b'] },
    { kind: 'pin', actor: 'c', x: 10, y: 20 },
  ];

  it('adds what each step brought, in order, and keeps the path, the hidden and the pinned', () => {
    const scene = sceneOf(steps, results);
    expect([...scene.nodes.keys()]).toEqual(['a', 'b', 'c']);
    expect([...scene.edges.keys()]).toEqual(['ab', 'bc']);
    expect(scene.path).toEqual(['a', 'b', 'c', 'ab', 'bc']);
    expect([...scene.hidden]).toEqual(['b']);
    expect([...scene.pinned]).toEqual([['c', { x: 10, y: 20 }]]);
    expect(scene.focus).toBe('a');
    expect(scene.layout).toBe('fcose');
  });

  it('starts again after a clear', () => {
    const scene = sceneOf([...steps, { kind: 'clear' }, { kind: 'layout', name: 'time' }], [...results, NOTHING_FETCHED, NOTHING_FETCHED]);
    expect(scene.nodes.size + scene.edges.size + scene.hidden.size + scene.pinned.size).toBe(0);
    expect(scene.focus).toBeNull();
    expect(scene.layout).toBe('time');
  });

  it('names what a step refers to that the scene does not hold', () => {
    const scene = sceneOf(steps.slice(0, 1), results.slice(0, 1));
    expect(missingReferences({ kind: 'hide', ids: ['a', 'ab', 'z'] }, scene)).toEqual(['z']);
    expect(missingReferences({ kind: 'expand', actor: 'c', direction: 'BOTH' }, scene)).toEqual(['c']);
    expect(missingReferences({ kind: 'search', actor: 'z', depth: 1, direction: 'BOTH' }, scene)).toEqual([]);
  });
});

describe('replaying the steps of a link', () => {
  it('drops the steps that fail or name what the scene lacks, keeps the rest, and says which', async () => {
    const fetched: string[] = [];
    const replayed = await replaySteps(
      [
        { kind: 'search', actor: 'a', depth: 1, direction: 'BOTH' },
        { kind: 'expand', actor: 'gone', direction: 'BOTH' },
        { kind: 'search', actor: 'gone', depth: 1, direction: 'BOTH' },
        { kind: 'hide', ids: ['b', 'gone'] },
        { kind: 'relations', ids: ['ab', 'old'] },
        { kind: 'relations', ids: ['old'] },
      ],
      async (step) => {
        fetched.push(step.kind);
        if (step.kind === 'search' && step.actor === 'gone') throw new Error("no actor has the id 'gone' (NOT_FOUND)");
        if (step.kind === 'search') return { nodes: [node('a'), node('b')], edges: [edge('ab', 'a', 'b')] };
        if (step.kind === 'relations') {
          const found = step.ids.filter((id) => id === 'ab');
          const missing = step.ids.filter((id) => id !== 'ab');
          return { nodes: found.length > 0 ? [node('a'), node('b')] : [], edges: found.map(() => edge('ab', 'a', 'b')), missing, note: `${missing.length} relation no longer in the graph: ${missing.join(', ')}.` };
        }
        return NOTHING_FETCHED;
      },
    );
    expect(replayed.steps).toEqual([
      { kind: 'search', actor: 'a', depth: 1, direction: 'BOTH' },
      { kind: 'hide', ids: ['b'] },
      { kind: 'relations', ids: ['ab'] },
    ]);
    expect(replayed.problems).toEqual([
      'Step 2 (expand gone) was dropped: the scene holds no gone (gone from the graph, or brought by a step dropped before).',
      "Step 3 (search gone) was dropped: no actor has the id 'gone' (NOT_FOUND).",
      'Step 4 (hide b, gone): the scene holds no gone (gone from the graph, or brought by a step dropped before); the rest was kept.',
      'Step 5 (add 2 relations): 1 relation no longer in the graph: old.',
      'Step 6 (add 1 relation) was dropped: none of its relations is in the graph any more.',
    ]);
    // The expansion of an actor the scene lacks is never sent.
    expect(fetched).toEqual(['search', 'search', 'hide', 'relations', 'relations']);
  });
});

describe('the time layout', () => {
  const actors = [
    { id: 'a', label: 'Alpha', first: '2020-01-01' },
    { id: 'b', label: 'A rather long actor name', first: '2020-01-02' },
    { id: 'c', label: 'Gamma', first: '2024-06-01' },
    { id: 'u', label: 'Undated', first: null },
  ];

  it('orders actors left to right by their first relation, in lanes where no two labels meet', () => {
    const { positions, scale } = timePlacement(actors);
    expect(positions.get('a')!.x).toBeLessThan(positions.get('b')!.x);
    expect(positions.get('b')!.x).toBeLessThan(positions.get('c')!.x);
    // a and b are a day apart: b takes another lane.
    expect(positions.get('a')!.y).not.toBe(positions.get('b')!.y);
    expect(positions.get('c')!.y).toBe(positions.get('a')!.y);
    expect(positions.get('u')!.x).toBeLessThan(positions.get('a')!.x);
    expect(scale!.x('2020-01-01')).toBe(positions.get('a')!.x);
    expect(scale!.undatedX).toBe(positions.get('u')!.x);
    expect(axisYears(scale!)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
  });

  it('places a scene with no dated relation in one column, with no axis', () => {
    const { positions, scale } = timePlacement([actors[3], { id: 'v', label: 'V', first: null }]);
    expect(scale).toBeNull();
    expect([...positions.values()].map((position) => position.x)).toEqual([0, 0]);
  });
});
