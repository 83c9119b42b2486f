/**
 * The legend: one entry for every encoding the drawing uses at the moment, and none for what it
 * does not (no "unreviewed" line when every relation drawn is reviewed). Fill (community or kind),
 * shape (kind, always), size (the measure chosen), borders (searched, pinned), lines (direction,
 * symmetric, unreviewed), the path's band, and the time layout's axis. It lives in its own strip
 * under the graph, never over it.
 */
import type { Core } from 'cytoscape';
import { drawnEdges, drawnNodes, NOT_DRAWN } from './drawn-elements';
import { FOCUS_STYLE, KIND_STYLES, PATH_STYLE, PINNED_STYLE, UNREVIEWED_STYLE } from './graph-style';
import { communityColour, measureChoice, SIZE_MEASURES } from './measure-view';
import type { LayoutName } from './scene-steps';

const SVG = 'http://www.w3.org/2000/svg';
const MOST_COMMUNITIES = 12;

/** Outlines of the node shapes in a 20×20 box, for the swatches. */
const SHAPE_POINTS: Record<string, string> = {
  hexagon: '5,2 15,2 19,10 15,18 5,18 1,10',
  diamond: '10,1 19,10 10,19 1,10',
  triangle: '10,2 19,18 1,18',
  octagon: '6,1 14,1 19,6 19,14 14,19 6,19 1,14 1,6',
};

function svg(width: number, height: number, draw: (root: SVGSVGElement) => void): SVGSVGElement {
  const root = document.createElementNS(SVG, 'svg');
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('aria-hidden', 'true');
  draw(root);
  return root;
}

function shape(kind: string, fill: string, stroke = '#555555', strokeWidth = 1): SVGSVGElement {
  return svg(20, 20, (root) => {
    const name = KIND_STYLES[kind]?.shape ?? 'ellipse';
    let part: SVGElement;
    if (SHAPE_POINTS[name]) {
      part = document.createElementNS(SVG, 'polygon');
      part.setAttribute('points', SHAPE_POINTS[name]);
    } else if (name === 'ellipse') {
      part = document.createElementNS(SVG, 'circle');
      part.setAttribute('cx', '10');
      part.setAttribute('cy', '10');
      part.setAttribute('r', '8.5');
    } else {
      part = document.createElementNS(SVG, 'rect');
      part.setAttribute('x', '1.5');
      part.setAttribute('y', name === 'barrel' ? '3' : '3.5');
      part.setAttribute('width', '17');
      part.setAttribute('height', name === 'barrel' ? '14' : '13');
      part.setAttribute('rx', name === 'barrel' ? '6' : '3');
    }
    part.setAttribute('fill', fill);
    part.setAttribute('stroke', stroke);
    part.setAttribute('stroke-width', String(strokeWidth));
    root.append(part);
  });
}

function line(colour: string, dash: string | null, arrow: boolean, band = false): SVGSVGElement {
  return svg(34, 14, (root) => {
    if (band) {
      const under = document.createElementNS(SVG, 'line');
      Object.entries({ x1: '2', y1: '7', x2: '30', y2: '7', stroke: colour, 'stroke-width': '10', 'stroke-opacity': '0.35', 'stroke-linecap': 'round' }).forEach(([key, value]) => under.setAttribute(key, value));
      root.append(under);
    }
    const stroke = document.createElementNS(SVG, 'line');
    Object.entries({ x1: '2', y1: '7', x2: arrow ? '25' : '32', y2: '7', stroke: band ? '#8a8a8a' : colour, 'stroke-width': dash === '1 3' ? '2.4' : '1.6' }).forEach(([key, value]) => stroke.setAttribute(key, value));
    if (dash) stroke.setAttribute('stroke-dasharray', dash);
    root.append(stroke);
    if (arrow) {
      const head = document.createElementNS(SVG, 'polygon');
      head.setAttribute('points', '25,3 33,7 25,11');
      head.setAttribute('fill', colour);
      root.append(head);
    }
  });
}

function entry(name: string, icon: Element | null, text: string): HTMLLIElement {
  const item = document.createElement('li');
  item.id = `legend-${name}`;
  if (icon) item.append(icon);
  item.append(document.createTextNode(text));
  return item;
}

