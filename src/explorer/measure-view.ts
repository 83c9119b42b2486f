/**
 * Sizes and colours of the drawing: each actor is sized by the measure chosen in "Size by"
 * (degree in the whole graph, or PageRank or betweenness within the drawn neighbourhood, as the
 * API computes them for the subgraph) and coloured by its kind or by its Louvain community.
 *
 * The controls are made here, so the page and the rest of the explorer only call
 * `installMeasureControls` once and `applyMeasures` after each change of the drawing; the legend
 * reads the choice with `measureChoice`.
 */
import type { Core } from 'cytoscape';

export const SIZE_MEASURES = { degree: 'degree', pageRank: 'PageRank', betweenness: 'betweenness' } as const;
export type SizeMeasure = keyof typeof SIZE_MEASURES;
export type ColourBy = 'community' | 'kind';

/** Node diameters in pixels, from the least to the most central actor of the drawing. */
const SMALLEST = 24;
const LARGEST = 64;

/** Twelve colours that stay apart from each other; communities beyond repeat them. */
const COMMUNITY_COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#393b79', '#ad494a'];

export interface MeasureChoice {
  readonly sizeBy: SizeMeasure;
  readonly colourBy: ColourBy;
}

let choice: MeasureChoice = { sizeBy: 'degree', colourBy: 'community' };

export function measureChoice(): MeasureChoice {
  return choice;
}

/** The subgraph measures of a node as element data; the API sends them with each neighbourhood node. */
export function measureData(node: { degree: number; pageRank?: number; betweenness?: number; community?: number }): Record<string, number> {
  return { degree: node.degree, pageRank: node.pageRank ?? 0, betweenness: node.betweenness ?? 0, community: node.community ?? 0 };
}

export function communityColour(community: number): string {
  return COMMUNITY_COLOURS[community % COMMUNITY_COLOURS.length];
}

/**
 * Each node's diameter for the chosen measure, scaled between the smallest and largest value
 * drawn, so that the spread shows whatever the measure's range (PageRank scores are a few
 * hundredths, degrees tens).
 */
export function scaledSizes(values: readonly number[]): number[] {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return values.map((value) => (high > low ? SMALLEST + ((value - low) / (high - low)) * (LARGEST - SMALLEST) : (SMALLEST + LARGEST) / 2));
}

/** Sets every node's `size` and `fill` from the current choice; the style draws those. */
export function applyMeasures(cy: Core): void {
  const nodes = cy.nodes();
  const sizes = scaledSizes(nodes.map((node) => Number(node.data(choice.sizeBy) ?? 0)));
  cy.batch(() => {
    nodes.forEach((node, index) => {
      const fill = choice.colourBy === 'community' ? communityColour(Number(node.data('community') ?? 0)) : String(node.data('colour'));
      node.data({ size: Math.round(sizes[index] * 10) / 10, fill });
    });
  });
}

function select(id: string, label: string, options: Record<string, string>, value: string, onChange: (value: string) => void): HTMLElement[] {
  const labelElement = document.createElement('label');
  labelElement.htmlFor = id;
  labelElement.textContent = label;
  const selectElement = document.createElement('select');
  selectElement.id = id;
  for (const [optionValue, text] of Object.entries(options)) selectElement.append(new Option(text, optionValue, false, optionValue === value));
  selectElement.addEventListener('change', () => onChange(selectElement.value));
  return [labelElement, selectElement];
}

/** Puts "Size by" and "Colour by" before `before`; a change redraws the sizes and colours at once, then calls `changed`. */
export function installMeasureControls(cy: Core, before: HTMLElement, changed: () => void): void {
  const group = document.createElement('div');
  group.id = 'measures';
  group.append(
    ...select('size-by', 'Size by', SIZE_MEASURES, choice.sizeBy, (value) => {
      choice = { ...choice, sizeBy: value as SizeMeasure };
      applyMeasures(cy);
      changed();
    }),
    ...select('colour-by', 'Colour by', { community: 'community', kind: 'kind' }, choice.colourBy, (value) => {
      choice = { ...choice, colourBy: value as ColourBy };
      applyMeasures(cy);
      changed();
    }),
  );
  before.before(group);
}
