/**
 * What clicks on an actor do: a click opens its panel, a double-click expands it.
 *
 * Cytoscape calls any two clicks within 250 ms a double-click, even on two actors: only two on the
 * same actor expand it (a person clicking one actor, then quickly another, expands nothing). The
 * second click of a double-click is a tap too, emitted in the same turn just before the double-tap:
 * a tap's panel waits for the end of its turn, so that the second click of a double-click does not
 * fetch again the panel its first click opened.
 */
import type { Core, EventObject } from 'cytoscape';

export interface ActorClicks {
  readonly open: (id: string) => void;
  readonly expand: (id: string) => void;
}

export function wireActorClicks(cy: Core, clicks: ActorClicks): void {
  // Taps anywhere (an actor, a relation, the background), to tell a double-click on one actor from two clicks.
  let tapped: unknown;
  let tappedBefore: unknown;
  cy.on('tap', (event: EventObject) => {
    tappedBefore = tapped;
    tapped = event.target;
  });
  let waiting: EventObject | null = null;
  cy.on('tap', 'node', (event: EventObject) => {
    waiting = event;
    queueMicrotask(() => {
      if (waiting !== event) return;
      waiting = null;
      clicks.open(event.target.id() as string);
    });
  });
  cy.on('dbltap', 'node', (event: EventObject) => {
    if (tappedBefore !== event.target) return;
    waiting = null;
    clicks.expand(event.target.id() as string);
  });
}
