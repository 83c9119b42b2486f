/**
 * What a step fetches from the API: a search or an expansion its neighbourhood, a path the
 * shortest path, a `relations` step each relation with the actors at its ends. Searches,
 * expansions and paths follow the relation types of the scene's filter at that step, so a
 * replayed link asks exactly what the first run asked.
 *
 * A failure (an actor that does not exist answers NOT_FOUND) is thrown: the caller decides
 * whether that refuses a new step or drops a step of a link.
 */
import type { ExplorerLimits } from './explorer-limits';
import { graphql, neighborhood, shortestPath, Subgraph, SubgraphEdge, SubgraphNode, TimeSpan } from './graphql-client';
import { NOTHING_FETCHED, Scene, StepResult } from './scene-model';
import { countOf, Step } from './scene-steps';

/**
 * Relations asked for in one request, each under its own alias: below the service's default
 * limit of 30 aliases (MAX_ALIASES), which the `limits` query does not report.
 */
const RELATIONS_PER_REQUEST = 25;

export async function fetchStep(step: Step, scene: Scene, limits: ExplorerLimits): Promise<StepResult> {
  const types = [...scene.filter.types];
  switch (step.kind) {
    case 'search':
      return neighbourhoodResult(await neighborhood(step.actor, step.depth, step.direction, types, limits.neighbourhoodSize));
    case 'expand':
      return neighbourhoodResult(await neighborhood(step.actor, 1, step.direction, types, limits.neighbourhoodSize));
    case 'path': {
      const path = await shortestPath(step.from, step.to, types, step.timeRespecting);
      if (!path) return { ...NOTHING_FETCHED, path: [], note: `No ${step.timeRespecting ? 'time-respecting path' : 'path'} within reach from ${nameOf(scene, step.from)} to ${nameOf(scene, step.to)}.` };
      return {
        nodes: path.actors.map((actor) => ({ id: actor.id, label: actor.name, kind: actor.kind, degree: actor.degree })),
        edges: path.relations.map((relation) => edgeOf({ ...relation, from: relation.from.id, to: relation.to.id })),
        path: [...path.actors.map((actor) => actor.id), ...path.relations.map((relation) => relation.id)],
      };
    }
    case 'relations':
      return relationsResult(step.ids);
    default:
      return NOTHING_FETCHED;
  }
}

function nameOf(scene: Scene, id: string): string {
  return scene.nodes.get(id)?.label ?? id;
}

function neighbourhoodResult(subgraph: Subgraph): StepResult {
  const cut = subgraph.truncated || subgraph.edgesTruncated;
  return { nodes: subgraph.nodes, edges: subgraph.edges, ...(cut ? { note: 'Only part of the neighbourhood was added: it is larger than the limit.' } : {}) };
}

interface RelationEnds {
  id: string;
  type: string;
  symmetric: boolean;
  time: TimeSpan | null;
  reviewed: boolean;
  from: string;
  to: string;
}

function edgeOf(relation: RelationEnds): SubgraphEdge {
  return { id: relation.id, source: relation.from, target: relation.to, type: relation.type, symmetric: relation.symmetric, time: relation.time, reviewed: relation.reviewed };
}

type ActorFields = { id: string; name: string; kind: string; degree: number };
type RelationFields = Omit<RelationEnds, 'from' | 'to'> & { from: ActorFields; to: ActorFields };

/** The relations by id, a batch of aliased `relation` fields per request; ids that name none are said in the note. */
async function relationsResult(ids: readonly string[]): Promise<StepResult> {
  const found: RelationFields[] = [];
  const missing: string[] = [];
  for (let start = 0; start < ids.length; start += RELATIONS_PER_REQUEST) {
    const batch = ids.slice(start, start + RELATIONS_PER_REQUEST);
    const actor = 'id name kind degree';
    const query = `query(${batch.map((_, index) => `$r${index}: ID!`).join(', ')}) { ${batch
      .map((_, index) => `r${index}: relation(id: $r${index}) { id type symmetric time { text start end } reviewed from { ${actor} } to { ${actor} } }`)
      .join(' ')} }`;
    const data = await graphql<Record<string, RelationFields | null>>(query, Object.fromEntries(batch.map((id, index) => [`r${index}`, id])));
    batch.forEach((id, index) => {
      const relation = data[`r${index}`];
      if (relation) found.push(relation);
      else missing.push(id);
    });
  }
  const nodes = new Map<string, SubgraphNode>();
  for (const relation of found) {
    for (const end of [relation.from, relation.to]) nodes.set(end.id, { id: end.id, label: end.name, kind: end.kind, degree: end.degree });
  }
  return {
    nodes: [...nodes.values()],
    edges: found.map((relation) => edgeOf({ ...relation, from: relation.from.id, to: relation.to.id })),
    ...(missing.length > 0 ? { missing, note: `${countOf(missing.length, 'relation')} no longer in the graph: ${missing.join(', ')}.` } : {}),
  };
}
