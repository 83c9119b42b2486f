/**
 * Reading the parser's output: the repairs of two known misreadings, on parses written out here
 * as CoreNLP gave them for sentences of ours (so that the repair is tested whatever a later model
 * makes of the sentence), and the edges left alone where the reading was right.
 */
import { ParsedText } from '../../src/parser/parse.types';
import { readParse } from '../../src/extract/parsed-document';

type Word = readonly [word: string, tag: string, lemma?: string];
type Dependency = readonly [dep: string, governor: number, dependent: number];

/** A one-sentence parse of `words` joined by spaces, with 1-based dependency ends as CoreNLP gives them. */
function parseOf(words: readonly Word[], dependencies: readonly Dependency[]): { text: string; parsed: ParsedText } {
  let offset = 0;
  const tokens = words.map(([word, tag, lemma], index) => {
    const token = { index: index + 1, word, originalText: word, lemma: lemma ?? word.toLowerCase(), characterOffsetBegin: offset, characterOffsetEnd: offset + word.length, pos: tag, ner: 'O', before: ' ', after: ' ' };
    offset += word.length + 1;
    return token;
  });
  const edges = dependencies.map(([dep, governor, dependent]) => ({ dep, governor, governorGloss: '', dependent, dependentGloss: '' }));
  const text = words.map(([word]) => word).join(' ');
  return { text, parsed: { sentences: [{ index: 0, tokens, basicDependencies: edges, enhancedPlusPlusDependencies: edges }], corefs: {} } as unknown as ParsedText };
}

function edgesOf(words: readonly Word[], dependencies: readonly Dependency[]): string[] {
  const { text, parsed } = parseOf(words, dependencies);
  const doc = readParse(text, parsed);
  return doc.tokens.flatMap((token, index) => doc.dependents[index].map((edge) => `${edge.dep}(${token.text}, ${doc.tokens[edge.token].text})`)).sort();
}

describe('readParse: a trailing attribution read as a second subject', () => {
  // "Jets struck positions near Kor , the military said ."
  const words: Word[] = [['Jets', 'NNS', 'jet'], ['struck', 'VBD', 'strike'], ['positions', 'NNS', 'position'], ['near', 'IN'], ['Kor', 'NNP'], [',', ','], ['the', 'DT'], ['military', 'NN'], ['said', 'VBD', 'say'], ['.', '.']];

  it('makes the first subject the object of the verb whose clause "said" was read as', () => {
    const misread: Dependency[] = [['nsubj', 2, 1], ['ccomp', 2, 9], ['nsubj', 9, 3], ['case', 5, 4], ['obl:near', 9, 5], ['punct', 9, 6], ['det', 8, 7], ['nsubj', 9, 8], ['punct', 2, 10]];
    const edges = edgesOf(words, misread);
    expect(edges).toContain('obj(struck, positions)');
    expect(edges).not.toContain('nsubj(said, positions)');
    expect(edges).toContain('nsubj(said, military)');
  });

  it('reads the reporter the parser hung on the object as an apposition as the subject of "said"', () => {
    const misread: Dependency[] = [['nsubj', 2, 1], ['ccomp', 2, 9], ['nsubj', 9, 3], ['appos', 3, 8], ['punct', 3, 6], ['det', 8, 7]];
    const edges = edgesOf(words, misread);
    expect(edges).toEqual(expect.arrayContaining(['obj(struck, positions)', 'nsubj(said, military)']));
    expect(edges).not.toContain('appos(positions, military)');
    // An apposition closed by a comma is one: "the group, a militia, said".
    const closed: Word[] = [...words.slice(0, 8), [',', ','], ['said', 'VBD', 'say'], ['.', '.']];
    const apposition: Dependency[] = [['nsubj', 2, 1], ['ccomp', 2, 10], ['nsubj', 10, 3], ['appos', 3, 8]];
    expect(edgesOf(closed, apposition)).toContain('appos(positions, military)');
  });

  it('leaves joined subjects, and a verb that has its object, as they are', () => {
    // "Jets and the military said ...": two subjects joined by "and".
    const joined: Dependency[] = [['nsubj', 9, 3], ['nsubj', 9, 8], ['conj:and', 3, 8], ['ccomp', 2, 9], ['nsubj', 2, 1]];
    expect(edgesOf(words, joined)).toContain('nsubj(said, positions)');
    const withObject: Dependency[] = [['nsubj', 2, 1], ['obj', 2, 5], ['ccomp', 2, 9], ['nsubj', 9, 3], ['nsubj', 9, 8]];
    expect(edgesOf(words, withObject)).not.toContain('obj(struck, positions)');
  });
});

describe('readParse: a relative clause left loose', () => {
  // "Brandt , who led the Front , was killed ."
  const words: Word[] = [['Brandt', 'NNP'], [',', ','], ['who', 'WP'], ['led', 'VBD', 'lead'], ['the', 'DT'], ['Front', 'NNP'], [',', ','], ['was', 'VBD', 'be'], ['killed', 'VBN', 'kill'], ['.', '.']];

  it('gives the clause the noun it hangs from as its subject', () => {
    const loose: Dependency[] = [['nsubj:pass', 9, 1], ['nsubj', 4, 3], ['dep', 1, 4], ['det', 6, 5], ['obj', 4, 6], ['aux:pass', 9, 8]];
    expect(edgesOf(words, loose)).toContain('nsubj(led, Brandt)');
  });

  it('adds nothing where the subject is no relative pronoun', () => {
    const words2: Word[] = [['Brandt', 'NNP'], [',', ','], ['he', 'PRP'], ['led', 'VBD', 'lead'], ['the', 'DT'], ['Front', 'NNP']];
    const loose: Dependency[] = [['nsubj', 4, 3], ['dep', 1, 4], ['obj', 4, 6]];
    expect(edgesOf(words2, loose)).not.toContain('nsubj(led, Brandt)');
  });
});

describe('readParse: a reduced relative read as a clause of its own', () => {
  // "Jets bombed towns held by the Front ."
  const words: Word[] = [['Jets', 'NNS', 'jet'], ['bombed', 'VBD', 'bomb'], ['towns', 'NNS', 'town'], ['held', 'VBN', 'hold'], ['by', 'IN'], ['the', 'DT'], ['Front', 'NNP'], ['.', '.']];

  it('makes the noun the verb\'s object and the participle its clause', () => {
    const misread: Dependency[] = [['nsubj', 2, 1], ['dep', 2, 4], ['nsubj', 4, 3], ['case', 7, 5], ['det', 7, 6], ['obl:by', 4, 7]];
    const edges = edgesOf(words, misread);
    expect(edges).toEqual(expect.arrayContaining(['obj(bombed, towns)', 'acl(towns, held)', 'obl:by(held, Front)']));
    expect(edges).not.toContain('dep(bombed, held)');
  });

  it('leaves a verb that has its object as it is', () => {
    const read: Dependency[] = [['nsubj', 2, 1], ['obj', 2, 3], ['acl', 3, 4], ['obl:by', 4, 7]];
    expect(edgesOf(words, read)).toEqual(['acl(towns, held)', 'nsubj(bombed, Jets)', 'obj(bombed, towns)', 'obl:by(held, Front)']);
  });
});
