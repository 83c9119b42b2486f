/**
 * The benchmark's queries, each in three forms: the GraphQL document our service answers, the
 * floor's hand-written Cypher with the code that shapes its rows into the JSON our service would
 * send (so the in-process floor and the HTTP floor run the same statement, and the HTTP floor's
 * answer can be compared with ours), and the peer's GraphQL where `@neo4j/graphql` can express it.
 *
 * Both the benchmark and the HTTP floor's process build these from the same `QueryInputs`, so the
 * HTTP floor recognises a request by its query text alone.
 */
import { relationIdPrefix } from '../src/graph/ids';
import { RELATION_TYPE_NAMES, relationTypePattern } from '../src/graph/vocabulary';
import { fieldName } from './peer-server';

/** What the queries are asked about, chosen from the loaded graph. */
export interface QueryInputs {
  readonly hub: string;
  readonly typical: string;
  /** A document with the median number of relations among the graph's documents. */
  readonly document: string;
  readonly pairs: readonly (readonly [string, string])[];
  readonly words: readonly string[];
  /** The Lucene query the service ends up running for each word (see floorSearches in bench.ts). */
  readonly searches: Readonly<Record<string, string>>;
  /** Words taken from quotes, and misspellings of them, that `searchEvidence` is asked for. */
  readonly quoteWords: readonly string[];
  /** The Lucene query the service ends up running for each of them: exact, or with misspellings when exact finds nothing. */
  readonly evidenceSearches: Readonly<Record<string, string>>;
}

type Variables = Record<string, unknown>;
type Row = Record<string, unknown>;

/** The floor: one auto-commit statement, its parameters from a request's variables, its rows as our `data`. */
export interface FloorStatement {
  readonly cypher: string;
  readonly params: (variables: Variables) => Record<string, unknown>;
  readonly data: (rows: Row[]) => unknown;
}

export interface QuerySpec {
  readonly name: string;
  /** Ours and the HTTP floor: this document, once for each set of variables. */
  readonly query: string;
  readonly variables: readonly Variables[];
  readonly floor: FloorStatement;
  /** Bodies for the peer, or why it cannot express the query without a custom @cypher field. */
  readonly peer: string[] | string;
  /**
   * What must be equal in our answer and the HTTP floor's. Everything, except where two correct
   * answers may differ: the order of a neighbourhood's nodes and edges, and which of several
   * equally short paths is found.
   */
  readonly comparable: (data: unknown) => unknown;
}

export const requestBody = (query: string, variables: Variables = {}): string => JSON.stringify({ query, variables });

export function bodies(spec: QuerySpec): string[] {
  return spec.variables.map((variables) => requestBody(spec.query, variables));
}

const TYPES = relationTypePattern();
const same = (data: unknown): unknown => data;
const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const list = <T>(value: unknown): T[] => value as T[];

function neighborhood(inputs: QueryInputs, id: string, depth: number): QuerySpec {
  type Subgraph = { nodes: { id: string }[]; edges: { id: string }[]; edgesTruncated: boolean };
  return {
    name: `neighbourhood depth ${depth} (${id === inputs.hub ? 'hub' : 'typical'})`,
    query: `query($id: ID!) { neighborhood(actorId: $id, depth: ${depth}, limit: 500) { nodes { id label kind } edges { id source target type } edgesTruncated } }`,
    variables: [{ id }],
    floor: {
      cypher: `MATCH (s:Actor {id: $id})
               CALL (s) { OPTIONAL MATCH (s)-[${TYPES}*1..${depth}]-(n:Actor) WHERE n <> s WITH DISTINCT n LIMIT 500 RETURN collect(n) AS others }
               WITH [s] + others AS members
               CALL (members) { UNWIND members AS a MATCH (a)-[r${TYPES}]->(b:Actor) WHERE b IN members WITH a, r, b LIMIT 5001 RETURN collect([r.id, type(r), a.id, b.id]) AS edges }
               RETURN [a IN members | [a.id, a.name, a.kind]] AS nodes, edges[0..5000] AS edges, size(edges) > 5000 AS edgesTruncated`,
      params: (variables) => ({ id: variables.id }),
      data: ([row]) => ({
        neighborhood: {
          nodes: list<[string, string, string]>(row.nodes).map(([nodeId, label, kind]) => ({ id: nodeId, label, kind })),
          edges: list<[string, string, string, string]>(row.edges).map(([edgeId, type, source, target]) => ({ id: edgeId, source, target, type })),
          edgesTruncated: row.edgesTruncated,
        },
      }),
    },
    peer: 'needs a custom @cypher field: it has no variable-length traversal',
    comparable: (data) => {
      const { nodes, edges, edgesTruncated } = (data as { neighborhood: Subgraph }).neighborhood;
      return { nodes: [...nodes].sort(byId), edges: [...edges].sort(byId), edgesTruncated };
    },
  };
}

