/**
 * From a text to the graph, as a researcher does it: draft a text written for this test with the
 * real parser and the extraction rules (with the graph's actors), write the draft beside its text, load it with
 * `npm run load -- --accept-proposed`, and find its relations through GraphQL, unreviewed, each
 * quote verbatim at its offsets. Without the flag the loader refuses the draft and writes nothing.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExtractionResult } from '../../src/extract/draft.types';
import { GraphReader } from '../../src/graph/graph.reader';
import { countGraph } from '../../src/graph/ingest.repository';
import { uniqueId } from '../support/database';
import { startTestService, TestService } from '../support/service';
import { checkQuotesAfterEach } from '../support/quotes';
import { draft as draftThroughParser } from '../support/extract-drafts';

const LOAD_CLI = join(__dirname, '..', '..', 'dist', 'src', 'loader', 'load.cli.js');

function runLoader(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [LOAD_CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolveRun({ code, stdout, stderr }));
  });
}

interface FoundRelation {
  type: string;
  reviewed: boolean;
  from: { id: string };
  to: { id: string };
  evidence: { quote: string; start: number; end: number; document: { id: string } }[];
}

describe('a drafted text, loaded with --accept-proposed', () => {
  let api: TestService;
  const dir = mkdtempSync(join(tmpdir(), 'draft-to-graph-'));
  beforeAll(async () => {
    api = await startTestService();
  });
  afterAll(() => api?.close());
  checkQuotesAfterEach(() => api.connection.database);
  const counts = (): ReturnType<typeof countGraph> => api.connection.database.read(countGraph);

  /** A text of its own (made-up names, so the actors are this run's alone), drafted and written beside its annotation. */
  async function draftToFile(name: string): Promise<{ file: string; text: string; draft: ExtractionResult; ids: Record<string, string> }> {
    const word = `Tarq${uniqueId('x').replace(/[^a-z]/g, '').slice(-6)}`;
    const text =
      `The ${word} Brigade attacked the ${word} Militia near Ostrel on 3 March 2024. ` +
      `Merrin ${word}, a commander of the ${word} Militia, said his fighters would hold the town. ` +
      `The ${word} government supports the ${word} Brigade.`;
    writeFileSync(join(dir, `${name}.txt`), text);
    const known = await new GraphReader(api.connection.database).actorNames();
    const draft = await draftThroughParser(text, { title: `${word} fighting`, date: '2024-03-10', id: uniqueId(name), textFile: `${name}.txt`, knownActors: known });
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(draft.annotation, null, 2));
    const slug = word.toLowerCase();
    return { file, text, draft, ids: { brigade: `${slug}-brigade`, militia: `${slug}-militia`, government: `${slug}-government`, commander: `merrin-${slug}` } };
  }

  it('finds every drafted relation through GraphQL, unreviewed, each quote verbatim at its offsets', async () => {
    const { file, text, draft, ids } = await draftToFile('accepted');
    const run = await runLoader(['--accept-proposed', file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);

    const response = await api.query<{ document: { text: string }; relations: { edges: { node: FoundRelation }[] } }>(
      // The document's text once, not once a quote: text fields are costed by their size.
      `query($id: ID!) { document(id: $id) { text } relations(documentId: $id, first: 100) { edges { node {
        type reviewed from { id } to { id } evidence { quote start end document { id } }
      } } } }`,
      { id: draft.annotation.document.id },
    );
    expect(response.errors).toBeUndefined();
    const found = response.data!.relations.edges.map((edge) => edge.node);
    const statement = (relation: { type: string; from: string; to: string }): string => `${relation.type} ${relation.from} ${relation.to}`;
    expect(found.map((relation) => statement({ type: relation.type, from: relation.from.id, to: relation.to.id })).sort()).toEqual(
      draft.annotation.relations.map(statement).sort(),
    );
    expect(found.map((relation) => statement({ type: relation.type, from: relation.from.id, to: relation.to.id }))).toEqual(
      expect.arrayContaining([
        `ATTACKS ${ids.brigade} ${ids.militia}`,
        `COMMANDS ${ids.commander} ${ids.militia}`,
        `SUPPORTS ${ids.government} ${ids.brigade}`,
      ]),
    );
    expect(found.every((relation) => relation.reviewed === false)).toBe(true);
    expect(response.data!.document.text).toBe(text);
    for (const relation of found) {
      expect(relation.evidence.length).toBeGreaterThan(0);
      for (const quote of relation.evidence) {
        expect(quote.document.id).toBe(draft.annotation.document.id);

        expect(text.slice(quote.start, quote.end)).toBe(quote.quote);
      }
    }
  });

  it('refuses the draft without --accept-proposed, naming each proposed item, and writes nothing', async () => {
    const { file, draft, ids } = await draftToFile('refused');
    const before = await counts();
    const run = await runLoader([file]);
    expect(run.code).toBe(1);
    const problems = run.stderr.trim().split('\n');
    const proposed = [...draft.annotation.actors, ...draft.annotation.relations].filter((item) => item.review === 'proposed');
    expect(problems).toHaveLength(proposed.length + 1);
    expect(problems.at(-1)).toBe(`load: nothing was written (${proposed.length} problem(s))`);
    expect(problems).toContain(
      `${file}: relations[0]: expected a reviewed relation (remove its "review" field once a person has checked it, or accept proposed items: ` +
        `--accept-proposed, acceptProposed in the API), found a proposed relation "ATTACKS" from "${ids.brigade}" to "${ids.militia}"`,
    );
    expect(problems.filter((line) => line.includes(`found a proposed actor "${ids.commander}"`))).toHaveLength(1);
    expect(run.stdout).toBe('');
    expect(await counts()).toEqual(before);
    const lookup = await api.query<{ document: null; actor: null }>('query($doc: ID!, $actor: ID!) { document(id: $doc) { id } actor(id: $actor) { id } }', {
      doc: draft.annotation.document.id,
      actor: ids.brigade,
    });
    expect(lookup.data).toEqual({ document: null, actor: null });
  });
});
