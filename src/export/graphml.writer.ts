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
import { ExportGraph } from './export.graph';
import { ACTOR_FIELDS, ExportField, FieldType, relationFields } from './export.fields';
import { xmlText } from './xml-text';

const GRAPHML_TYPES: Readonly<Record<FieldType, string>> = { string: 'string', int: 'int', double: 'double', boolean: 'boolean' };

// `label` repeats the name because Gephi's GraphML import takes node labels from a key of that name.
const NODE_FIELDS: readonly ExportField<ExportActorRow>[] = [
  { name: 'label', column: 'Label', type: 'string', value: (actor) => actor.name },
  { name: 'name', column: 'Name', type: 'string', value: (actor) => actor.name },
  ...ACTOR_FIELDS,
];

function edgeFields(graph: ExportGraph): readonly ExportField<ExportRelationRow>[] {
  return [{ name: 'label', column: 'Label', type: 'string', value: (relation) => relation.type }, ...relationFields(graph.quotes)];
}

function keys<Row>(domain: 'node' | 'edge', fields: readonly ExportField<Row>[]): string {
  return fields
    .map((field) => `  <key id="${domain}_${field.name}" for="${domain}" attr.name="${field.name}" attr.type="${GRAPHML_TYPES[field.type]}"/>\n`)
    .join('');
}

function data<Row>(domain: 'node' | 'edge', fields: readonly ExportField<Row>[], row: Row): string {
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

function edge(relation: ExportRelationRow, fields: readonly ExportField<ExportRelationRow>[]): string {
  return `    <edge id="${xmlText(relation.id)}" source="${xmlText(relation.from)}" target="${xmlText(relation.to)}">\n${data('edge', fields, relation)}    </edge>\n`;
}

export async function* graphmlChunks(graph: ExportGraph): AsyncGenerator<string> {
  const fields = edgeFields(graph);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    keys('node', NODE_FIELDS) +
    keys('edge', fields) +
    '  <graph id="actorgraph" edgedefault="directed">\n';
  for await (const page of graph.actors()) yield page.map(node).join('');
  for await (const page of graph.relations()) yield page.map((relation) => edge(relation, fields)).join('');
  yield '  </graph>\n</graphml>\n';
}
