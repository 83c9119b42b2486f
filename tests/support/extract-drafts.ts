/**
 * What the extraction tests share: two actors the "graph" holds, drafting against them through the
 * run's real parser, and the relations of a draft as sorted `TYPE from -> to` lines, so that a test
 * compares exact lists.
 */
import { draftDocument } from '../../src/extract/draft';
import { DraftAnnotation, DraftOptions, ExtractionResult, KnownActor } from '../../src/extract/draft.types';
import { ParserConnection } from '../../src/parser/connect-parser';
import { testParser } from './test-parser';

let connection: Promise<ParserConnection> | undefined;

/** The run's parser, connected once per test file. */
export function extractionParser(): Promise<ParserConnection> {
  connection ??= testParser();
  return connection;
}

export const ATLAS: KnownActor = { id: 'atlas-brigade', name: 'Atlas Brigade', kind: 'ARMED_GROUP', aliases: ['the Atlas fighters'] };
export const GUARD: KnownActor = { id: 'coastal-guard', name: 'Coastal Guard', kind: 'MILITARY_FORCE', aliases: [] };
export const KNOWN = [ATLAS, GUARD];

/** A draft through the run's parser, with the two known actors in the graph unless `knownActors` says otherwise. */
export async function draft(text: string, options: Partial<DraftOptions> = {}): Promise<ExtractionResult> {
  const { parser } = await extractionParser();
  return draftDocument(text, { knownActors: KNOWN, ...options }, parser);
}

/** A draft from the text alone. */
export function draftAlone(text: string): Promise<ExtractionResult> {
  return draft(text, { knownActors: [] });
}

/** `TYPE from -> to` for each relation, sorted. */
export function relations(annotation: DraftAnnotation): string[] {
  return annotation.relations.map((relation) => `${relation.type} ${relation.from} -> ${relation.to}`).sort();
}

/** The relations drafted from a text alone. */
export async function relationsOf(text: string): Promise<string[]> {
  return relations((await draftAlone(text)).annotation);
}

/** The draft's relation of a type; a test fails with the list of what was drafted when there is none. */
export function relation(result: ExtractionResult, type: string): ExtractionResult['annotation']['relations'][number] {
  const found = result.annotation.relations.find((candidate) => candidate.type === type);
  if (found === undefined) throw new Error(`expected a ${type} relation, found ${relations(result.annotation).join('; ') || 'none'}`);
  return found;
}
