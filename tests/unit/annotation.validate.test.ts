import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { objectSource, openSource } from '../../src/loader/annotation-source';
import { documentBaseDir } from '../../src/loader/annotation.validate';
import { LoadValidationError } from '../../src/loader/load-errors';
import { validateSources } from '../../src/loader/load-validation';
import { sampleDocument, sampleIds, SAMPLE_TEXT, writeJson } from '../support/annotations';

async function problemsOf(value: unknown): Promise<string[]> {
  try {
    await validateSources([objectSource('doc.json', value)]);
    return [];
  } catch (error) {
    if (error instanceof LoadValidationError) return [...error.problems];
    throw error;
  }
}

function mutate(change: (doc: ReturnType<typeof sampleDocument>) => void): ReturnType<typeof sampleDocument> {
  const doc = sampleDocument(sampleIds('t'));
  change(doc);
  return doc;
}

type Doc = { actors: Record<string, unknown>[]; relations: Record<string, unknown>[]; document: Record<string, unknown> };

describe('annotation validation', () => {
  it('accepts the sample document and counts it', async () => {
    await expect(validateSources([objectSource('doc.json', sampleDocument(sampleIds('t')))])).resolves.toEqual({
      problems: [],
      documents: 1,
      actors: 3,
      relations: 2,
    });
  });

  it('names an unknown actor reference with its path', async () => {
    const doc = mutate((d) => ((d as Doc).relations[1].to = 't-nobody'));
    expect(await problemsOf(doc)).toEqual(["doc.json: relations[1].to: expected the id of an actor declared in document 't-doc', found 't-nobody'"]);
  });

  it('names an unknown relation type and lists the vocabulary', async () => {
    const doc = mutate((d) => ((d as Doc).relations[0].type = 'LOVES'));
    const [problem] = await problemsOf(doc);
    expect(problem).toMatch(/^doc\.json: relations\[0\]\.type: expected one of NEGOTIATES_WITH, COOPERATES_WITH, ATTACKS, .*, found "LOVES"$/);
  });

  it('names a bad date', async () => {
    const doc = mutate((d) => ((d as Doc).relations[0].time = '2021-02-30'));
    expect(await problemsOf(doc)).toEqual(["doc.json: relations[0].time: expected a day that exists in 2021-02, found '2021-02-30'"]);
  });

  it('names a quote that is not in the text', async () => {
    const doc = mutate((d) => ((d as Doc).actors[2].evidence = [{ quote: 'Gamma Ray' }]));
    expect(await problemsOf(doc)).toEqual([
      `doc.json: actors[2].evidence[0].quote: expected a quote that occurs verbatim in the text of document 't-doc', found "Gamma Ray"`,
    ]);
  });

  it('names a quote asked for at an occurrence the text does not have', async () => {
    const doc = mutate((d) => ((d as Doc).actors[0].evidence = [{ quote: 'Alpha Corp', occurrence: 2 }]));
    expect(await problemsOf(doc)).toEqual([
      `doc.json: actors[0].evidence[0].quote: expected a quote that occurs at least 2 times in the text of document 't-doc', found "Alpha Corp"`,
    ]);
  });

  it('names a duplicate actor id with both places', async () => {
    const doc = mutate((d) => ((d as Doc).actors[2].id = 't-alpha'));
    expect(await problemsOf(doc)).toEqual([
      "doc.json: actors[2].id: expected an id not used by another actor of this document, found 't-alpha' (also at actors[0])",
      "doc.json: relations[1].to: expected the id of an actor declared in document 't-doc', found 't-gamma'",
    ]);
  });

  it('names a relation stated twice', async () => {
    const doc = mutate((d) => (d as Doc).relations.push({ ...(d as Doc).relations[1] }));
    expect(await problemsOf(doc)).toEqual(['doc.json: relations[2]: expected each relation once, found the same type, actors and time as relations[1]']);
  });

  it('treats a symmetric relation stated both ways as the same relation', async () => {
    const doc = mutate((d) => (d as Doc).relations.push({ ...(d as Doc).relations[0], from: 't-alpha', to: 't-beta' }));
    expect(await problemsOf(doc)).toEqual(['doc.json: relations[2]: expected each relation once, found the same type, actors and time as relations[0]']);
  });

  it('accepts a Wikidata item id on an actor and refuses anything else', async () => {
    const good = mutate((d) => ((d as Doc).actors[0].wikidataId = 'Q796'));
    expect(await problemsOf(good)).toEqual([]);
    const bad = mutate((d) => {
      (d as Doc).actors[0].wikidataId = 'q796';
      (d as Doc).actors[1].wikidataId = 796;
    });
    expect(await problemsOf(bad)).toEqual([
      'doc.json: actors[0].wikidataId: expected a Wikidata item id such as Q796, found "q796"',
      'doc.json: actors[1].wikidataId: expected a Wikidata item id such as Q796, found 796',
    ]);
  });

  it('reports every problem of a file at once, not just the first', async () => {
    const doc = mutate((d) => {
      const x = d as Doc;
      x.actors[0].kind = 'ALIEN';
      x.actors[1].colour = 'blue';
      x.relations[0].time = 'spring';
      x.relations[1].evidence = [];
    });
    expect(await problemsOf(doc)).toEqual([
      'doc.json: actors[0].kind: expected one of PERSON, STATE, GOVERNMENT, ORGANIZATION, ARMED_GROUP, MILITARY_FORCE, COALITION, POPULATION, found "ALIEN"',
      "doc.json: actors[1].colour: expected only the fields id, name, kind, aliases, description, roles, wikidataId, evidence, review, confidence, rule, reviewedBy, reviewedAt, found 'colour'",
      "doc.json: relations[0].time: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found 'spring'",
      'doc.json: relations[1].evidence: expected a non-empty array of { quote }, found an array of 0',
    ]);
  });

  it('refuses a document id used by two files of one load', async () => {
    const ids = sampleIds('t');
    await expect(validateSources([objectSource('a.json', sampleDocument(ids)), objectSource('b.json', sampleDocument(ids))])).rejects.toMatchObject({
      problems: ["b.json: document.id: expected a document id not used by another file of this load, found 't-doc' (also in a.json)"],
    });
  });

  it('refuses a text file for documents that come over the API', async () => {
    const doc = mutate((d) => {
      delete (d as Doc).document.text;
      (d as Doc).document.textFile = '/etc/passwd';
    });
    expect(await problemsOf(doc)).toEqual([
      'doc.json: document.textFile: expected the text inline in text (a textFile is read only by the command-line loader), found textFile',
    ]);
  });

  it('names bad JSON with the parser position', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'annotation-'));
    const file = writeJson(dir, 'broken.json', '{ "document": { "id": "x", }');
    await expect(validateSources([openSource(file)], { baseDir: (s) => documentBaseDir(s.file) })).rejects.toMatchObject({
      problems: [expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\(file\\): expected valid JSON, found .*position \\d+`))],
    });
  });

  it('reads the .jsonl layout line by line and names lines in problems', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'annotation-'));
    const doc = sampleDocument(sampleIds('t')) as Doc;
    const lines = [
      JSON.stringify({ document: doc.document }),
      ...doc.actors.map((actor) => JSON.stringify({ actor })),
      JSON.stringify({ relation: { ...doc.relations[0], type: 'HUGS' } }),
      'not json',
    ];
    const file = writeJson(dir, 'doc.jsonl', lines.join('\n'));
    const error = await validateSources([openSource(file)], { baseDir: (s) => documentBaseDir(s.file) }).catch((e: LoadValidationError) => e);
    expect((error as LoadValidationError).problems).toEqual([
      expect.stringMatching(/doc\.jsonl: line 5: relation\.type: expected one of .*, found "HUGS"$/),
      expect.stringMatching(/doc\.jsonl: line 6: expected one JSON object, found /),
    ]);
  });
});

describe('annotation limits: every string and list is bounded before the database sees it', () => {
  it('refuses a name over the name limit (9,600 characters broke the name index)', async () => {
    const doc = mutate((d) => ((d as Doc).actors[0].name = 'n'.repeat(9_600)));
    expect(await problemsOf(doc)).toEqual(['doc.json: actors[0].name: expected at most 1000 characters, found 9600']);
  });

  it('refuses too many aliases, an alias too long, too many roles and a role too long', async () => {
    const doc = mutate((d) => {
      const x = d as Doc;
      x.actors[0].aliases = Array.from({ length: 12_000 }, (_, index) => `alias ${index}`);
      x.actors[1].aliases = ['a'.repeat(1_001)];
      x.actors[1].roles = Array.from({ length: 51 }, (_, index) => `role ${index}`);
      x.actors[2].roles = ['r'.repeat(1_001)];
    });
    expect(await problemsOf(doc)).toEqual([
      'doc.json: actors[0].aliases: expected at most 200 entries, found 12000',
      'doc.json: actors[1].aliases[0]: expected at most 1000 characters, found 1001',
      'doc.json: actors[1].roles: expected at most 50 entries, found 51',
      'doc.json: actors[2].roles[0]: expected at most 1000 characters, found 1001',
    ]);
  });

  it('refuses too many quotes for one item, and a quote too long', async () => {
    const doc = mutate((d) => {
      const x = d as Doc;
      x.actors[0].evidence = Array.from({ length: 101 }, () => ({ quote: 'Alpha Corp' }));
      x.relations[1].evidence = [{ quote: 'q'.repeat(10_001) }];
    });
    expect(await problemsOf(doc)).toEqual([
      'doc.json: actors[0].evidence: expected at most 100 entries, found 101',
      'doc.json: relations[1].evidence[0].quote: expected at most 10000 characters, found 10001',
    ]);
  });

  it('refuses a title, place, description or url over its limit, naming each', async () => {
    const doc = mutate((d) => {
      const x = d as Doc;
      x.document.title = 't'.repeat(1_001);
      x.document.url = `https://example.org/${'u'.repeat(2_048)}`;
    });
    // Without a valid document its records cannot be checked: they are checked once it is fixed.
    expect(await problemsOf(doc)).toEqual([
      'doc.json: document.title: expected at most 1000 characters, found 1001',
      'doc.json: document.url: expected at most 2048 characters, found 2068',
    ]);
    const relation = mutate((d) => {
      const x = d as Doc;
      x.relations[0].place = 'p'.repeat(1_001);
      x.relations[0].description = 'd'.repeat(10_001);
    });
    expect(await problemsOf(relation)).toEqual([
      'doc.json: relations[0].place: expected at most 1000 characters, found 1001',
      'doc.json: relations[0].description: expected at most 10000 characters, found 10001',
    ]);
  });

  it('refuses an inline text over MAX_DOCUMENT_CHARS', async () => {
    await expect(validateSources([objectSource('doc.json', sampleDocument(sampleIds('t')))], { maxDocumentChars: 50 })).rejects.toMatchObject({
      problems: [`doc.json: document.text: expected at most 50 characters (MAX_DOCUMENT_CHARS), found ${SAMPLE_TEXT.length}`],
    });
  });

  it('refuses more actors or relations in one document than the limits, once each', async () => {
    const doc = mutate((d) => {
      const x = d as Doc;
      x.actors = Array.from({ length: 100_002 }, (_, index) => ({ id: `t-a${index}`, name: 'Alpha Corp', kind: 'ORGANIZATION', evidence: [{ quote: 'Alpha Corp' }] }));
      x.relations = Array.from({ length: 100_001 }, (_, index) => ({
        type: 'ATTACKS',
        from: 't-a0',
        to: `t-a${(index % 1_000) + 1}`,
        time: String(1_000 + Math.floor(index / 1_000)),
        description: 'An attack.',
        evidence: [{ quote: 'attacked' }],
      }));
    });
    expect(await problemsOf(doc)).toEqual([
      'doc.json: actors[100000]: expected at most 100000 actors in one document, found more',
      'doc.json: relations[100000]: expected at most 100000 relations in one document, found more',
    ]);
  }, 120_000);
});

describe('text that cannot be stored as given', () => {
  it('refuses a lone surrogate in any string, which the database would store as U+FFFD', async () => {
    const doc = mutate((d) => {
      const x = d as Doc;
      x.document.text = `${SAMPLE_TEXT} \ud800`;
    });
    expect(await problemsOf(doc)).toEqual([
      `doc.json: document.text: expected well-formed Unicode, found a lone surrogate (U+D800) at character ${SAMPLE_TEXT.length + 1}`,
    ]);
    const actor = mutate((d) => ((d as Doc).actors[0].name = 'Alpha \udc00Corp'));
    expect(await problemsOf(actor)).toEqual(['doc.json: actors[0].name: expected well-formed Unicode, found a lone surrogate (U+DC00) at character 6']);
  });

  it('accepts characters outside the Basic Multilingual Plane, written as surrogate pairs', async () => {
    const doc = mutate((d) => {
      const x = d as Doc;
      x.document.text = `${SAMPLE_TEXT} 🐍`;
      x.actors[0].aliases = ['Alpha 🐍'];
    });
    expect(await problemsOf(doc)).toEqual([]);
  });
});
