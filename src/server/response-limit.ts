/**
 * The bound on an answer's size (MAX_RESPONSE_BYTES). The cost model counts a document's text as
 * large, but it cannot know how large: thirty aliases of a 5 MB text passed it and made a 150 MB
 * answer. After execution and before the answer is serialised, its size is measured by walking
 * the result (stopping as soon as it is over the bound), and an answer over it is replaced by one
 * RESPONSE_TOO_LARGE error: never sent, never even turned into a string.
 */
import { ApolloServerPlugin } from '@apollo/server';
import { ERROR_CODES, errorCodeDefinition } from '../errors/error-codes';

/**
 * The bytes of `text` as JSON.stringify writes it: its UTF-8, its quotes, and its escapes. `"`,
 * `\\` and \b \t \n \f \r take one byte more, other control characters five (`\\u00XX`), and
 * a lone surrogate, which UTF-8 would write as the 3 bytes of U+FFFD, six (`\\udXXX`). One pass
 * over the characters, like the byte count itself.
 */
export function jsonStringBytes(text: string): number {
  let extra = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20) extra += code === 0x08 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d ? 1 : 5;
    else if (code === 0x22 || code === 0x5c) extra += 1;
    else if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(index + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) index += 1;
      else extra += 3;
    }
  }
  return Buffer.byteLength(text, 'utf8') + 2 + extra;
}

/**
 * The length of `value` as JSON.stringify writes it (UTF-8, escapes counted: a text of control
 * characters is six times its length), or a number above `bound` as soon as it is known to be
 * above: the walk stops there.
 */
export function jsonSizeAtLeast(value: unknown, bound: number): number {
  let size = 0;
  const walk = (item: unknown): void => {
    if (size > bound) return;
    if (typeof item === 'string') {
      size += jsonStringBytes(item);
    } else if (Array.isArray(item)) {
      // Brackets and the commas between items.
      size += 2 + Math.max(0, item.length - 1);
      for (const element of item) walk(element);
    } else if (item !== null && typeof item === 'object') {
      const entries = Object.entries(item);
      size += 2 + Math.max(0, entries.length - 1);
      for (const [key, element] of entries) {
        // The key, its quotes and its colon.
        size += jsonStringBytes(key) + 1;
        walk(element);
      }
    } else {
      size += String(item).length;
    }
  };
  walk(value);
  return size;
}

export function responseLimitPlugin<TContext extends object>(maxBytes: number): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const size = jsonSizeAtLeast(response.body.singleResult.data, maxBytes);
          if (size <= maxBytes) return;
          const code = ERROR_CODES.RESPONSE_TOO_LARGE;
          response.body.singleResult = {
            errors: [
              {
                message: `the answer is larger than ${maxBytes} bytes (MAX_RESPONSE_BYTES); ask for fewer items, aliases or text fields`,
                extensions: { code },
              },
            ],
          };
          response.http.status = errorCodeDefinition(code).status;
        },
      };
    },
  };
}
