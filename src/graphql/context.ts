/**
 * What every resolver receives for one request: who is asking and the request's own batching
 * loaders, so that nothing cached outlives the request.
 */
import { Loaders } from './loaders';

/** What the server notes of a request while it runs, for its log line and its metrics. */
export interface RequestNote {
  /** The GraphQL operation's name, `(anonymous)`, or the route of another request. */
  operation: string | null;
  /**
   * True when `operation` is a name the client chose (a GraphQL operation's name): only those
   * spend the metrics' label budget. A route's name is one of the service's few routes.
   */
  clientNamed?: boolean;
  /** The code of the response's first error; null when it has none. */
  errorCode: string | null;
}

export interface GraphQLContext {
  /** Echoed to the client in `extensions.requestId` and written to the logs with any error. */
  readonly requestId: string;
  /** The name of the key the request carried (API_KEYS), recorded as the reviewer of what it writes; null without one, and then what needs a key is refused (authorize.ts). Never the key itself. */
  readonly keyName: string | null;
  readonly loaders: Loaders;
  readonly note: RequestNote;
}