function mostCentral(measure: 'PAGERANK' | 'DEGREE', cypher: string, peer: string): QuerySpec {
  return {
    name: `mostCentral ${measure}, top 10`,
    query: `{ stats { mostCentral(measure: ${measure}, first: 10) { actor { id name } score } } }`,
    variables: [{}],
    floor: {
      cypher,
      params: () => ({}),
      data: (rows) => ({ stats: { mostCentral: rows.map((row) => ({ actor: { id: row.id, name: row.name }, score: row.score })) } }),
    },
    peer,
    comparable: same,
  };
}

export function querySpecs(inputs: QueryInputs): QuerySpec[] {
  const { hub, typical, document, pairs, words, searches, quoteWords, evidenceSearches } = inputs;
  const peerRelations = RELATION_TYPE_NAMES.flatMap((type) => [fieldName(type, 'Out'), fieldName(type, 'In')]).map((field) => `${field} { name }`).join(' ');
  return [
    {
      name: 'actor by id with relations',
      query: 'query($id: ID!) { actor(id: $id) { name relations(first: 20) { edges { node { type from { name } to { name } } } } } }',
      variables: [{ id: hub }, { id: typical }],
      floor: {
        cypher: `MATCH (a:Actor {id: $id}) OPTIONAL MATCH (a)-[r${TYPES}]-(:Actor) WITH a, r ORDER BY r.id LIMIT 20
                 RETURN a.name AS name, collect({type: type(r), from: startNode(r).name, to: endNode(r).name}) AS relations`,
        params: (variables) => ({ id: variables.id }),
        data: ([row]) => ({
          actor:
            row === undefined
              ? null
              : {
                  name: row.name,
                  relations: { edges: list<{ type: string; from: string; to: string }>(row.relations).map((r) => ({ node: { type: r.type, from: { name: r.from }, to: { name: r.to } } })) },
                },
        }),
      },
      peer: [hub, typical].map((id) => requestBody(`query($id: ID!) { actors(where: { id: { eq: $id } }) { name ${peerRelations} } }`, { id })),
      comparable: same,
    },
    neighborhood(inputs, hub, 1),
    neighborhood(inputs, typical, 1),
    neighborhood(inputs, hub, 2),
    neighborhood(inputs, typical, 2),
    neighborhood(inputs, hub, 3),
    neighborhood(inputs, typical, 3),
    {
      name: 'shortest path, random pairs',
      query: 'query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length actors { name } relations { type } } }',
      variables: pairs.map(([from, to]) => ({ from, to })),
      floor: {
        cypher: `MATCH (a:Actor {id: $from}), (b:Actor {id: $to}) OPTIONAL MATCH p = shortestPath((a)-[${TYPES}*..4]-(b))
                 RETURN [n IN nodes(p) | n.name] AS actors, [r IN relationships(p) | type(r)] AS types`,
        params: (variables) => ({ from: variables.from, to: variables.to }),
        data: ([row]) => ({
          shortestPath:
            row === undefined || row.actors === null
              ? null
              : { length: list(row.types).length, actors: list<string>(row.actors).map((name) => ({ name })), relations: list<string>(row.types).map((type) => ({ type })) },
        }),
      },
      peer: 'needs a custom @cypher field: it has no path queries',
      // Several paths may be equally short; any one of them is a right answer.
      comparable: (data) => (data as { shortestPath: { length: number } | null }).shortestPath?.length ?? null,
    },
    {
      name: 'full-text search',
      query: 'query($text: String!) { search(text: $text, first: 20) { score actor { name } } }',
      variables: words.map((text) => ({ text })),
      floor: {
        // Ordered as the service orders hits, ties by name.
        cypher: "CALL db.index.fulltext.queryNodes('actor_names', $query, {limit: 20}) YIELD node, score RETURN node.name AS name, score ORDER BY score DESC, name",
        params: (variables) => ({ query: searches[variables.text as string] }),
        data: (rows) => ({ search: rows.map((row) => ({ score: row.score, actor: { name: row.name } })) }),
      },
      peer: words.map((text) => requestBody('query($text: String!) { actorsByName(phrase: $text, first: 20) { edges { score node { name } } } }', { text })),
      comparable: same,
    },
    {
      name: 'evidence search, a word or a misspelling',
      query: 'query($text: String!) { searchEvidence(text: $text, first: 20) { edges { node { score evidence { quote } } } } }',
      variables: quoteWords.map((text) => ({ text })),
      floor: {
        // The index streams its hits best first, as the service reads them: no sort.
        cypher: "CALL db.index.fulltext.queryNodes('evidence_quotes', $query) YIELD node, score RETURN node.quote AS quote, score LIMIT 20",
        params: (variables) => ({ query: evidenceSearches[variables.text as string] }),
        data: (rows) => ({ searchEvidence: { edges: rows.map((row) => ({ node: { score: row.score, evidence: { quote: row.quote } } })) } }),
      },
      peer: 'needs a custom @cypher field over the quote index',
      // Hits of equal score may come in another order, and the twentieth of several equal ones may differ: the scores may not.
      comparable: (data) => (data as { searchEvidence: { edges: { node: { score: number } }[] } }).searchEvidence.edges.map((edge) => edge.node.score),
    },
    mostCentral(
      'PAGERANK',
      // The top of the index on the written property, as the service reads it.
      'MATCH (a:Actor) WHERE a.pageRank IS NOT NULL WITH a ORDER BY a.pageRank DESC, a.id LIMIT 10 RETURN a.id AS id, a.name AS name, a.pageRank AS score',
      'needs a custom @cypher field over properties it does not compute',
    ),
    mostCentral(
      'DEGREE',
      // The top of the index on the stored degree, as the service reads it.
      'MATCH (a:Actor) WHERE a.degree IS NOT NULL WITH a ORDER BY a.degree DESC, a.id LIMIT 10 RETURN a.id AS id, a.name AS name, a.degree AS score',
      'needs a custom @cypher field: it has no ordering by a count',
    ),
    {
      name: 'relation list page with both ends',
      query: '{ relations(first: 20) { edges { node { id type from { name } to { name } } } } }',
      variables: [{}],
      floor: {
        // An ordered seek of each type's id index, as the service pages: sorting every relationship grows with the graph.
        cypher: `CALL () { ${RELATION_TYPE_NAMES.map((type) => `MATCH ()-[r:${type}]->() WHERE r.id > '' RETURN r ORDER BY r.id LIMIT 20`).join(' UNION ALL ')} }
                 WITH r ORDER BY r.id LIMIT 20 RETURN r.id AS id, type(r) AS type, startNode(r).name AS from, endNode(r).name AS to`,
        params: () => ({}),
        data: (rows) => ({ relations: { edges: rows.map((row) => ({ node: { id: row.id, type: row.type, from: { name: row.from }, to: { name: row.to } } })) } }),
      },
      peer: 'cannot list relationships as such: it reaches them only through their nodes',
      comparable: same,
    },
    {
      name: 'relations of a document, page with both ends',
      query: 'query($documentId: ID!) { relations(documentId: $documentId, first: 20) { edges { node { id type from { name } to { name } } } } }',
      variables: [{ documentId: document }],
      floor: {
        // As the service finds them: the document's quotes through their document index, their relation ids
        // sorted, then each relation through the id index of the type its id names until the page is full,
        // so the cost follows the page and the document, not the graph.
        cypher: `MATCH (e:Evidence {documentId: $documentId}) WHERE e.relationId > '' WITH DISTINCT e.relationId AS id ORDER BY id
                 CALL (id) { ${RELATION_TYPE_NAMES.map((type) => `WITH id WHERE id STARTS WITH '${relationIdPrefix(type)}' MATCH (:Actor)-[r:${type} {id: id}]->(:Actor) RETURN r`).join(' UNION ALL ')} }
                 WITH r ORDER BY id LIMIT 20 RETURN r.id AS id, type(r) AS type, startNode(r).name AS from, endNode(r).name AS to`,
        params: (variables) => ({ documentId: variables.documentId }),
        data: (rows) => ({ relations: { edges: rows.map((row) => ({ node: { id: row.id, type: row.type, from: { name: row.from }, to: { name: row.to } } })) } }),
      },
      peer: 'cannot list relationships as such, nor reach a relation from its quotes without a custom @cypher field',
      comparable: same,
    },
  ];
}
