/**
 * The refusals of the layers below, as the API's errors: a loader's problems become BAD_USER_INPUT
 * (each in `extensions.problems`), its conflicts DOCUMENT_TEXT_CHANGED or ACTOR_FACT_CONFLICT, a
 * bad text for drafting BAD_USER_INPUT naming the argument, and any other coded error keeps its
 * code. Write and review resolvers run their work through `refusing`; anything else is a fault.
 */
import { CodedError } from '../errors/coded-error';
import { ExtractionInputError } from '../extract/extract.service';
import { LoadConflictError, LoadValidationError } from '../loader/load-errors';
import { BadUserInputError, codedGraphQLError, ConflictGraphQLError } from './errors';

export async function refusing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LoadConflictError) throw new ConflictGraphQLError(error.code, error.problems.join('; '), error.problems);
    if (error instanceof LoadValidationError) {
      throw new BadUserInputError('input', error.problems.length === 1 ? error.problems[0] : `${error.problems.length} problems: ${error.problems.join('; ')}`, error.problems);
    }
    if (error instanceof ExtractionInputError) throw new BadUserInputError(error.field, error.message);
    if (error instanceof CodedError) throw codedGraphQLError(error);
    throw error;
  }
}
