/**
 * The fields every export format carries, defined once: each with its name in GraphML and GEXF,
 * its column in CSV, its type, and how it is read from a row. The writers differ only in syntax.
 *
 * Provenance travels with every relation (`reviewed`, and `reviewedBy`/`reviewedAt` where a
 * review recorded them; its documents and, when asked, its quotes) and the measures with every
 * actor (degree; PageRank, betweenness and community once computed). `weight` is the relation's
 * count of quotes, under the name Gephi and NetworkX take as an edge's weight by default.
 * A value that is absent (no time, measures not computed yet) is left out of the XML formats and
 * empty in CSV, so readers see a missing attribute, never a made-up zero.
 */
import { ExportActorRow, ExportRelationRow, QuoteMode } from '../graph/export.repository';
import { listText, relationFacts } from './export.graph';

export type FieldType = 'string' | 'int' | 'double' | 'boolean';

export interface ExportField<Row> {
  /** The attribute's name in GraphML and GEXF. */
  readonly name: string;
  /** The column's name in CSV (Gephi's spreadsheet import reads `Weight`, `Label` and the like). */
  readonly column: string;
  readonly type: FieldType;
  readonly value: (row: Row) => string | number | boolean | null;
}

export const ACTOR_FIELDS: readonly ExportField<ExportActorRow>[] = [
  { name: 'kind', column: 'Kind', type: 'string', value: (actor) => actor.kind },
  { name: 'aliases', column: 'Aliases', type: 'string', value: (actor) => listText(actor.aliases) },
  { name: 'description', column: 'Description', type: 'string', value: (actor) => actor.description },
  { name: 'wikidataId', column: 'WikidataId', type: 'string', value: (actor) => actor.wikidataId },
  { name: 'reviewed', column: 'Reviewed', type: 'boolean', value: (actor) => actor.reviewed },
  { name: 'reviewedBy', column: 'ReviewedBy', type: 'string', value: (actor) => actor.reviewedBy },
  { name: 'reviewedAt', column: 'ReviewedAt', type: 'string', value: (actor) => actor.reviewedAt },
  { name: 'degree', column: 'Degree', type: 'int', value: (actor) => actor.degree },
  { name: 'pageRank', column: 'PageRank', type: 'double', value: (actor) => actor.pageRank },
  { name: 'betweenness', column: 'Betweenness', type: 'double', value: (actor) => actor.betweenness },
  { name: 'community', column: 'Community', type: 'int', value: (actor) => actor.community },
];

const RELATION_FIELDS: readonly ExportField<ExportRelationRow>[] = [
  { name: 'relation', column: 'Relation', type: 'string', value: (relation) => relation.type },
  { name: 'symmetric', column: 'Symmetric', type: 'boolean', value: (relation) => relationFacts(relation).symmetric },
  { name: 'description', column: 'Description', type: 'string', value: (relation) => relation.description },
  { name: 'time', column: 'Time', type: 'string', value: (relation) => relation.timeText },
  { name: 'timeStart', column: 'TimeStart', type: 'string', value: (relation) => relation.timeStart },
  { name: 'timeEnd', column: 'TimeEnd', type: 'string', value: (relation) => relation.timeEnd },
  { name: 'place', column: 'Place', type: 'string', value: (relation) => relation.place },
  { name: 'reviewed', column: 'Reviewed', type: 'boolean', value: (relation) => relation.reviewed },
  { name: 'reviewedBy', column: 'ReviewedBy', type: 'string', value: (relation) => relation.reviewedBy },
  { name: 'reviewedAt', column: 'ReviewedAt', type: 'string', value: (relation) => relation.reviewedAt },
  { name: 'weight', column: 'Weight', type: 'double', value: (relation) => relation.evidenceCount },
  { name: 'evidenceCount', column: 'EvidenceCount', type: 'int', value: (relation) => relation.evidenceCount },
  { name: 'documentCount', column: 'DocumentCount', type: 'int', value: (relation) => relation.documentIds.length },
  { name: 'documentIds', column: 'DocumentIds', type: 'string', value: (relation) => listText(relation.documentIds) },
  { name: 'cameoCode', column: 'CameoCode', type: 'string', value: (relation) => relationFacts(relation).cameoCode },
];

/** The quotes, as a JSON array of { documentId, start, end, quote } (offsets in UTF-16 code units, as the API's). */
const QUOTES_FIELD: ExportField<ExportRelationRow> = { name: 'quotes', column: 'Quotes', type: 'string', value: (relation) => JSON.stringify(relation.quotes) };

/** A relation's fields; `quotes` only when the export carries quotes. */
export function relationFields(quotes: QuoteMode): readonly ExportField<ExportRelationRow>[] {
  return quotes === 'none' ? RELATION_FIELDS : [...RELATION_FIELDS, QUOTES_FIELD];
}
