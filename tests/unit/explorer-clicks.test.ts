/// <reference lib="dom" />
/**
 * Clicks on actors and relations, on a headless Cytoscape fed the events its renderer emits for a
 * click (`tap`) and for a double-click (`tap`, then `dbltap` in the same turn).
 */
import { wireGraphClicks } from '../../src/explorer/graph-clicks';
import { headlessCores } from '../support/headless-cytoscape';

interface Clicked {
  readonly opened: string[];
  readonly expanded: string[];
  readonly relations: string[];
}

/**
 * A click on an actor or a relation: `quick` when it comes within Cytoscape's double-click time of the click
 * before (on any element), which the renderer follows with a double-tap in the same turn.
 */
interface Click {
  readonly on: string;
  readonly quick: boolean;
}

const click = (on: string): Click => ({ on, quick: false });
const quickClick = (on: string): Click => ({ on, quick: true });

const headlessCore = headlessCores();

/** Clicks actors a and b and the relation r between them as the renderer reports it, letting the turn end after each click as a browser does. */
async function clickGraph(clicks: readonly Click[]): Promise<Clicked> {
  const cy = headlessCore({ elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'r', source: 'a', target: 'b' } }] });
  const clicked: Clicked = { opened: [], expanded: [], relations: [] };
  wireGraphClicks(cy, {
    openActor: (id) => clicked.opened.push(id),
    expandActor: (id) => clicked.expanded.push(id),
    openRelation: (id) => clicked.relations.push(id),
  });
  for (const { on, quick } of clicks) {
    const element = cy.getElementById(on).emit('tap');
    if (quick) element.emit('dbltap');
    await new Promise((resolve) => setImmediate(resolve));
  }
  return clicked;
}

describe('clicks on actors and relations', () => {
  it.each([
    { does: 'opens the panel once for a double-click, and expands the actor', clicks: [click('a'), quickClick('a')], opened: ['a'], expanded: ['a'], relations: [] },
    { does: 'opens the panel of each of two actors clicked in quick succession, and expands neither', clicks: [click('a'), quickClick('b')], opened: ['a', 'b'], expanded: [], relations: [] },
    { does: 'opens the panel again when the same actor is clicked again later', clicks: [click('a'), click('a')], opened: ['a', 'a'], expanded: [], relations: [] },
    { does: "opens a relation's panel once for a double-click", clicks: [click('r'), quickClick('r')], opened: [], expanded: [], relations: ['r'] },
    { does: 'opens a relation, then an actor clicked in quick succession, and expands nothing', clicks: [click('r'), quickClick('a')], opened: ['a'], expanded: [], relations: ['r'] },
    { does: "opens a relation's panel again when it is clicked again later", clicks: [click('r'), click('r')], opened: [], expanded: [], relations: ['r', 'r'] },
  ])('$does', async ({ clicks, opened, expanded, relations }) => {
    expect(await clickGraph(clicks)).toEqual({ opened, expanded, relations });
  });
});
