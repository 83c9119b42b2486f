/**
 * How the graph looks: a colour and a shape per actor kind (shown in the legend too), edge labels
 * by relation type, no arrowhead on symmetric relations, unreviewed relations (proposed by the
 * extraction rules, not checked by a person) dotted in their own colour, the searched actor and
 * pinned actors by their border, and the highlight of a path as a violet band behind it: a band,
 * not a line style or an orange, so it cannot be read as "unreviewed".
 *
 * Labels are drawn or not by label-detail.ts (class `label-off`), which sets their size too;
 * hidden actors and relations, and relations outside the filter, are not drawn at all.
 */
import type { StylesheetJson } from 'cytoscape';
import { NOT_DRAWN } from './drawn-elements';

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

/** The band behind the actors and relations of the last path drawn. */
export const PATH_STYLE = { colour: '#7c3aed', label: 'On the path drawn' } as const;

/** The border of the searched actor, and of pinned actors. */
export const FOCUS_STYLE = { colour: '#111111', width: 4, label: 'Searched actor (paths start here)' } as const;
export const PINNED_STYLE = { colour: '#111111', width: 6, label: 'Pinned (stays through layouts)' } as const;

/** The one font labels are drawn and measured in. */
export const LABEL_FONT = 'Helvetica, Arial, sans-serif';
export const NODE_FONT_SIZE = 11;
export const EDGE_FONT_SIZE = 8;

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
      'font-size': NODE_FONT_SIZE,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '110px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      'font-family': LABEL_FONT,
      // Nodes over edges, as Cytoscape draws them by default, but by number, so that an edge
      // can be put over them (edge.over, see edge-routing.ts).
      'z-index-compare': 'manual',
      'z-index': 10,
    },
  },
  { selector: 'node.centre', style: { 'border-width': FOCUS_STYLE.width, 'border-color': FOCUS_STYLE.colour } },
  { selector: 'node.pinned', style: { 'border-width': PINNED_STYLE.width, 'border-style': 'double', 'border-color': PINNED_STYLE.colour } },
  {
    selector: 'edge',
    style: {
      label: 'data(type)',
      width: 1.6,
      'line-color': '#8a8a8a',
      'target-arrow-color': '#8a8a8a',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      'font-size': EDGE_FONT_SIZE,
      color: '#333333',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'font-family': LABEL_FONT,
      'z-index-compare': 'manual',
      'z-index': 5,
    },
  },
  { selector: 'edge.over', style: { 'z-index': 20 } },
  { selector: 'edge[?symmetric]', style: { 'target-arrow-shape': 'none', 'line-style': 'dashed' } },
  {
    selector: 'edge[!reviewed]',
    style: { 'line-style': 'dotted', 'line-color': UNREVIEWED_STYLE.colour, 'target-arrow-color': UNREVIEWED_STYLE.colour, width: 2.4 },
  },
  { selector: NOT_DRAWN, style: { display: 'none' } },
  { selector: '.label-off', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
  { selector: 'edge.on-path', style: { 'underlay-color': PATH_STYLE.colour, 'underlay-opacity': 0.35, 'underlay-padding': 5 } },
  { selector: 'node.on-path', style: { 'underlay-color': PATH_STYLE.colour, 'underlay-opacity': 0.35, 'underlay-padding': 7 } },
  { selector: ':selected', style: { 'overlay-color': '#ffb300', 'overlay-opacity': 0.3 } },
];
