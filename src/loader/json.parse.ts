/**
 * JSON as the annotation format reads it: `JSON.parse`, plus a refusal of any key repeated in one
 * object. `JSON.parse` keeps the last of two equal keys without a word, so a file that says
 * `"kind": "PERSON", ..., "kind": "STATE"` would load half of what its author wrote. jsonc-parser
 * (Microsoft's scanner behind VS Code's JSON support: no dependencies, an event visitor that
 * gives the path of each key) walks the text a second time to find such keys; `JSON.parse` stays
 * the parser of values, so what a valid file means is exactly what it meant before.
 */
import { JSONPath, visit } from 'jsonc-parser';

/** A key seen twice in one object, at its path as problem reports write it: `actors[1].kind`. */
export interface RepeatedKey {
  readonly path: string;
  readonly key: string;
}

/** What a repeated key is reported as, after its path. */
export function repeatedKeyMessage(key: string): string {
  return `expected each field once in an object, found '${key}' again`;
}

/** Every repeated key of a text that `JSON.parse` accepts, in text order. */
export function repeatedKeys(text: string): RepeatedKey[] {
  const open: Set<string>[] = [];
  const repeated: RepeatedKey[] = [];
  visit(
    text,
    {
      onObjectBegin: () => void open.push(new Set()),
      onObjectEnd: () => void open.pop(),
      onObjectProperty: (key, _offset, _length, _line, _character, path) => {
        const keys = open[open.length - 1];
        if (keys.has(key)) repeated.push({ path: formatPath([...path(), key]), key });
        keys.add(key);
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return repeated;
}

function formatPath(path: JSONPath): string {
  return path.reduce<string>((text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text === '' ? segment : `${text}.${segment}`), '');
}
