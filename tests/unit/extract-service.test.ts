/**
 * A fault of the drafter reaches a client as DRAFTING_FAILED with a message that says what to do,
 * never as its stack; the cause stays in the error for the log.
 */
import { CodedError } from '../../src/errors/coded-error';
import { errorDetail } from '../../src/errors/error-message';
import { ExtractionService } from '../../src/extract/extract.service';
import { codedGraphQLError } from '../../src/graphql/errors';
import { formatError } from '../../src/server/error-format';
import { extractionParser } from '../support/extract-drafts';

describe('ExtractionService when the drafter fails', () => {
  let failing: ExtractionService;
  beforeAll(async () => {
    failing = new ExtractionService(
      async () => [],
      (await extractionParser()).parser,
      () => {
        throw new TypeError("Cannot read properties of undefined (reading 'known')");
      },
      10_000,
    );
  });

  it('answers DRAFTING_FAILED, keeping the cause for the log', async () => {
    const error = await failing.draftChecked(failing.check({ text: 'Redland troops entered Ostrel.' })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CodedError);
    expect(error).toMatchObject({ code: 'DRAFTING_FAILED' });
    expect(errorDetail(error)).toContain("caused by: TypeError: Cannot read properties of undefined (reading 'known')");
  });

  it('shows a client the code and what to report, not the stack', async () => {
    const error = (await failing.draftChecked(failing.check({ text: 'Redland troops entered Ostrel.' })).catch((caught: unknown) => caught)) as CodedError;
    const graphQLError = codedGraphQLError(error);
    const formatted = formatError(graphQLError.toJSON(), graphQLError);
    expect(formatted.extensions?.code).toBe('DRAFTING_FAILED');
    expect(formatted.message).toBe('the drafter failed on this text (a fault of actorgraph, not of the text); report it with the text and the requestId');
    expect(JSON.stringify(formatted)).not.toMatch(/TypeError|reading 'known'|at /);
  });
});
