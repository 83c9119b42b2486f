/**
 * GEXF 1.2 (gexf.net), written as the pages arrive, in dynamic mode so that Gephi's timeline works:
 * each dated relation has `start`/`end` days from its partial date (2024-03 spans 2024-03-01 to
 * 2024-03-31; an open end of a range has no attribute), and undated relations are always present.
 *
 * graphology-gexf's writer does not fit: it serialises a whole in-memory graph into one string,
 * and it writes no `start`/`end` on edges (no dynamic mode). The tests read our files back with
 * graphology-gexf's parser.
 *
 * Every edge is directed, with a `symmetric` attribute, as in GraphML: NetworkX (2.8, Debian's)
 * refuses a graph that mixes directed and undirected edges ("Undirected edge found in directed
 * graph"), and a symmetric relation is stored once in its canonical direction. `weight` is the
 * edge's own GEXF attribute, which Gephi, NetworkX and graphology read as its weight. Absent
 * values have no `<attvalue>`.
 */
import { ExportActorRow, ExportRelationRow } from '../graph/export.repository';
import { ExportGraph } from './export.graph';
import { ACTOR_FIELDS, ExportField, FieldType, relationFields } from './export.fields';
import { xmlText } from './xml-text';

const GEXF_TYPES: Readonly<Record<FieldType, string>> = { string: 'string', int: 'integer', double: 'double', boolean: 'boolean' };

/** `weight` is written as the edge's attribute, not as an attvalue. */
function edgeFields(graph: ExportGraph): readonly ExportField<ExportRelationRow>[] {
  return relationFields(graph.quotes).filter((field) => field.name !== 'weight');
}

function attributes<Row>(domain: 'node' | 'edge', fields: readonly ExportField<Row>[]): string {
  const declared = fields.map((field) => `      <attribute id="${field.name}" title="${field.name}" type="${GEXF_TYPES[field.type]}"/>\n`).join('');
  return `    <attributes class="${domain}">\n${declared}    </attributes>\n`;
}

function attvalues<Row>(fields: readonly ExportField<Row>[], row: Row): string {
  let text = '';
  for (const field of fields) {
    const value = field.value(row);
    if (value !== null) text += `          <attvalue for="${field.name}" value="${xmlText(String(value))}"/>\n`;
  }
  return `        <attvalues>\n${text}        </attvalues>\n`;
}

function node(actor: ExportActorRow): string {
  return `      <node id="${xmlText(actor.id)}" label="${xmlText(actor.name)}">\n${attvalues(ACTOR_FIELDS, actor)}      </node>\n`;
}

function edge(relation: ExportRelationRow, fields: readonly ExportField<ExportRelationRow>[]): string {
  const start = relation.timeStart === null ? '' : ` start="${relation.timeStart}"`;
  const end = relation.timeEnd === null ? '' : ` end="${relation.timeEnd}"`;
  return (
    `      <edge id="${xmlText(relation.id)}" source="${xmlText(relation.from)}" target="${xmlText(relation.to)}" label="${relation.type}" weight="${relation.evidenceCount}"${start}${end}>\n` +
    `${attvalues(fields, relation)}      </edge>\n`
  );
}

export async function* gexfChunks(graph: ExportGraph): AsyncGenerator<string> {
  const fields = edgeFields(graph);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n' +
    '  <meta>\n    <creator>actorgraph</creator>\n    <description>Actors and the evidence-backed relations between them</description>\n  </meta>\n' +
    '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">\n' +
    attributes('node', ACTOR_FIELDS) +
    attributes('edge', fields) +
    '    <nodes>\n';
  for await (const page of graph.actors()) yield page.map(node).join('');
  yield '    </nodes>\n    <edges>\n';
  for await (const page of graph.relations()) yield page.map((relation) => edge(relation, fields)).join('');
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
