/**
 * Long loops of synchronous work on the event loop (a load's records, each with quotes to locate in
 * a long text) give the loop its turn every few milliseconds, so that every other request keeps
 * being answered while one document of thousands of records is checked and written.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';

/** How long synchronous work may hold the event loop before it lets the loop take a turn. */
export const EVENT_LOOP_SLICE_MS = 10;

/**
 * A function to await between the items of a loop: it resolves at once until the slice has passed
 * since the last turn, then after one turn of the event loop (I/O and timers first).
 */
export function eventLoopTurns(sliceMs = EVENT_LOOP_SLICE_MS): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await nextTurn();
    since = performance.now();
  };
}

/**
 * The JSON of an object whose large fields are lists or records of many small entries (a parse:
 * thousands of sentences), built entry by entry with turns of the event loop between slices. A
 * string crosses to a worker thread as one copy; the object itself would be cloned in one go, for
 * a long text's parse a quarter of a second in which nothing else is answered.
 */
export async function jsonInTurns(value: object): Promise<string> {
  const turn = eventLoopTurns();
  /** A list's or a record's JSON, entry by entry, as JSON.stringify writes it. */
  const joined = async (field: object, asRecord: boolean): Promise<string> => {
    const parts: string[] = [];
    for (const [name, entry] of Object.entries(field)) {
      await turn();
      if (!asRecord) parts.push(JSON.stringify(entry) ?? 'null');
      else if (entry !== undefined) parts.push(`${JSON.stringify(name)}:${JSON.stringify(entry)}`);
    }
    return asRecord ? `{${parts.join(',')}}` : `[${parts.join(',')}]`;
  };
  const fields: string[] = [];
  for (const [name, field] of Object.entries(value)) {
    if (field === undefined) continue;
    const json = field !== null && typeof field === 'object' ? await joined(field, !Array.isArray(field)) : JSON.stringify(field);
    fields.push(`${JSON.stringify(name)}:${json}`);
  }
  return `{${fields.join(',')}}`;
}
