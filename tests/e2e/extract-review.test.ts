/**
 * Drafting and reviewing over HTTP: `extractDocument` drafts a text with the graph's actors and
 * writes nothing; `ingestDocument` refuses the draft's proposed items unless `acceptProposed`,
 * then stores them unreviewed, which `reviewed` and its filter on relation lists, neighbourhoods
 * and paths expose.
 */
import { countGraph } from '../../src/graph/ingest.repository';
import { uniqueId } from '../support/database';
import { startTestService, TestService } from '../support/service';

const KEY = 'test-api-key-0123456789';
const AUTH = { authorization: `Bearer ${KEY}` };

const EXTRACT = `query($text: String!, $title: String, $date: String) {
  extractDocument(text: $text, title: $title, date: $date) {
    document { id title date }
    actors { id name kind known proposal { confidence rule } }
    relations { type from to symmetric time description evidence { quote occurrence start end } proposal { confidence rule } }
    mentions { actorId start end text known }
    warnings
    annotation
  }
}`;
const INGEST = `mutation($document: JSONObject!, $acceptProposed: Boolean) {
  ingestDocument(document: $document, acceptProposed: $acceptProposed) { actorsCreated relationsCreated }
}`;

interface Draft {
  document: { id: string; title: string; date: string | null };
  actors: { id: string; name: string; kind: string; known: boolean; proposal: { confidence: number; rule: string } | null }[];
  relations: { type: string; from: string; to: string; time: string | null; evidence: { quote: string; start: number; end: number }[]; proposal: { confidence: number; rule: string } | null }[];
  mentions: { actorId: string; start: number; end: number; text: string; known: boolean }[];
  warnings: string[];
  annotation: string;
}

/** A capitalised made-up word of its own, so the actors the rules find are this test's alone. */
function nonce(): string {
  const letters = uniqueId('x').replace(/[^a-z]/g, '').slice(-6);
  return `Varn${letters}`;
}

