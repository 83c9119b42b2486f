/**
 * The CoreNLP pipeline drafting reads, as CoreNLP properties: the one place its annotators and
 * their settings are chosen. The local parser is started with them, and every request carries
 * them, so that a stock CoreNLP server named by PARSER_URL runs the same pipeline.
 *
 * Why these settings (their costs are in docs/explanation/drafting.md):
 * - no constituency `parse`: 40 times slower than `depparse`, and the rules read dependencies;
 * - `ner` without SUTime and the numeric classifiers (dates are ours, numbers unused), keeping the
 *   fine-grained step that gives TITLE, NATIONALITY, COUNTRY, CITY and STATE_OR_PROVINCE;
 * - a sentence at every line break, as news texts break their headline and paragraphs;
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
  // A line break ends a sentence: a headline or a dateline has no full stop, and must not run into
  // the first sentence (whose subject it would become).
  'ssplit.newlineIsSentenceBreak': 'always',
  'ner.useSUTime': 'false',
  'ner.applyNumericClassifiers': 'false',
  'ner.applyFineGrained': 'true',
  'coref.algorithm': 'statistical',
  // Candidate antecedents: the 10 mentions before (about two sentences), or 100 for a name repeated.
  // CoreNLP's 50 and 500 cost about twice as much coreference time for the same chains in news prose.
  'coref.maxMentionDistance': '10',
  'coref.maxMentionDistanceWithStringMatch': '100',
};
