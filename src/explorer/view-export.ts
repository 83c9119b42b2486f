/** Exports of the view: the drawing as PNG, and what is visible as JSON in the API's `Subgraph` shape. */
import type { Core } from 'cytoscape';
import { drawnEdges, drawnNodes } from './drawn-elements';
import { Subgraph } from './graphql-client';

/** Saves `blob` as a file named `name`, as a link with `download` does. */
export function download(name: string, blob: Blob): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(link.href), 1_000);
}

function visibleSubgraph(cy: Core): Subgraph {
  return {
    nodes: drawnNodes(cy).map((node) => ({ id: node.id(), label: node.data('label'), kind: node.data('kind'), degree: node.data('degree') })),
    edges: drawnEdges(cy).map((edge) => ({
      id: edge.id(),
      source: edge.data('source'),
      target: edge.data('target'),
      type: edge.data('type'),
      symmetric: edge.data('symmetric'),
      time: edge.data('time'),
      reviewed: edge.data('reviewed'),
    })),
    truncated: false,
    edgesTruncated: false,
  };
}

export function exportPng(cy: Core): void {
  download('actorgraph.png', cy.png({ full: true, bg: '#ffffff', output: 'blob', scale: 2 }));
}

export function exportJson(cy: Core): void {
  download('actorgraph.json', new Blob([JSON.stringify(visibleSubgraph(cy), null, 2)], { type: 'application/json' }));
}
