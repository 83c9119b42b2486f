/**
 * How the graph looks: a colour and a shape per actor kind (shown in the legend too), edge labels
 * by relation type, no arrowhead on symmetric relations, unreviewed relations (proposed by the
 * extraction rules, not checked by a person) dotted in their own colour, and the highlight of a path.
 */
import type { StylesheetJson } from 'cytoscape';

export const KIND_STYLES: Readonly<Record<string, { colour: string; shape: string; label: string }>> = {
  PERSON: { colour: '#1f6fb2', shape: 'ellipse', label: 'Person' },
  STATE: { colour: '#2e7d32', shape: 'round-rectangle', label: 'State' },
  GOVERNMENT: { colour: '#6a8e23', shape: 'round-rectangle', label: 'Government' },
  ORGANIZATION: { colour: '#7b4fa0', shape: 'hexagon', label: 'Organisation' },
  ARMED_GROUP: { colour: '#c62828', shape: 'diamond', label: 'Armed group' },
  MILITARY_FORCE: { colour: '#8d5524', shape: 'triangle', label: 'Military force' },
  COALITION: { colour: '#00838f', shape: 'octagon', label: 'Coalition' },
  POPULATION: { colour: '#616161', shape: 'barrel', label: 'Population' },
};

/** Relations the extraction rules proposed and no person has reviewed yet (in the legend too). */
export const UNREVIEWED_STYLE = { colour: '#d97706', label: 'Unreviewed relation (proposed by rules)' } as const;

export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      // Size and fill follow the "Size by" and "Colour by" controls (see measure-view.ts).
      'background-color': 'data(fill)',
      shape: 'data(shape)' as never,
      width: 'data(size)',
      height: 'data(size)',
      color: '#1b1b1b',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '110px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
    },
  },
  { selector: 'node.centre', style: { 'border-width': 4, 'border-color': '#111111' } },
  {
    selector: 'edge',
    style: {
      label: 'data(type)',
      width: 1.6,
      'line-color': '#8a8a8a',
      'target-arrow-color': '#8a8a8a',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      'font-size': 8,
      color: '#333333',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
    },
  },
  { selector: 'edge[?symmetric]', style: { 'target-arrow-shape': 'none', 'line-style': 'dashed' } },
  {
    selector: 'edge[!reviewed]',
    style: { 'line-style': 'dotted', 'line-color': UNREVIEWED_STYLE.colour, 'target-arrow-color': UNREVIEWED_STYLE.colour, width: 2.4 },
  },
  { selector: '.hidden', style: { display: 'none' } },
  { selector: 'edge.on-path', style: { 'line-color': '#e65100', 'target-arrow-color': '#e65100', width: 4 } },
  { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#e65100' } },
  { selector: ':selected', style: { 'overlay-color': '#ffb300', 'overlay-opacity': 0.3 } },
];
