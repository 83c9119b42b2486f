/**
 * What the loader reads from disk: only text files inside the annotation's folder, only UTF-8,
 * and JSON in which no object repeats a key.
 */
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSource } from '../../src/loader/annotation-source';
import { documentBaseDir } from '../../src/loader/annotation.validate';
import { LoadOptions } from '../../src/loader/load-options';
import { LoadValidationError } from '../../src/loader/load-errors';
import { validateSources } from '../../src/loader/load-validation';
import { sampleDocument, sampleIds, SAMPLE_TEXT, writeJson } from '../support/annotations';

type Doc = { document: Record<string, unknown>; actors: unknown[]; relations: unknown[] };

const FROM_FILES: LoadOptions = { baseDir: (source) => documentBaseDir(source.file) };

async function problemsOfFile(file: string, options: LoadOptions = FROM_FILES): Promise<string[]> {
  try {
    await validateSources([openSource(file)], options);
    return [];
  } catch (error) {
    if (error instanceof LoadValidationError) return [...error.problems];
    throw error;
  }
}

/** A folder holding `doc.json`, whose text is read from `textFile`. */
function folderWithTextFile(textFile: string): { dir: string; file: string } {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'annotation-files-')));
  const doc = sampleDocument(sampleIds('f')) as Doc;
  delete doc.document.text;
  doc.document.textFile = textFile;
  return { dir, file: writeJson(dir, 'doc.json', doc) };
}

describe('text files of annotated documents', () => {
  it('reads a text file beside the annotation, and one through a link that stays inside the folder', async () => {
    const { dir, file } = folderWithTextFile('texts/link.txt');
    mkdirSync(join(dir, 'texts'));
    writeFileSync(join(dir, 'sample.txt'), SAMPLE_TEXT);
    symlinkSync(join(dir, 'sample.txt'), join(dir, 'texts', 'link.txt'));
    expect(await problemsOfFile(file)).toEqual([]);
  });

  it('refuses a relative path that climbs out of the folder', async () => {
    const { dir, file } = folderWithTextFile('../../../../../../etc/passwd');
    expect(await problemsOfFile(file)).toEqual([
      `${file}: document.textFile: expected a file inside ${dir}, found '../../../../../../etc/passwd', which resolves to /etc/passwd`,
    ]);
  });

  it('refuses an absolute path', async () => {
    const { dir, file } = folderWithTextFile('/etc/passwd');
    expect(await problemsOfFile(file)).toEqual([`${file}: document.textFile: expected a file inside ${dir}, found the absolute path '/etc/passwd'`]);
  });

  it('refuses a link that leads out of the folder', async () => {
    const { dir, file } = folderWithTextFile('leak.txt');
    symlinkSync('/etc/passwd', join(dir, 'leak.txt'));
    expect(await problemsOfFile(file)).toEqual([`${file}: document.textFile: expected a file inside ${dir}, found 'leak.txt', which resolves to /etc/passwd`]);
  });

  it('refuses a folder where a file is expected', async () => {
    const { dir, file } = folderWithTextFile('texts');
    mkdirSync(join(dir, 'texts'));
    expect(await problemsOfFile(file)).toEqual([`${file}: document.textFile: expected a regular file, found a folder at 'texts'`]);
  });

  it('refuses a Latin-1 text file with the byte offset of the first byte that is not UTF-8', async () => {
    const { dir, file } = folderWithTextFile('latin1.txt');
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from(`${SAMPLE_TEXT} Café`, 'latin1'));
    const offset = Buffer.byteLength(`${SAMPLE_TEXT} Caf`);
    expect(await problemsOfFile(file)).toEqual([
      `${file}: document.textFile: expected a UTF-8 text file, found byte 0xE9 at byte offset ${offset} of 'latin1.txt', which is not valid UTF-8`,
    ]);
  });

  it('refuses binary content: a NUL byte, even in valid UTF-8', async () => {
    const { dir, file } = folderWithTextFile('data.bin');
    writeFileSync(join(dir, 'data.bin'), Buffer.concat([Buffer.from(SAMPLE_TEXT), Buffer.from([0, 1, 2])]));
    expect(await problemsOfFile(file)).toEqual([
      `${file}: document.textFile: expected a text file, found a NUL byte at byte offset ${Buffer.byteLength(SAMPLE_TEXT)} of 'data.bin' (binary content)`,
    ]);
  });

  it('refuses a text file longer than MAX_DOCUMENT_CHARS, and one whose size alone says so without reading it', async () => {
    const { dir, file } = folderWithTextFile('sample.txt');
    writeFileSync(join(dir, 'sample.txt'), SAMPLE_TEXT);
    expect(await problemsOfFile(file, { ...FROM_FILES, maxDocumentChars: 60 })).toEqual([
      `${file}: document.textFile: expected at most 60 characters (MAX_DOCUMENT_CHARS), found ${SAMPLE_TEXT.length} in 'sample.txt'`,
    ]);
    expect(await problemsOfFile(file, { ...FROM_FILES, maxDocumentChars: 20 })).toEqual([
      `${file}: document.textFile: expected at most 20 characters (MAX_DOCUMENT_CHARS), found a file of ${SAMPLE_TEXT.length} bytes at 'sample.txt'`,
    ]);
  });
});

