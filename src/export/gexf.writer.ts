/**
 * GEXF 1.2 (gexf.net), written as the pages arrive, in dynamic mode so that Gephi's timeline works:
 * each dated relation has `start`/`end` days from its partial date (2024-03 spans 2024-03-01 to
 * 2024-03-31; an open end of a range has no attribute), and undated relations are always present.
 *
 * graphology-gexf's writer does not fit: it serialises a whole in-memory graph into one string,
 * and it writes no `start`/`end` on edges (no dynamic mode). The tests read our files back with
 * graphology-gexf's parser.
 *
 * The graph is mixed, as Gephi supports: directed by default, symmetric relations
 * `type="undirected"`. Absent values have no `<attvalue>`.
 */
import { ExportActorRow, ExportRelationRow } from '../graph/export.repository';
import { ExportGraph, listText, relationFacts } from './export.graph';
import { xmlText } from './xml-text';

type GexfType = 'string' | 'integer' | 'boolean';

interface Field<Row> {
  readonly name: string;
  readonly type: GexfType;
  readonly value: (row: Row) => string | number | boolean | null;
}

const NODE_FIELDS: readonly Field<ExportActorRow>[] = [
  { name: 'kind', type: 'string', value: (actor) => actor.kind },
  { name: 'aliases', type: 'string', value: (actor) => listText(actor.aliases) },
  { name: 'wikidataId', type: 'string', value: (actor) => actor.wikidataId },
  { name: 'degree', type: 'integer', value: (actor) => actor.degree },
];

const EDGE_FIELDS: readonly Field<ExportRelationRow>[] = [
  { name: 'relation', type: 'string', value: (relation) => relation.type },
  { name: 'time', type: 'string', value: (relation) => relation.timeText },
  { name: 'timeStart', type: 'string', value: (relation) => relation.timeStart },
  { name: 'timeEnd', type: 'string', value: (relation) => relation.timeEnd },
  { name: 'place', type: 'string', value: (relation) => relation.place },
  { name: 'evidenceCount', type: 'integer', value: (relation) => relation.evidenceCount },
  { name: 'documentIds', type: 'string', value: (relation) => listText(relation.documentIds) },
  { name: 'cameoCode', type: 'string', value: (relation) => relationFacts(relation).cameoCode },
];

function attributes<Row>(domain: 'node' | 'edge', fields: readonly Field<Row>[]): string {
  const declared = fields.map((field) => `      <attribute id="${field.name}" title="${field.name}" type="${field.type}"/>\n`).join('');
  return `    <attributes class="${domain}">\n${declared}    </attributes>\n`;
}

function attvalues<Row>(fields: readonly Field<Row>[], row: Row): string {
  let text = '';
  for (const field of fields) {
    const value = field.value(row);
    if (value !== null) text += `          <attvalue for="${field.name}" value="${xmlText(String(value))}"/>\n`;
  }
  return `        <attvalues>\n${text}        </attvalues>\n`;
}

function node(actor: ExportActorRow): string {
  return `      <node id="${xmlText(actor.id)}" label="${xmlText(actor.name)}">\n${attvalues(NODE_FIELDS, actor)}      </node>\n`;
}

function edge(relation: ExportRelationRow): string {
  const type = relationFacts(relation).symmetric ? ' type="undirected"' : '';
  const start = relation.timeStart === null ? '' : ` start="${relation.timeStart}"`;
  const end = relation.timeEnd === null ? '' : ` end="${relation.timeEnd}"`;
  return (
    `      <edge id="${xmlText(relation.id)}" source="${xmlText(relation.from)}" target="${xmlText(relation.to)}"${type} label="${relation.type}"${start}${end}>\n` +
    `${attvalues(EDGE_FIELDS, relation)}      </edge>\n`
  );
}

export async function* gexfChunks(graph: ExportGraph): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n' +
    '  <meta>\n    <creator>actorgraph</creator>\n    <description>Actors and the evidence-backed relations between them</description>\n  </meta>\n' +
    '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">\n' +
    attributes('node', NODE_FIELDS) +
    attributes('edge', EDGE_FIELDS) +
    '    <nodes>\n';
  for await (const page of graph.actors()) yield page.map(node).join('');
  yield '    </nodes>\n    <edges>\n';
  for await (const page of graph.relations()) yield page.map(edge).join('');
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
