/** Small annotated documents for tests, each with its own ids so tests never share data. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SAMPLE_TEXT = 'Alpha Corp signed a deal with Beta Group in Paris in 2021. Beta Group later attacked Gamma.';

export interface SampleIds {
  readonly document: string;
  readonly alpha: string;
  readonly beta: string;
  readonly gamma: string;
}

export function sampleIds(prefix: string): SampleIds {
  return { document: `${prefix}-doc`, alpha: `${prefix}-alpha`, beta: `${prefix}-beta`, gamma: `${prefix}-gamma` };
}

/** A valid annotated document in the `.json` layout. */
export function sampleDocument(ids: SampleIds): Record<string, unknown> {
  return {
    document: { id: ids.document, title: 'A sample', text: SAMPLE_TEXT, date: '2021' },
    actors: [
      { id: ids.alpha, name: 'Alpha Corp', kind: 'ORGANIZATION', aliases: ['Alpha'], evidence: [{ quote: 'Alpha Corp' }] },
      { id: ids.beta, name: 'Beta Group', kind: 'ARMED_GROUP', evidence: [{ quote: 'Beta Group' }, { quote: 'Beta Group', occurrence: 2 }] },
      { id: ids.gamma, name: 'Gamma', kind: 'PERSON', evidence: [{ quote: 'Gamma' }] },
    ],
    relations: [
      {
        type: 'NEGOTIATES_WITH',
        from: ids.beta,
        to: ids.alpha,
        time: '2021',
        place: 'Paris',
        description: 'Alpha and Beta sign a deal.',
        evidence: [{ quote: 'Alpha Corp signed a deal with Beta Group in Paris in 2021' }],
      },
      { type: 'ATTACKS', from: ids.beta, to: ids.gamma, description: 'Beta attacks Gamma.', evidence: [{ quote: 'Beta Group later attacked Gamma' }] },
    ],
  };
}

export function writeJson(dir: string, name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
}
