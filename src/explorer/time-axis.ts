/**
 * The axis under the time layout: a strip below the graph with a mark at each year, kept in line
 * with the drawing as it is panned and zoomed. Shown only while the time layout placed the actors:
 * only then is there a scale (another layout's step leaves none).
 */
import type { Core } from 'cytoscape';
import { axisYears, TimeScale } from './time-layout';

export function drawTimeAxis(strip: HTMLElement, cy: Core, scale: TimeScale | null): void {
  strip.hidden = scale === null;
  if (scale === null) {
    strip.replaceChildren();
    return;
  }
  const zoom = cy.zoom();
  const pan = cy.pan();
  const width = strip.clientWidth;
  const marks: HTMLElement[] = [];
  const mark = (x: number, text: string, className: string): void => {
    const left = x * zoom + pan.x;
    if (left < -40 || left > width + 40) return;
    const tick = document.createElement('span');
    tick.className = className;
    tick.style.left = `${left}px`;
    tick.textContent = text;
    marks.push(tick);
  };
  for (const year of axisYears(scale)) mark(scale.x(`${year}-01-01`), year, 'tick');
  if (scale.undatedX !== null) mark(scale.undatedX, 'undated', 'tick undated');
  strip.replaceChildren(...marks);
}
