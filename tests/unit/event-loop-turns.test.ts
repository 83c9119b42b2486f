/**
 * Long synchronous work gives the event loop turns (src/runtime/event-loop-turns.ts): a parse's JSON
 * built in slices is the JSON of the parse, and timers run while it is built.
 */
import { eventLoopTurns, jsonInTurns } from '../../src/runtime/event-loop-turns';

describe('turns of the event loop', () => {
  it('builds the same JSON as JSON.stringify, fields left out when undefined', async () => {
    const value = {
      sentences: [{ index: 0, tokens: [{ word: 'Iraq "quoted"', pos: 'NNP' }] }, { index: 1, tokens: [] }],
      corefs: { '3': [{ id: 3, text: 'it' }], '7': [] },
      failedSentences: undefined,
      corefFailed: false,
    };
    const json = await jsonInTurns(value);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(value)));
    expect(json).toBe(JSON.stringify(value));
  });

  it('lets a timer run while a long list is turned into JSON', async () => {
    const sentences = Array.from({ length: 20_000 }, (_, index) => ({ index, tokens: Array.from({ length: 20 }, (__, token) => ({ word: `w${token}`, lemma: 'w', pos: 'NN', begin: token })) }));
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 1);
    await jsonInTurns({ sentences });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(1);
  });

  it('resolves at once within a slice, after a turn past it', async () => {
    const turn = eventLoopTurns(50);
    let ran = false;
    setImmediate(() => (ran = true));
    await turn();
    expect(ran).toBe(false);
    const until = performance.now() + 60;
    while (performance.now() < until);
    await turn();
    expect(ran).toBe(true);
  });
});
