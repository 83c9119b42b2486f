/**
 * The benchmark's estimate of the time left in the whole run, for its progress lines. Each stage's
 * time per relation is taken from its last measurement (a first guess before any), and the query
 * measurements take a known time each, so the estimate sharpens as the run goes.
 */
export type Stage = 'load' | 'centrality' | 'export' | 'queries';

const STAGES: readonly Stage[] = ['load', 'centrality', 'export', 'queries'];

export class TimeLeft {
  /** Seconds per relation: one load (either system), the recomputation, the export. */
  private readonly perRelation: Record<Exclude<Stage, 'queries'>, number> = { load: 1 / 1_000, centrality: 1 / 5_000, export: 1 / 5_000 };

  constructor(
    private readonly sizes: readonly number[],
    /** How many loads a size runs, baseline and loader together. */
    private readonly loadsOf: (size: number) => number,
    /** What one size's query measurements take. */
    private readonly querySeconds: number,
  ) {}

  /** Records a stage's measured time; `relations` is the size, and a load's time is one load's. */
  measured(stage: Exclude<Stage, 'queries'>, relations: number, seconds: number): void {
    this.perRelation[stage] = seconds / relations;
  }

  /** "about N min left in all", with `fractionLeft` of `stage` of `size` still to run. */
  describe(size: number, stage: Stage, fractionLeft = 1): string {
    let seconds = 0;
    for (const later of this.sizes.filter((candidate) => candidate >= size)) {
      for (const each of later === size ? STAGES.slice(STAGES.indexOf(stage)) : STAGES) {
        seconds += this.stageSeconds(later, each) * (later === size && each === stage ? fractionLeft : 1);
      }
    }
    return `about ${Math.max(1, Math.round(seconds / 60))} min left in all`;
  }

  private stageSeconds(size: number, stage: Stage): number {
    if (stage === 'queries') return this.querySeconds;
    return size * this.perRelation[stage] * (stage === 'load' ? this.loadsOf(size) : 1);
  }
}
