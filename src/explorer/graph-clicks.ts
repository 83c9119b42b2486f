/**
 * What clicks on the graph do: a click on an actor opens its panel, a double-click expands it; a
 * click on a relation opens its panel, and a double-click does too, once.
 *
 * Cytoscape calls any two clicks within 250 ms a double-click, even on two elements: only two on
 * the same actor expand it (a person clicking one actor, then quickly another, expands nothing).
 * The second click of a double-click is a tap too, emitted in the same turn just before the
 * double-tap: a tap's panel waits for the end of its turn, so that the second click of a
 * double-click does not fetch again the panel its first click opened.
 */
import type { Core, EventObject } from 'cytoscape';

export interface GraphClicks {
  readonly openActor: (id: string) => void;
  readonly expandActor: (id: string) => void;
  readonly openRelation: (id: string) => void;
}

export function wireGraphClicks(cy: Core, clicks: GraphClicks): void {
  // Taps anywhere (an actor, a relation, the background), to tell a double-click on one element from two clicks.
  let tapped: unknown;
  let tappedBefore: unknown;
  cy.on('tap', (event: EventObject) => {
    tappedBefore = tapped;
    tapped = event.target;
  });
  let waiting: EventObject | null = null;
  const openAtTurnEnd = (open: (id: string) => void) => (event: EventObject) => {
    waiting = event;
    queueMicrotask(() => {
      if (waiting !== event) return;
      waiting = null;
      open(event.target.id() as string);
    });
  };
  cy.on('tap', 'node', openAtTurnEnd(clicks.openActor));
  cy.on('tap', 'edge', openAtTurnEnd(clicks.openRelation));
  cy.on('dbltap', 'node', (event: EventObject) => {
    if (tappedBefore !== event.target) return;
    waiting = null;
    clicks.expandActor(event.target.id() as string);
  });
  // A relation has nothing to expand: the double-click's second tap only must not fetch its panel again.
  cy.on('dbltap', 'edge', (event: EventObject) => {
    if (tappedBefore === event.target) waiting = null;
  });
}
