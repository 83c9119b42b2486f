/**
 * Example queries, pre-filled in the playground and shown in docs/reference/graphql-api.md with their output: the
 * five actors of the brief, the path from Soleimani to Sudani, the coalition's neighbourhood,
 * search and a timeline, paths in time order, and weights and orders.
 */
export interface ExampleQuery {
  readonly name: string;
  readonly query: string;
}

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    name: 'Five actors',
    query: `# The five actors the Iraq-US talks article centres on, with their first relations.
query FiveActors {
  sudani: actor(id: "mohammed-shia-al-sudani") { ...card }
  khafaji: actor(id: "tahseen-al-khafaji") { ...card }
  nujaba: actor(id: "nujaba-movement") { ...card }
  coalition: actor(id: "us-led-coalition") { ...card }
  soleimani: actor(id: "qassem-soleimani") { ...card }
}

fragment card on Actor {
  name
  kind
  roles
  degree
  relations(first: 3) {
    totalCount
    edges { node { type from { name } to { name } time { text } } }
  }
}
`,
  },
  {
    name: 'Soleimani to Sudani',
    query: `# How is Qassem Soleimani connected to Mohammed Shia al-Sudani, and on what evidence?
query SoleimaniToSudani {
  shortestPath(from: "qassem-soleimani", to: "mohammed-shia-al-sudani") {
    length
    actors { name }
    relations {
      type
      from { name }
      to { name }
      evidence { quote document { title } }
    }
  }
}
`,
  },
  {
    name: 'Coalition neighbourhood',
    query: `# Everyone within two hops of the US-led coalition, ready for a graph drawing library.
query CoalitionNeighborhood {
  neighborhood(actorId: "us-led-coalition", depth: 2) {
    nodes { id label kind }
    edges { source target type symmetric }
    truncated
  }
}
`,
  },
  {
    name: 'Search and timeline',
    query: `# Full-text search tolerates misspellings; a timeline orders relations by their dates.
query SearchAndTimeline {
  search(text: "Sulaimani", first: 3) { score actor { id name aliases } }
  timeline(actorId: "united-states") { type to { name } time { text start end } }
}
`,
  },
  {
    name: 'Time-respecting paths',
    query: `# Could the killing of Soleimani have led, event by event, to the coalition? And the other way?
query TimeRespectingPaths {
  shortestPath(from: "qassem-soleimani", to: "us-led-coalition") {
    actors { name }
    relations { type time { text } }
  }
  forwards: shortestPath(from: "qassem-soleimani", to: "us-led-coalition", timeRespecting: true) {
    actors { name }
    relations { type time { text } }
  }
  backwards: allShortestPaths(from: "us-led-coalition", to: "qassem-soleimani", timeRespecting: true) {
    length
  }
  since2023: neighborhood(actorId: "united-states", since: "2023") { nodes { label } }
  datedSince2023: neighborhood(actorId: "united-states", since: "2023", datedOnly: true) { nodes { label } }
}
`,
  },
  {
    name: 'Weights and orders',
    query: `# The best supported relations first, and the most connected actors.
query WeightsAndOrders {
  relations(first: 3, orderBy: EVIDENCE_COUNT) {
    edges { node { type from { name } to { name } evidenceCount documentCount } }
    pageInfo { endCursor }
  }
  actors(first: 3, orderBy: DEGREE) {
    edges { node { name degree } }
  }
}
`,
  },
];
