/**
 * `npm run annotate`: the built command as a user runs it. Bad input is refused with one clear
 * line and nothing written; a good text gives the draft JSON alone on standard output; a folder is
 * drafted in one run; the graph's actors are linked when the graph answers, and the command says
 * so, or drafts from the text alone when it does not. With --submit, the drafts go to a running
 * service's review queue.
 */
import { spawn } from 'node:child_process';
import { AddressInfo, connect, createServer } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actorNamesPage } from '../../src/graph/actor.repository';
import { loadPaths } from '../../src/loader/loader';
import { Connection } from '../../src/neo4j/connect';
import { writeJson } from '../support/annotations';
import { authorisedLink } from '../../src/server/local-key';
import { openTestConnection, uniqueId } from '../support/database';
import { startTestService, TestService } from '../support/service';

const CLI = join(__dirname, '..', '..', 'dist', 'src', 'extract', 'annotate.cli.js');
const TEXT = 'The Atlas Brigade attacked the Coastal Guard near Aleppo on 4 May 2023.\nThe Coastal Guard did not attack the Atlas Brigade.\n';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function annotate(args: string[], env: Record<string, string> = {}, cwd?: string): Promise<Run> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolveRun({ code, stdout, stderr }));
  });
}

/** A word no other test uses, so entity linking finds only this test's actor. */
function uniqueWord(): string {
  const letters = Array.from({ length: 9 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
  return `Q${letters}`;
}

describe('npm run annotate: bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'annotate-bad-'));
  const out = join(dir, 'draft.json');

  const cases: Array<[string, Buffer | string, string[], Record<string, string>, string]> = [
    ['an empty file', '', [], {}, 'expected a text to draft, found an empty file'],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), [], {}, 'expected a text file, found binary content (a NUL byte at byte 4)'],
    ['a file that is not UTF-8', Buffer.from('Caf\xe9 owners met the Atlas Brigade.', 'latin1'), [], {}, 'expected UTF-8 text, found bytes that are not UTF-8 (at byte 3)'],
    ['a text above the limit', 'The Atlas Brigade attacked. '.repeat(10), [], { MAX_EXTRACT_CHARS: '100' }, 'expected at most 100 characters (MAX_EXTRACT_CHARS), found 280'],
    ['an unknown date format', TEXT, ['--date', '04/05/2023'], {}, "--date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found '04/05/2023'"],
  ];

  it.each(cases)('refuses %s and writes nothing', async (_label, content, args, env, message) => {
    const file = join(dir, `input-${Math.random().toString(36).slice(2)}.txt`);
    writeFileSync(file, content);
    const run = await annotate([file, '--offline', '--out', out, ...args], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const prefix = message.startsWith('--') ? '' : `${file}: `;
    expect(run.stderr).toBe(`annotate: ${prefix}${message}\nannotate: nothing was written\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a whole folder when one of its texts is bad, writing no draft', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), TEXT);
    writeFileSync(join(folder, 'b.txt'), '   \n');
    const run = await annotate([folder, '--offline']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`annotate: ${join(folder, 'b.txt')}: expected a text to draft, found only white space\nannotate: nothing was written\n`);
    expect(existsSync(join(folder, 'a.draft.json'))).toBe(false);
  });
});

describe('npm run annotate: drafts', () => {
  let connection: Connection;
  const dir = mkdtempSync(join(tmpdir(), 'annotate-'));

  beforeAll(async () => {
    connection = await openTestConnection();
  });
  afterAll(async () => {
    await connection.close();
  });

  it('prints the draft and nothing else on standard output, its text referenced from the working folder', async () => {
    writeFileSync(join(dir, 'atlas.txt'), TEXT);
    const run = await annotate(['atlas.txt', '--offline', '--date', '2023-05', '--title', 'Atlas attack'], {}, dir);
    expect(run.code).toBe(0);
    const draft = JSON.parse(run.stdout) as { document: unknown; relations: unknown[]; actors: Array<{ id: string }> };
    expect(draft.document).toEqual({ id: 'atlas', title: 'Atlas attack', textFile: 'atlas.txt', date: '2023-05', language: 'en' });
    expect(draft.relations).toEqual([
      {
        type: 'ATTACKS',
        from: 'atlas-brigade',
        to: 'coastal-guard',
        time: '2023-05-04',
        place: 'Aleppo',
        description: "Proposed by the active-verb rule from 'attacked' ('attack', source nsubj / nsubj:xsubj, target obj).",
        evidence: [{ quote: 'Atlas Brigade attacked the Coastal Guard' }],
        review: 'proposed',
        confidence: 0.7,
        rule: 'active-verb',
      },
    ]);
    expect(draft.actors.map((actor) => actor.id)).toEqual(['atlas-brigade', 'coastal-guard']);
    expect(run.stderr.split('\n')[0]).toBe('annotate: offline: drafting from the text alone');
  });

  it('drafts every text of a folder in one run, each draft next to its text, with progress', async () => {
    const folder = join(dir, 'many');
    mkdirSync(folder);
    writeFileSync(join(folder, 'one.txt'), TEXT);
    writeFileSync(join(folder, 'two.txt'), 'Kenyan President William Ruto spoke in Nairobi.\n');
    const run = await annotate([folder, '--offline']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines.slice(1, 3)).toEqual([
      `annotate: 1/2 ${join(folder, 'one.txt')}: 2 actors (0 linked to the graph), 1 proposed relations → ${join(folder, 'one.draft.json')}`,
      `annotate: 2/2 ${join(folder, 'two.txt')}: 2 actors (0 linked to the graph), 1 proposed relations → ${join(folder, 'two.draft.json')}`,
    ]);
    const two = JSON.parse(readFileSync(join(folder, 'two.draft.json'), 'utf8')) as { document: { id: string; textFile: string }; relations: Array<{ type: string; from: string; to: string }> };
    expect(two.document).toMatchObject({ id: 'two', textFile: 'two.txt' });
    expect(two.relations.map((relation) => `${relation.type} ${relation.from} -> ${relation.to}`)).toEqual(['LEADS william-ruto -> kenya']);
  });

  it('spreads a folder over every PARSER_URL and still writes each draft and its progress in the folder\'s order', async () => {
    const folder = join(dir, 'spread');
    mkdirSync(folder);
    const texts = ['Kenyan President William Ruto spoke in Nairobi.', TEXT, 'The Coastal Guard clashed with the Atlas Brigade.', 'Chadian troops crossed into Sudan.'];
    texts.forEach((text, index) => writeFileSync(join(folder, `t${index}.txt`), `${text}\n`));
    for (const out of ['spread-one', 'spread-two']) mkdirSync(join(dir, out));
    const one = await annotate([folder, '--offline', '--out', join(dir, 'spread-one')]);
    // A second address for the run's parser, through a relay that counts what reaches it: a second parser, as far as the command can tell.
    const parser = new URL(process.env.PARSER_URL!);
    let relayed = 0;
    const relay = createServer((socket) => {
      relayed += 1;
      const upstream = connect(Number(parser.port), parser.hostname);
      socket.pipe(upstream).pipe(socket);
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolveListening) => relay.listen(0, '127.0.0.1', resolveListening));
    try {
      const second = `http://127.0.0.1:${(relay.address() as AddressInfo).port}`;
      const two = await annotate([folder, '--offline', '--out', join(dir, 'spread-two')], { PARSER_URL: `${process.env.PARSER_URL},${second}` });
      expect([one.code, two.code]).toEqual([0, 0]);
      expect(relayed).toBeGreaterThan(0);
      const progress = (run: Run): string[] => run.stderr.split('\n').filter((line) => /^annotate: \d+\/4 /.test(line)).map((line) => line.split(' ')[1]);
      expect(progress(two)).toEqual(['1/4', '2/4', '3/4', '4/4']);
      for (let index = 0; index < texts.length; index += 1) {
        expect(readFileSync(join(dir, 'spread-two', `t${index}.draft.json`), 'utf8')).toBe(readFileSync(join(dir, 'spread-one', `t${index}.draft.json`), 'utf8'));
      }
    } finally {
      relay.close();
    }
  });

  it('writes one text\'s draft into an existing folder given as --out, its text referenced from there', async () => {
    const out = join(dir, 'drafts');
    mkdirSync(out);
    writeFileSync(join(dir, 'single.txt'), TEXT);
    const run = await annotate([join(dir, 'single.txt'), '--offline', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const draft = JSON.parse(readFileSync(join(out, 'single.draft.json'), 'utf8')) as { document: { id: string; textFile: string } };
    expect(draft.document).toMatchObject({ id: 'single', textFile: '../single.txt' });
  });

  it("links the graph's actors when the graph answers, and says so", async () => {
    const word = uniqueWord();
    const id = uniqueId('front');
    const text = `The ${word} Front attacked the Coastal Guard.`;
    writeJson(dir, `${id}.json`, {
      document: { id: `${id}-doc`, title: 'Known front', text },
      actors: [{ id, name: `${word} Front`, kind: 'ARMED_GROUP', aliases: [`the ${word} fighters`], evidence: [{ quote: `${word} Front` }] }],
      relations: [],
    });
    await loadPaths(connection.database, [join(dir, `${id}.json`)]);
    const [names] = await connection.database.read((runner) => actorNamesPage(runner, `${id.slice(0, -1)}`, 1));
    expect(names).toEqual({ id, name: `${word} Front`, kind: 'ARMED_GROUP', aliases: [`the ${word} fighters`] });

    writeFileSync(join(dir, `${id}.txt`), `Later the ${word} fighters attacked the Coastal Guard again.`);
    const run = await annotate([join(dir, `${id}.txt`)]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^annotate: linking against the \d+ actors of the graph at bolt:\/\//);
    const draft = JSON.parse(run.stdout) as { actors: Array<Record<string, unknown>>; relations: Array<Record<string, unknown>> };
    expect(draft.actors[0]).toEqual({ id, name: `${word} Front`, kind: 'ARMED_GROUP', aliases: [`the ${word} fighters`], roles: [], evidence: [{ quote: `Later the ${word} fighters attacked the Coastal Guard again` }] });
    expect(draft.relations[0]).toMatchObject({ type: 'ATTACKS', from: id, to: 'coastal-guard' });
  });

  it('drafts from the text alone when the graph cannot be reached, and says why', async () => {
    writeFileSync(join(dir, 'alone.txt'), TEXT);
    const run = await annotate([join(dir, 'alone.txt')], { NEO4J_URI: 'bolt://127.0.0.1:1', EXTRACT_CONNECT_TIMEOUT_MS: '300' });
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n')[0]).toMatch(/^annotate: the graph at bolt:\/\/127\.0\.0\.1:1 cannot be reached \(cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 within 300 ms: .+\); drafting from the text alone$/);
    expect((JSON.parse(run.stdout) as { relations: unknown[] }).relations).toHaveLength(1);
  });
});

describe('npm run annotate --submit: a folder into the review queue', () => {
  const KEY = 'annotate-key-0123456789';
  let api: TestService;
  const dir = mkdtempSync(join(tmpdir(), 'annotate-submit-'));

  beforeAll(async () => {
    api = await startTestService({ API_KEYS: `carol:${KEY}` });
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  it('sends every draft of a folder to the queue with its text, by the link npm start prints, and says where each is reviewed', async () => {
    const folder = join(dir, uniqueId('folder'));
    mkdirSync(folder);
    const second = 'Kenyan President William Ruto spoke in Nairobi.\n';
    writeFileSync(join(folder, 'one.txt'), TEXT);
    writeFileSync(join(folder, 'two.txt'), second);
    const run = await annotate([folder, '--offline', '--submit', authorisedLink(api.service.url, KEY)]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain(KEY);
    const submitted = [...run.stderr.matchAll(/^annotate: (\d)\/2 (.+): submitted for review → (\S+)$/gm)].map((match) => [match[1], match[2], match[3]]);
    expect(submitted.map(([progress, file]) => `${progress} ${file}`)).toEqual([`1 ${join(folder, 'one.txt')}`, `2 ${join(folder, 'two.txt')}`]);
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(new RegExp(`^annotate: drafted 2 text\\(s\\), \\d+ words in [\\d.]+ s; review them at ${api.service.url}/review$`));
    expect(existsSync(join(folder, 'one.draft.json'))).toBe(true);

    const drafts = await Promise.all(
      submitted.map(async ([, , link]) => {
        const id = new URL(link).searchParams.get('id');
        expect(link).toBe(`${api.service.url}/review/draft?id=${id}`);
        const answer = await api.query<{ reviewDraft: { status: string; source: string; createdBy: string; text: string; relations: { type: string; decision: string }[] } }>(
          'query($id: ID!) { reviewDraft(id: $id) { status source createdBy text relations { type decision } } }',
          { id },
          { authorization: `Bearer ${KEY}` },
        );
        return answer.data!.reviewDraft;
      }),
    );
    expect(drafts).toEqual([
      { status: 'NEW', source: 'SUBMITTED', createdBy: 'carol', text: TEXT, relations: [{ type: 'ATTACKS', decision: 'UNDECIDED' }] },
      { status: 'NEW', source: 'SUBMITTED', createdBy: 'carol', text: second, relations: [{ type: 'LEADS', decision: 'UNDECIDED' }] },
    ]);
  });

  it('refuses to start without a key, writing nothing, and keeps the draft file when the service refuses the key', async () => {
    const file = join(dir, `${uniqueId('keyless')}.txt`);
    writeFileSync(file, TEXT);
    const out = join(dir, 'keyless.draft.json');
    const keyless = await annotate([file, '--offline', '--out', out, '--submit', api.service.url], { API_KEY: '', API_KEYS: '' });
    expect(keyless.code).toBe(1);
    expect(keyless.stderr).toBe('annotate: --submit: expected a key, in the link npm start printed (…/review#key=…) or set as API_KEY, found neither\nannotate: nothing was written\n');
    expect(existsSync(out)).toBe(false);

    const wrong = await annotate([file, '--offline', '--out', out, '--submit', authorisedLink(api.service.url, 'not-the-key-0123456789')]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(new RegExp(`^annotate: 1/1 ${file}: not submitted: .+ \\(UNAUTHENTICATED\\); the draft file is kept$`, 'm'));
    expect(existsSync(out)).toBe(true);
  });
});
