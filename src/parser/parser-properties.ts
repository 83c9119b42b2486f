/**
 * The CoreNLP pipeline drafting reads, as CoreNLP properties: the one place its annotators and
 * their settings are chosen. The local parser is started with them, and every request carries
 * them, so that a stock CoreNLP server named by PARSER_URL runs the same pipeline.
 *
 * Why these settings (measured on a 1,000-word news article, see docs/reference/parser.md):
 * - no constituency `parse`: 40 times slower than `depparse`, and the rules read dependencies;
 * - `ner` without SUTime and the numeric classifiers (dates are ours, numbers unused), keeping the
 *   fine-grained step that gives TITLE, NATIONALITY, COUNTRY, CITY and STATE_OR_PROVINCE;
 * - statistical coreference (neural needs models outside the jar), with candidate antecedents
 *   bounded: it is the largest cost, and news prose refers back a few sentences, not pages.
 */

export const PARSER_ANNOTATORS = ['tokenize', 'ssplit', 'pos', 'lemma', 'ner', 'depparse', 'coref'] as const;

export const PARSER_PROPERTIES: Readonly<Record<string, string>> = {
  annotators: PARSER_ANNOTATORS.join(','),
  outputFormat: 'json',
  'output.prettyPrint': 'false',
  // Characters the tokenizer cannot place are dropped without a warning per text.
  'tokenize.options': 'untokenizable=noneDelete',
  'ner.useSUTime': 'false',
  'ner.applyNumericClassifiers': 'false',
  'ner.applyFineGrained': 'true',
  'coref.algorithm': 'statistical',
  'coref.maxMentionDistance': '20',
  'coref.maxMentionDistanceWithStringMatch': '200',
};
