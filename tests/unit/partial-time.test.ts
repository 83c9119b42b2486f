import { filterBounds, parsePartialTime } from '../../src/graph/partial-time';

describe('parsePartialTime', () => {
  it.each([
    ['2020', '2020-01-01', '2020-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2023-10-07', '2023-10-07', '2023-10-07'],
    ['2003/2011', '2003-01-01', '2011-12-31'],
    ['2023-10-07/..', '2023-10-07', null],
    ['../2011', null, '2011-12-31'],
  ])('reads %s as the days %s to %s', (text, start, end) => {
    expect(parsePartialTime(text)).toEqual({ text, start, end });
  });

  it.each([
    ['20', "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found '20'"],
    ['2023-13', "expected a month from 01 to 12, found '2023-13'"],
    ['2023-02-30', "expected a day that exists in 2023-02, found '2023-02-30'"],
    ['2011/2003', "expected a range whose start is not after its end, found '2011/2003'"],
    ['../..', "expected a date or a range START/END (either side may be '..'), found '../..'"],
    ['October 2023', "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found 'October 2023'"],
  ])('refuses %s saying what it expected', (text, message) => {
    expect(() => parsePartialTime(text)).toThrow(message);
  });

  it('sorts partial dates sensibly by their start key', () => {
    const sorted = ['2020-03-01', '2003/2011', '2020', '2023-10-07/..', '2014']
      .map(parsePartialTime)
      .sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '') || (a.end ?? '9').localeCompare(b.end ?? '9'))
      .map((time) => time.text);
    expect(sorted).toEqual(['2003/2011', '2014', '2020', '2020-03-01', '2023-10-07/..']);
  });

  it('turns since and until into inclusive day bounds', () => {
    expect(filterBounds('2020', '2023-10')).toEqual({ since: '2020-01-01', until: '2023-10-31' });
    expect(filterBounds(undefined, undefined)).toEqual({ since: null, until: null });
  });
});
