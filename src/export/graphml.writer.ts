/**
 * GraphML (graphml.graphdrawing.org), written as the pages arrive. graphology-graphml ships only a
 * parser (the tests read our files back with it), so the writer is our own; it also keeps nothing
 * but the current page in memory, which a writer that serialises a whole in-memory graph cannot.
 *
 * Every relation is a directed edge (`edgedefault="directed"`) with a `symmetric` flag: NetworkX
 * reads no mixed graphs, and a symmetric relation is stored once in its canonical direction.
 * Absent values (no time, no Wikidata id) have no `<data>` element.
 */
import { ExportActorRow, ExportRelationRow } from '../graph/export.repository';
import { ExportGraph, listText, relationFacts } from './export.graph';
import { xmlText } from './xml-text';

type GraphmlType = 'string' | 'int' | 'boolean';

interface Field<Row> {
  readonly name: string;
  readonly type: GraphmlType;
  readonly value: (row: Row) => string | number | boolean | null;
}

// `label` repeats the name because Gephi's GraphML import takes node labels from a key of that name.
const NODE_FIELDS: readonly Field<ExportActorRow>[] = [
  { name: 'label', type: 'string', value: (actor) => actor.name },
  { name: 'name', type: 'string', value: (actor) => actor.name },
  { name: 'kind', type: 'string', value: (actor) => actor.kind },
  { name: 'aliases', type: 'string', value: (actor) => listText(actor.aliases) },
  { name: 'wikidataId', type: 'string', value: (actor) => actor.wikidataId },
  { name: 'degree', type: 'int', value: (actor) => actor.degree },
];

const EDGE_FIELDS: readonly Field<ExportRelationRow>[] = [
  { name: 'label', type: 'string', value: (relation) => relation.type },
  { name: 'relation', type: 'string', value: (relation) => relation.type },
  { name: 'symmetric', type: 'boolean', value: (relation) => relationFacts(relation).symmetric },
  { name: 'time', type: 'string', value: (relation) => relation.timeText },
  { name: 'timeStart', type: 'string', value: (relation) => relation.timeStart },
  { name: 'timeEnd', type: 'string', value: (relation) => relation.timeEnd },
  { name: 'place', type: 'string', value: (relation) => relation.place },
  { name: 'evidenceCount', type: 'int', value: (relation) => relation.evidenceCount },
  { name: 'documentIds', type: 'string', value: (relation) => listText(relation.documentIds) },
  { name: 'cameoCode', type: 'string', value: (relation) => relationFacts(relation).cameoCode },
];

function keys<Row>(domain: 'node' | 'edge', fields: readonly Field<Row>[]): string {
  return fields
    .map((field) => `  <key id="${domain}_${field.name}" for="${domain}" attr.name="${field.name}" attr.type="${field.type}"/>\n`)
    .join('');
}

function data<Row>(domain: 'node' | 'edge', fields: readonly Field<Row>[], row: Row): string {
  let text = '';
  for (const field of fields) {
    const value = field.value(row);
    if (value !== null) text += `      <data key="${domain}_${field.name}">${xmlText(String(value))}</data>\n`;
  }
  return text;
}

function node(actor: ExportActorRow): string {
  return `    <node id="${xmlText(actor.id)}">\n${data('node', NODE_FIELDS, actor)}    </node>\n`;
}

function edge(relation: ExportRelationRow): string {
  return `    <edge id="${xmlText(relation.id)}" source="${xmlText(relation.from)}" target="${xmlText(relation.to)}">\n${data('edge', EDGE_FIELDS, relation)}    </edge>\n`;
}

export async function* graphmlChunks(graph: ExportGraph): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    keys('node', NODE_FIELDS) +
    keys('edge', EDGE_FIELDS) +
    '  <graph id="actorgraph" edgedefault="directed">\n';
  for await (const page of graph.actors()) yield page.map(node).join('');
  for await (const page of graph.relations()) yield page.map(edge).join('');
  yield '  </graph>\n</graphml>\n';
}
