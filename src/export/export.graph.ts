/**
 * What every export format writes: the actors, then the relations, each arriving in pages so that
 * a writer never holds more than one page, and the fields the formats share.
 */
import { ExportActorRow, ExportRelationRow, QuoteMode } from '../graph/export.repository';
import { cameoRootCode, isSymmetric } from '../graph/vocabulary';

export interface ExportGraph {
  /** Pages of actors, ordered by id. */
  readonly actors: () => AsyncIterable<readonly ExportActorRow[]>;
  /** Pages of relations, ordered by type then id; both ends are among the actors. */
  readonly relations: () => AsyncIterable<readonly ExportRelationRow[]>;
  /** True when a neighbourhood was cut at the configured node or relation limit. */
  readonly truncated: boolean;
  /** Which quotes the relations carry; with none, the files have no quotes field. */
  readonly quotes: QuoteMode;
}

/** Writes one format: the text of the file, in chunks, as the pages arrive. */
export type ExportWriter = (graph: ExportGraph) => AsyncGenerator<string>;

/**
 * Lists (aliases, document ids) as a JSON array in one text field: none of the formats has a list
 * type every reader understands, and a separator character could occur inside a value. Python's
 * `json.loads` and JavaScript's `JSON.parse` read them back exactly.
 */
export function listText(values: readonly string[]): string {
  return JSON.stringify(values);
}

export function relationFacts(relation: ExportRelationRow): { symmetric: boolean; cameoCode: string | null } {
  return { symmetric: isSymmetric(relation.type), cameoCode: cameoRootCode(relation.type) };
}
