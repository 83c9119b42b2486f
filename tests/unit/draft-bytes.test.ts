/**
 * A draft is kept small enough to be saved in one request (fitDraftToBytes): what goes first is
 * actors in no relation, then relations from the end of the text (and the actors they alone named).
 */
import { fitDraftToBytes } from '../../src/extract/draft-format';
import { DraftActor, DraftRelation, ExtractionResult } from '../../src/extract/draft.types';

const actor = (id: string): DraftActor => ({ id, name: id, kind: 'PERSON', aliases: [], roles: [], evidence: [{ quote: id }], review: 'proposed', confidence: 0.5, rule: 'test' });
const relation = (from: string, to: string): DraftRelation => ({ type: 'ATTACKS', from, to, description: `${from} attacked ${to}.`, evidence: [{ quote: `${from} attacked ${to}` }] });

function draft(actors: DraftActor[], relations: DraftRelation[]): ExtractionResult {
  return {
    annotation: { document: { id: 'd', title: 'T', text: 'x'.repeat(100) }, actors, relations },
    mentions: actors.map((item, index) => ({ actorId: item.id, start: index, end: index + 1, text: 'x', known: false })),
    warnings: [],
  };
}
const bytes = (result: ExtractionResult): number => Buffer.byteLength(JSON.stringify(result.annotation));

describe('fitDraftToBytes', () => {
  const linked = [actor('alpha'), actor('beta'), actor('gamma'), actor('delta')];
  const loose = Array.from({ length: 40 }, (_, index) => actor(`loose-${index}`));
  const relations = [relation('alpha', 'beta'), relation('gamma', 'delta')];

  it('leaves a draft within the bound as it is', () => {
    const whole = draft([...linked, ...loose], relations);
    expect(fitDraftToBytes(whole, bytes(whole))).toBe(whole);
  });

  it('drops actors in no relation first, the last first, and says so once', () => {
    const whole = draft([...linked, ...loose], relations);
    const bound = bytes(whole) - 10 * Buffer.byteLength(JSON.stringify(loose[0]));
    const fitted = fitDraftToBytes(whole, bound);
    expect(bytes(fitted)).toBeLessThanOrEqual(bound);
    expect(fitted.annotation.relations).toEqual(relations);
    const kept = fitted.annotation.actors.map((item) => item.id);
    expect(kept.slice(0, 4)).toEqual(['alpha', 'beta', 'gamma', 'delta']);
    expect(kept).toContain('loose-0');
    expect(kept).not.toContain('loose-39');
    expect(fitted.mentions.every((mention) => kept.includes(mention.actorId))).toBe(true);
    expect(fitted.warnings).toEqual([expect.stringMatching(/^the draft was \d+ bytes as JSON, more than a request may carry \(\d+: MAX_BODY_BYTES less the request's envelope\); \d+ actor\(s\) in no relation and 0 relation\(s\) from the end of the text were left out$/)]);
  });

  it('then drops relations from the end of the text, keeping the actors they named while it can', () => {
    const whole = draft([...linked, ...loose], relations);
    const withoutLoose = draft(linked, relations);
    const fitted = fitDraftToBytes(whole, bytes(withoutLoose) - 20);
    expect(fitted.annotation.relations).toEqual([relations[0]]);
    expect(fitted.annotation.actors.map((item) => item.id)).toEqual(['alpha', 'beta', 'gamma', 'delta']);
    expect(bytes(fitted)).toBeLessThanOrEqual(bytes(withoutLoose) - 20);
  });

  it('says when the text alone is too large to save in one request', () => {
    const fitted = fitDraftToBytes(draft(linked, relations), 50);
    expect(fitted.annotation.actors).toEqual([]);
    expect(fitted.warnings[0]).toMatch(/the text alone is too large to save in one request: raise MAX_BODY_BYTES, or load the draft from a file$/);
  });
});
