/**
 * The per-request DataLoaders: every actor, document, relation and quote that one GraphQL request
 * asks for, by id or per parent, is fetched in one batched query per kind and cached for the
 * request only. This is what keeps a list of 50 relations with both ends and their quotes at a
 * handful of queries instead of 150.
 */
import DataLoader from 'dataloader';
import { GraphReader } from '../graph/graph.reader';
import { ACTOR_FIELDS, ActorField, ActorRow, DocumentRow, EvidenceRow, Page, PartialActorRow, RelationRow } from '../graph/read-models';
import { ActorRelationsRequest, RelationWithEnds } from '../graph/relation.repository';
import { Direction, RelationType } from '../graph/vocabulary';

export interface Loaders {
  readonly actor: DataLoader<string, ActorRow | null>;
  readonly degree: DataLoader<string, number>;
  readonly document: DataLoader<string, DocumentRow | null>;
  readonly relation: DataLoader<string, RelationRow | null>;
  readonly evidenceCount: DataLoader<string, number>;
  readonly evidence: DataLoader<string, EvidenceRow | null>;
  readonly evidenceForRelation: DataLoader<string, EvidenceRow[]>;
  readonly evidenceForActor: DataLoader<string, EvidenceRow[]>;
  readonly documentIdsOfActor: DataLoader<string, string[]>;
  readonly actorsOfDocument: DataLoader<string, ActorRow[]>;
  readonly relationIdsOfDocument: DataLoader<string, string[]>;
  relationsOfActor(request: ActorRelationsRequest): DataLoader<string, Page<RelationWithEnds>>;
  /**
   * Actors by id with `fields` (those the client selected), read with their page of relations for
   * `request`, which then waits in `relationsOfActor(request)`.
   */
  actorWithRelations(request: ActorRelationsRequest, fields: readonly ActorField[]): DataLoader<string, PartialActorRow | null>;
  neighborsOfActor(types: readonly RelationType[] | null, direction: Direction, limit: number): DataLoader<string, ActorRow[]>;
}

function byId<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const found = new Map((await fetch(ids)).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

function grouped<T>(fetch: (ids: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string | null): DataLoader<string, T[]> {
  return new DataLoader(async (ids) => {
    const groups = new Map<string, T[]>();
    for (const row of await fetch(ids)) {
      const key = keyOf(row);
      if (key !== null) groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    return ids.map((id) => groups.get(id) ?? []);
  });
}

function mapped<T>(fetch: (ids: readonly string[]) => Promise<Map<string, T>>, empty: () => T): DataLoader<string, T> {
  return new DataLoader(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? empty());
  });
}

/** Loaders that take arguments are kept per argument set, so equal arguments share one batch. */
function perArguments<K, T>(create: (key: K) => DataLoader<string, T>): (key: K) => DataLoader<string, T> {
  const loaders = new Map<string, DataLoader<string, T>>();
  return (key) => {
    const name = JSON.stringify(key);
    let loader = loaders.get(name);
    if (!loader) {
      loader = create(key);
      loaders.set(name, loader);
    }
    return loader;
  };
}

/**
 * The rows `loadMany` found, in order. DataLoader gives a failed batch's keys an `Error` row (so one
 * failure does not hide the other keys' results): that is a failure and is thrown; only `null`
 * means "no such id" and is dropped.
 */
export async function loadFound<V>(loader: DataLoader<string, V | null>, ids: readonly string[]): Promise<V[]> {
  const found: V[] = [];
  for (const row of await loader.loadMany(ids)) {
    if (row instanceof Error) throw row;
    if (row !== null) found.push(row);
  }
  return found;
}

/** A row another row refers to (a relation's actor, a quote's document); its absence is a fault of the graph, not of the request. */
export async function loadReferenced<V>(loader: DataLoader<string, V | null>, id: string, what: string, referrer: string): Promise<V> {
  const row = await loader.load(id);
  if (row === null) throw new Error(`${referrer} refers to ${what} '${id}', which does not exist`);
  return row;
}

export function createLoaders(reader: GraphReader): Loaders {
  const relationsOfActor = perArguments((request: ActorRelationsRequest) =>
    mapped((ids) => reader.relationsOfActors(ids, request), (): Page<RelationWithEnds> => ({ rows: [], hasNextPage: false, totalCount: 0 })),
  );
  const actor = byId((ids) => reader.actorsByIds(ids));
  const actorWithRelations = perArguments(
    ({ request, fields }: { request: ActorRelationsRequest; fields: readonly ActorField[] }) =>
      new DataLoader<string, PartialActorRow | null>(async (ids) => {
        const found = await reader.actorsWithRelations(ids, request, fields);
        // Only a whole row may serve the actor loader: a partial one would answer another field with nothing.
        const whole = fields.length === ACTOR_FIELDS.length;
        for (const [id, row] of found) {
          if (whole) actor.prime(id, row.actor as ActorRow);
          relationsOfActor(request).prime(id, row.relations);
        }
        return ids.map((id) => found.get(id)?.actor ?? null);
      }),
  );
  const neighborsOfActor = perArguments((key: { types: readonly RelationType[] | null; direction: Direction; limit: number }) =>
    mapped((ids) => reader.neighborsOfActors(ids, key.types, key.direction, key.limit), (): ActorRow[] => []),
  );
  return {
    actor,
    degree: mapped((ids) => reader.degreesOf(ids), () => 0),
    document: byId((ids) => reader.documentsByIds(ids)),
    relation: byId((ids) => reader.relationsByIds(ids)),
    evidenceCount: mapped((ids) => reader.evidenceCounts(ids), () => 0),
    evidence: byId((ids) => reader.evidenceByIds(ids)),
    evidenceForRelation: grouped((ids) => reader.evidenceForRelations(ids), (row) => row.relationId),
    evidenceForActor: grouped((ids) => reader.evidenceForActors(ids), (row) => row.actorId),
    documentIdsOfActor: mapped((ids) => reader.documentIdsOfActors(ids), (): string[] => []),
    actorsOfDocument: mapped((ids) => reader.actorsOfDocuments(ids), (): ActorRow[] => []),
    relationIdsOfDocument: mapped((ids) => reader.relationIdsOfDocuments(ids), (): string[] => []),
    relationsOfActor,
    actorWithRelations: (request, fields) => actorWithRelations({ request, fields }),
    neighborsOfActor: (types, direction, limit) => neighborsOfActor({ types, direction, limit }),
  };
}
