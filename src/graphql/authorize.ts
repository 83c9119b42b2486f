/**
 * Who may write, and under what name: every mutation asks here. A write needs a configured key
 * (FORBIDDEN when the service has none) and the request must carry one (UNAUTHENTICATED); what it
 * writes is recorded as reviewed by the key's name (never the key) at the time of the request.
 */
import { ReviewStamp } from '../graph/domain';
import { GraphQLContext } from './context';
import { ForbiddenError, UnauthenticatedError } from './errors';

export function authorizeWrite(context: GraphQLContext, writesEnabled: boolean): ReviewStamp {
  if (!writesEnabled) throw new ForbiddenError('mutations are disabled: the service has no API_KEY configured');
  if (context.keyName === null) throw new UnauthenticatedError();
  return { reviewedBy: context.keyName, reviewedAt: new Date().toISOString() };
}
