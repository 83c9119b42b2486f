/**
 * What every resolver receives for one request: who is asking and the request's own batching
 * loaders, so that nothing cached outlives the request.
 */
import { Loaders } from './loaders';

export interface GraphQLContext {
  /** Echoed to the client in `extensions.requestId` and written to the logs with any error. */
  readonly requestId: string;
  /** True when the request carried the configured API key. */
  readonly authenticated: boolean;
  readonly loaders: Loaders;
}
