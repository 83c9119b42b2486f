/**
 * `GET /export?format=graphml|gexf|edges.csv|nodes.csv[&actorId=&depth=&types=&since=&until=]`:
 * the graph, or a neighbourhood of it, as a file for Gephi, NetworkX, igraph or pandas.
 *
 * Refusals happen before the first byte and are JSON, each with its code and that code's status
 * (a bad parameter BAD_USER_INPUT with each problem listed, an unknown actor
 * EXPORT_ACTOR_NOT_FOUND, an unreachable database DATABASE_UNAVAILABLE). Once the file has started, a failure can no longer
 * change the status: the response is destroyed, so the client sees a cut transfer (no final
 * chunk) rather than a file that looks complete, and the cause is logged.
 *
 * Exports are bounded like the API's traversals: a neighbourhood is a traversal, and passes the
 * same bulkhead as `neighborhood` (MAX_CONCURRENT_TRAVERSALS); a whole-graph export holds one of
 * MAX_CONCURRENT_EXPORTS slots until its last byte (or until its client leaves). Either refuses
 * with DATABASE_BUSY, as a JSON 503 before the first byte, once no slot freed within
 * NEO4J_ACQUISITION_TIMEOUT_MS.
 */
import { IncomingMessage, ServerResponse } from 'node:http';
import { errorDetail } from '../errors/error-message';
import { ERROR_CODES, errorCodeDefinition } from '../errors/error-codes';
import { FORMATS } from '../export/export.formats';
import { ExportGraph } from '../export/export.graph';
import { ExportError, ExportRequest, parseExportRequest } from '../export/export.request';
import { ExportLimits, openExport } from '../export/export.source';
import { StreamClosedError, writeChunks } from '../export/export.stream';
import { ExportReader } from '../graph/export.reader';
import { Bulkhead } from '../neo4j/bulkhead';
import { formatError } from './error-format';
import { Logger } from './log';

export type ExportHandler = (request: IncomingMessage, response: ServerResponse, url: URL, requestId: string) => Promise<void>;

/** The bulkheads an export passes: the API's traversals', and the whole-graph exports' own. */
export interface ExportBulkheads {
  readonly traversals: Bulkhead;
  readonly wholeGraph: Bulkhead;
}

export function exportHandler(reader: ExportReader, limits: ExportLimits, bulkheads: ExportBulkheads, log: Logger): ExportHandler {
  return async (request, response, url, requestId) => {
    let opened: OpenedExport;
    try {
      opened = await openWithin(bulkheads, reader, parseExportRequest(url.searchParams, limits.maxTraversalDepth), limits);
    } catch (error) {
      refuse(response, error, requestId, log);
      return;
    }
    try {
      const format = FORMATS[opened.request.format];
      response.writeHead(200, {
        'content-type': format.contentType,
        'content-disposition': `attachment; filename="${format.fileName}"`,
        'x-export-truncated': String(opened.graph.truncated),
      });
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      await writeChunks(format.write(opened.graph), response);
      response.end();
    } catch (error) {
      if (!(error instanceof StreamClosedError)) log('error', 'export failed after it started', { reqId: requestId, cause: errorDetail(error) });
      response.destroy();
    } finally {
      opened.release();
    }
  };
}

interface OpenedExport {
  readonly request: ExportRequest;
  readonly graph: ExportGraph;
  /** Frees the slot the export holds while it streams. */
  readonly release: () => void;
}

/**
 * A neighbourhood's reads are all done when it opens, within a traversal slot; a whole-graph
 * export reads page by page while it streams, and holds its slot until it is released.
 */
async function openWithin(bulkheads: ExportBulkheads, reader: ExportReader, request: ExportRequest, limits: ExportLimits): Promise<OpenedExport> {
  if (request.actorId !== null) {
    const graph = await bulkheads.traversals.run(() => openExport(reader, request, limits));
    return { request, graph, release: () => undefined };
  }
  const release = await bulkheads.wholeGraph.acquire();
  try {
    return { request, graph: await openExport(reader, request, limits), release };
  } catch (error) {
    release();
    throw error;
  }
}

function refuse(response: ServerResponse, error: unknown, requestId: string, log: Logger): void {
  if (error instanceof ExportError) {
    const status = errorCodeDefinition(error.code).status;
    const extensions = error.problems.length > 0 ? { code: error.code, problems: error.problems, requestId } : { code: error.code, requestId };
    sendJson(response, status, { errors: [{ message: error.message, extensions }] });
    return;
  }
  const formatted = formatError({ message: 'export failed' }, error);
  const code = formatted.extensions?.code as keyof typeof ERROR_CODES;
  log('error', 'export failed', { reqId: requestId, cause: errorDetail(error) });
  sendJson(response, errorCodeDefinition(code).status, { errors: [{ message: formatted.message, extensions: { code, requestId } }] });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}
