/** Scoring a draft against a hand annotation: how actors are matched and relations counted. */
import { evaluateDraft, matchActors } from '../../src/extract/evaluate';
import { belowFloor } from '../../src/extract/eval-pools';

const GOLD = {
  actors: [
    { id: 'united-states', name: 'United States', aliases: ['US', 'Washington'] },
    { id: 'iraq', name: 'Iraq', aliases: ['Iraqi'] },
    { id: 'isis', name: 'ISIS', aliases: ['Islamic State'] },
  ],
  relations: [
    { type: 'NEGOTIATES_WITH', from: 'iraq', to: 'united-states' },
    { type: 'FIGHTS', from: 'united-states', to: 'isis' },
    { type: 'PRESENT_IN', from: 'united-states', to: 'iraq' },
  ],
};

describe('evaluateDraft', () => {
  it('matches draft actors by id or by any name or alias, without case, article or hyphen', () => {
    const matched = matchActors(GOLD.actors, [
      { id: 'iraq', name: 'Republic of Iraq' },
      { id: 'washington', name: 'Washington' },
      { id: 'islamic-state', name: 'the Islamic-State' },
      { id: 'syria', name: 'Syria' },
    ]);
    expect([...matched]).toEqual([
      ['iraq', 'iraq'],
      ['washington', 'united-states'],
      ['islamic-state', 'isis'],
    ]);
  });

  it('counts a relation right only with its type, both ends and its direction, either way when symmetric', () => {
    const evaluation = evaluateDraft(GOLD, {
      actors: [
        { id: 'us', name: 'US' },
        { id: 'iraq', name: 'Iraq' },
      ],
      relations: [
        { type: 'NEGOTIATES_WITH', from: 'us', to: 'iraq' },
        { type: 'PRESENT_IN', from: 'iraq', to: 'us' },
        { type: 'PRESENT_IN', from: 'iraq', to: 'us' },
        { type: 'ATTACKS', from: 'us', to: 'syria' },
      ],
    });
    expect(evaluation.actorRecall).toBeCloseTo(2 / 3);
    expect(evaluation.missedActors).toEqual(['isis']);
    expect(evaluation.relations).toEqual({ gold: 3, drafted: 3, correct: 1, precision: 1 / 3, recall: 1 / 3 });
    expect(evaluation.byType).toEqual([
      { type: 'NEGOTIATES_WITH', gold: 1, drafted: 1, correct: 1, precision: 1, recall: 1 },
      { type: 'ATTACKS', gold: 0, drafted: 1, correct: 0, precision: 0, recall: null },
      { type: 'FIGHTS', gold: 1, drafted: 0, correct: 0, precision: null, recall: 0 },
      { type: 'PRESENT_IN', gold: 1, drafted: 1, correct: 0, precision: 0, recall: 0 },
    ]);
    expect(evaluation.wrongRelations).toEqual(['PRESENT_IN iraq -> united-states', 'ATTACKS united-states -> (new) syria']);
  });
});

describe('belowFloor', () => {
  const score = { texts: 2, gold: 10, drafted: 8, correct: 6, goldActors: 20, actorsFound: 19, precision: 0.75, recall: 0.6, actorRecall: 0.95, byType: [] };

  it('names each measure below its floor, with its value and the floor', () => {
    expect(belowFloor('held-out', score, { precision: 0.8, recall: 0.6, actorRecall: 0.96 })).toEqual([
      'held-out: relation precision 75% is below its floor 80%',
      'held-out: actor recall 95% is below its floor 96%',
    ]);
  });

  it('passes a score equal to its floors, and one with nothing drafted fails its precision floor', () => {
    expect(belowFloor('tuning', score, { precision: 0.75, recall: 0.6, actorRecall: 0.95 })).toEqual([]);
    expect(belowFloor('tuning', { ...score, drafted: 0, correct: 0, precision: null, recall: 0 }, { precision: 0.5, recall: 0, actorRecall: 0 })).toEqual([
      'tuning: relation precision – is below its floor 50%',
    ]);
  });
});
