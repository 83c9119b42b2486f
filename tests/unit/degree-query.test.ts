/** The Cypher that keeps the stored degrees (src/graph/degree.repository.ts), pinned. */
import { backfillDegreesQuery, degreesBackfilledQuery, recordBackfillQuery, REFRESH_DEGREES_OF_UNDONE_LOAD, refreshDegreesQuery } from '../../src/graph/degree.repository';

describe('degree queries', () => {
  it('recounts the given actors once each, in id order, each locked before it is counted', () => {
    expect(refreshDegreesQuery(['b', 'a', 'b', 'c'])).toMatchInlineSnapshot(`
{
  "cypher": "
UNWIND $actorIds AS id
MATCH (a:Actor {id: id})
SET a.degree = coalesce(a.degree, 0)
  WITH a
  SET a.degree = COUNT { (a)-[:NEGOTIATES_WITH|COOPERATES_WITH|ATTACKS|KILLED_BY|FIGHTS|OPPOSES|PRESSURES|LEADS|COMMANDS|PART_OF|AFFILIATED_WITH|SPOKESPERSON_FOR|SUPPORTS|DEMANDS_WITHDRAWAL_OF|INVADES|PRESENT_IN|WITHDRAWS_FROM]-() }",
  "params": {
    "actorIds": [
      "a",
      "b",
      "c",
    ],
  },
}
`);
  });

  it('recounts the actors an undone load had changed, and fills in the degrees a graph lacks, in batches', () => {
    expect(REFRESH_DEGREES_OF_UNDONE_LOAD).toMatchInlineSnapshot(`
"
MATCH (u:LoadUndo {undoLoad: $loadId, undoKind: 'actor'})
CALL (u) { MATCH (a:Actor {id: u.undoId}) SET a.degree = coalesce(a.degree, 0)
  WITH a
  SET a.degree = COUNT { (a)-[:NEGOTIATES_WITH|COOPERATES_WITH|ATTACKS|KILLED_BY|FIGHTS|OPPOSES|PRESSURES|LEADS|COMMANDS|PART_OF|AFFILIATED_WITH|SPOKESPERSON_FOR|SUPPORTS|DEMANDS_WITHDRAWAL_OF|INVADES|PRESENT_IN|WITHDRAWS_FROM]-() } } IN TRANSACTIONS OF 5000 ROWS"
`);
    expect(backfillDegreesQuery()).toMatchInlineSnapshot(`
{
  "cypher": "
MATCH (a:Actor) WHERE a.degree IS NULL
CALL (a) { SET a.degree = coalesce(a.degree, 0)
  WITH a
  SET a.degree = COUNT { (a)-[:NEGOTIATES_WITH|COOPERATES_WITH|ATTACKS|KILLED_BY|FIGHTS|OPPOSES|PRESSURES|LEADS|COMMANDS|PART_OF|AFFILIATED_WITH|SPOKESPERSON_FOR|SUPPORTS|DEMANDS_WITHDRAWAL_OF|INVADES|PRESENT_IN|WITHDRAWS_FROM]-() } } IN TRANSACTIONS OF 10000 ROWS",
  "params": {},
}
`);
  });

  it('backfills once: a record of the finished backfill, read at start and written after its last batch', () => {
    expect(degreesBackfilledQuery()).toEqual({ cypher: 'RETURN EXISTS { (:Analytics {id: $id}) } AS backfilled', params: { id: 'degree' } });
    expect(recordBackfillQuery()).toEqual({ cypher: 'MERGE (m:Analytics {id: $id}) SET m.degreesBackfilledAt = datetime()', params: { id: 'degree' } });
  });
});
