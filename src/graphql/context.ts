/**
 * What every resolver receives for one request: who is asking and the request's own batching
 * loaders, so that nothing cached outlives the request.
 */
import { Loaders } from './loaders';

/** What the server notes of a request while it runs, for its log line and its metrics. */
export interface RequestNote {
  /** The GraphQL operation's name, `(anonymous)`, or the route of another request. */
  operation: string | null;
  /** The code of the response's first error; null when it has none. */
  errorCode: string | null;
}

export interface GraphQLContext {
  /** Echoed to the client in `extensions.requestId` and written to the logs with any error. */
  readonly requestId: string;
  /** True when the request carried the configured API key. */
  readonly authenticated: boolean;
  readonly loaders: Loaders;
  readonly note: RequestNote;
}
