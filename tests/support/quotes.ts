/** The graph's central promise, checked over the whole test graph: every quote is its document's text at its offsets. */
import { Connection } from '../../src/neo4j/connect';
import { Database } from '../../src/neo4j/database';
import { openTestConnection } from './database';

export interface DriftingQuote {
  readonly id: string;
  readonly documentId: string;
  readonly quote: string;
  /** What the document's text holds at the quote's offsets; null when the document is gone. */
  readonly found: string | null;
}

/**
 * Every quote that does not equal its document's text at its offsets. The slicing is done here:
 * offsets count UTF-16 code units, as JavaScript indexes strings, and Cypher's substring() counts
 * code points.
 */
export async function quotesThatDoNotMatch(database: Database): Promise<DriftingQuote[]> {
  const rows = await database.read((runner) =>
    runner.run<{ documentId: string; text: string | null; quotes: { id: string; quote: string; start: number; end: number }[] }>(
      `MATCH (e:Evidence)
       OPTIONAL MATCH (d:Document {id: e.documentId})
       RETURN e.documentId AS documentId, d.text AS text, collect(e { .id, .quote, .start, .end }) AS quotes`,
    ),
  );
  return rows.flatMap((row) =>
    row.quotes
      .map((quote) => ({ id: quote.id, documentId: row.documentId, quote: quote.quote, found: row.text === null ? null : row.text.slice(quote.start, quote.end) }))
      .filter((quote) => quote.found !== quote.quote),
  );
}

/**
 * For a describe block that loads: a connection to the test Neo4j, opened before its tests and
 * closed after them, and after each test the check that every quote in the graph still equals its
 * document's text. Returns the connection's accessor (the connection opens after this is called).
 */
export function withQuoteCheck(): () => Connection {
  let connection: Connection | undefined;
  const opened = (): Connection => {
    if (connection === undefined) throw new Error('the test connection is not open yet (use it inside a test or hook)');
    return connection;
  };
  beforeAll(async () => {
    connection = await openTestConnection();
  });
  afterAll(() => connection?.close());
  afterEach(async () => {
    expect(await quotesThatDoNotMatch(opened().database)).toEqual([]);
  });
  return opened;
}
