/**
 * The pure parts of exports: the request's checks, XML and CSV escaping, the Cypher of the paged
 * reads, and back-pressure (the next page is not read while the stream is full).
 */
import { Writable } from 'node:stream';
import { csvField } from '../../src/export/csv.writer';
import { parseExportRequest } from '../../src/export/export.request';
import { StreamClosedError, writeChunks } from '../../src/export/export.stream';
import { xmlText } from '../../src/export/xml-text';
import { actorPageQuery, relationPageQuery } from '../../src/graph/export.repository';

describe('export requests', () => {
  it('reads every parameter, with day keys for the window and depth 1 by default', () => {
    expect(parseExportRequest([['format', 'gexf'], ['types', 'ATTACKS,FIGHTS,ATTACKS'], ['since', '2024-02'], ['until', '2024']], 4)).toEqual({
      format: 'gexf',
      actorId: null,
      depth: 1,
      types: ['ATTACKS', 'FIGHTS'],
      since: '2024-02-01',
      until: '2024-12-31',
    });
    expect(parseExportRequest([['format', 'nodes.csv'], ['actorId', 'iraq'], ['depth', '4']], 4)).toMatchObject({ actorId: 'iraq', depth: 4 });
  });

  it('lists every problem at once', () => {
    expect(() => parseExportRequest([['format', 'xml'], ['depth', '0'], ['since', '24'], ['format', 'gexf']], 4)).toThrow(
      "invalid export request: format: expected one value, found more than one; format: expected one of graphml, gexf, edges.csv, nodes.csv, found 'xml'; " +
        "depth: expected only with actorId (a neighbourhood's depth), found '0' without one; depth: expected a whole number from 1 to 4, found '0'; " +
        "since: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found '24'",
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
    expect(actorPageQuery('iraq', 100)).toEqual({
      cypher: expect.stringMatching(/^MATCH \(a:Actor\) WHERE a\.id > \$after\nWITH a ORDER BY a\.id LIMIT \$limit\nRETURN \{ id: a\.id, /),
      params: { after: 'iraq', limit: 100 },
    });
    const relations = relationPageQuery('ATTACKS', { since: '2024-01-01', until: null }, '', 5);
    expect(relations.cypher.split('\n')[0]).toBe('MATCH ()-[r:ATTACKS]->() WHERE r.id > $after AND (($since IS NULL AND $until IS NULL) OR (');
    expect(relations.cypher).not.toMatch(/SKIP/);
    expect(relations.params).toEqual({ after: '', limit: 5, since: '2024-01-01', until: null });
    expect(() => relationPageQuery('EATS' as never, { since: null, until: null }, '', 5)).toThrow("relation type must be one of the vocabulary, found 'EATS'");
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
