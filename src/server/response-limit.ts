/**
 * The bound on an answer's size (MAX_RESPONSE_BYTES). The cost model counts a document's text as
 * large, but it cannot know how large: thirty aliases of a 5 MB text passed it and made a 150 MB
 * answer. The HTTP server measures each answer once Apollo has serialised it, on its bytes, and
 * sends one RESPONSE_TOO_LARGE error in place of an answer over the bound. Measuring the bytes
 * costs nothing for most answers (a UTF-16 unit is at most three bytes of UTF-8, so a short string
 * needs no count) where walking every answer's values before serialising it was 1.5% of a small
 * request's processor time; a large answer is then held once as a string before it is refused.
 */
import { ERROR_CODES, errorCodeDefinition } from '../errors/error-codes';

export interface Refusal {
  readonly status: number;
  readonly body: string;
}

/** What to send instead of `body` when it is larger than `maxBytes`; undefined when it may go. */
export function oversizedAnswer(body: string, maxBytes: number, requestId: string): Refusal | undefined {
  // A UTF-16 unit is at most three bytes of UTF-8: a short answer needs no count.
  if (body.length * 3 <= maxBytes || Buffer.byteLength(body, 'utf8') <= maxBytes) return undefined;
  const code = ERROR_CODES.RESPONSE_TOO_LARGE;
  const message = `the answer is larger than ${maxBytes} bytes (MAX_RESPONSE_BYTES); ask for fewer items, aliases or text fields`;
  return { status: errorCodeDefinition(code).status, body: JSON.stringify({ errors: [{ message, extensions: { code, requestId } }] }) };
}
