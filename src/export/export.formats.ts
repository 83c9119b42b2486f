/** Each export format: its writer, and how the file is named and typed over HTTP. */
import { edgesCsvChunks, nodesCsvChunks } from './csv.writer';
import { ExportWriter } from './export.graph';
import { ExportFormat } from './export.request';
import { gexfChunks } from './gexf.writer';
import { graphmlChunks } from './graphml.writer';

export interface FormatDefinition {
  readonly write: ExportWriter;
  readonly contentType: string;
  readonly fileName: string;
}

export const FORMATS: Readonly<Record<ExportFormat, FormatDefinition>> = {
  graphml: { write: graphmlChunks, contentType: 'application/graphml+xml; charset=utf-8', fileName: 'actorgraph.graphml' },
  gexf: { write: gexfChunks, contentType: 'application/gexf+xml; charset=utf-8', fileName: 'actorgraph.gexf' },
  'edges.csv': { write: edgesCsvChunks, contentType: 'text/csv; charset=utf-8; header=present', fileName: 'actorgraph-edges.csv' },
  'nodes.csv': { write: nodesCsvChunks, contentType: 'text/csv; charset=utf-8; header=present', fileName: 'actorgraph-nodes.csv' },
};
