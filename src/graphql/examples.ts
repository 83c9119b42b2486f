/**
 * Example queries, pre-filled in the playground and shown in the README with their output: the
 * five actors of the brief, the path from Soleimani to Sudani, and the coalition's neighbourhood.
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
];
