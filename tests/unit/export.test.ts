/**
 * The pure parts of exports: the request's checks, XML and CSV escaping, the Cypher of the paged
 * reads, and back-pressure (the next page is not read while the stream is full).
 */
import { Writable } from 'node:stream';
import { csvField } from '../../src/export/csv.writer';
import { parseExportRequest } from '../../src/export/export.request';
import { StreamClosedError, writeChunks } from '../../src/export/export.stream';
import { xmlText } from '../../src/export/xml-text';
import { actorPageQuery, EVERYTHING, relationPageQuery } from '../../src/graph/export.repository';

describe('export requests', () => {
  it('reads every parameter, with day keys for the window and depth 1 by default', () => {
    expect(parseExportRequest([['format', 'gexf'], ['types', 'ATTACKS,FIGHTS,ATTACKS'], ['since', '2024-02'], ['until', '2024']], 4)).toEqual({
      format: 'gexf',
      actorId: null,
      depth: 1,
      types: ['ATTACKS', 'FIGHTS'],
      since: '2024-02-01',
      until: '2024-12-31',
      reviewed: null,
      documentId: null,
      quotes: 'none',
    });
    expect(parseExportRequest([['format', 'graphml'], ['reviewed', 'true'], ['documentId', 'doc-1'], ['quotes', 'all']], 4)).toMatchObject({
      reviewed: true,
      documentId: 'doc-1',
      quotes: 'all',
    });
    expect(parseExportRequest([['format', 'graphml'], ['reviewed', 'false']], 4).reviewed).toBe(false);
    expect(parseExportRequest([['format', 'nodes.csv'], ['actorId', 'iraq'], ['depth', '4']], 4)).toMatchObject({ actorId: 'iraq', depth: 4 });
  });

  it('lists every problem at once', () => {
    expect(() => parseExportRequest([['format', 'xml'], ['depth', '0'], ['since', '24'], ['format', 'gexf']], 4)).toThrow(
      "invalid export request: format: expected one value, found more than one; format: expected one of graphml, gexf, edges.csv, nodes.csv, found 'xml'; " +
        "depth: expected only with actorId (a neighbourhood's depth), found '0' without one; depth: expected a whole number from 1 to 4, found '0'; " +
        "since: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found '24'",
    );
  });

  it('refuses a review state, a document id or a quote mode it does not know', () => {
    expect(() => parseExportRequest([['format', 'gexf'], ['reviewed', 'yes'], ['documentId', ''], ['quotes', 'some']], 4)).toThrow(
      "invalid export request: reviewed: expected one of true, false, found 'yes'; documentId: expected a document's id, found ''; quotes: expected one of none, first, all, found 'some'",
    );
  });
});

describe('escaping', () => {
  it('makes any text safe for XML 1.0: references for markup and line ends, U+FFFD for what XML cannot carry', () => {
    expect(xmlText(`a<b>&"c"'\t\r\n\u0000\u001f\uD800x 🐍`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;&#9;&#13;&#10;\uFFFD\uFFFD\uFFFDx 🐍');
  });

  it('quotes a CSV field only when it holds a comma, quote or line break, doubling its quotes', () => {
    expect([csvField('plain'), csvField('a,b'), csvField('say "hi"'), csvField('two\nlines'), csvField(null), csvField(3)]).toEqual([
      'plain',
      '"a,b"',
      '"say ""hi"""',
      '"two\nlines"',
      '',
      '3',
    ]);
  });
});

describe('paged reads', () => {
  it('seeks past the last id of the page before, never SKIP', () => {
    const actors = actorPageQuery(EVERYTHING, 'iraq', 100);
    expect(actors.cypher.split('\n')[0]).toBe('MATCH (a:Actor) WHERE a.id > $after AND ($reviewed IS NULL OR coalesce(a.reviewed, true) = $reviewed OR EXISTS { (a)-[r:NEGOTIATES_WITH|COOPERATES_WITH|ATTACKS|KILLED_BY|FIGHTS|OPPOSES|PRESSURES|LEADS|COMMANDS|PART_OF|AFFILIATED_WITH|SPOKESPERSON_FOR|SUPPORTS|DEMANDS_WITHDRAWAL_OF|INVADES|PRESENT_IN|WITHDRAWS_FROM]-() WHERE (($since IS NULL AND $until IS NULL) OR (');
    expect(actors.cypher).toContain('\nWITH a ORDER BY a.id LIMIT $limit\nRETURN { id: a.id, ');
    expect(actors.cypher).not.toMatch(/SKIP/);
    expect(actors.params).toEqual({ after: 'iraq', limit: 100, since: null, until: null, reviewed: null, documentId: null });
    const relations = relationPageQuery('ATTACKS', { ...EVERYTHING, since: '2024-01-01' }, 'none', '', 5);
    expect(relations.cypher.split('\n')[0]).toBe('MATCH ()-[r:ATTACKS]->() WHERE r.id > $after AND (($since IS NULL AND $until IS NULL) OR (');
    expect(relations.cypher).not.toMatch(/SKIP/);
    expect(relations.params).toEqual({ after: '', limit: 5, since: '2024-01-01', until: null, reviewed: null, documentId: null });
    expect(() => relationPageQuery('EATS' as never, EVERYTHING, 'none', '', 5)).toThrow("relation type must be one of the vocabulary, found 'EATS'");
  });
});

describe('back-pressure', () => {
  /** A stream that takes one byte before it says it is full, and finishes each write only when released. */
  function slowStream(): { stream: Writable; written: string[]; release: () => void } {
    const pending: (() => void)[] = [];
    const written: string[] = [];
    const stream = new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _encoding, done) {
        written.push(chunk.toString());
        pending.push(done);
      },
    });
    return { stream, written, release: () => pending.splice(0).forEach((done) => done()) };
  }

  it('reads the next chunk only after the stream has drained', async () => {
    const { stream, written, release } = slowStream();
    const pulled: number[] = [];
    async function* chunks(): AsyncGenerator<string> {
      for (let page = 1; page <= 3; page += 1) {
        pulled.push(page);
        yield `page ${page}`;
      }
    }
    const done = writeChunks(chunks(), stream);
    await new Promise((resolveSoon) => setImmediate(resolveSoon));
    expect({ pulled: [...pulled], written: [...written] }).toEqual({ pulled: [1], written: ['page 1'] });
    release();
    await new Promise((resolveSoon) => setImmediate(resolveSoon));
    expect({ pulled: [...pulled], written: [...written] }).toEqual({ pulled: [1, 2], written: ['page 1', 'page 2'] });
    release();
    await new Promise((resolveSoon) => setImmediate(resolveSoon));
    release();
    await done;
    expect(written).toEqual(['page 1', 'page 2', 'page 3']);
  });

  it('stops when the stream closes while it waits, instead of waiting forever', async () => {
    const { stream } = slowStream();
    async function* chunks(): AsyncGenerator<string> {
      yield 'one';
      yield 'two';
    }
    const done = writeChunks(chunks(), stream);
    stream.destroy();
    await expect(done).rejects.toThrow(StreamClosedError);
  });
});
