/// <reference lib="dom" />
/**
 * Clicks on actors, on a headless Cytoscape fed the events its renderer emits for a click
 * (`tap`) and for a double-click (`tap`, then `dbltap` in the same turn).
 */
import { wireActorClicks } from '../../src/explorer/actor-clicks';
import { headlessCores } from '../support/headless-cytoscape';

interface Clicked {
  readonly opened: string[];
  readonly expanded: string[];
}

/**
 * A click on an actor: `quick` when it comes within Cytoscape's double-click time of the click
 * before (on any element), which the renderer follows with a double-tap in the same turn.
 */
interface Click {
  readonly on: string;
  readonly quick: boolean;
}

const click = (on: string): Click => ({ on, quick: false });
const quickClick = (on: string): Click => ({ on, quick: true });

const headlessCore = headlessCores();

/** Clicks actors a and b as the renderer reports it, letting the turn end after each click as a browser does. */
async function clickActors(clicks: readonly Click[]): Promise<Clicked> {
  const cy = headlessCore({ elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }] });
  const clicked: Clicked = { opened: [], expanded: [] };
  wireActorClicks(cy, { open: (id) => clicked.opened.push(id), expand: (id) => clicked.expanded.push(id) });
  for (const { on, quick } of clicks) {
    const actor = cy.getElementById(on).emit('tap');
    if (quick) actor.emit('dbltap');
    await new Promise((resolve) => setImmediate(resolve));
  }
  return clicked;
}

describe('clicks on actors', () => {
  it.each([
    { does: 'opens the panel once for a double-click, and expands the actor', clicks: [click('a'), quickClick('a')], opened: ['a'], expanded: ['a'] },
    { does: 'opens the panel of each of two actors clicked in quick succession, and expands neither', clicks: [click('a'), quickClick('b')], opened: ['a', 'b'], expanded: [] },
    { does: 'opens the panel again when the same actor is clicked again later', clicks: [click('a'), click('a')], opened: ['a', 'a'], expanded: [] },
  ])('$does', async ({ clicks, opened, expanded }) => {
    expect(await clickActors(clicks)).toEqual({ opened, expanded });
  });
});
