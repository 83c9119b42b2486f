/**
 * Headless Cytoscape cores for the explorer's unit tests, each destroyed after the test that made
 * it: a core runs an animation loop until it is destroyed, which would keep the test run open.
 * Call `headlessCores()` once in a test file; it returns the function that makes a core.
 */
import cytoscape, { Core, CytoscapeOptions } from 'cytoscape';

export function headlessCores(): (options?: CytoscapeOptions) => Core {
  const made: Core[] = [];
  afterEach(() => made.splice(0).forEach((cy) => cy.destroy()));
  return (options = {}) => {
    const cy = cytoscape({ ...options, headless: true });
    made.push(cy);
    return cy;
  };
}
