import { explorerLimits } from '../../src/explorer/explorer-limits';
import { quoteInContext } from '../../src/explorer/quote-context';
import { INITIAL_STATE, inTimeWindow, readState, writeState } from '../../src/explorer/view-state';

describe('the explorer view state', () => {
  it('round-trips through the URL', () => {
    const state = { actor: 'qassem-soleimani', depth: 2, direction: 'OUT' as const, types: ['KILLED_BY', 'LEADS'], since: '2020', until: '2024-01', to: 'iraq', timeRespecting: true };
    const search = writeState(state);
    expect(search).toBe('?actor=qassem-soleimani&depth=2&direction=OUT&types=KILLED_BY%2CLEADS&since=2020&until=2024-01&to=iraq&timeRespecting=true');
    expect(readState(search, 3)).toEqual(state);
  });

  it('writes nothing for the initial state and ignores values it cannot use', () => {
    expect(writeState(INITIAL_STATE)).toBe('');
    expect(readState('?depth=9&direction=UP&types=attacks;drop&since=last%20year', 3)).toEqual(INITIAL_STATE);
    expect(readState('?depth=1.5', 3)).toEqual(INITIAL_STATE);
    expect(readState('?timeRespecting=yes', 3)).toEqual(INITIAL_STATE);
  });

  it('keeps a depth only up to the deepest the service allows', () => {
    expect(readState('?depth=3', 3).depth).toBe(3);
    expect(readState('?depth=3', 2).depth).toBe(INITIAL_STATE.depth);
    expect(readState('?depth=2', 2).depth).toBe(2);
  });
});

describe("the explorer's limits", () => {
  it('are its own choices, capped by the service', () => {
    expect(explorerLimits({ maxTraversalDepth: 4, maxSubgraphNodes: 500, maxPageSize: 100 })).toEqual({ maxDepth: 3, neighbourhoodSize: 200, suggestions: 8 });
    expect(explorerLimits({ maxTraversalDepth: 2, maxSubgraphNodes: 50, maxPageSize: 5 })).toEqual({ maxDepth: 2, neighbourhoodSize: 50, suggestions: 5 });
  });

  it('keeps relations whose time overlaps the window, and hides undated ones while a window is set', () => {
    expect(inTimeWindow({ start: '2020-01-01', end: '2020-12-31' }, '2020-06', '')).toBe(true);
    expect(inTimeWindow({ start: '2003-01-01', end: null }, '', '2002')).toBe(false);
    expect(inTimeWindow({ start: '2003-01-01', end: null }, '2024', '')).toBe(true);
    expect(inTimeWindow({ start: '2011-01-01', end: '2011-12-31' }, '2012', '')).toBe(false);
    expect(inTimeWindow({ start: '2024-02-01', end: '2024-02-29' }, '', '2024-02')).toBe(true);
    expect(inTimeWindow(null, '2020', '')).toBe(false);
    expect(inTimeWindow(null, '', '')).toBe(true);
  });
});

describe('a quote in its sentence', () => {
  const text = 'First sentence here. The spokesman said that the movement forced the Americans to talk. Last one.';

  it('shows the sentence around the quote', () => {
    const start = text.indexOf('the movement');
    expect(quoteInContext(text, start, start + 'the movement'.length)).toEqual({
      before: 'The spokesman said that ',
      quote: 'the movement',
      after: ' forced the Americans to talk.',
    });
  });

  it('handles a quote at the very start and one across a line end', () => {
    expect(quoteInContext(text, 0, 5)).toEqual({ before: '', quote: 'First', after: ' sentence here.' });
    expect(quoteInContext('Title\nBody text.', 6, 10)).toEqual({ before: '', quote: 'Body', after: ' text.' });
  });
});
