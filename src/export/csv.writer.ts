/**
 * Node and edge tables as CSV (RFC 4180: comma-separated, CRLF line ends, a field with a comma,
 * quote or line break quoted and its quotes doubled), with the column names Gephi's spreadsheet
 * import looks for: `Id` and `Label` for nodes; `Source`, `Target`, `Type` (Directed or
 * Undirected: the edge's direction, not the relation type, which has its own `Relation` column),
 * `Id`, `Label` and `Time Interval` for edges. Every other column is an attribute to Gephi, and
 * pandas reads the files as they are. Written row by row as the pages arrive.
 *
 * Text that a spreadsheet would run as a formula (a cell starting with `=`, `+`, `-`, `@`, a tab or
 * a carriage return: `=HYPERLINK(...)`, `+cmd|...`, `@SUM(...)`) is neutralised as OWASP's advice on
 * CSV injection has it: a `'` goes before it, which spreadsheets read as "this is text" and do not
 * show. A cell that already starts with `'` gets one too, so the rule can be undone exactly: the
 * raw value is the cell without one leading `'` where it has one (pandas: see the exports page of
 * the docs). Numbers are written as they are.
 */
import { ExportActorRow, ExportRelationRow } from '../graph/export.repository';
import { ExportGraph, relationFacts } from './export.graph';
import { ACTOR_FIELDS, ExportField, relationFields } from './export.fields';

type Cell = string | number | boolean | null;

/** The first characters that make a spreadsheet read a cell as a formula, and `'`, which marks one neutralised. */
const FORMULA_START = /^[=+\-@\t\r']/;

export function csvField(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** Gephi's interval notation, for relations whose time has both ends; open ranges get none. */
function timeInterval(relation: ExportRelationRow): string | null {
  return relation.timeStart !== null && relation.timeEnd !== null ? `<[${relation.timeStart},${relation.timeEnd}]>` : null;
}

/** The columns Gephi looks for first, then every shared field; `Label` of an edge is its relation type. */
const NODE_COLUMNS: readonly ExportField<ExportActorRow>[] = [
  { name: 'id', column: 'Id', type: 'string', value: (actor) => actor.id },
  { name: 'label', column: 'Label', type: 'string', value: (actor) => actor.name },
  ...ACTOR_FIELDS,
];

function edgeColumns(graph: ExportGraph): readonly ExportField<ExportRelationRow>[] {
  return [
    { name: 'source', column: 'Source', type: 'string', value: (relation) => relation.from },
    { name: 'target', column: 'Target', type: 'string', value: (relation) => relation.to },
    { name: 'type', column: 'Type', type: 'string', value: (relation) => (relationFacts(relation).symmetric ? 'Undirected' : 'Directed') },
    { name: 'id', column: 'Id', type: 'string', value: (relation) => relation.id },
    { name: 'label', column: 'Label', type: 'string', value: (relation) => relation.type },
    { name: 'interval', column: 'Time Interval', type: 'string', value: timeInterval },
    ...relationFields(graph.quotes),
  ];
}

async function* table<Row>(columns: readonly ExportField<Row>[], pages: AsyncIterable<readonly Row[]>): AsyncGenerator<string> {
  yield csvRow(columns.map((column) => column.column));
  for await (const page of pages) yield page.map((row) => csvRow(columns.map((column) => column.value(row)))).join('');
}

export function nodesCsvChunks(graph: ExportGraph): AsyncGenerator<string> {
  return table(NODE_COLUMNS, graph.actors());
}

export function edgesCsvChunks(graph: ExportGraph): AsyncGenerator<string> {
  return table(edgeColumns(graph), graph.relations());
}
