/**
 * A small dated graph of its own for time-respecting paths, as one annotated document:
 *
 *   A -2020-01- F -2020-02- B        A -2020-03- B -2021- C -2021-06-01- D -2019/..- G -2020- H
 *   A -2023- E -(undated)- D
 *
 * From A to D the events can run forwards (A-B-C-D, and the longer A-F-B-C-D); from D to A they
 * cannot. The shortest path A-E-D is shorter than any time-respecting one but has an undated hop.
 * From C to H each relation starts before the next one ends, but the open D-G would bridge back
 * from 2021-06 to 2020: no time-respecting path; from H to C there is one.
 * Actor ids are `<prefix>-a` ... `<prefix>-h`, names `<prefix>A` ... `<prefix>H`.
 */
import { actorIdOf, statementDocument } from './statement-document';

export const NAMES = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
export type Name = (typeof NAMES)[number];

const HOPS: readonly { from: Name; to: Name; type: string; time?: string }[] = [
  { from: 'A', to: 'F', type: 'ATTACKS', time: '2020-01' },
  { from: 'F', to: 'B', type: 'ATTACKS', time: '2020-02' },
  { from: 'A', to: 'B', type: 'ATTACKS', time: '2020-03' },
  { from: 'B', to: 'C', type: 'ATTACKS', time: '2021' },
  { from: 'C', to: 'D', type: 'ATTACKS', time: '2021-06-01' },
  { from: 'A', to: 'E', type: 'ATTACKS', time: '2023' },
  { from: 'E', to: 'D', type: 'SUPPORTS' },
  { from: 'D', to: 'G', type: 'COOPERATES_WITH', time: '2019/..' },
  { from: 'G', to: 'H', type: 'ATTACKS', time: '2020' },
];

/** The annotated document of the graph above: one sentence per relation, which is its quote. */
export function datedDocument(prefix: string): Record<string, unknown> {
  return statementDocument(
    prefix,
    'doc',
    HOPS.map((hop) => ({ ...hop, quotes: [`${prefix}${hop.from} met ${prefix}${hop.to}${hop.time === undefined ? '' : ` in ${hop.time}`}`] })),
  );
}

/** The id of a letter of the graph. */
export function datedActorId(prefix: string, name: Name): string {
  return actorIdOf(prefix, name);
}
