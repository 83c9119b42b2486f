/**
 * Evidence over HTTP: a document's relations carry that document's quotes (every offset fits its
 * text) unless all are asked for, and `searchEvidence` finds quotes by a word inside them and by
 * a misspelling, filtered by type and date, paged, with the matched spans; bad arguments are
 * refused with codes. Two documents under a unique prefix state one relation with different words.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { relationId } from '../../src/graph/ids';
import { loadPaths } from '../../src/loader/loader';
import { writeJson } from '../support/annotations';
import { uniqueId } from '../support/database';
import { startTestService, TestService } from '../support/service';

interface Hit {
  score: number;
  highlights: { start: number; end: number }[];
  evidence: { quote: string; start: number; end: number };
  relation: { id: string; type: string } | null;
  actor: { id: string } | null;
  document: { id: string; text: string };
}

describe('evidence (Document.relations, searchEvidence)', () => {
  let api: TestService;
  let dir: string;
  const prefix = uniqueId('evidence');
  // A word no other test's text holds, so the hits are this file's.
  const word = `quxbase${prefix.replace(/[^a-z0-9]/g, '')}`;
  const ids = { first: `${prefix}-first`, second: `${prefix}-second`, militia: `${prefix}-militia`, army: `${prefix}-army`, town: `${prefix}-town` };
  const attack = relationId('ATTACKS', ids.militia, ids.army, null);
  const texts = {
    first: `The militia launched a drone strike on the ${word} air base. The army had left the town.`,
    second: `Months later the militia again attacked the army near the ${word} base with rockets.`,
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'actorgraph-evidence-'));
    api = await startTestService();
    const actors = (includeTown: boolean): object[] => [
      { id: ids.militia, name: 'The Militia', kind: 'ARMED_GROUP', evidence: [{ quote: 'militia' }] },
      { id: ids.army, name: 'The Army', kind: 'MILITARY_FORCE', evidence: [{ quote: 'army' }] },
      ...(includeTown ? [{ id: ids.town, name: 'Town', kind: 'POPULATION', evidence: [{ quote: 'the town' }] }] : []),
    ];
    writeJson(dir, 'first.json', {
      document: { id: ids.first, title: 'Strike', text: texts.first, date: '2024-02-03' },
      actors: actors(true),
      relations: [
        { type: 'ATTACKS', from: ids.militia, to: ids.army, description: 'A drone strike.', evidence: [{ quote: `The militia launched a drone strike on the ${word} air base.` }] },
        { type: 'WITHDRAWS_FROM', from: ids.army, to: ids.town, description: 'Left the town.', evidence: [{ quote: 'The army had left the town.' }] },
      ],
    });
    writeJson(dir, 'second.json', {
      document: { id: ids.second, title: 'Rockets', text: texts.second, date: '2024-06' },
      actors: actors(false),
      relations: [{ type: 'ATTACKS', from: ids.militia, to: ids.army, description: 'Rockets.', evidence: [{ quote: `the militia again attacked the army near the ${word} base with rockets` }] }],
    });
    await loadPaths(api.connection.database, [dir]);
  }, 300_000);

  afterAll(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("gives a document's relations that document's quotes, every offset inside its text, and all of them when asked", async () => {
    const response = await api.query<{ document: { text: string; relations: { id: string; evidence: { start: number; end: number; quote: string; document: { id: string } }[]; all: { document: { id: string } }[] }[] } }>(
      `query($id: ID!) { document(id: $id) { text relations { id evidence { start end quote document { id } } all: evidence(allDocuments: true) { document { id } } } } }`,
      { id: ids.second },
    );
    const document = response.data!.document;
    const shared = document.relations.find((relation) => relation.id === attack)!;
    expect(shared.evidence.map((quote) => quote.document.id)).toEqual([ids.second]);
    for (const relation of document.relations) for (const quote of relation.evidence) expect(document.text.slice(quote.start, quote.end)).toBe(quote.quote);
    expect(shared.all.map((quote) => quote.document.id).sort()).toEqual([ids.first, ids.second].sort());
    // Elsewhere a relation's evidence is every document's, as before.
    const direct = await api.query<{ relation: { evidence: unknown[] } }>(`query($id: ID!) { relation(id: $id) { evidence { quote } } }`, { id: attack });
    expect(direct.data!.relation.evidence).toHaveLength(2);
  });

  const SEARCH = `query($text: String!, $types: [RelationType!], $since: String, $until: String, $first: Int, $after: String) {
    searchEvidence(text: $text, types: $types, since: $since, until: $until, first: $first, after: $after) {
      edges { cursor node { score highlights { start end } evidence { quote start end } relation { id type } actor { id } document { id text } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

  async function search(variables: Record<string, unknown>): Promise<{ hits: Hit[]; hasNextPage: boolean; endCursor: string | null }> {
    const response = await api.query<{ searchEvidence: { edges: { node: Hit }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(SEARCH, variables);
    expect(response.errors).toBeUndefined();
    const { edges, pageInfo } = response.data!.searchEvidence;
    return { hits: edges.map((edge) => edge.node), ...pageInfo };
  }

  const marked = (hit: Hit): string[] => hit.highlights.map((span) => hit.document.text.slice(span.start, span.end));

  it('finds a quote by a word inside it, with its relation, its document and the matched words marked', async () => {
    const { hits } = await search({ text: `${word} drone strikes`, first: 40 });
    expect(hits.map((hit) => hit.evidence.quote)[0]).toBe(`The militia launched a drone strike on the ${word} air base.`);
    const [best] = hits;
    expect(best.relation).toEqual({ id: attack, type: 'ATTACKS' });
    expect(best.actor).toBeNull();
    expect(best.document.id).toBe(ids.first);
    expect(marked(best)).toEqual(['drone', 'strike', word]);
    expect(hits.map((hit) => hit.document.id)).toContain(ids.second);
    expect(best.score).toBeGreaterThan(hits[hits.length - 1].score);
  });

  it('finds a quote by a misspelling when nothing matches exactly', async () => {
    const misspelt = `${word.slice(0, 3)}${word[4]}${word[3]}${word.slice(5)}`;
    const { hits } = await search({ text: misspelt });
    expect(hits.map((hit) => hit.document.id).sort()).toEqual([ids.first, ids.second].sort());
    for (const hit of hits) expect(marked(hit)).toEqual([word]);
  });

  it('filters by relation type and by the date of the document, and pages with cursors', async () => {
    expect((await search({ text: word, types: ['WITHDRAWS_FROM'] })).hits).toEqual([]);
    const left = (await search({ text: `${word} town`, types: ['WITHDRAWS_FROM'] })).hits;
    expect(new Set(left.map((hit) => hit.relation?.type))).toEqual(new Set(['WITHDRAWS_FROM']));
    expect(left.filter((hit) => hit.document.id === ids.first).map((hit) => hit.evidence.quote)).toEqual(['The army had left the town.']);
    expect((await search({ text: word, since: '2024-03' })).hits.map((hit) => hit.document.id)).toEqual([ids.second]);
    expect((await search({ text: word, until: '2024-02' })).hits.map((hit) => hit.document.id)).toEqual([ids.first]);
    const page1 = await search({ text: word, first: 1 });
    expect(page1.hasNextPage).toBe(true);
    const page2 = await search({ text: word, first: 1, after: page1.endCursor });
    expect(page2.hasNextPage).toBe(false);
    expect([...page1.hits, ...page2.hits].map((hit) => hit.document.id).sort()).toEqual([ids.first, ids.second].sort());
  });

  it.each([
    [{ text: '   ' }, 'text'],
    [{ text: 'x'.repeat(201) }, 'text'],
    [{ text: 'base', first: 0 }, 'first'],
    [{ text: 'base', after: 'bm90IGEgY3Vyc29y' }, 'after'],
    [{ text: 'base', since: '2024-13' }, 'since'],
  ])('refuses %j with BAD_USER_INPUT naming %s', async (variables, argument) => {
    const response = await api.query(SEARCH, variables);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(response.errors?.[0].message).toMatch(new RegExp(`^${argument}: `));
  });

  it('refuses a relation type outside the vocabulary as the schema does', async () => {
    const response = await api.query(SEARCH, { text: 'base', types: ['EATS'] });
    expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
