/**
 * `GET /export?format=graphml|gexf|edges.csv|nodes.csv[&actorId=&depth=&types=&since=&until=]`:
 * the graph, or a neighbourhood of it, as a file for Gephi, NetworkX, igraph or pandas.
 *
 * Refusals happen before the first byte and are JSON, each with its code and that code's status
 * (a bad parameter BAD_USER_INPUT with each problem listed, an unknown actor
 * EXPORT_ACTOR_NOT_FOUND, an unreachable database DATABASE_UNAVAILABLE). Once the file has started, a failure can no longer
 * change the status: the response is destroyed, so the client sees a cut transfer (no final
 * chunk) rather than a file that looks complete, and the cause is logged.
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
import { formatError } from './error-format';
import { Logger } from './log';

export type ExportHandler = (request: IncomingMessage, response: ServerResponse, url: URL, requestId: string) => Promise<void>;

export function exportHandler(reader: ExportReader, limits: ExportLimits, log: Logger): ExportHandler {
  return async (request, response, url, requestId) => {
    let graph: ExportGraph;
    let exportRequest: ExportRequest;
    try {
      exportRequest = parseExportRequest(url.searchParams, limits.maxTraversalDepth);
      graph = await openExport(reader, exportRequest, limits);
    } catch (error) {
      refuse(response, error, requestId, log);
      return;
    }
    const format = FORMATS[exportRequest.format];
    response.writeHead(200, {
      'content-type': format.contentType,
      'content-disposition': `attachment; filename="${format.fileName}"`,
      'x-export-truncated': String(graph.truncated),
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    try {
      await writeChunks(format.write(graph), response);
      response.end();
    } catch (error) {
      if (!(error instanceof StreamClosedError)) log('error', 'export failed after it started', { requestId, cause: errorDetail(error) });
      response.destroy();
    }
  };
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
  log('error', 'export failed', { requestId, cause: errorDetail(error) });
  sendJson(response, errorCodeDefinition(code).status, { errors: [{ message: formatted.message, extensions: { code, requestId } }] });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}
