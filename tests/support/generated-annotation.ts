/**
 * Writes a large `.jsonl` annotated document for load tests: `actors` actors and `relations`
 * relations between them, each with a quote taken from the generated text.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { RELATION_TYPE_NAMES } from '../../src/graph/vocabulary';

export async function writeGeneratedJsonl(file: string, prefix: string, actors: number, relations: number): Promise<void> {
  const names = Array.from({ length: actors }, (_, index) => `Actor ${prefix} ${index}`);
  const text = names.map((name) => `${name} was seen.`).join(' ');
  const out = createWriteStream(file);
  const write = async (value: unknown): Promise<void> => {
    if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
  };
  await write({ document: { id: `${prefix}-doc`, title: `Generated ${prefix}`, text } });
  for (let index = 0; index < actors; index += 1) {
    await write({ actor: { id: `${prefix}-a${index}`, name: names[index], kind: 'PERSON', evidence: [{ quote: `${names[index]} was seen.` }] } });
  }
  for (let index = 0; index < relations; index += 1) {
    const from = index % actors;
    const to = (index * 7 + 1) % actors === from ? (from + 1) % actors : (index * 7 + 1) % actors;
    const year = 1950 + (index % 70);
    await write({
      relation: {
        type: RELATION_TYPE_NAMES.filter((type) => type !== 'NEGOTIATES_WITH' && type !== 'COOPERATES_WITH')[index % 15],
        from: `${prefix}-a${from}`,
        to: `${prefix}-a${to}`,
        time: `${year}-${String((index % 12) + 1).padStart(2, '0')}`,
        description: `Generated relation ${index}.`,
        evidence: [{ quote: `${names[from]} was seen.` }],
      },
    });
  }
  out.end();
  await once(out, 'finish');
}
