/**
 * Sentences and tokens of a text, with each token's lemma, part of speech and UTF-16 offsets.
 *
 * wink-nlp (with its English model, shipped inside its npm package) does the tokenising, the
 * sentence splitting, the tagging and the lemmas; this module only places each token back in the
 * original text, because wink reports tokens, not offsets, and every quote the extraction layer
 * emits must be a verbatim slice of the text.
 */
import winkNLP, { ItemSentence, ItemToken, ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  /** Position in the text's token list. */
  readonly index: number;
  readonly text: string;
  /** Lower-case lemma ("attacked" → "attack"); punctuation is itself. */
  readonly lemma: string;
  /** Universal part of speech: NOUN, PROPN, VERB, AUX, ADJ, ADP, DET, PRON, PUNCT, ... */
  readonly pos: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Token indexes, end exclusive. */
  readonly firstToken: number;
  readonly endToken: number;
}

export interface AnalysedText {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

const nlp = winkNLP(model);
const its = nlp.its;
// The lemma function's declared type asks for the model's add-ons, which `out` supplies itself.
const lemma = its.lemma as unknown as ItsFunction<string>;

export function analyseText(text: string): AnalysedText {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const doc = nlp.readDoc(text);
  let cursor = 0;
  let firstToken = 0;
  const close = (): void => {
    if (tokens.length === firstToken) return;
    sentences.push({ index: sentences.length, start: tokens[firstToken].start, end: tokens[tokens.length - 1].end, firstToken, endToken: tokens.length });
    firstToken = tokens.length;
  };
  doc.sentences().each((sentence: ItemSentence) => {
    sentence.tokens().each((token: ItemToken) => {
      const surface = token.out();
      // Line breaks come as tokens of their own; a sentence starts at its first word, not at one of them.
      if (surface.trim() === '') return;
      // wink keeps each token's surface; finding it from the cursor on gives its offsets.
      const found = text.indexOf(surface, cursor);
      const start = found < 0 ? cursor : found;
      const end = found < 0 ? cursor : start + surface.length;
      // A line break ends a sentence: a headline has no full stop.
      if (text.slice(cursor, start).includes('\n')) close();
      cursor = end;
      const pos = token.out(its.pos);
      // "UN-backed" stays one token where "Iran-backed" is three: split it the same way, so that the
      // name and the participle are read alike whatever the tokeniser did.
      const compound = /^(\p{Lu}[\p{L}\p{N}]*)-(\p{Ll}+)$/u.exec(surface);
      if (compound !== null && found >= 0) {
        const [, name, participle] = compound;
        const dash = start + name.length;
        tokens.push({ index: tokens.length, text: name, lemma: name.toLowerCase(), pos: 'PROPN', start, end: dash, sentence: sentences.length });
        tokens.push({ index: tokens.length, text: '-', lemma: '-', pos: 'PUNCT', start: dash, end: dash + 1, sentence: sentences.length });
        tokens.push({ index: tokens.length, text: participle, lemma: participle, pos: 'VERB', start: dash + 1, end, sentence: sentences.length });
        return;
      }
      const previous = tokens.length > firstToken ? tokens[tokens.length - 1] : undefined;
      // "has mediated", "were brokered": a participle the tagger read as an adjective after have or be is a verb.
      const verb = pos !== 'VERB' && previous?.pos === 'AUX' && /ed$/.test(surface) ? participleLemma(surface.toLowerCase()) : null;
      if (verb !== null) {
        tokens.push({ index: tokens.length, text: surface, lemma: verb, pos: 'VERB', start, end, sentence: sentences.length });
        return;
      }
      tokens.push({ index: tokens.length, text: surface, lemma: lemmaOf(token.out(lemma), pos), pos, start, end, sentence: sentences.length });
    });
    close();
  });
  return { text, tokens, sentences };
}

const adjectives = new Map<string, boolean>();

/**
 * Whether the model reads a word as an adjective before a noun ("local" in "Local leaders said"):
 * a sentence's first word is capitalised whatever it is, and the tagger then takes it for a name.
 */
export function isAdjective(word: string): boolean {
  const lower = word.toLowerCase();
  let known = adjectives.get(lower);
  if (known === undefined) {
    known = nlp.readDoc(`the ${lower} leaders said`).tokens().itemAt(1).out(its.pos) === 'ADJ';
    adjectives.set(lower, known);
  }
  return known;
}

const verbs = new Map<string, string | null>();

/** The word's lemma when the model reads it as a verb in a verb's place ("back" in "they will back it"); null when it does not. */
function verbLemma(word: string): string | null {
  const known = verbs.get(word);
  if (known !== undefined) return known;
  const probe = nlp.readDoc(`they will ${word} it`).tokens().itemAt(2);
  const found = probe.out(its.pos) === 'VERB' ? probe.out(lemma) : null;
  verbs.set(word, found);
  return found;
}

/** The verb an "-ed" word is the participle of ("mediated" → "mediate"); null when none. */
function participleLemma(word: string): string | null {
  for (const stem of [word.slice(0, -1), word.slice(0, -2), word.slice(0, -3)]) if (verbLemma(stem) === stem) return stem;
  return null;
}

/** The model lemmatises most words; a few participles it tags as nouns or adjectives keep their -ed/-ing. */
function lemmaOf(lemma: string, pos: string): string {
  const lower = lemma.toLowerCase();
  if (pos === 'PROPN') return lower;
  return lower === '’s' ? "'s" : lower.replace(/’/g, "'");
}
