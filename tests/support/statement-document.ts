/**
 * An annotated document built from statements "X <type> Y [at a time]", each with the quotes that
 * support it, for tests that need a small graph of their own: actor `N` of a test with prefix `p`
 * has the id `p-n` and the name `pN`, and every quote is a sentence of the document's text.
 */
export interface Statement<Name extends string> {
  readonly from: Name;
  readonly to: Name;
  readonly type: string;
  readonly time?: string;
  readonly quotes: readonly string[];
}

export function actorIdOf(prefix: string, name: string): string {
  return `${prefix}-${name.toLowerCase()}`;
}

export function statementDocument<Name extends string>(prefix: string, suffix: string, statements: readonly Statement<Name>[]): Record<string, unknown> {
  const names = [...new Set(statements.flatMap((statement) => [statement.from, statement.to]))];
  return {
    document: { id: `${prefix}-${suffix}`, title: `Statements ${suffix}`, text: statements.flatMap((statement) => statement.quotes.map((quote) => `${quote}.`)).join(' ') },
    actors: names.map((name) => ({ id: actorIdOf(prefix, name), name: `${prefix}${name}`, kind: 'ORGANIZATION', evidence: [{ quote: `${prefix}${name}` }] })),
    relations: statements.map((statement) => ({
      type: statement.type,
      from: actorIdOf(prefix, statement.from),
      to: actorIdOf(prefix, statement.to),
      ...(statement.time === undefined ? {} : { time: statement.time }),
      description: `${statement.from} and ${statement.to}.`,
      evidence: statement.quotes.map((quote) => ({ quote })),
    })),
  };
}
