import { parsesAhead } from '../../src/extract/parses-ahead';

/** A parse that answers when told to, recording which texts were asked for. */
function recordingParse(): { asked: number[]; parse: (index: number) => Promise<string> } {
  const asked: number[] = [];
  return {
    asked,
    parse: async (index) => {
      asked.push(index);
      if (index === 3) throw new Error('text 3 cannot be parsed');
      return `parse ${index}`;
    },
  };
}

describe('parsesAhead', () => {
  it('starts the texts after the one taken, each once, in order, and never past the last', async () => {
    const { asked, parse } = recordingParse();
    const parses = parsesAhead(5, parse, 2);
    expect(await parses.take(0)).toBe('parse 0');
    expect(asked).toEqual([0, 1]);
    expect(await parses.take(1)).toBe('parse 1');
    expect(asked).toEqual([0, 1, 2]);
    await parses.take(2);
    await expect(parses.take(3)).rejects.toThrow('text 3 cannot be parsed');
    await parses.take(4);
    expect(asked).toEqual([0, 1, 2, 3, 4]);
  });

  it('holds no parse once it is taken, so a long folder does not keep every text\'s parse', async () => {
    const { parse } = recordingParse();
    const parses = parsesAhead(1_000, parse, 4);
    for (let index = 0; index < 1_000; index += 1) {
      if (index !== 3) await parses.take(index);
      else await parses.take(index).catch(() => undefined);
      expect(parses.held()).toBeLessThanOrEqual(3);
    }
    expect(parses.held()).toBe(0);
  });

  it('keeps a parse that failed ahead of time for the moment its text is taken', async () => {
    const { parse } = recordingParse();
    const parses = parsesAhead(5, parse, 5);
    await parses.take(0);
    // Text 3 failed while text 0 was taken: no unhandled rejection, and the failure comes with its text.
    await new Promise((resolve) => setImmediate(resolve));
    await expect(parses.take(3)).rejects.toThrow('text 3 cannot be parsed');
  });
});
