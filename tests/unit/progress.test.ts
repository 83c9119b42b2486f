import { progressReporter } from '../../src/loader/progress';

describe('progressReporter', () => {
  beforeEach(() => jest.useFakeTimers({ now: 0 }));
  afterEach(() => jest.useRealTimers());

  it('reports at most every two seconds, with the rate and the time left at that rate, and not at the end', () => {
    const lines: string[] = [];
    const report = progressReporter(1_000, 'relations', 'wrote', (line) => lines.push(line));
    jest.setSystemTime(1_000);
    report(100);
    expect(lines).toEqual([]);
    jest.setSystemTime(2_000);
    report(250);
    expect(lines).toEqual(['wrote 250 of 1000 relations (25%, 125/s, about 6 s left)']);
    jest.setSystemTime(3_000);
    report(400);
    expect(lines).toHaveLength(1);
    jest.setSystemTime(8_000);
    report(1_000);
    expect(lines).toHaveLength(1);
  });
});
