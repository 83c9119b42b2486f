/**
 * Where an export's actors and relations come from. The whole graph is read page by page in id
 * order (actors, then each relation type's relations), one page in memory at a time, however
 * large the graph. A neighbourhood comes from the API's `neighborhood` query, bounded by the same
 * node and relation limits, and its members are then read with every exported field.
 *
 * `openExport` does the reads that can refuse the request (an unknown actor, a database that does
 * not answer) before anything is sent, so that a refusal is a clean JSON error, not a cut file.
 */
import { Config } from '../config/config';
import { ExportActorRow, ExportFilter, ExportRelationRow } from '../graph/export.repository';
import { ExportReader } from '../graph/export.reader';
import { ANY_TIME } from '../graph/traversal.repository';
import { chosenRelationTypes } from '../graph/vocabulary';
import { ERROR_CODES } from '../errors/error-codes';
import { ExportGraph } from './export.graph';
import { ExportError, ExportRequest } from './export.request';

export interface ExportLimits {
  /** Rows per database read of a whole-graph export. */
  readonly pageSize: number;
  readonly maxTraversalDepth: number;
  readonly maxSubgraphNodes: number;
  readonly maxSubgraphEdges: number;
}

/** The export's limits from the configuration: the page size and the API's traversal limits. */
export function exportLimitsFrom(config: Pick<Config, 'exportPageSize' | 'limits'>): ExportLimits {
  return {
    pageSize: config.exportPageSize,
    maxTraversalDepth: config.limits.maxTraversalDepth,
    maxSubgraphNodes: config.limits.maxSubgraphNodes,
    maxSubgraphEdges: config.limits.maxSubgraphEdges,
  };
}

export async function openExport(reader: ExportReader, request: ExportRequest, limits: ExportLimits): Promise<ExportGraph> {
  return request.actorId === null ? wholeGraph(reader, request, limits) : neighborhoodGraph(reader, request.actorId, request, limits);
}

function exportFilter(request: ExportRequest): ExportFilter {
  return { types: request.types, since: request.since, until: request.until, reviewed: request.reviewed, documentId: request.documentId };
}

async function wholeGraph(reader: ExportReader, request: ExportRequest, limits: ExportLimits): Promise<ExportGraph> {
  const filter = exportFilter(request);
  // Read now: a database that does not answer refuses the export before its first byte.
  const firstActors = await reader.actorPage(filter, '', limits.pageSize);
  return {
    truncated: false,
    quotes: request.quotes,
    actors: () => pages(firstActors, (after) => reader.actorPage(filter, after, limits.pageSize), limits.pageSize),
    relations: async function* () {
      for (const type of chosenRelationTypes(request.types)) {
        yield* pages(null, (after) => reader.relationPage(type, filter, request.quotes, after, limits.pageSize), limits.pageSize);
      }
    },
  };
}

/**
 * Keyset pagination: each page starts after the last id of the one before; a short page is the
 * last. `first` is a page already read, or null.
 */
async function* pages<Row extends { readonly id: string }>(
  first: Row[] | null,
  next: (after: string) => Promise<Row[]>,
  pageSize: number,
): AsyncGenerator<Row[]> {
  let page = first ?? (await next(''));
  while (page.length > 0) {
    yield page;
    if (page.length < pageSize) return;
    page = await next(page[page.length - 1].id);
  }
}

async function neighborhoodGraph(reader: ExportReader, actorId: string, request: ExportRequest, limits: ExportLimits): Promise<ExportGraph> {
  const members = await reader.neighborhood(
    actorId,
    { types: request.types, direction: 'BOTH', depth: request.depth, maxDepth: limits.maxTraversalDepth, reviewed: request.reviewed, time: ANY_TIME },
    { actors: limits.maxSubgraphNodes, edges: limits.maxSubgraphEdges },
  );
  if (members === null) throw new ExportError(ERROR_CODES.EXPORT_ACTOR_NOT_FOUND, `no actor has the id '${actorId}'`);
  const actors: ExportActorRow[] = await reader.actorsByIds(members.actors.map((actor) => actor.id));
  const relations: ExportRelationRow[] = await reader.relationsByIds(members.relations, exportFilter(request), request.quotes);
  return {
    truncated: members.truncated || members.edgesTruncated,
    quotes: request.quotes,
    actors: async function* () {
      yield actors;
    },
    relations: async function* () {
      yield relations;
    },
  };
}
