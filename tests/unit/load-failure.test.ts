/** What `npm run load` prints when a load fails: "nothing was written" only when that is true. */
import { ERROR_CODES } from '../../src/errors/error-codes';
import { LoadAbandonedError } from '../../src/graph/load-journal.repository';
import { LoadConflictError, LoadLeftChangesError, LoadValidationError } from '../../src/loader/load-errors';
import { describeLoadFailure } from '../../src/loader/load-failure';

describe('describeLoadFailure', () => {
  it('lists the problems of a refused load, which wrote nothing', () => {
    expect(describeLoadFailure(new LoadValidationError(['a.json: id: expected a slug, found ""', 'b.json: document: expected a document record, found none']))).toBe(
      'a.json: id: expected a slug, found ""\nb.json: document: expected a document record, found none\nload: nothing was written (2 problem(s))\n',
    );
    expect(describeLoadFailure(new LoadConflictError(ERROR_CODES.ACTOR_KIND_CONFLICT, ['a.json: actors[0].kind: expected STATE, found PERSON']))).toBe(
      'a.json: actors[0].kind: expected STATE, found PERSON\nload: nothing was written (1 problem(s))\n',
    );
  });

  it('says what a staged load that could not undo itself left, and never that nothing was written', () => {
    const incomplete = new LoadLeftChangesError(
      ERROR_CODES.LOAD_INCOMPLETE,
      'load load-1 failed (timeout) and could not undo what it had committed (unavailable): the graph holds part of it until a load started after LOAD_ABANDONED_AFTER_MS undoes it',
      new Error('timeout'),
    );
    expect(describeLoadFailure(incomplete)).toBe(
      `load: failed (${ERROR_CODES.LOAD_INCOMPLETE}): load load-1 failed (timeout) and could not undo what it had committed (unavailable): ` +
        'the graph holds part of it until a load started after LOAD_ABANDONED_AFTER_MS undoes it\n',
    );
  });

  it('says that a load whose summary could not be read is committed in full', () => {
    const text = describeLoadFailure(
      new LoadLeftChangesError(ERROR_CODES.LOAD_SUMMARY_FAILED, 'load load-1 is committed in full, but its summary could not be read (unavailable)', new Error('unavailable')),
    );
    expect(text).toBe(`load: failed (${ERROR_CODES.LOAD_SUMMARY_FAILED}): load load-1 is committed in full, but its summary could not be read (unavailable)\n`);
    expect(text).not.toContain('nothing was written');
  });

  it('says nothing was written after a failure that rolled back or undid the load', () => {
    expect(describeLoadFailure(new Error('Neo4j did not answer'))).toBe('load: failed, nothing was written: Neo4j did not answer\n');
    expect(describeLoadFailure(new LoadAbandonedError('load-1'))).toBe(
      'load: failed, nothing was written: load load-1 was taken for abandoned and undone by another process; nothing of it remains\n',
    );
  });
});
