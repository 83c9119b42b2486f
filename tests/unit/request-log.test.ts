/** The per-request log line and counts: fields as logged, outcomes as codes, operation labels capped. */
import { httpRequests } from '../../src/metrics/metrics';
import { FinishedRequest } from '../../src/server/http-server';
import { LogLevel } from '../../src/server/log';
import { requestObserver } from '../../src/server/request-log';

function finished(operation: string | null, status: number, errorCode: string | null, client = '127.0.0.1'): FinishedRequest {
  return { requestId: `id-${operation}`, client, method: 'POST', path: '/graphql', status, durationMs: 12.345, note: { operation, errorCode, clientNamed: operation !== null } };
}

describe('requestObserver', () => {
  it('logs each request once and counts it by operation and outcome, past the cap as other', async () => {
    const lines: [LogLevel, string, Record<string, unknown> | undefined][] = [];
    const observe = requestObserver((level, message, fields) => lines.push([level, message, fields]), 2);
    observe(finished('First', 200, null, '10.0.0.1'));
    observe(finished('Second', 200, 'BAD_USER_INPUT', '10.0.0.2'));
    observe(finished('Third', 200, null));
    observe(finished('First', 200, null));
    observe(finished(null, 503, null));
    observe(finished('Second', 499, null));

    expect(lines[0]).toEqual([
      'info',
      'request',
      { reqId: 'id-First', method: 'POST', path: '/graphql', operation: 'First', status: 200, durationMs: 12.3, errorCode: null },
    ]);
    expect(lines.map(([, , fields]) => fields?.operation)).toEqual(['First', 'Second', 'Third', 'First', 'POST (not routed)', 'Second']);
    const counted = (await httpRequests.get()).values.map((value) => [value.labels.operation, value.labels.outcome, value.value]);
    expect(counted).toEqual([
      ['First', 'ok', 2],
      ['Second', 'BAD_USER_INPUT', 1],
      ['other', 'ok', 1],
      // A request nothing routed is named by its method alone, and spends no label of the budget.
      ['POST (not routed)', 'INTERNAL_SERVER_ERROR', 1],
      // A client that went away is neither side's error.
      ['Second', 'client_closed', 1],
    ]);
  });

  it('counts routes by their own names, outside the budget that operation names share', async () => {
    httpRequests.reset();
    const observe = requestObserver(() => undefined, 1);
    observe({ ...finished('GET /playground/react.js', 200, null), note: { operation: 'GET /playground/react.js', errorCode: null } });
    observe(finished('Chosen', 200, null));
    observe(finished('Later', 200, null, '10.0.0.9'));
    const counted = (await httpRequests.get()).values.map((value) => [value.labels.operation, value.value]);
    expect(counted).toEqual([
      ['GET /playground/react.js', 1],
      ['Chosen', 1],
      ['other', 1],
    ]);
  });

  it("keeps one client from taking every operation label: a client brings in at most a quarter of them", async () => {
    httpRequests.reset();
    const observe = requestObserver(() => undefined, 8);
    for (let index = 0; index < 50; index += 1) observe(finished(`Junk${index}`, 200, null, '10.0.0.66'));
    observe(finished('Timeline', 200, null, '10.0.0.7'));
    observe(finished('Neighbourhood', 200, null, '10.0.0.8'));
    const counted = (await httpRequests.get()).values.map((value) => [value.labels.operation, value.value]);
    expect(counted).toEqual([
      ['Junk0', 1],
      ['Junk1', 1],
      ['other', 48],
      ['Timeline', 1],
      ['Neighbourhood', 1],
    ]);
  });
});
