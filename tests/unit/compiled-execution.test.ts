/** What compiled execution changes of a resolver's error before Apollo formats it. */
import { GraphQLError } from 'graphql';
import { asGraphQLJsError } from '../../src/server/compiled-execution';

describe('asGraphQLJsError', () => {
  it('gives an error without extensions (as graphql-jit makes it) the empty extensions graphql-js gives, keeping its message, path, locations and cause', () => {
    const cause = new Error('every connection is taken');
    // graphql-jit's errors: a GraphQLError by prototype, `extensions` undefined when the cause has none.
    const compiled = Object.assign(Object.create(GraphQLError.prototype) as GraphQLError, {
      message: cause.message,
      path: ['actor'],
      locations: [{ line: 1, column: 3 }],
      originalError: cause,
      extensions: undefined,
    });
    const made = asGraphQLJsError(compiled);
    expect(made).toBeInstanceOf(GraphQLError);
    expect(made.extensions).toEqual({});
    expect(made.originalError).toBe(cause);
    expect(made.toJSON()).toEqual({ message: 'every connection is taken', path: ['actor'], locations: [{ line: 1, column: 3 }] });
  });

  it('leaves an error that has extensions as it is', () => {
    const error = new GraphQLError('page size over the maximum', { extensions: { code: 'BAD_USER_INPUT' } });
    expect(asGraphQLJsError(error)).toBe(error);
  });
});
