/**
 * The read side of the graph as one service: each method runs one repository function through
 * `Database.read`, whose statements are auto-commit: a function of several statements (stats, a
 * search that retries with misspellings) does not read one snapshot. Resolvers and loaders call
 * this, never the driver.
 */
import { Database } from '../neo4j/database';
import {
  ActorFilter,
  ActorNames,
  ActorPageRequest,
  actorsByIds,
  ActorWithKey,
  allActorNames,
  degreesOf,
  findActors,
  graphStats,
  GraphStats,
  SearchHit,
  searchActors,
  StatsRequest,
} from './actor.repository';
import { actorsOfDocuments, documentIdsOfActors, documentsByIds, findDocuments, relationIdsOfDocuments } from './document.repository';
import { evidenceByIds } from './evidence.repository';
import { EvidenceSearchFilter, EvidenceSearchPage, searchEvidence } from './evidence-search.repository';
import { SearchMode } from './fulltext-search';
import { ActorField, ActorRow, DocumentRow, EvidenceRow, Page, PageRequest, PartialActorRow, PathRow, RelationRow, RowFields, SubgraphFields } from './read-models';
import {
  ActorRelationsRequest,
  actorsWithRelations,
  evidenceForActors,
  evidenceForRelations,
  findRelations,
  neighborsOfActors,
  RelationFilter,
  RelationPageRequest,
  evidenceCounts,
  relationsByIds,
  RelationWithEnds,
  relationsOfActors,
  timeline,
  TimelineFilter,
} from './relation.repository';
import { CentralActorRow, centralityStatus, CentralityMeasure, CentralityStatusRow, hasGraphDataScience, mostCentral } from './centrality.repository';
import { Neighborhood, neighborhood, PathRequest, shortestPaths, simplePaths, TraversalRequest } from './traversal.repository';
import { Direction, RelationType } from './vocabulary';

const ACTOR_NAMES_PAGE_SIZE = 5_000;

export class GraphReader {
  constructor(private readonly database: Database) {}

  actorsByIds(ids: readonly string[]): Promise<ActorRow[]> {
    return this.database.read((runner) => actorsByIds(runner, ids));
  }

  /** Every actor's names, read page by page: what entity linking matches a text against. */
  async actorNames(): Promise<ActorNames[]> {
    const all: ActorNames[] = [];
    for await (const page of allActorNames((work) => this.database.read(work), ACTOR_NAMES_PAGE_SIZE)) all.push(...page);
    return all;
  }

  degreesOf(ids: readonly string[]): Promise<Map<string, number>> {
    return this.database.read((runner) => degreesOf(runner, ids));
  }

  findActors(filter: ActorFilter, page: ActorPageRequest): Promise<Page<ActorWithKey>> {
    return this.database.read((runner) => findActors(runner, filter, page));
  }

  search(text: string, limit: number, fields: readonly ActorField[]): Promise<SearchHit[]> {
    return this.database.read((runner) => searchActors(runner, text, limit, fields));
  }

  searchEvidence(text: string, filter: EvidenceSearchFilter, page: { skip: number; first: number; mode: SearchMode | null }): Promise<EvidenceSearchPage> {
    return this.database.read((runner) => searchEvidence(runner, text, filter, page));
  }

  stats(request: StatsRequest): Promise<GraphStats> {
    return this.database.read((runner) => graphStats(runner, request));
  }

  mostCentral(measure: CentralityMeasure, limit: number, fields: readonly ActorField[]): Promise<CentralActorRow[]> {
    return this.database.read((runner) => mostCentral(runner, measure, limit, fields));
  }

  centralityStatus(): Promise<CentralityStatusRow> {
    return this.database.read(centralityStatus);
  }

  hasGraphDataScience(): Promise<boolean> {
    return this.database.read(hasGraphDataScience);
  }

  relationsByIds(ids: readonly string[]): Promise<RelationRow[]> {
    return this.database.read((runner) => relationsByIds(runner, ids));
  }

  findRelations(filter: RelationFilter, page: RelationPageRequest, countTotal: boolean, fields: RowFields): Promise<Page<RelationWithEnds>> {
    return this.database.read((runner) => findRelations(runner, filter, page, countTotal, fields));
  }

  actorsWithRelations(
    actorIds: readonly string[],
    request: ActorRelationsRequest,
    actorFields: readonly ActorField[],
  ): Promise<Map<string, { actor: PartialActorRow; relations: Page<RelationWithEnds> }>> {
    return this.database.read((runner) => actorsWithRelations(runner, actorIds, request, actorFields));
  }

  relationsOfActors(actorIds: readonly string[], request: ActorRelationsRequest): Promise<Map<string, Page<RelationWithEnds>>> {
    return this.database.read((runner) => relationsOfActors(runner, actorIds, request));
  }

  neighborsOfActors(actorIds: readonly string[], types: readonly RelationType[] | null, direction: Direction, limit: number): Promise<Map<string, ActorRow[]>> {
    return this.database.read((runner) => neighborsOfActors(runner, actorIds, types, direction, limit));
  }

  timeline(actorId: string, filter: TimelineFilter, limit: number): Promise<RelationRow[]> {
    return this.database.read((runner) => timeline(runner, actorId, filter, limit));
  }

  evidenceCounts(ids: readonly string[]): Promise<Map<string, number>> {
    return this.database.read((runner) => evidenceCounts(runner, ids));
  }

  evidenceForRelations(ids: readonly string[]): Promise<EvidenceRow[]> {
    return this.database.read((runner) => evidenceForRelations(runner, ids));
  }

  evidenceForActors(ids: readonly string[]): Promise<EvidenceRow[]> {
    return this.database.read((runner) => evidenceForActors(runner, ids));
  }

  evidenceByIds(ids: readonly string[]): Promise<EvidenceRow[]> {
    return this.database.read((runner) => evidenceByIds(runner, ids));
  }

  documentsByIds(ids: readonly string[]): Promise<DocumentRow[]> {
    return this.database.read((runner) => documentsByIds(runner, ids));
  }

  findDocuments(page: PageRequest): Promise<Page<DocumentRow>> {
    return this.database.read((runner) => findDocuments(runner, page));
  }

  documentIdsOfActors(ids: readonly string[]): Promise<Map<string, string[]>> {
    return this.database.read((runner) => documentIdsOfActors(runner, ids));
  }

  actorsOfDocuments(ids: readonly string[]): Promise<Map<string, ActorRow[]>> {
    return this.database.read((runner) => actorsOfDocuments(runner, ids));
  }

  relationIdsOfDocuments(ids: readonly string[]): Promise<Map<string, string[]>> {
    return this.database.read((runner) => relationIdsOfDocuments(runner, ids));
  }

  neighborhood(actorId: string, request: TraversalRequest, limits: { actors: number; edges: number }, fields: SubgraphFields): Promise<Neighborhood | null> {
    return this.database.read((runner) => neighborhood(runner, actorId, request, limits, fields));
  }

  shortestPaths(from: string, to: string, request: PathRequest, all: boolean, limit: number, fields: RowFields): Promise<PathRow[]> {
    return this.database.read((runner) => shortestPaths(runner, from, to, request, all, limit, fields));
  }

  simplePaths(from: string, to: string, request: PathRequest, limit: number, fields: RowFields): Promise<PathRow[]> {
    return this.database.read((runner) => simplePaths(runner, from, to, request, limit, fields));
  }
}
