/**
 * What every resolver receives for one request: who is asking and the request's own batching
 * loaders, so that nothing cached outlives the request.
 */
import { Bulkhead } from '../neo4j/bulkhead';
import { Loaders } from './loaders';

export interface GraphQLContext {
  /** Echoed to the client in `extensions.requestId` and written to the logs with any error. */
  readonly requestId: string;
  /** True when the request carried the configured API key. */
  readonly authenticated: boolean;
  readonly loaders: Loaders;
  /** The request's own bound on traversals running at once (MAX_TRAVERSALS_PER_REQUEST). */
  readonly traversals: Bulkhead;
}
