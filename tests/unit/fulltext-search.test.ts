/** The one rule of full-text search (src/graph/fulltext-search.ts): the queries of a search by name, and the exact query before the misspelt one. */
import { actorSearchQueries } from '../../src/graph/actor.repository';
import { searchWithFallback } from '../../src/graph/fulltext-search';

describe('full-text search', () => {
  it('searches names by every word of the text, each as a prefix however short, and misspelt from four letters', () => {
    expect(actorSearchQueries('Al-Quds Force, al Quds!')).toEqual({
      EXACT: '(al^4 OR al*^2) OR (quds^4 OR quds*^2) OR (force^4 OR force*^2) OR (al^4 OR al*^2) OR (quds^4 OR quds*^2)',
      MISSPELT: '(al^4 OR al*^2) OR (quds^4 OR quds*^2 OR quds~2) OR (force^4 OR force*^2 OR force~2) OR (al^4 OR al*^2) OR (quds^4 OR quds*^2 OR quds~2)',
    });
    expect(actorSearchQueries('title:x* AND (y)')).toEqual({ EXACT: '(title^4 OR title*^2) OR (x^4 OR x*^2) OR (and^4 OR and*^2) OR (y^4 OR y*^2)', MISSPELT: '(title^4 OR title*^2 OR title~2) OR (x^4 OR x*^2) OR (and^4 OR and*^2) OR (y^4 OR y*^2)' });
    expect(actorSearchQueries(' ,;! ')).toBeNull();
  });

  it('runs the misspelt query only when the exact one found nothing and the two differ', async () => {
    const ran: string[] = [];
    const finding = (found: Record<string, string[]>) => async (query: string): Promise<string[]> => {
      ran.push(query);
      return found[query] ?? [];
    };
    expect(await searchWithFallback({ EXACT: 'e', MISSPELT: 'm' }, finding({ e: ['hit'], m: ['near'] }))).toEqual({ mode: 'EXACT', query: 'e', hits: ['hit'] });
    expect(ran).toEqual(['e']);
    expect(await searchWithFallback({ EXACT: 'e', MISSPELT: 'm' }, finding({ m: ['near'] }))).toEqual({ mode: 'MISSPELT', query: 'm', hits: ['near'] });
    expect(ran).toEqual(['e', 'e', 'm']);
    expect(await searchWithFallback({ EXACT: 'same', MISSPELT: 'same' }, finding({}))).toEqual({ mode: 'EXACT', query: 'same', hits: [] });
    expect(ran).toEqual(['e', 'e', 'm', 'same']);
  });
});
