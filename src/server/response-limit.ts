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
 * The length of `value` as JSON (UTF-8, without escapes), or a number above `bound` as soon as it
 * is known to be above: the walk stops there.
 */
export function jsonSizeAtLeast(value: unknown, bound: number): number {
  let size = 0;
  const walk = (item: unknown): void => {
    if (size > bound) return;
    if (typeof item === 'string') {
      size += Buffer.byteLength(item, 'utf8') + 2;
    } else if (Array.isArray(item)) {
      size += 2 + item.length;
      for (const element of item) walk(element);
    } else if (item !== null && typeof item === 'object') {
      const entries = Object.entries(item);
      size += 2 + entries.length;
      for (const [key, element] of entries) {
        size += Buffer.byteLength(key, 'utf8') + 3;
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