function group(title: string, items: HTMLLIElement[]): HTMLLIElement[] {
  if (items.length === 0) return [];
  const heading = document.createElement('li');
  heading.className = 'legend-heading';
  heading.textContent = title;
  return [heading, ...items];
}

/** Redraws the legend for what `cy` draws now. */
export function drawLegend(legend: HTMLElement, cy: Core, layout: LayoutName): void {
  const nodes = drawnNodes(cy);
  const edges = drawnEdges(cy);
  const choice = measureChoice();
  const kinds = [...new Set(nodes.map((node) => String(node.data('kind'))))].sort((a, b) => Object.keys(KIND_STYLES).indexOf(a) - Object.keys(KIND_STYLES).indexOf(b));
  const byKind = choice.colourBy === 'kind';
  const items: HTMLLIElement[] = [];

  items.push(
    ...group(
      byKind ? 'Kind (shape and colour)' : 'Kind (shape)',
      kinds.map((kind) => entry(`kind-${kind}`, shape(kind, byKind ? (KIND_STYLES[kind]?.colour ?? '#444444') : '#ffffff'), KIND_STYLES[kind]?.label ?? kind)),
    ),
  );
  if (!byKind) {
    const communities = [...new Set(nodes.map((node) => Number(node.data('community') ?? 0)))].sort((a, b) => a - b);
    const shown = communities.slice(0, MOST_COMMUNITIES);
    items.push(
      ...group(
        'Colour: community',
        [
          ...shown.map((community) => entry(`community-${community}`, shape('PERSON', communityColour(community), communityColour(community)), `${community + 1}`)),
          ...(communities.length > shown.length ? [entry('community-more', null, `and ${communities.length - shown.length} more (colours repeat)`)] : []),
        ],
      ),
    );
  }
  if (nodes.nonempty()) {
    const values = nodes.map((node) => Number(node.data(choice.sizeBy) ?? 0));
    const low = Math.min(...values);
    const high = Math.max(...values);
    const format = (value: number): string => (Number.isInteger(value) ? String(value) : value.toPrecision(2));
    const circles = svg(34, 20, (root) => {
      for (const [cx, r] of [[6, 4], [24, 9]]) {
        const circle = document.createElementNS(SVG, 'circle');
        Object.entries({ cx: String(cx), cy: '10', r: String(r), fill: '#dddddd', stroke: '#555555' }).forEach(([key, value]) => circle.setAttribute(key, value));
        root.append(circle);
      }
    });
    items.push(...group('Size', [entry('size', circles, `${SIZE_MEASURES[choice.sizeBy]}, ${format(low)} to ${format(high)}`)]));
  }

  const marks: HTMLLIElement[] = [];
  if (nodes.filter('.centre').nonempty()) marks.push(entry('focus', shape('PERSON', '#ffffff', FOCUS_STYLE.colour, 3), FOCUS_STYLE.label));
  if (nodes.filter('.pinned').nonempty()) marks.push(entry('pinned', shape('PERSON', '#ffffff', PINNED_STYLE.colour, 4), PINNED_STYLE.label));
  if (edges.filter('[!symmetric][?reviewed]').nonempty()) marks.push(entry('directed', line('#8a8a8a', null, true), 'Relation, from → to'));
  if (edges.filter('[?symmetric][?reviewed]').nonempty()) marks.push(entry('symmetric', line('#8a8a8a', '5 3', false), 'Symmetric relation'));
  if (edges.filter('[!reviewed]').nonempty()) marks.push(entry('unreviewed', line(UNREVIEWED_STYLE.colour, '1 3', false), UNREVIEWED_STYLE.label));
  if (cy.elements('.on-path').not(NOT_DRAWN).nonempty()) marks.push(entry('path', line(PATH_STYLE.colour, null, false, true), PATH_STYLE.label));
  items.push(...group('Marks', marks));
  if (layout === 'time' && nodes.nonempty()) items.push(...group('Layout', [entry('time-axis', null, "Left to right: the date of each actor's first relation; undated actors on the left")]));
  legend.replaceChildren(...items);
}
