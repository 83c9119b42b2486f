/** The pure parts of searchEvidence: the Lucene query from free text, its Cypher, and the spans marked in a quote. */
import { evidenceSearchQueries, searchEvidenceQuery } from '../../src/graph/evidence-search.repository';
import { highlightSpans, searchWords } from '../../src/graph/search-highlights';

describe('evidence search', () => {
  it('keeps letters and digits of the words that can match, and no Lucene syntax', () => {
    expect(searchWords('Where is a drone strike on a base? (drone) AND title:x*')).toEqual(['where', 'drone', 'strike', 'base', 'title', 'x']);
    expect(evidenceSearchQueries(['drone', 'ab'])).toEqual({ EXACT: '(drone^4 OR drone*^2) OR (ab^4)', MISSPELT: '(drone^4 OR drone*^2 OR drone~2) OR (ab^4)' });
    expect(evidenceSearchQueries([])).toBeNull();
  });

  it('pins the search statement: hits in the index order, filtered by type prefix and document date, a page after skip', () => {
    expect(searchEvidenceQuery('(drone^4)', { types: ['ATTACKS', 'KILLED_BY'], since: '2024-01-01', until: null }, 20, 11)).toMatchInlineSnapshot(`
{
  "cypher": "CALL db.index.fulltext.queryNodes('evidence_quotes', $query) YIELD node AS e, score
WHERE ($prefixes IS NULL OR any(prefix IN $prefixes WHERE e.relationId STARTS WITH prefix))
  AND (($since IS NULL AND $until IS NULL) OR EXISTS { MATCH (d:Document {id: e.documentId})
    WHERE (d.dateStart IS NOT NULL OR d.dateEnd IS NOT NULL)
      AND ($since IS NULL OR coalesce(d.dateEnd, d.dateStart) >= $since)
      AND ($until IS NULL OR coalesce(d.dateStart, d.dateEnd) <= $until) })
WITH e, score SKIP $skip LIMIT $limit
RETURN e { .id, .quote, .start, .end, .documentId, .relationId, .actorId } AS evidence, score",
  "params": {
    "limit": 11,
    "prefixes": [
      "attacks-",
      "killed_by-",
    ],
    "query": "(drone^4)",
    "since": "2024-01-01",
    "skip": 20,
    "until": null,
  },
}
`);
    expect(() => searchEvidenceQuery('x', { types: ['ATTACKS|X' as never], since: null, until: null }, 0, 1)).toThrow(/relation type must be one of the vocabulary/);
  });

  it('marks the words that match exactly, by prefix, by stem, and with misspellings only when asked', () => {
    const quote = 'The militia launched drone strikes on the Ain al-Asad air base, striking hangars.';
    const marked = (words: string[], misspelt: boolean): string[] => highlightSpans(quote, words, misspelt).map((span) => quote.slice(span.start, span.end));
    expect(marked(['drone', 'strike'], false)).toEqual(['drone', 'strikes', 'striking']);
    expect(marked(['asad', 'bas'], false)).toEqual(['Asad', 'base']);
    expect(marked(['mlitia'], false)).toEqual([]);
    expect(marked(['mlitia', 'hnagars'], true)).toEqual(['militia', 'hangars']);
    expect(highlightSpans('a on the', ['on'], true)).toEqual([]);
  });
});
