import { warmUp } from '../../src/server/warm-up';

describe('warmUp', () => {
  it('does nothing with a budget of 0', async () => {
    const execute = jest.fn(async () => undefined);
    const warming = await warmUp(execute, ['{ a }'], 0);
    expect(warming.firstPass).toEqual({ requests: 0, failed: 0, ms: 0 });
    expect(await warming.finished).toEqual({ requests: 0, failed: 0, ms: 0 });
    expect(execute).not.toHaveBeenCalled();
  });

  it('sends each request once in turn before any two at once, and the whole first pass even past its budget, before it returns', async () => {
    let running = 0;
    const seen: { query: string; alongside: number }[] = [];
    const execute = async (query: string): Promise<void> => {
      running += 1;
      seen.push({ query, alongside: running - 1 });
      await new Promise((resolveLater) => setTimeout(resolveLater, 5));
      running -= 1;
    };
    const { firstPass } = await warmUp(execute, ['{ a }', '{ b }', '{ c }'], 1);
    expect(seen).toEqual([
      { query: '{ a }', alongside: 0 },
      { query: '{ b }', alongside: 0 },
      { query: '{ c }', alongside: 0 },
    ]);
    expect(firstPass).toMatchObject({ requests: 3, failed: 0 });
  });

  it('then sends them a few at a time, after it has returned, until its budget has passed, and counts the failed ones without stopping', async () => {
    let most = 0;
    let running = 0;
    const execute = async (query: string): Promise<void> => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolveLater) => setTimeout(resolveLater, 2));
      running -= 1;
      if (query === '{ broken }') throw new Error('Cannot query field "broken" on type "Query".');
    };
    const warming = await warmUp(execute, ['{ a }', '{ broken }'], 60);
    expect(warming.firstPass).toMatchObject({ requests: 2, failed: 1 });
    const result = await warming.finished;
    expect(result.ms).toBeGreaterThanOrEqual(60);
    expect(result.requests).toBeGreaterThan(2);
    expect(result.failed).toBe(Math.floor(result.requests / 2));
    expect(most).toBeGreaterThan(1);
  });

  it('ends the rest early when stopped', async () => {
    const execute = (): Promise<void> => new Promise((resolveLater) => setTimeout(resolveLater, 2));
    const warming = await warmUp(execute, ['{ a }'], 60_000);
    warming.stop();
    const result = await warming.finished;
    expect(result.ms).toBeLessThan(5_000);
    expect(result.requests).toBeLessThanOrEqual(1 + 4);
  });
});
