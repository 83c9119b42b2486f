/**
 * The reads an export needs, as one service over `Database.read`: each page is its own auto-commit
 * statement, so an export of a million relations holds no transaction open for minutes, and each
 * page has the configured timeout. The pages do not read one snapshot: a load running meanwhile
 * can show in the later pages.
 */
import { Database } from '../neo4j/database';
import {
  actorPage,
  ExportActorRow,
  exportActorsByIds,
  ExportRelationRow,
  ExportFilter,
  exportRelationsByIds,
  QuoteMode,
  relationPage,
} from './export.repository';
import { SubgraphFields } from './read-models';
import { Neighborhood, neighborhood, TraversalRequest } from './traversal.repository';
import { RelationType } from './vocabulary';

const NEIGHBORHOOD_FIELDS: SubgraphFields = { degree: false, time: false, evidenceCount: false, documentCount: false };

export class ExportReader {
  constructor(private readonly database: Database) {}

  actorPage(filter: ExportFilter, after: string, limit: number): Promise<ExportActorRow[]> {
    return this.database.read((runner) => actorPage(runner, filter, after, limit));
  }

  relationPage(type: RelationType, filter: ExportFilter, quotes: QuoteMode, after: string, limit: number): Promise<ExportRelationRow[]> {
    return this.database.read((runner) => relationPage(runner, type, filter, quotes, after, limit));
  }

  /** The members of a neighbourhood (the API's `neighborhood` query, with its limits); null for an unknown actor. */
  neighborhood(actorId: string, request: TraversalRequest, limits: { actors: number; edges: number }): Promise<Neighborhood | null> {
    return this.database.read((runner) => neighborhood(runner, actorId, request, limits, NEIGHBORHOOD_FIELDS));
  }

  actorsByIds(ids: readonly string[]): Promise<ExportActorRow[]> {
    return this.database.read((runner) => exportActorsByIds(runner, ids));
  }

  relationsByIds(relations: readonly { readonly id: string; readonly type: RelationType }[], filter: ExportFilter, quotes: QuoteMode): Promise<ExportRelationRow[]> {
    return this.database.read((runner) => exportRelationsByIds(runner, relations, filter, quotes));
  }
}
