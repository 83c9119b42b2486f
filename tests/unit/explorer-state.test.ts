import { explorerLimits } from '../../src/explorer/explorer-limits';
import { quotePassages, sentenceSpan } from '../../src/explorer/quote-context';
import { inTimeWindow } from '../../src/explorer/time-window';

describe("the explorer's limits", () => {
  it('are its own choices, capped by the service', () => {
    expect(explorerLimits({ maxTraversalDepth: 4, maxSubgraphNodes: 500, maxPageSize: 100 })).toEqual({ maxDepth: 3, neighbourhoodSize: 200, suggestions: 8, quoteHits: 25 });
    expect(explorerLimits({ maxTraversalDepth: 2, maxSubgraphNodes: 50, maxPageSize: 5 })).toEqual({ maxDepth: 2, neighbourhoodSize: 50, suggestions: 5, quoteHits: 5 });
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

describe('quotes in their sentences', () => {
  const text = 'First sentence here. The spokesman said that the movement forced the Americans to talk. Last one.';
  const document = { id: 'doc', title: 'A document', text };
  const at = (quote: string, from = 0): { start: number; end: number; document: typeof document } => {
    const start = text.indexOf(quote, from);
    return { start, end: start + quote.length, document };
  };

  it('finds the sentence around a quote, at the very start and across a line end', () => {
    const quote = at('the movement');
    expect(text.slice(sentenceSpan(text, quote.start, quote.end).start, sentenceSpan(text, quote.start, quote.end).end)).toBe('The spokesman said that the movement forced the Americans to talk.');
    expect(sentenceSpan(text, 0, 5)).toEqual({ start: 0, end: 'First sentence here.'.length });
    expect(sentenceSpan('Title\nBody text.', 6, 10)).toEqual({ start: 6, end: 16 });
  });

  it('shows a sentence once with every quote in it highlighted, overlapping quotes as one stretch', () => {
    const passages = quotePassages([at('the movement'), at('the Americans'), at('First'), at('movement forced')]);
    expect(passages).toEqual([
      {
        documentId: 'doc',
        title: 'A document',
        text: 'The spokesman said that the movement forced the Americans to talk.',
        // "the movement" and "movement forced" overlap: one highlighted stretch.
        marks: [
          { start: 24, end: 43 },
          { start: 44, end: 57 },
        ],
        quotes: 3,
      },
      { documentId: 'doc', title: 'A document', text: 'First sentence here.', marks: [{ start: 0, end: 5 }], quotes: 1 },
    ].sort((a, b) => text.indexOf(a.text) - text.indexOf(b.text)));
    const [passage] = passages.filter((item) => item.quotes === 3);
    expect(passage.marks.map((mark) => passage.text.slice(mark.start, mark.end))).toEqual(['the movement forced', 'the Americans']);
  });

  it('keeps the passages of two documents apart, and leaves out offsets outside the text', () => {
    const other = { id: 'other', title: 'Other', text: 'Another text.' };
    const passages = quotePassages([at('Last one'), { start: 0, end: 7, document: other }, { start: 500, end: 510, document }]);
    expect(passages.map((passage) => [passage.documentId, passage.text, passage.quotes])).toEqual([
      ['doc', 'Last one.', 1],
      ['other', 'Another text.', 1],
    ]);
  });
});