describe('annotation files', () => {
  it('refuses a Latin-1 .json file with the byte offset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'annotation-files-'));
    const json = JSON.stringify({ ...sampleDocument(sampleIds('f')), document: { id: 'f-doc', title: 'Café', text: SAMPLE_TEXT } });
    const file = join(dir, 'doc.json');
    writeFileSync(file, Buffer.from(json, 'latin1'));
    expect(await problemsOfFile(file)).toEqual([`${file}: (file): expected a UTF-8 file, found byte 0xE9 at byte offset ${json.indexOf('é')}, which is not valid UTF-8`]);
  });

  it('refuses a .jsonl line that is not UTF-8, naming the line and the byte offset in the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'annotation-files-'));
    const doc = sampleDocument(sampleIds('f')) as Doc;
    const first = `${JSON.stringify({ document: doc.document })}\n`;
    const second = JSON.stringify({ actor: { ...(doc.actors[0] as object), description: 'Société' } });
    const file = join(dir, 'doc.jsonl');
    writeFileSync(file, Buffer.concat([Buffer.from(first), Buffer.from(second, 'latin1')]));
    expect(await problemsOfFile(file)).toEqual([
      `${file}: line 2: expected a UTF-8 file, found byte 0xE9 at byte offset ${Buffer.byteLength(first) + second.indexOf('é')}, which is not valid UTF-8`,
    ]);
  });

  it('refuses a key repeated in one object, with the path of the repeated key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'annotation-files-'));
    const json = JSON.stringify(sampleDocument(sampleIds('f')))
      .replace('"title":"A sample"', '"title":"A sample","title":"Another"')
      .replace('"name":"Beta Group"', '"name":"Beta Group","kind":"STATE"');
    const file = writeJson(dir, 'doc.json', json);
    expect(await problemsOfFile(file)).toEqual([
      `${file}: document.title: expected each field once in an object, found 'title' again`,
      `${file}: actors[1].kind: expected each field once in an object, found 'kind' again`,
    ]);
  });

  it('refuses a repeated key in a .jsonl line, naming the line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'annotation-files-'));
    const doc = sampleDocument(sampleIds('f')) as Doc;
    const lines = [JSON.stringify({ document: doc.document }), JSON.stringify({ actor: doc.actors[0] }).replace('"name":"Alpha Corp"', '"name":"Alpha Corp","name":"Omega"')];
    const file = writeJson(dir, 'doc.jsonl', lines.join('\n'));
    expect(await problemsOfFile(file)).toEqual([`${file}: line 2: actor.name: expected each field once in an object, found 'name' again`]);
  });
});
