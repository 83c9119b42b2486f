/**
 * What the drawing shows: the actors and relations neither hidden nor outside the filter (the
 * classes scene-view.ts sets, which the style draws as nothing). Whatever counts, lays out,
 * labels, routes, explains or exports what the person sees asks here, so all of them agree.
 */
import type { Collection, Core, EdgeCollection, NodeCollection } from 'cytoscape';

/** The elements the style does not draw. Only relations are ever filtered; actors are only hidden. */
export const NOT_DRAWN = '.hidden, .filtered';

export function drawnNodes(cy: Core): NodeCollection {
  return cy.nodes().not(NOT_DRAWN);
}

export function drawnEdges(cy: Core): EdgeCollection {
  return cy.edges().not(NOT_DRAWN);
}

export function drawnElements(cy: Core): Collection {
  return cy.elements().not(NOT_DRAWN);
}
