/**
 * The drawing of a scene: Cytoscape's elements made to match it (added in the scene's order,
 * removed when no step holds them any more), and the classes the style draws from it: hidden,
 * outside the filter, on the path, the searched actor, pinned. Pinned actors are locked where
 * their pin put them.
 */
import type { Core, ElementDefinition, NodeCollection } from 'cytoscape';
import { KIND_STYLES } from './graph-style';
import type { SubgraphEdge, SubgraphNode } from './graphql-client';
import { applyMeasures, measureData } from './measure-view';
import type { Position, Scene } from './scene-model';
import { inTimeWindow } from './time-window';

function nodeElement(node: SubgraphNode): ElementDefinition {
  const style = KIND_STYLES[node.kind] ?? { colour: '#444444', shape: 'ellipse' };
  return { group: 'nodes', data: { id: node.id, label: node.label, kind: node.kind, ...measureData(node), colour: style.colour, shape: style.shape } };
}

function edgeElement(edge: SubgraphEdge): ElementDefinition {
  return {
    group: 'edges',
    data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, symmetric: edge.symmetric, time: edge.time, reviewed: edge.reviewed },
  };
}

/** Makes the drawing hold exactly the scene's actors and relations; returns the actors it added. */
export function syncElements(cy: Core, scene: Scene): NodeCollection {
  const gone = cy.elements().filter((element) => (element.isNode() ? !scene.nodes.has(element.id()) : !scene.edges.has(element.id())));
  cy.remove(gone);
  const newNodes = [...scene.nodes.values()].filter((node) => cy.getElementById(node.id).empty());
  const newEdges = [...scene.edges.values()].filter((edge) => cy.getElementById(edge.id).empty());
  const added = cy.add([...newNodes.map(nodeElement), ...newEdges.map(edgeElement)]);
  applyMeasures(cy);
  return added.nodes();
}

/** Sets the classes the style draws from the scene, and locks pinned actors in place. */
export function applySceneClasses(cy: Core, scene: Scene): void {
  const path = new Set(scene.path);
  const types = new Set(scene.filter.types);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const id = node.id();
      node.toggleClass('hidden', scene.hidden.has(id));
      node.toggleClass('on-path', path.has(id));
      node.toggleClass('centre', id === scene.focus);
      const pin = scene.pinned.get(id);
      node.toggleClass('pinned', pin !== undefined);
      if (pin) node.unlock().position(pin).lock();
      else node.unlock();
    });
    cy.edges().forEach((edge) => {
      const id = edge.id();
      edge.toggleClass('hidden', scene.hidden.has(id) || scene.hidden.has(edge.data('source') as string) || scene.hidden.has(edge.data('target') as string));
      const typeShown = types.size === 0 || types.has(edge.data('type') as string);
      edge.toggleClass('filtered', !typeShown || !inTimeWindow(edge.data('time'), scene.filter.since, scene.filter.until));
      edge.toggleClass('on-path', path.has(id));
    });
  });
}

/** Where every actor is, to keep with the step that put it there. */
export function positionsOf(cy: Core): Map<string, Position> {
  return new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }]));
}

/** Puts actors back where a step left them (undo, redo); pinned ones stay locked where they are. */
export function restorePositions(cy: Core, positions: ReadonlyMap<string, Position>): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const position = positions.get(node.id());
      if (position && !node.locked()) node.position(position);
    });
  });
}
