/**
 * The score of a possible duplicate: its names' match, raised by what the graph says of the two
 * actors (neighbours they share, documents that mention both), with each reason in words. A
 * shared Wikidata item makes the pair certain (score 1).
 *
 * The names weigh most; shared neighbours are what tells two spellings of one militia from two
 * militias of similar names (a duplicate is written about with the same actors around it).
 */
import { NameCandidate } from './duplicate-candidates';

export interface PairStructure {
  /** Actors related to both. */
  readonly sharedNeighbours: number;
  /** Documents that mention both. */
  readonly sharedDocuments: number;
}

export interface ScoredPair {
  readonly candidate: NameCandidate;
  readonly score: number;
  readonly reasons: readonly string[];
}

const NAME_WEIGHT = 0.8;
const PER_SHARED_NEIGHBOUR = 0.08;
const MOST_FOR_NEIGHBOURS = 0.2;
const FOR_SHARED_DOCUMENTS = 0.03;

/** The most the graph can add to a pair's score. */
export const MOST_FROM_GRAPH = MOST_FOR_NEIGHBOURS + FOR_SHARED_DOCUMENTS;

/** The highest score a pair can reach from its names alone: what is worth asking the graph about. */
export function nameOnlyScore(candidate: NameCandidate): number {
  return candidate.sameWikidataId ? 1 : candidate.name.score * NAME_WEIGHT;
}

export function scorePair(candidate: NameCandidate, structure: PairStructure): ScoredPair {
  const reasons: string[] = [];
  if (candidate.sameWikidataId) reasons.push(`both are Wikidata item ${candidate.a.wikidataId}`);
  if (candidate.name.score > 0) reasons.push(candidate.name.reason);
  if (candidate.a.kind === candidate.b.kind) reasons.push(`both are ${candidate.a.kind}`);
  const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
  if (structure.sharedNeighbours > 0) reasons.push(`${plural(structure.sharedNeighbours, 'neighbour')} in common`);
  if (structure.sharedDocuments > 0) reasons.push(`${plural(structure.sharedDocuments, 'document')} ${structure.sharedDocuments === 1 ? 'mentions' : 'mention'} both`);
  if (candidate.sameWikidataId) return { candidate, score: 1, reasons };
  const graph = Math.min(MOST_FOR_NEIGHBOURS, PER_SHARED_NEIGHBOUR * structure.sharedNeighbours) + (structure.sharedDocuments > 0 ? FOR_SHARED_DOCUMENTS : 0);
  // Below 1: only a shared Wikidata item is certain.
  return { candidate, score: Math.min(0.99, nameOnlyScore(candidate) + graph), reasons };
}
