/** The Cypher that reads quotes by id, pinned. */
import { evidenceByIdsQuery } from '../../src/graph/evidence.repository';
import { isEvidenceId } from '../../src/graph/ids';

describe('evidence queries', () => {
  it('reads quotes by id', () => {
    expect(evidenceByIdsQuery(['ev-0123456789abcdef'])).toMatchInlineSnapshot(`
{
  "cypher": "
UNWIND $ids AS id
MATCH (e:Evidence {id: id})
RETURN e { .id, .quote, .start, .end, .documentId, .relationId, .actorId } AS evidence",
  "params": {
    "ids": [
      "ev-0123456789abcdef",
    ],
  },
}
`);
  });

  it("tells a quote's id by its form", () => {
    expect(isEvidenceId('ev-0123456789abcdef')).toBe(true);
    expect(isEvidenceId('ev-0123456789ABCDEF')).toBe(false);
    expect(isEvidenceId('attacks-0123456789abcdef')).toBe(false);
    expect(isEvidenceId('ev-short')).toBe(false);
  });
});
