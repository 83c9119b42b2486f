import { Kind, parse, visit } from 'graphql';
import { WARM_UP_QUERIES, warmUp } from '../../src/server/warm-up';

describe('warmUp', () => {
  it('does nothing with a budget of 0', async () => {
    const execute = jest.fn(async () => undefined);
    const warming = await warmUp(execute, ['{ a }'], 0);
    expect(warming.firstPass).toEqual({ requests: 0, failed: 0, ms: 0 });
    expect(await warming.finished).toEqual({ requests: 0, failed: 0, ms: 0 });
    expect(execute).not.toHaveBeenCalled();
  });

  it('sends each request once in turn before any two at once, and the whole first pass even past its budget, before it returns', async () => {
    let running = 0;
    const seen: { query: string; alongside: number }[] = [];
    const execute = async (query: string): Promise<void> => {
      running += 1;
      seen.push({ query, alongside: running - 1 });
      await new Promise((resolveLater) => setTimeout(resolveLater, 5));
      running -= 1;
    };
    const { firstPass } = await warmUp(execute, ['{ a }', '{ b }', '{ c }'], 1);
    expect(seen).toEqual([
      { query: '{ a }', alongside: 0 },
      { query: '{ b }', alongside: 0 },
      { query: '{ c }', alongside: 0 },
    ]);
    expect(firstPass).toMatchObject({ requests: 3, failed: 0 });
  });

  it('then sends them a few at a time, after it has returned, until its budget has passed, and counts the failed ones without stopping', async () => {
    let most = 0;
    let running = 0;
    const execute = async (query: string): Promise<void> => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolveLater) => setTimeout(resolveLater, 2));
      running -= 1;
      if (query === '{ broken }') throw new Error('Cannot query field "broken" on type "Query".');
    };
    const warming = await warmUp(execute, ['{ a }', '{ broken }'], 60);
    expect(warming.firstPass).toMatchObject({ requests: 2, failed: 1 });
    const result = await warming.finished;
    expect(result.ms).toBeGreaterThanOrEqual(60);
    expect(result.requests).toBeGreaterThan(2);
    expect(result.failed).toBe(Math.floor(result.requests / 2));
    expect(most).toBeGreaterThan(1);
  });

  it('ends the rest early when stopped', async () => {
    const execute = (): Promise<void> => new Promise((resolveLater) => setTimeout(resolveLater, 2));
    const warming = await warmUp(execute, ['{ a }'], 60_000);
    warming.stop();
    const result = await warming.finished;
    expect(result.ms).toBeLessThan(5_000);
    expect(result.requests).toBeLessThanOrEqual(1 + 4);
  });
});

describe('WARM_UP_QUERIES', () => {
  /** The string arguments naming an actor or a document in a request, with the field they are given to. */
  const namedIds = (query: string): { field: string; id: string }[] => {
    const found: { field: string; id: string }[] = [];
    visit(parse(query), {
      Field(field) {
        for (const argument of field.arguments ?? []) {
          if (['id', 'actorId', 'documentId', 'from', 'to'].includes(argument.name.value) && argument.value.kind === Kind.STRING) {
            found.push({ field: `${field.name.value}.${argument.name.value}`, id: argument.value.value });
          }
        }
      },
    });
    return found;
  };

  it('names each actor or document argument with an id of up to 10 characters and one of 11 to 100, since Neo4j plans a statement per size class of a string parameter', () => {
    const sizes = new Map<string, Set<'short' | 'long'>>();
    for (const query of WARM_UP_QUERIES) {
      for (const { field, id } of namedIds(query)) {
        if (id.startsWith('warm-up')) sizes.set(field, (sizes.get(field) ?? new Set()).add(id.length <= 10 ? 'short' : 'long'));
      }
    }
    expect([...sizes.keys()].sort()).toEqual(['actor.id', 'neighborhood.actorId', 'relations.documentId', 'shortestPath.from', 'shortestPath.to', 'timeline.actorId']);
    for (const [field, seen] of sizes) expect({ field, sizes: [...seen].sort() }).toEqual({ field, sizes: ['long', 'short'] });
  });

  it('parses, every one', () => {
    for (const query of WARM_UP_QUERIES) expect(() => parse(query)).not.toThrow();
  });
});
