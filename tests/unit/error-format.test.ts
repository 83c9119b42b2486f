import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { DatabaseBusyError } from '../../src/neo4j/bulkhead';
import { DatabaseNoAnswerError } from '../../src/neo4j/database';
import { AnalyticsUnavailableError } from '../../src/graphql/errors';
import { errorFormatter, formatError } from '../../src/server/error-format';

function wrapped(original: Error): GraphQLError {
  return new GraphQLError(original.message, { originalError: original });
}

describe('formatError', () => {
  it('passes client errors with their code unchanged', () => {
    const formatted = { message: 'first: expected a whole number from 1 to 100, found 500', extensions: { code: 'BAD_USER_INPUT' } };
    expect(formatError(formatted, undefined)).toBe(formatted);
  });

  it("passes a code the service gives on purpose with its message, a 5xx one too (a load's state)", () => {
    const formatted = { message: 'load x failed and could not undo what it had committed', extensions: { code: 'LOAD_INCOMPLETE' } };
    expect(formatError(formatted, wrapped(new Error(formatted.message)))).toBe(formatted);
  });

  it('passes ANALYTICS_UNAVAILABLE, a 501 about the deployment, with its message', () => {
    const error = new AnalyticsUnavailableError('PAGERANK');
    const formatted = { message: error.message, path: ['stats', 'mostCentral'], extensions: { code: 'ANALYTICS_UNAVAILABLE' } };
    expect(formatError(formatted, error)).toBe(formatted);
    expect(error.message).toContain('PAGERANK over the whole graph needs Neo4j Graph Data Science');
  });

  it('masks an internal error, keeping its path but not its message', () => {
    const error = wrapped(new Error('Cypher failed: MATCH (a:Actor) ... at line 3'));
    expect(formatError({ message: error.message, path: ['actor'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error)).toEqual({
      message: 'internal error; quote the requestId when reporting it',
      path: ['actor'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('names an unreachable database and a timed-out query by their codes', () => {
    const unavailable = wrapped(new Neo4jError('Could not perform discovery', 'ServiceUnavailable', 'ServiceUnavailable', 'x'));
    expect(formatError({ message: unavailable.message }, unavailable).extensions).toEqual({ code: 'DATABASE_UNAVAILABLE' });
    const timedOut = wrapped(new Neo4jError('terminated', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'x', 'y'));
    expect(formatError({ message: timedOut.message }, timedOut).extensions).toEqual({ code: 'QUERY_TIMEOUT' });
  });

  it('names a full pool, a full traversal bulkhead and a database that does not answer by their codes', () => {
    const acquisition = wrapped(new Neo4jError('Connection acquisition timed out in 10000 ms. Pool status: Active conn count = 50, Idle conn count = 0.', 'N/A', 'x', 'y'));
    expect(formatError({ message: acquisition.message }, acquisition)).toEqual({
      message: 'the service is busy with other queries; try again shortly',
      extensions: { code: 'DATABASE_BUSY' },
    });
    const bulkhead = wrapped(new DatabaseBusyError('8 traversals were running and none ended within 10000 ms'));
    expect(formatError({ message: bulkhead.message }, bulkhead).extensions).toEqual({ code: 'DATABASE_BUSY' });
    const frozen = wrapped(new DatabaseNoAnswerError(21_000));
    expect(formatError({ message: frozen.message }, frozen).extensions).toEqual({ code: 'DATABASE_UNAVAILABLE' });
  });

  it('shows an internal message only with the debug flag', () => {
    const error = wrapped(new Error('the real cause'));
    expect(errorFormatter(true)({ message: 'the real cause', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error).message).toBe('the real cause');
    expect(errorFormatter(false)({ message: 'the real cause', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error).message).not.toContain('real cause');
  });
});
