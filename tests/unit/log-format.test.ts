/** The log's formats: which one a terminal gets, and a request's line as a person reads it. */
import { isPretty, prettyMessage } from '../../src/server/log';

describe('the log format', () => {
  it('writes for a person on a terminal only, unless told', () => {
    expect(isPretty('auto', { isTTY: true })).toBe(true);
    expect(isPretty('auto', { isTTY: false })).toBe(false);
    expect(isPretty('auto', {})).toBe(false);
    expect(isPretty('json', { isTTY: true })).toBe(false);
    expect(isPretty('pretty', { isTTY: false })).toBe(true);
  });

  it("puts a request's line in one line, and the request's id on every line of it", () => {
    const request = { msg: 'request', reqId: 'r-1', method: 'POST', path: '/graphql', operation: 'TooMany', status: 200, durationMs: 25.1, errorCode: 'BAD_USER_INPUT' };
    expect(prettyMessage(request)).toBe('POST /graphql 200 in 25.1 ms: TooMany BAD_USER_INPUT [r-1]');
    expect(prettyMessage({ ...request, errorCode: null })).toBe('POST /graphql 200 in 25.1 ms: TooMany [r-1]');
    expect(prettyMessage({ msg: 'request failed', reqId: 'r-1', cause: 'boom' })).toBe('request failed [r-1]');
    expect(prettyMessage({ msg: 'stopped' })).toBe('stopped');
  });
});
