import { oversizedAnswer } from '../../src/server/response-limit';

describe('the bound on an answer, on its serialised bytes', () => {
  it('lets an answer of at most the bound go, counting UTF-8 bytes, not characters', () => {
    expect(oversizedAnswer('{"data":{}}', 11, 'r-1')).toBeUndefined();
    // Eleven characters, three of them 3 bytes each in UTF-8: 17 bytes.
    const body = '{"a":"€€€"}';
    expect(body).toHaveLength(11);
    expect(oversizedAnswer(body, 17, 'r-1')).toBeUndefined();
    expect(oversizedAnswer(body, 16, 'r-1')).toBeDefined();
  });

  it('replaces an answer over the bound with one RESPONSE_TOO_LARGE error that names the limit and the request', () => {
    const refusal = oversizedAnswer(JSON.stringify({ data: { text: 'x'.repeat(2_000) } }), 1_024, 'r-2');
    expect(refusal?.status).toBe(400);
    expect(JSON.parse(refusal!.body)).toEqual({
      errors: [
        {
          message: 'the answer is larger than 1024 bytes (MAX_RESPONSE_BYTES); ask for fewer items, aliases or text fields',
          extensions: { code: 'RESPONSE_TOO_LARGE', requestId: 'r-2' },
        },
      ],
    });
  });
});
