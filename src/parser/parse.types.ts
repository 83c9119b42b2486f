/**
 * What the parser returns for a text: Stanford CoreNLP's JSON output (`outputFormat=json`) for the
 * annotators `tokenize,ssplit,pos,lemma,ner,depparse,coref`, typed as far as drafting reads it.
 *
 * Indices follow CoreNLP: tokens and dependency ends are 1-based within their sentence (0 is the
 * ROOT), coreference `sentNum` is 1-based, `startIndex`/`endIndex` are 1-based token indices with
 * the end exclusive. Character offsets are UTF-16 code units of the text as sent, as JavaScript
 * strings count them.
 */

export interface ParsedToken {
  readonly index: number;
  readonly word: string;
  readonly originalText: string;
  readonly lemma: string;
  readonly characterOffsetBegin: number;
  readonly characterOffsetEnd: number;
  /** Penn Treebank part of speech (NNP, VBD, ...). */
  readonly pos: string;
  /** Named-entity class (PERSON, ORGANIZATION, COUNTRY, TITLE, ... or O). */
  readonly ner: string;
  readonly before: string;
  readonly after: string;
}

/** One edge of a dependency graph: `governor` → `dependent`, labelled with a Universal Dependencies relation. */
export interface ParsedDependency {
  /** e.g. `nsubj`, `obj`, `nsubj:pass`, `obl:agent`, `nmod:poss`, `nmod:of`, `appos`, `acl:relcl`, `conj:and`, `ROOT`. */
  readonly dep: string;
  readonly governor: number;
  readonly governorGloss: string;
  readonly dependent: number;
  readonly dependentGloss: string;
}

export interface ParsedEntityMention {
  readonly tokenBegin: number;
  /** Exclusive. These two are 0-based within the sentence, unlike `ParsedToken.index`. */
  readonly tokenEnd: number;
  readonly text: string;
  readonly characterOffsetBegin: number;
  readonly characterOffsetEnd: number;
  readonly ner: string;
}

export interface ParsedSentence {
  /** 0-based position of the sentence in the text. */
  readonly index: number;
  readonly tokens: readonly ParsedToken[];
  readonly basicDependencies: readonly ParsedDependency[];
  /** Enhanced++ Universal Dependencies: what the relation patterns match against. */
  readonly enhancedPlusPlusDependencies: readonly ParsedDependency[];
  readonly entitymentions?: readonly ParsedEntityMention[];
}

export interface ParsedCorefMention {
  readonly id: number;
  readonly text: string;
  /** PROPER, NOMINAL, PRONOMINAL or LIST. */
  readonly type: string;
  readonly number: string;
  readonly gender: string;
  readonly animacy: string;
  /** 1-based token index within the sentence; `endIndex` exclusive. */
  readonly startIndex: number;
  readonly endIndex: number;
  readonly headIndex: number;
  /** 1-based sentence number. */
  readonly sentNum: number;
  readonly isRepresentativeMention: boolean;
}

export interface ParsedText {
  readonly sentences: readonly ParsedSentence[];
  /** Coreference chains by chain id; absent when coreference was not run. */
  readonly corefs?: Readonly<Record<string, readonly ParsedCorefMention[]>>;
  /**
   * Sentences (0-based `index`) the annotators could not handle: their tokens carry part of
   * speech `X`, their word as lemma, no entity, and no dependencies. Absent when every sentence parsed.
   */
  readonly failedSentences?: readonly number[];
  /** True when coreference failed and the text came back without chains. */
  readonly corefFailed?: boolean;
}

/** Parses text; the one seam between drafting and whatever parser runs (local, remote, several). */
export interface TextParser {
  /** Rejects with a coded error when no parser can answer; `signal` abandons the request. */
  parse(text: string, signal?: AbortSignal): Promise<ParsedText>;
}
