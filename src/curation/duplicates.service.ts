/**
 * `possibleDuplicates`: pairs of actors likely to be one, best first. Every actor's names are read
 * (page by page), compared in blocks (duplicate-candidates.ts), and the pairs that can still reach
 * the list once the graph has spoken are asked about their neighbours and documents
 * (duplicate-score.ts). The graph can add at most MOST_FROM_GRAPH to a name's score, so a pair
 * whose name score plus that stays below the list's cut is never asked about.
 */
import { actorProfilesPage, ActorProfile, pairStructures } from '../graph/duplicates.repository';
import { Database } from '../neo4j/database';
import { nameCandidates, NameCandidate } from './duplicate-candidates';
import { MOST_FROM_GRAPH, nameOnlyScore, ScoredPair, scorePair } from './duplicate-score';

const PROFILE_PAGE = 5_000;
const STRUCTURE_BATCH = 1_000;

export interface DuplicateRequest {
  readonly first: number;
  /** Pairs scoring below this are left out. */
  readonly minScore: number;
  /** Only pairs with this actor; null for all. */
  readonly actorId: string | null;
}

export class DuplicateFinder {
  constructor(private readonly database: Database) {}

  async possibleDuplicates(request: DuplicateRequest): Promise<ScoredPair[]> {
    const candidates = nameCandidates(await this.profiles(), { only: request.actorId });
    const byName = candidates.map((candidate) => ({ candidate, floor: nameOnlyScore(candidate) })).sort((x, y) => y.floor - x.floor);
    // A pair's final score is at least its name's: the first-th best name score is a floor of the list's cut.
    const cut = Math.max(request.minScore, byName[request.first - 1]?.floor ?? 0);
    const asked = byName.filter((entry) => entry.floor + MOST_FROM_GRAPH >= cut).map((entry) => entry.candidate);
    const scored = await this.withStructure(asked);
    return scored
      .filter((pair) => pair.score >= request.minScore)
      .sort((x, y) => y.score - x.score || x.candidate.a.id.localeCompare(y.candidate.a.id) || x.candidate.b.id.localeCompare(y.candidate.b.id))
      .slice(0, request.first);
  }

  private async profiles(): Promise<ActorProfile[]> {
    const all: ActorProfile[] = [];
    for (let after: string | null = null; ; ) {
      const from: string | null = after;
      const page: ActorProfile[] = await this.database.read((runner) => actorProfilesPage(runner, from, PROFILE_PAGE));
      all.push(...page);
      if (page.length < PROFILE_PAGE) return all;
      after = page[page.length - 1].id;
    }
  }

  private async withStructure(candidates: readonly NameCandidate[]): Promise<ScoredPair[]> {
    const scored: ScoredPair[] = [];
    for (let start = 0; start < candidates.length; start += STRUCTURE_BATCH) {
      const batch = candidates.slice(start, start + STRUCTURE_BATCH);
      const rows = await this.database.read((runner) => pairStructures(runner, batch.map((candidate) => [candidate.a.id, candidate.b.id] as const)));
      const structures = new Map(rows.map((row) => [`${row.a} ${row.b}`, row]));
      for (const candidate of batch) {
        const structure = structures.get(`${candidate.a.id} ${candidate.b.id}`);
        // An actor deleted or merged since its names were read is no longer a pair.
        if (structure !== undefined) scored.push(scorePair(candidate, structure));
      }
    }
    return scored;
  }
}
