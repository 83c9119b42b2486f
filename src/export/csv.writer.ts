/**
 * Node and edge tables as CSV (RFC 4180: comma-separated, CRLF line ends, a field with a comma,
 * quote or line break quoted and its quotes doubled), with the column names Gephi's spreadsheet
 * import looks for: `Id` and `Label` for nodes; `Source`, `Target`, `Type` (Directed or
 * Undirected: the edge's direction, not the relation type, which has its own `Relation` column),
 * `Id`, `Label` and `Time Interval` for edges. Every other column is an attribute to Gephi, and
 * pandas reads the files as they are. Written row by row as the pages arrive.
 */
import { ExportActorRow, ExportRelationRow } from '../graph/export.repository';
import { ExportGraph, listText, relationFacts } from './export.graph';

type Cell = string | number | null;

export function csvField(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

const NODE_COLUMNS = ['Id', 'Label', 'Kind', 'Aliases', 'WikidataId', 'Degree'];

const EDGE_COLUMNS = [
  'Source', 'Target', 'Type', 'Id', 'Label', 'Relation', 'Time', 'TimeStart', 'TimeEnd', 'Time Interval', 'Place', 'EvidenceCount', 'DocumentIds', 'CameoCode',
];

function nodeRow(actor: ExportActorRow): string {
  return csvRow([actor.id, actor.name, actor.kind, listText(actor.aliases), actor.wikidataId, actor.degree]);
}

/** Gephi's interval notation, for relations whose time has both ends; open ranges get none. */
function timeInterval(relation: ExportRelationRow): string | null {
  return relation.timeStart !== null && relation.timeEnd !== null ? `<[${relation.timeStart},${relation.timeEnd}]>` : null;
}

function edgeRow(relation: ExportRelationRow): string {
  const facts = relationFacts(relation);
  return csvRow([
    relation.from,
    relation.to,
    facts.symmetric ? 'Undirected' : 'Directed',
    relation.id,
    relation.type,
    relation.type,
    relation.timeText,
    relation.timeStart,
    relation.timeEnd,
    timeInterval(relation),
    relation.place,
    relation.evidenceCount,
    listText(relation.documentIds),
    facts.cameoCode,
  ]);
}

export async function* nodesCsvChunks(graph: ExportGraph): AsyncGenerator<string> {
  yield csvRow(NODE_COLUMNS);
  for await (const page of graph.actors()) yield page.map(nodeRow).join('');
}

export async function* edgesCsvChunks(graph: ExportGraph): AsyncGenerator<string> {
  yield csvRow(EDGE_COLUMNS);
  for await (const page of graph.relations()) yield page.map(edgeRow).join('');
}
