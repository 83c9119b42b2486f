/**
 * The explorer's only way to the data: GraphQL over HTTP to the service that served the page.
 *
 * A failure becomes an `ApiError` for the page to show. When the service answered with an error,
 * the error carries the service's `extensions.code` (one of the codes in docs/reference/limits-and-errors.md). When
 * there is no such code (the service could not be reached, answered something other than
 * GraphQL, or sent an error without a code), `code` is null and the message says what happened:
 * the explorer invents no codes of its own, so every code a person sees is one the service gave.
 */
import { ServiceLimits } from './explorer-limits';
import { authorization } from './review-key';

export class ApiError extends Error {
  constructor(
    message: string,
    /** The service's `extensions.code`; null when the failure did not come with one. */
    readonly code: string | null,
  ) {
    // The code goes into the message, which is what the page shows.
    super(code === null ? message : `${message} (${code})`);
  }
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('the service cannot be reached', null);
  }
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors && body.errors.length > 0) {
    const [first] = body.errors;
    throw new ApiError(first.message, first.extensions?.code ?? null);
  }
  if (!response.ok || body.data === undefined) throw new ApiError(`the service answered HTTP ${response.status} without a GraphQL answer`, null);
  return body.data;
}

export interface SubgraphNode {
  id: string;
  label: string;
  kind: string;
  degree: number;
  /** Within the neighbourhood drawn, for size and colour; absent on actors of a path. */
  pageRank?: number;
  betweenness?: number;
  community?: number;
}

export interface TimeSpan {
  text: string;
  start: string | null;
  end: string | null;
}

export interface SubgraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  symmetric: boolean;
  time: TimeSpan | null;
  /** False for a relation the extraction rules proposed that no person has reviewed. */
  reviewed: boolean;
}

export interface Subgraph {
  nodes: SubgraphNode[];
  edges: SubgraphEdge[];
  truncated: boolean;
  edgesTruncated: boolean;
}

const SUBGRAPH_FIELDS = 'nodes { id label kind degree pageRank betweenness community } edges { id source target type symmetric time { text start end } reviewed } truncated edgesTruncated';

export function neighborhood(actorId: string, depth: number, direction: string, types: string[], limit: number): Promise<Subgraph> {
  return graphql<{ neighborhood: Subgraph }>(
    `query($actorId: ID!, $depth: Int!, $direction: Direction!, $types: [RelationType!], $limit: Int!) {
      neighborhood(actorId: $actorId, depth: $depth, direction: $direction, types: $types, limit: $limit) { ${SUBGRAPH_FIELDS} }
    }`,
    { actorId, depth, direction, types: types.length > 0 ? types : null, limit },
  ).then((data) => data.neighborhood);
}

export interface PathResult {
  actors: { id: string; name: string; kind: string; degree: number }[];
  relations: { id: string; type: string; symmetric: boolean; from: { id: string }; to: { id: string }; time: TimeSpan | null; reviewed: boolean }[];
}

/** The shortest path, or with `timeRespecting` the shortest whose relations do not go back in time. */
export function shortestPath(from: string, to: string, types: string[], timeRespecting: boolean): Promise<PathResult | null> {
  return graphql<{ shortestPath: PathResult | null }>(
    `query($from: ID!, $to: ID!, $types: [RelationType!], $timeRespecting: Boolean) {
      shortestPath(from: $from, to: $to, types: $types, timeRespecting: $timeRespecting) {
        actors { id name kind degree }
        relations { id type symmetric from { id } to { id } time { text start end } reviewed }
      }
    }`,
    { from, to, types: types.length > 0 ? types : null, timeRespecting },
  ).then((data) => data.shortestPath);
}

export interface Suggestion {
  id: string;
  name: string;
  kind: string;
}

export function suggest(text: string, first: number): Promise<Suggestion[]> {
  return graphql<{ search: { actor: Suggestion }[] }>(`query($text: String!, $first: Int!) { search(text: $text, first: $first) { actor { id name kind } } }`, { text, first }).then(
    (data) => data.search.map((hit) => hit.actor),
  );
}

/** The relations whose quotes best match the words, best first, each once (a quote of an actor names no relation). */
export function relationsQuoting(text: string, first: number): Promise<string[]> {
  return graphql<{ searchEvidence: { edges: { node: { relation: { id: string } | null } }[] } }>(
    'query($text: String!, $first: Int!) { searchEvidence(text: $text, first: $first) { edges { node { relation { id } } } } }',
    { text, first },
  ).then((data) => [...new Set(data.searchEvidence.edges.flatMap((edge) => (edge.node.relation ? [edge.node.relation.id] : [])))]);
}

/** A pair of actors likely to be one, as `possibleDuplicates` answers it. */
export interface DuplicatePair {
  actorIds: [string, string];
  names: [string, string];
  score: number;
  reasons: string[];
}

export function possibleDuplicates(actorId: string, first: number): Promise<DuplicatePair[]> {
  return graphql<{ possibleDuplicates: DuplicatePair[] }>(
    'query($actorId: ID!, $first: Int!) { possibleDuplicates(actorId: $actorId, first: $first) { actorIds names score reasons } }',
    { actorId, first },
  ).then((data) => data.possibleDuplicates);
}

/** Merges `merge` into `keep` under the key this browser holds (see review-key.ts). */
export function mergeActors(keep: string, merge: string): Promise<void> {
  return graphql('mutation($keep: ID!, $merge: ID!) { mergeActors(keep: $keep, merge: $merge) { id } }', { keep, merge }, authorization()).then(() => undefined);
}

export function serviceLimits(): Promise<ServiceLimits> {
  return graphql<{ limits: ServiceLimits }>('{ limits { maxTraversalDepth maxSubgraphNodes maxPageSize } }').then((data) => data.limits);
}

export interface Quote {
  quote: string;
  start: number;
  end: number;
  document: { id: string; title: string; text: string };
}

export interface RelationDetails {
  id: string;
  type: string;
  description: string;
  place: string | null;
  time: TimeSpan | null;
  reviewed: boolean;
  from: { id: string; name: string };
  to: { id: string; name: string };
  evidence: Quote[];
}

const QUOTE_FIELDS = 'quote start end document { id title text }';

export function relationDetails(id: string): Promise<RelationDetails | null> {
  return graphql<{ relation: RelationDetails | null }>(
    `query($id: ID!) { relation(id: $id) { id type description place time { text start end } reviewed from { id name } to { id name } evidence { ${QUOTE_FIELDS} } } }`,
    { id },
  ).then((data) => data.relation);
}

export interface ActorDetails {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  roles: string[];
  description: string | null;
  degree: number;
  evidence: Quote[];
}

export function actorDetails(id: string): Promise<ActorDetails | null> {
  return graphql<{ actor: ActorDetails | null }>(
    `query($id: ID!) { actor(id: $id) { id name kind aliases roles description degree evidence { ${QUOTE_FIELDS} } } }`,
    { id },
  ).then((data) => data.actor);
}

export function relationTypes(): Promise<{ name: string; description: string }[]> {
  return graphql<{ __type: { enumValues: { name: string; description: string }[] } }>(
    '{ __type(name: "RelationType") { enumValues { name description } } }',
  ).then((data) => data.__type.enumValues);
}
