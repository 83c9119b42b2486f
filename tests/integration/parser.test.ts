/**
 * The real parser, as the run's global setup started it (PARSER_URL): what a parse looks like, that
 * its offsets point into the text as sent, and that it listens on loopback only.
 */
import { readFileSync } from 'node:fs';
import { ParserConnection } from '../../src/parser/connect-parser';
import { ParsedText } from '../../src/parser/parse.types';
import { PARSER_LOAD_WAIT_MS, testParser } from '../support/test-parser';

const TEXT =
  'An air strike by the Ruritanian air force on the depot killed commander Ivo Brandt. ' +
  'Acting Prime Minister Olek Tam said he had ordered the strike.\n\n' +
  'Brandt, who led the Northern Front, was a longtime ally of the Border Guard. ' +
  'The rebels who seized the town were later driven out by the army.';

let connection: ParserConnection;

beforeAll(async () => {
  connection = await testParser();
}, PARSER_LOAD_WAIT_MS + 10_000);

function dependency(parse: ParsedText, sentence: number, dep: string): [string, string][] {
  return parse.sentences[sentence].enhancedPlusPlusDependencies.filter((edge) => edge.dep === dep).map((edge) => [edge.governorGloss, edge.dependentGloss]);
}

/**
 * The kernel's hex address as dotted IPv4: `0100007F` (tcp) and `0000000000000000FFFF00000100007F`
 * (tcp6, an IPv4-mapped address) are both 127.0.0.1; all zeros would be every interface.
 */
function ipv4Of(hex: string): string {
  const mapped = /^0{16}FFFF0000([0-9A-F]{8})$/.exec(hex);
  const ipv4 = hex.length === 8 ? hex : mapped?.[1];
  if (ipv4 === undefined) return `IPv6 ${hex}`;
  return [6, 4, 2, 0].map((at) => parseInt(ipv4.slice(at, at + 2), 16)).join('.');
}

describe('the parser', () => {
  it('answers sentences, tokens, entities, enhanced++ dependencies and coreference chains', async () => {
    const parse = await connection.parser.parse(TEXT);
    expect(parse.sentences.map((sentence) => sentence.index)).toEqual([0, 1, 2, 3]);
    expect(parse.sentences[0].tokens.slice(0, 3).map(({ index, word, lemma, pos }) => ({ index, word, lemma, pos }))).toEqual([
      { index: 1, word: 'An', lemma: 'a', pos: 'DT' },
      { index: 2, word: 'air', lemma: 'air', pos: 'NN' },
      { index: 3, word: 'strike', lemma: 'strike', pos: 'NN' },
    ]);
    expect(dependency(parse, 0, 'nsubj')).toEqual([['killed', 'strike']]);
    expect(dependency(parse, 0, 'obj')).toEqual([['killed', 'Brandt']]);
    expect(dependency(parse, 2, 'nmod:of')).toEqual([['ally', 'Guard']]);
    expect(dependency(parse, 3, 'acl:relcl')).toEqual([['rebels', 'seized']]);
    expect(dependency(parse, 3, 'nsubj:pass')).toEqual([['driven', 'rebels']]);
    expect(dependency(parse, 3, 'obl:agent')).toEqual([['driven', 'army']]);
    const entities = parse.sentences.flatMap((sentence) => (sentence.entitymentions ?? []).map((mention) => [mention.text, mention.ner]));
    expect(entities).toEqual(
      expect.arrayContaining([
        ['Ivo Brandt', 'PERSON'],
        ['Olek Tam', 'PERSON'],
        ['Prime Minister', 'TITLE'],
      ]),
    );
    // "he" (sentence 2) refers to Olek Tam, and "Brandt" (sentence 3) to Ivo Brandt.
    const chains = Object.values(parse.corefs ?? {}).map((chain) => chain.map((mention) => `${mention.sentNum}:${mention.text}`).sort());
    expect(chains).toEqual(expect.arrayContaining([expect.arrayContaining(['2:he']), expect.arrayContaining(['1:commander Ivo Brandt', '3:Brandt'])]));
    expect(chains.find((chain) => chain.includes('2:he'))?.some((mention) => mention.includes('Olek Tam'))).toBe(true);
  });

  it('gives character offsets into the text as sent, counted in UTF-16 code units', async () => {
    const text = 'The envoy 👩🏽‍⚖️ Ana Vell met Ruritania\u2019s president in Vell\u00e9ville.\nHe said the talks had failed.';
    const parse = await connection.parser.parse(text);
    const tokens = parse.sentences.flatMap((sentence) => sentence.tokens);
    expect(tokens.length).toBeGreaterThan(10);
    for (const token of tokens) expect(text.slice(token.characterOffsetBegin, token.characterOffsetEnd)).toBe(token.originalText);
    const vell = tokens.find((token) => token.word === 'Vell')!;
    expect(vell.characterOffsetBegin).toBe(text.indexOf('Vell'));
  });

  it('listens on the loopback address only', () => {
    const url = new URL(process.env.PARSER_URL!.split(',')[0]);
    expect(url.hostname).toBe('127.0.0.1');
    const port = Number(url.port).toString(16).toUpperCase().padStart(4, '0');
    const listening = ['/proc/net/tcp', '/proc/net/tcp6']
      .flatMap((file) => readFileSync(file, 'utf8').split('\n').slice(1))
      .map((line) => line.trim().split(/\s+/))
      // Column 1 is the local address as hex IP:port, column 3 the state (0A: listening).
      .filter((columns) => columns.length > 3 && columns[3] === '0A' && columns[1].endsWith(`:${port}`))
      .map((columns) => ipv4Of(columns[1].split(':')[0]));
    expect(listening).toEqual(['127.0.0.1']);
  });
});
