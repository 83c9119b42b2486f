/** The per-request log line and counts: fields as logged, outcomes as codes, operation labels capped. */
import { httpRequests } from '../../src/metrics/metrics';
import { FinishedRequest } from '../../src/server/http-server';
import { LogLevel } from '../../src/server/log';
import { requestObserver } from '../../src/server/request-log';

function finished(operation: string | null, status: number, errorCode: string | null): FinishedRequest {
  return { requestId: `id-${operation}`, method: 'POST', path: '/graphql', status, durationMs: 12.345, note: { operation, errorCode } };
}

describe('requestObserver', () => {
  it('logs each request once and counts it by operation and outcome, past the cap as other', async () => {
    const lines: [LogLevel, string, Record<string, unknown> | undefined][] = [];
    const observe = requestObserver((level, message, fields) => lines.push([level, message, fields]), 2);
    observe(finished('First', 200, null));
    observe(finished('Second', 200, 'BAD_USER_INPUT'));
    observe(finished('Third', 200, null));
    observe(finished('First', 200, null));
    observe(finished(null, 503, null));
    observe(finished('Second', 499, null));

    expect(lines[0]).toEqual([
      'info',
      'request',
      { requestId: 'id-First', method: 'POST', path: '/graphql', operation: 'First', status: 200, durationMs: 12.3, errorCode: null },
    ]);
    expect(lines.map(([, , fields]) => fields?.operation)).toEqual(['First', 'Second', 'Third', 'First', 'POST /graphql', 'Second']);
    const counted = (await httpRequests.get()).values.map((value) => [value.labels.operation, value.labels.outcome, value.value]);
    expect(counted).toEqual([
      ['First', 'ok', 2],
      ['Second', 'BAD_USER_INPUT', 1],
      ['other', 'ok', 1],
      ['other', 'INTERNAL_SERVER_ERROR', 1],
      // A client that went away is neither side's error.
      ['Second', 'client_closed', 1],
    ]);
  });
});