describe('extractDocument and review over HTTP', () => {
  let api: TestService;
  beforeAll(async () => {
    api = await startTestService({ API_KEY: KEY, MAX_EXTRACT_CHARS: '600' });
  });
  afterAll(() => api?.close());
  const counts = (): ReturnType<typeof countGraph> => api.connection.database.read(countGraph);

  it('drafts a text, linking the actors the graph holds, and writes nothing', async () => {
    const name = nonce();
    const text = `The ${name} Brigade attacked Iraq on 3 March 2024. The ${name} Brigade is backed by Iran.`;
    const before = await counts();
    const response = await api.query<{ extractDocument: Draft }>(EXTRACT, { text, title: 'Brigade attack', date: '2024-03-10' });
    expect(response.errors).toBeUndefined();
    const draft = response.data!.extractDocument;
    const brigade = `${name.toLowerCase()}-brigade`;
    expect(draft.document).toEqual({ id: 'brigade-attack', title: 'Brigade attack', date: '2024-03-10' });
    expect(draft.actors.find((actor) => actor.id === 'iraq')).toEqual({ id: 'iraq', name: 'Iraq', kind: 'STATE', known: true, proposal: null });
    expect(draft.actors.find((actor) => actor.id === brigade)).toMatchObject({ name: `${name} Brigade`, kind: 'ARMED_GROUP', known: false, proposal: { rule: expect.any(String) } });
    expect(draft.relations.find((relation) => relation.type === 'ATTACKS')).toMatchObject({ from: brigade, to: 'iraq', time: '2024-03-03', proposal: { rule: 'active-verb' } });
    for (const mention of draft.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(draft.mentions.filter((mention) => mention.actorId === 'iraq')).toEqual([{ actorId: 'iraq', start: text.indexOf('Iraq'), end: text.indexOf('Iraq') + 4, text: 'Iraq', known: true }]);
    for (const quote of draft.relations.flatMap((relation) => relation.evidence)) expect(text.slice(quote.start, quote.end)).toBe(quote.quote);
    const annotation = JSON.parse(draft.annotation) as { document: Record<string, unknown>; relations: Record<string, unknown>[] };
    expect(annotation.document).toMatchObject({ id: 'brigade-attack', title: 'Brigade attack', text, date: '2024-03-10' });
    expect(annotation.document.textFile).toBeUndefined();
    expect(annotation.relations.length).toBe(draft.relations.length);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['a text above MAX_EXTRACT_CHARS', { text: 'A'.repeat(601) }, 'text: expected at most 600 characters (MAX_EXTRACT_CHARS), found 601'],
    ['an empty text', { text: '' }, 'text: expected a text to draft, found only white space'],
    ['a text of white space', { text: ' \n\t ' }, 'text: expected a text to draft, found only white space'],
    ['binary data', { text: 'PK\u0003\u0004 not text' }, 'text: expected plain text, found the control character U+0003 at offset 2 (binary data?)'],
    ['an unknown date format', { text: 'Iraq met Iran.', date: '3 March 2024' }, "date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found '3 March 2024'"],
    ['a day that does not exist', { text: 'Iraq met Iran.', date: '2024-02-30' }, "date: expected a day that exists in 2024-02, found '2024-02-30'"],
  ])('refuses %s with BAD_USER_INPUT', async (_name, variables, message) => {
    const response = await api.query(EXTRACT, variables);
    expect(response.data).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('stores a draft only with acceptProposed, unreviewed; the reviewed filter separates it on lists, neighbourhoods and paths', async () => {
    const name = nonce();
    const text = `The ${name} Brigade attacked the ${name} Militia on 3 March 2024. Hadrin ${name}, a commander of the ${name} Militia, vowed revenge.`;
    const id = uniqueId('draft');
    const drafted = await api.query<{ extractDocument: Draft }>(EXTRACT, { text, title: id, date: '2024-03-10' });
    const annotation = JSON.parse(drafted.data!.extractDocument.annotation) as { document: Record<string, unknown> };
    annotation.document.id = id;
    const brigade = `${name.toLowerCase()}-brigade`;
    const militia = `${name.toLowerCase()}-militia`;

    const before = await counts();
    const refused = await api.query(INGEST, { document: annotation }, AUTH);
    expect(refused.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^document: relations\\[0\\]: expected a reviewed relation .*, found a proposed relation "ATTACKS" from "${brigade}" to "${militia}"$`)),
        expect.stringMatching(new RegExp(`^document: actors\\[\\d\\]: expected a reviewed actor .*, found a proposed actor "${brigade}"$`)),
      ]),
    );
    expect(await counts()).toEqual(before);

    const accepted = await api.query<{ ingestDocument: { relationsCreated: number } }>(INGEST, { document: annotation, acceptProposed: true }, AUTH);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.ingestDocument.relationsCreated).toBe(drafted.data!.extractDocument.relations.length);
    // A relation a person writes is reviewed: the filters now have both kinds to separate.
    const written = await api.query(
      `mutation($input: RelationInput!) { upsertRelation(input: $input) { reviewed } }`,
      { input: { type: 'FIGHTS', from: brigade, to: militia, description: 'They fight.', documentId: id, evidence: [{ quote: `attacked the ${name} Militia` }] } },
      AUTH,
    );
    expect(written.data).toEqual({ upsertRelation: { reviewed: true } });

    const lists = await api.query<Record<string, { edges: { node: { type: string; reviewed: boolean } }[] }>>(
      `query($id: ID!) {
        unreviewed: relations(documentId: $id, reviewed: false) { edges { node { type reviewed } } }
        reviewed: relations(documentId: $id, reviewed: true) { edges { node { type reviewed } } }
        all: relations(documentId: $id) { edges { node { type reviewed } } }
      }`,
      { id },
    );
    expect(lists.errors).toBeUndefined();
    const types = (list: string): string[] => lists.data![list].edges.map((edge) => `${edge.node.type}:${edge.node.reviewed}`).sort();
    expect(types('unreviewed')).toEqual(['ATTACKS:false', 'COMMANDS:false']);
    expect(types('reviewed')).toEqual(['FIGHTS:true']);
    expect(types('all')).toEqual(['ATTACKS:false', 'COMMANDS:false', 'FIGHTS:true']);

    const actor = await api.query<{ actor: { reviewed: boolean; unreviewed: { totalCount: number }; reviewedOnly: { totalCount: number } } }>(
      `query($id: ID!) { actor(id: $id) { reviewed unreviewed: relations(reviewed: false) { totalCount } reviewedOnly: relations(reviewed: true) { totalCount } } }`,
      { id: militia },
    );
    expect(actor.data!.actor).toEqual({ reviewed: false, unreviewed: { totalCount: 2 }, reviewedOnly: { totalCount: 1 } });

    // Four neighbourhoods at their default size cost more than one request may; twenty actors is all this graph has.
    const neighbourhoods = await api.query<Record<string, { nodes: { id: string }[]; edges: { type: string; reviewed: boolean }[] }>>(
      `query($id: ID!) {
        all: neighborhood(actorId: $id, depth: 2, limit: 20) { nodes { id } edges { type reviewed } }
        unreviewed: neighborhood(actorId: $id, depth: 2, limit: 20, reviewed: false) { nodes { id } edges { type reviewed } }
        reviewed: neighborhood(actorId: $id, depth: 2, limit: 20, reviewed: true) { nodes { id } edges { type reviewed } }
        outgoing: neighborhood(actorId: $id, depth: 1, limit: 20, direction: OUT, reviewed: false) { nodes { id } edges { type reviewed } }
      }`,
      { id: brigade },
    );
    expect(neighbourhoods.errors).toBeUndefined();
    const edges = (name: string): string[] => neighbourhoods.data![name].edges.map((edge) => `${edge.type}:${edge.reviewed}`).sort();
    expect(edges('all')).toEqual(['ATTACKS:false', 'COMMANDS:false', 'FIGHTS:true']);
    expect(edges('unreviewed')).toEqual(['ATTACKS:false', 'COMMANDS:false']);
    expect(neighbourhoods.data!.reviewed).toEqual({ nodes: [{ id: brigade }, { id: militia }], edges: [{ type: 'FIGHTS', reviewed: true }] });
    expect(edges('outgoing')).toEqual(['ATTACKS:false']);

    const paths = await api.query<Record<string, { relations: { type: string; reviewed: boolean }[] } | null | unknown[]>>(
      `query($from: ID!, $to: ID!) {
        unreviewed: shortestPath(from: $from, to: $to, reviewed: false) { relations { type reviewed } }
        reviewed: shortestPath(from: $from, to: $to, reviewed: true) { relations { type reviewed } }
        directed: shortestPath(from: $from, to: $to, direction: IN, reviewed: false) { relations { type reviewed } }
        simple: paths(from: $from, to: $to, reviewed: true) { length }
      }`,
      { from: `hadrin-${name.toLowerCase()}`, to: brigade },
    );
    expect(paths.errors).toBeUndefined();
    expect(paths.data).toEqual({
      unreviewed: { relations: [{ type: 'COMMANDS', reviewed: false }, { type: 'ATTACKS', reviewed: false }] },
      reviewed: null,
      directed: null,
      simple: [],
    });
  });
});
